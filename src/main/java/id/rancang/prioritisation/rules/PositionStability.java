package id.rancang.prioritisation.rules;

/**
 * How stable one of the top alternatives' rank position is: the smallest change of any single
 * criterion's weight (others rescaled proportionally) at which it swaps places with another
 * alternative.
 *
 * @param alternativeId the alternative
 * @param rank its current place
 * @param criterion the index of the criterion whose change moves it soonest, or -1 when no single
 *     weight change moves it
 * @param criterionId that criterion, or null
 * @param crossing where it swaps, or null when no single weight change moves it
 */
public record PositionStability(
    String alternativeId, int rank, int criterion, String criterionId, WeightCrossing crossing) {

  /** The size of the smallest weight change that moves it; infinite when none does. */
  public double smallestChange() {
    return crossing == null ? Double.POSITIVE_INFINITY : Math.abs(crossing.change());
  }
}
