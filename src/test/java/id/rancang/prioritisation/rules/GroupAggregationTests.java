package id.rancang.prioritisation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupAggregationTests {

  private static PairwiseComparisons judged(int n, Judgement... judgements) {
    return PairwiseComparisons.ofJudgements(n, List.of(judgements));
  }

  private static Evaluator evaluator(
      String id, String group, double weight, PairwiseComparisons c) {
    return new Evaluator(id, group, weight, c);
  }

  // Two evaluators on two criteria: one finds the first 4 times as important (priorities 0.8,
  // 0.2), the other equal (0.5, 0.5). AIJ: sqrt(4 x 1) = 2, so 2/3 and 1/3. AIP geometric:
  // sqrt(0.8 x 0.5) = 0.63246 and sqrt(0.2 x 0.5) = 0.31623, renormalised 2/3 and 1/3 as well;
  // AIP arithmetic: 0.65 and 0.35.
  @Test
  void twoEvaluatorsOfEqualWeightMeetInTheGeometricMean() {
    GroupAggregationResult result =
        GroupAggregation.aggregate(
            List.of(
                evaluator("a", null, 1, judged(2, new Judgement(0, 1, 4))),
                evaluator("b", null, 1, judged(2, new Judgement(0, 1, 1)))));

    AggregateResult combined = result.combined();
    assertThat(combined.judgements()).hasSize(1);
    assertThat(combined.judgements().get(0).value()).isCloseTo(2, within(1e-12));
    assertThat(combined.aij().weight(0)).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(combined.aipGeometric().get(0)).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(combined.aipArithmetic()).containsExactly(0.65, 0.35);
    assertThat(result.individual().get("a").weights()).containsExactly(0.8, 0.2);
  }

  // Weights 3 and 1: AIJ 4^(3/4) = 2.8284, so 2.8284/3.8284 = 0.7388 for the first criterion;
  // AIP arithmetic 0.75 x 0.8 + 0.25 x 0.5 = 0.725.
  @Test
  void evaluatorWeightsSetByTheTeamWeighTheMeans() {
    GroupAggregationResult result =
        GroupAggregation.aggregate(
            List.of(
                evaluator("a", null, 3, judged(2, new Judgement(0, 1, 4))),
                evaluator("b", null, 1, judged(2, new Judgement(0, 1, 1)))));

    double aij = Math.pow(4, 0.75);
    assertThat(result.combined().judgements().get(0).value()).isCloseTo(aij, within(1e-12));
    assertThat(result.combined().aij().weight(0)).isCloseTo(aij / (aij + 1), within(1e-12));
    assertThat(result.combined().aipArithmetic().get(0)).isCloseTo(0.725, within(1e-12));
  }

  // a judged 0-1 = 4 and 1-2 = 1; b only 0-1 = 1 (not yet connected); c 1-2 = 4 and 0-2 = 2.
  // AIJ per pair over those who judged it: 0-1 sqrt(4 x 1) = 2, 1-2 sqrt(1 x 4) = 2, 0-2 = 2.
  @Test
  void eachPairIsAggregatedOverTheEvaluatorsWhoJudgedIt() {
    GroupAggregationResult result =
        GroupAggregation.aggregate(
            List.of(
                evaluator("a", null, 1, judged(3, new Judgement(0, 1, 4), new Judgement(1, 2, 1))),
                evaluator("b", null, 1, judged(3, new Judgement(0, 1, 1))),
                evaluator(
                    "c", null, 1, judged(3, new Judgement(1, 2, 4), new Judgement(0, 2, 2)))));

    assertThat(result.combined().judgements())
        .extracting(Judgement::i, Judgement::j)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, 1),
            org.assertj.core.groups.Tuple.tuple(0, 2),
            org.assertj.core.groups.Tuple.tuple(1, 2));
    assertThat(result.combined().judgements())
        .allSatisfy(j -> assertThat(j.value()).isCloseTo(2, within(1e-12)));
    assertThat(result.notConnected()).containsExactly("b");
    assertThat(result.individual()).containsOnlyKeys("a", "c");
    assertThat(result.combined().evaluators()).isEqualTo(3);
    assertThat(result.combined().aipEvaluators()).isEqualTo(2);
  }

  @Test
  void pairsNobodyJudgedAreSolvedAsIncompleteComparisons() {
    GroupAggregationResult result =
        GroupAggregation.aggregate(
            List.of(
                evaluator("a", null, 1, judged(3, new Judgement(0, 1, 2))),
                evaluator("b", null, 1, judged(3, new Judgement(1, 2, 3)))));

    assertThat(result.combined().aij().method()).isEqualTo(PriorityMethod.HARKER);
    assertThat(result.combined().aij().missingPairs()).isEqualTo(1);
    assertThat(result.combined().aij().weight(0)).isCloseTo(0.6, within(1e-10));
    assertThat(result.combined().aipGeometric()).isEmpty();
    assertThat(result.combined().consensus()).isNull();
  }

  @Test
  void identicalPrioritiesAreFullConsensus() {
    PairwiseComparisons same =
        judged(3, new Judgement(0, 1, 3), new Judgement(0, 2, 5), new Judgement(1, 2, 2));

    Consensus consensus =
        GroupAggregation.aggregate(
                List.of(evaluator("a", null, 1, same), evaluator("b", null, 2, same)))
            .combined()
            .consensus();

    assertThat(consensus.betaDiversity()).isCloseTo(1, within(1e-12));
    assertThat(consensus.homogeneity()).isCloseTo(1, within(1e-12));
    assertThat(consensus.consensus()).isCloseTo(1, within(1e-12));
  }

  // Goepel's indicator on two criteria: one evaluator judges the first 9 times as important
  // (0.9, 0.1), the other the reverse (0.1, 0.9). H_alpha = H(0.9, 0.1), H_gamma = ln 2, so the
  // homogeneity 1/D_beta = exp(H(0.9, 0.1))/2 = 0.6921, which is exactly D_alpha,min/D_gamma,max
  // for n = 2 on the 1-9 scale: the consensus is 0.
  @Test
  void twoEvaluatorsAtOppositeEndsOfTheScaleHaveNoConsensus() {
    Consensus consensus =
        GroupAggregation.aggregate(
                List.of(
                    evaluator("a", null, 1, judged(2, new Judgement(0, 1, 9))),
                    evaluator("b", null, 1, judged(2, new Judgement(0, 1, 1 / 9.0)))))
            .combined()
            .consensus();

    double h = -(0.9 * Math.log(0.9) + 0.1 * Math.log(0.1));
    assertThat(consensus.alphaEntropy()).isCloseTo(h, within(1e-12));
    assertThat(consensus.gammaEntropy()).isCloseTo(Math.log(2), within(1e-12));
    assertThat(consensus.homogeneity()).isCloseTo(Math.exp(h) / 2, within(1e-12));
    assertThat(consensus.consensus()).isCloseTo(0, within(1e-12));
  }

  @Test
  void moderateDisagreementLiesBetweenNoAndFullConsensus() {
    Consensus consensus =
        GroupAggregation.aggregate(
                List.of(
                    evaluator("a", null, 1, judged(2, new Judgement(0, 1, 3))),
                    evaluator("b", null, 1, judged(2, new Judgement(0, 1, 1 / 2.0)))))
            .combined()
            .consensus();

    assertThat(consensus.consensus()).isStrictlyBetween(0.0, 1.0);
  }

  @Test
  void eachEvaluatorGroupHasItsOwnAggregateNextToTheCombinedOne() {
    GroupAggregationResult result =
        GroupAggregation.aggregate(
            List.of(
                evaluator("gov-1", "government", 1, judged(2, new Judgement(0, 1, 4))),
                evaluator("gov-2", "government", 1, judged(2, new Judgement(0, 1, 4))),
                evaluator("biz-1", "business", 1, judged(2, new Judgement(0, 1, 1 / 4.0))),
                evaluator("press", null, 1, judged(2, new Judgement(0, 1, 1)))));

    assertThat(result.byGroup()).containsOnlyKeys("government", "business");
    assertThat(result.byGroup().get("government").aij().weight(0)).isCloseTo(0.8, within(1e-12));
    assertThat(result.byGroup().get("business").aij().weight(0)).isCloseTo(0.2, within(1e-12));
    assertThat(result.byGroup().get("government").evaluators()).isEqualTo(2);
    assertThat(result.combined().evaluators()).isEqualTo(4);
    // (4 x 4 x 1/4 x 1)^(1/4) = sqrt(2)
    assertThat(result.combined().judgements().get(0).value())
        .isCloseTo(Math.sqrt(2), within(1e-12));
  }

  @Test
  void aGroupWhoseJudgementsDoNotYetConnectHasNoAijOfItsOwn() {
    GroupAggregationResult result =
        GroupAggregation.aggregate(
            List.of(
                evaluator("a", "academia", 1, judged(3, new Judgement(0, 1, 2))),
                evaluator("b", "community", 1, judged(3, new Judgement(1, 2, 2)))));

    assertThat(result.byGroup().get("academia").aij()).isNull();
    assertThat(result.combined().aij()).isNotNull();
  }

  @Test
  void badGroupsAreRefusedWithTheirCodes() {
    PairwiseComparisons two = judged(2, new Judgement(0, 1, 2));
    assertThatThrownBy(() -> GroupAggregation.aggregate(List.of()))
        .hasFieldOrPropertyWithValue("code", "noEvaluators");
    assertThatThrownBy(
            () ->
                GroupAggregation.aggregate(
                    List.of(evaluator("a", null, 1, two), evaluator("a", null, 1, two))))
        .isInstanceOfSatisfying(
            AhpInputException.class, e -> assertThat(e.args()).containsExactly("a"))
        .hasFieldOrPropertyWithValue("code", "duplicateEvaluator");
    assertThatThrownBy(
            () ->
                GroupAggregation.aggregate(
                    List.of(
                        evaluator("a", null, 1, two),
                        evaluator("b", null, 1, judged(3, new Judgement(0, 1, 2))))))
        .isInstanceOfSatisfying(
            AhpInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("sizeMismatch");
              assertThat(e.args()).containsExactly("b", 3, 2);
            });
    for (double weight : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(
              () -> GroupAggregation.aggregate(List.of(evaluator("a", null, weight, two))))
          .isInstanceOfSatisfying(
              AhpInputException.class,
              e -> {
                assertThat(e.code()).isEqualTo("badEvaluatorWeight");
                assertThat(e.args()).containsExactly("a", weight);
              });
    }
    assertThatThrownBy(
            () ->
                GroupAggregation.aggregate(
                    List.of(evaluator("a", null, 1, judged(3, new Judgement(0, 1, 2))))))
        .hasFieldOrPropertyWithValue("code", "disconnected");
  }
}
