package id.rancang.prioritisation;

/**
 * A change to one rating.
 *
 * @param level a level of the criterion's scale; null takes the rating back
 * @param version the version the evaluator saw (0 for a rating not given yet)
 */
public record RatingCommand(long programmeId, long criterionId, Integer level, int version) {}
