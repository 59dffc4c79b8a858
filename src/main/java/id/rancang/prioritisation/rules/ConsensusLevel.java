package id.rancang.prioritisation.rules;

/**
 * Goepel's words for a consensus S* (see {@link Consensus}): below 0.5 very low, from 0.5 low, from
 * 0.625 moderate, from 0.75 high, from 0.875 very high.
 */
public enum ConsensusLevel {
  VERY_LOW,
  LOW,
  MODERATE,
  HIGH,
  VERY_HIGH;

  /** The level of a consensus S* between 0 and 1. */
  public static ConsensusLevel of(double consensus) {
    if (consensus < 0.5) {
      return VERY_LOW;
    }
    if (consensus < 0.625) {
      return LOW;
    }
    if (consensus < 0.75) {
      return MODERATE;
    }
    if (consensus < 0.875) {
      return HIGH;
    }
    return VERY_HIGH;
  }
}
