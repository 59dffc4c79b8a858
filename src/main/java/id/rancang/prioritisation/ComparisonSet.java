package id.rancang.prioritisation;

import id.rancang.prioritisation.rules.PriorityResult;
import java.util.List;

/**
 * The criteria compared with each other in one matrix: the top-level criteria ({@code parent} is
 * null) or the sub-criteria of one criterion, with an evaluator's judgements and what they give.
 *
 * @param parent the criterion whose sub-criteria are compared; null for the top level
 * @param criteria the criteria compared, in their order
 * @param pairs every pair, in order, judged or not
 * @param result weights, consistency and the judgements to reconsider; null until the judgements
 *     connect all criteria
 * @param problemKey why there is no result (a message key), or null
 */
public record ComparisonSet(
    ComparedCriterion parent,
    List<ComparedCriterion> criteria,
    List<PairJudgement> pairs,
    PriorityResult result,
    String problemKey) {

  public ComparisonSet {
    criteria = List.copyOf(criteria);
    pairs = List.copyOf(pairs);
  }

  /** The key of the set in pages and forms: {@code top} or the parent criterion's id. */
  public String key() {
    return parent == null ? "top" : String.valueOf(parent.id());
  }

  /** How many pairs are judged. */
  public int judged() {
    return (int) pairs.stream().filter(PairJudgement::judged).count();
  }

  /** The criterion at a 0-based position of the engine's result. */
  public ComparedCriterion criterion(int index) {
    return criteria.get(index);
  }

  /** Whether the set has the pair of these criteria (in either order). */
  public boolean hasPair(long a, long b) {
    return pairs.stream()
        .anyMatch(
            p ->
                (p.first().id() == a && p.second().id() == b)
                    || (p.first().id() == b && p.second().id() == a));
  }
}
