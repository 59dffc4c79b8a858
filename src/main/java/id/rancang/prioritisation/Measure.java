package id.rancang.prioritisation;

/** The programme data a measured criterion takes its values from. */
public enum Measure {
  /** The sum of the programme's budget lines (rupiah). */
  TOTAL_COST,
  /** The programme's years, first to last. */
  DURATION,
  /** The number of the programme's pentahelix partners. */
  PARTNERS,
  /** The support the programme's originating ideas received in workshops and consultations. */
  SUPPORT
}
