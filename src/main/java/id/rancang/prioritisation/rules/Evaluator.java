package id.rancang.prioritisation.rules;

/**
 * One evaluator's comparisons in a group exercise.
 *
 * @param id identifies the evaluator in results
 * @param group the evaluator group (e.g. a pentahelix role), or null for none
 * @param weight the evaluator's weight as set by the team, positive; weights are normalised over
 *     the evaluators aggregated, so equal weights may all be 1
 * @param comparisons the evaluator's comparisons, possibly incomplete
 */
public record Evaluator(String id, String group, double weight, PairwiseComparisons comparisons) {}
