package id.rancang.prioritisation.rules;

/**
 * How far one criterion's weight can move before the first place changes.
 *
 * @param criterion the criterion's index
 * @param criterionId the criterion
 * @param weight its current weight
 * @param leader the alternative now in first place
 * @param up the nearest crossing when the weight rises, or null when the leader keeps first place
 *     up to a weight of 1
 * @param down the nearest crossing when the weight falls, or null when the leader keeps first place
 *     down to 0
 */
public record FirstPlaceSensitivity(
    int criterion,
    String criterionId,
    double weight,
    String leader,
    WeightCrossing up,
    WeightCrossing down) {}
