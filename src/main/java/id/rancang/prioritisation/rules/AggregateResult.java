package id.rancang.prioritisation.rules;

import java.util.List;

/**
 * The group's priorities by both aggregations, side by side (Forman, E. and Peniwati, K. (1998)
 * Aggregating individual judgments and priorities with the analytic hierarchy process, <i>European
 * Journal of Operational Research</i> 108, 165–169: AIJ when the group acts as one, AIP when its
 * members act as separate individuals).
 *
 * @param evaluators how many evaluators' comparisons were aggregated
 * @param judgements the aggregated judgements (i &lt; j), the weighted geometric mean of each pair
 *     over the evaluators who judged it; pairs nobody judged are absent
 * @param aij aggregation of individual judgements: the weighted geometric mean of each pair over
 *     the evaluators who judged it, then its priorities, consistency ratio and feedback; null for
 *     an evaluator group whose judgements together do not yet connect all criteria
 * @param aipEvaluators how many evaluators entered the aggregation of priorities (those whose own
 *     judgements connect all criteria)
 * @param aipGeometric aggregation of individual priorities by weighted geometric mean, renormalised
 *     to sum 1; empty when no evaluator has connected judgements
 * @param aipArithmetic aggregation of individual priorities by weighted arithmetic mean; empty when
 *     no evaluator has connected judgements
 * @param consensus how far the individual priorities agree; null when no evaluator has connected
 *     judgements
 */
public record AggregateResult(
    int evaluators,
    List<Judgement> judgements,
    PriorityResult aij,
    int aipEvaluators,
    List<Double> aipGeometric,
    List<Double> aipArithmetic,
    Consensus consensus) {

  public AggregateResult {
    judgements = List.copyOf(judgements);
    aipGeometric = List.copyOf(aipGeometric);
    aipArithmetic = List.copyOf(aipArithmetic);
  }
}
