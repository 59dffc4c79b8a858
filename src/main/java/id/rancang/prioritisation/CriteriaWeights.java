package id.rancang.prioritisation;

import java.util.List;

/**
 * The criteria weights of an exercise.
 *
 * @param aggregation the aggregation the team chose: AIJ or AIP
 * @param riTable the random-index table the consistency ratios use
 * @param status the exercise's status (results are final once PUBLISHED)
 * @param evaluators how many evaluators the exercise has
 * @param sets the top-level matrix first, then one per criterion with two or more sub-criteria
 * @param leaves the criteria programmes are scored on, in order, with their weights
 * @param complete whether every weight is known (every matrix has connected judgements)
 */
public record CriteriaWeights(
    long exerciseId,
    String exerciseName,
    long masterplanId,
    String aggregation,
    String riTable,
    String status,
    int evaluators,
    List<WeightSet> sets,
    List<LeafWeight> leaves,
    boolean complete) {

  public CriteriaWeights {
    sets = List.copyOf(sets);
    leaves = List.copyOf(leaves);
  }
}
