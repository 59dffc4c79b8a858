package id.rancang.document.diff;

/** What a change is about, in the order a comparison lists them. */
public enum Subject {
  /** The masterplan shell and its vision. */
  MASTERPLAN,
  MISSION,
  GOAL,
  TARGET,
  INDICATOR,
  PROGRAMME
}
