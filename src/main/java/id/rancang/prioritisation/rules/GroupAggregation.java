package id.rancang.prioritisation.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Group priorities from several evaluators' comparisons: aggregation of individual judgements (AIJ,
 * weighted geometric mean per pair, which keeps the aggregate reciprocal — Aczél and Saaty 1983)
 * and of individual priorities (AIP, weighted geometric and arithmetic means), with Goepel's {@link
 * Consensus}, for everyone and for each evaluator group.
 *
 * <p>Incomplete comparisons: a pair's AIJ value is the weighted geometric mean over the evaluators
 * who judged it, their weights renormalised among them; pairs nobody judged stay missing and the
 * aggregate is solved as incomplete comparisons. AIP and the consensus take only evaluators whose
 * own judgements connect all criteria.
 */
public final class GroupAggregation {

  private GroupAggregation() {}

  /**
   * Aggregates the evaluators' comparisons.
   *
   * @param options the random-index table and incomplete method for every result; feedback on
   *     inconsistent judgements is given for the aggregate and for each evaluator
   * @throws AhpInputException {@code noEvaluators}, {@code duplicateEvaluator}, {@code
   *     sizeMismatch}, {@code badEvaluatorWeight}, or {@code disconnected} when even all judgements
   *     together do not connect all criteria
   */
  public static GroupAggregationResult aggregate(
      List<Evaluator> evaluators, DerivationOptions options) {
    if (evaluators == null || evaluators.isEmpty()) {
      throw new AhpInputException("noEvaluators");
    }
    int n = evaluators.get(0).comparisons().size();
    Set<String> ids = new HashSet<>();
    for (Evaluator evaluator : evaluators) {
      if (!ids.add(evaluator.id())) {
        throw new AhpInputException("duplicateEvaluator", evaluator.id());
      }
      if (evaluator.comparisons().size() != n) {
        throw new AhpInputException(
            "sizeMismatch", evaluator.id(), evaluator.comparisons().size(), n);
      }
      if (!(evaluator.weight() > 0) || Double.isInfinite(evaluator.weight())) {
        throw new AhpInputException("badEvaluatorWeight", evaluator.id(), evaluator.weight());
      }
    }
    Map<String, PriorityResult> individual = new LinkedHashMap<>();
    List<String> notConnected = new ArrayList<>();
    for (Evaluator evaluator : evaluators) {
      if (evaluator.comparisons().groups().size() == 1) {
        individual.put(evaluator.id(), AhpPriorities.derive(evaluator.comparisons(), options));
      } else {
        notConnected.add(evaluator.id());
      }
    }
    AggregateResult combined = aggregate(evaluators, individual, options, true);
    Map<String, List<Evaluator>> groups = new LinkedHashMap<>();
    for (Evaluator evaluator : evaluators) {
      if (evaluator.group() != null) {
        groups.computeIfAbsent(evaluator.group(), g -> new ArrayList<>()).add(evaluator);
      }
    }
    Map<String, AggregateResult> byGroup = new LinkedHashMap<>();
    groups.forEach(
        (group, members) -> byGroup.put(group, aggregate(members, individual, options, false)));
    return new GroupAggregationResult(combined, byGroup, individual, notConnected);
  }

  /** {@link #aggregate(List, DerivationOptions)} with the default options. */
  public static GroupAggregationResult aggregate(List<Evaluator> evaluators) {
    return aggregate(evaluators, DerivationOptions.defaults());
  }

  private static AggregateResult aggregate(
      List<Evaluator> evaluators,
      Map<String, PriorityResult> individual,
      DerivationOptions options,
      boolean mustConnect) {
    int n = evaluators.get(0).comparisons().size();
    double[][] aggregate = new double[n][n];
    for (int i = 0; i < n; i++) {
      aggregate[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        double logSum = 0;
        double weightSum = 0;
        for (Evaluator evaluator : evaluators) {
          if (evaluator.comparisons().has(i, j)) {
            logSum += evaluator.weight() * Math.log(evaluator.comparisons().value(i, j));
            weightSum += evaluator.weight();
          }
        }
        aggregate[i][j] = weightSum > 0 ? Math.exp(logSum / weightSum) : Double.NaN;
        aggregate[j][i] = 1 / aggregate[i][j];
      }
    }
    PairwiseComparisons judged = PairwiseComparisons.trusted(aggregate);
    PriorityResult aij = null;
    if (judged.groups().size() == 1) {
      aij = AhpPriorities.derive(judged, options);
    } else if (mustConnect) {
      judged.requireConnected();
    }

    List<Evaluator> connected =
        evaluators.stream().filter(e -> individual.containsKey(e.id())).toList();
    if (connected.isEmpty()) {
      return new AggregateResult(
          evaluators.size(), judged.judgements(), aij, 0, List.of(), List.of(), null);
    }
    double totalWeight = connected.stream().mapToDouble(Evaluator::weight).sum();
    double[] weights = new double[connected.size()];
    double[][] priorities = new double[connected.size()][n];
    for (int k = 0; k < connected.size(); k++) {
      weights[k] = connected.get(k).weight() / totalWeight;
      List<Double> w = individual.get(connected.get(k).id()).weights();
      for (int i = 0; i < n; i++) {
        priorities[k][i] = w.get(i);
      }
    }
    double[] geometric = new double[n];
    double[] arithmetic = new double[n];
    double geometricSum = 0;
    for (int i = 0; i < n; i++) {
      double log = 0;
      for (int k = 0; k < priorities.length; k++) {
        log += weights[k] * Math.log(priorities[k][i]);
        arithmetic[i] += weights[k] * priorities[k][i];
      }
      geometric[i] = Math.exp(log);
      geometricSum += geometric[i];
    }
    List<Double> aipGeometric = new ArrayList<>(n);
    List<Double> aipArithmetic = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      aipGeometric.add(geometric[i] / geometricSum);
      aipArithmetic.add(arithmetic[i]);
    }
    return new AggregateResult(
        evaluators.size(),
        judged.judgements(),
        aij,
        connected.size(),
        aipGeometric,
        aipArithmetic,
        Consensus.of(priorities, weights));
  }
}
