package id.rancang.prioritisation.rules;

import java.util.List;
import java.util.Map;

/**
 * A group exercise's results: for everyone, for each evaluator group, and for each evaluator.
 *
 * @param combined all evaluators together
 * @param byGroup the evaluators of each group together (with their weights renormalised within the
 *     group), in order of first appearance; evaluators without a group are only in {@code combined}
 * @param individual each evaluator's own priorities, for those whose judgements connect all
 *     criteria, in input order
 * @param notConnected the evaluators whose judgements do not (yet) connect all criteria: their
 *     judgements count in AIJ, but they have no priorities of their own for AIP
 */
public record GroupAggregationResult(
    AggregateResult combined,
    Map<String, AggregateResult> byGroup,
    Map<String, PriorityResult> individual,
    List<String> notConnected) {

  public GroupAggregationResult {
    byGroup = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byGroup));
    individual = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(individual));
    notConnected = List.copyOf(notConnected);
  }
}
