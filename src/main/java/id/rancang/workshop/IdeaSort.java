package id.rancang.workshop;

/** The orders an idea list can be shown in. */
public enum IdeaSort {
  /** Most support votes first, then newest. */
  SUPPORT,
  /** Newest first. */
  NEWEST,
  /** Most comments first, then newest. */
  DISCUSSED
}
