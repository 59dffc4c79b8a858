package id.rancang.strategy;

/**
 * Something missing in the strategy tree (pohon kinerja) that Buku 1 needs: each is shown on the
 * node it concerns, with the message {@code strategy.gap.<NAME>}.
 */
public enum TreeGap {
  /** The masterplan has no smart-city vision yet. */
  NO_VISION,
  /** The vision has no missions. */
  NO_MISSIONS,
  /** A mission has no goals. */
  NO_GOALS,
  /** A goal has no targets. */
  NO_TARGETS,
  /** A target has no indicators. */
  NO_INDICATORS,
  /** A goal or target names no dimension or element. */
  NO_DIMENSION,
  /** A mission, goal or target traces to no RPJMD item. */
  NO_RPJMD_LINK,
  /** An indicator has no baseline. */
  NO_BASELINE,
  /** An indicator lacks a target for some year of the masterplan. */
  MISSING_YEARS,
  /** An indicator has no responsible OPD. */
  NO_OPD
}
