package id.rancang.monitoring.rules;

/** The status band of an achievement, from the best to the worst. */
public enum Band {
  VERY_GOOD,
  GOOD,
  FAIR,
  POOR,
  VERY_POOR
}
