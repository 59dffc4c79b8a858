package id.rancang.prioritisation;

import id.rancang.prioritisation.rules.AggregateResult;
import java.util.List;
import java.util.Map;

/**
 * The group weights of one matrix of criteria (the top-level criteria, or one criterion's
 * sub-criteria), aggregated over the evaluators who judged its pairs.
 *
 * @param parent the criterion whose sub-criteria these are; null for the top level
 * @param criteria the criteria, in order
 * @param combined everyone together, AIJ and AIP side by side with the consensus; null while nobody
 *     has judged or the judgements together do not connect the criteria
 * @param byGroup the same for each evaluator group, by group name
 * @param notConnected the evaluators (ids) whose own judgements do not yet connect the criteria
 * @param evaluators how many evaluators judged at least one pair
 * @param problemKey why there is no result (a message key), or null
 */
public record WeightSet(
    ComparedCriterion parent,
    List<ComparedCriterion> criteria,
    AggregateResult combined,
    Map<String, AggregateResult> byGroup,
    List<String> notConnected,
    int evaluators,
    String problemKey) {

  public WeightSet {
    criteria = List.copyOf(criteria);
    byGroup = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byGroup));
    notConnected = List.copyOf(notConnected);
  }

  /** The weights by the chosen aggregation (AIJ or AIP by geometric mean), or null. */
  public List<Double> chosen(boolean aij) {
    return chosen(combined, aij);
  }

  /** A group's weights by the chosen aggregation, or null. */
  public List<Double> chosenOfGroup(String group, boolean aij) {
    return chosen(byGroup.get(group), aij);
  }

  private static List<Double> chosen(AggregateResult result, boolean aij) {
    if (result == null) {
      return null;
    }
    if (aij) {
      return result.aij() == null ? null : result.aij().weights();
    }
    return result.aipGeometric().isEmpty() ? null : result.aipGeometric();
  }
}
