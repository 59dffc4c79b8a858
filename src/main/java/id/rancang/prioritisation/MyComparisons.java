package id.rancang.prioritisation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An evaluator's own pairwise comparisons in an exercise: one set per matrix to fill.
 *
 * @param exerciseId the exercise
 * @param exerciseName its name
 * @param masterplanId the masterplan it prioritises the programmes of
 * @param evaluatorId the evaluator
 * @param open whether judgements may still change (the exercise is open)
 * @param submittedAt when the evaluator said they were done, or null
 * @param sets the top-level set first, then one per criterion with two or more sub-criteria
 */
public record MyComparisons(
    long exerciseId,
    String exerciseName,
    long masterplanId,
    long evaluatorId,
    boolean open,
    OffsetDateTime submittedAt,
    List<ComparisonSet> sets) {

  public MyComparisons {
    sets = List.copyOf(sets);
  }

  /** Pairs judged over all sets. */
  public int judged() {
    return sets.stream().mapToInt(ComparisonSet::judged).sum();
  }

  /** Pairs to judge over all sets. */
  public int total() {
    return sets.stream().mapToInt(s -> s.pairs().size()).sum();
  }
}
