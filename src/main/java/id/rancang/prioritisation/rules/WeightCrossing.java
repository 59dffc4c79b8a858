package id.rancang.prioritisation.rules;

/**
 * Where, moving one criterion's weight (the others rescaled proportionally so the weights still sum
 * to 1), two alternatives' scores become equal and their order flips.
 *
 * @param weight the criterion's weight at the crossing
 * @param change {@code weight} minus the current weight: positive when the weight must rise, 0 when
 *     the two are tied already
 * @param alternativeId the other alternative of the crossing (the one that takes the place)
 */
public record WeightCrossing(double weight, double change, String alternativeId) {}
