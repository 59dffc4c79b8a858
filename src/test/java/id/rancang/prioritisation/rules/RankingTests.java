package id.rancang.prioritisation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RankingTests {

  private static final RatingCriterion IMPACT =
      new RatingCriterion.Scaled("impact", RatingScale.linear(5));
  private static final RatingCriterion COST =
      new RatingCriterion.Measured("cost", Direction.COST, null);

  private static Alternative programme(String id, double... ratings) {
    return new Alternative(id, null, false, java.util.Arrays.stream(ratings).boxed().toList());
  }

  private static Alternative programme(String id, String group, boolean quickWin, double... r) {
    return new Alternative(id, group, quickWin, java.util.Arrays.stream(r).boxed().toList());
  }

  // Roszkowska, E. (2011) Multi-criteria decision making models by applying the TOPSIS method to
  // crisp and interval data, Multiple Criteria Decision Making (University of Economics in
  // Katowice) 6, 200-230, section 5, the first negotiator's evaluation of five offers on four
  // issues, the second a cost, weights 0.175, 0.425, 0.175, 0.225. Separations and relative
  // closeness as transcribed from the paper in the test suite of gscoppino/topsis
  // (test_topsis.py, "implemented to the specification of Roszkowska"): D+ 0.107805 0.117942
  // 0.096981 0.105379 0.141766, D- 0.124281 0.090785 0.122181 0.112779 0.083486, C 0.535497
  // 0.434945 0.557491 0.516961 0.370633, so A3, A1, A4, A2, A5.
  @Test
  void topsisReproducesRoszkowskasNegotiationExampleToFourDecimals() {
    double[][] offers = {
      {7, 21, 4, 7}, {7, 24, 6, 4}, {14, 25, 3, 8}, {14, 26, 9, 3}, {21, 35, 4, 4}
    };
    Direction[] directions = {
      Direction.BENEFIT, Direction.COST, Direction.BENEFIT, Direction.BENEFIT
    };

    TopsisResult result =
        Topsis.evaluate(offers, new double[] {0.175, 0.425, 0.175, 0.225}, directions);

    org.assertj.core.data.Offset<Double> fourDecimals = within(0.00005);
    double[] plus = {0.107805, 0.117942, 0.096981, 0.105379, 0.141766};
    double[] minus = {0.124281, 0.090785, 0.122181, 0.112779, 0.083486};
    double[] closeness = {0.535497, 0.434945, 0.557491, 0.516961, 0.370633};
    for (int a = 0; a < 5; a++) {
      assertThat(result.distanceToIdeal().get(a)).isCloseTo(plus[a], fourDecimals);
      assertThat(result.distanceToAntiIdeal().get(a)).isCloseTo(minus[a], fourDecimals);
      assertThat(result.closeness().get(a)).isCloseTo(closeness[a], fourDecimals);
    }
  }

  // impact on five levels (k/5), cost from 100 to 300 min-max (a cost: 100 -> 1, 300 -> 0),
  // innovation on levels worth 0, .25, .5, .75, 1; weights .5, .3, .2:
  // P1 = .5 x 1.0 + .3 x 1.0 + .2 x 0 = .80, P2 = .5 x .8 + .3 x 0 + .2 x 1 = .60,
  // P3 = .5 x .6 + .3 x .5 + .2 x .5 = .55.
  @Test
  void theScoreIsTheWeightedSumOfNormalisedRatings() {
    RatingCriterion innovation =
        new RatingCriterion.Scaled(
            "innovation", new RatingScale(List.of(0.0, 0.25, 0.5, 0.75, 1.0)));
    RankingModel model =
        RankingModel.of(
            List.of(IMPACT, COST, innovation),
            List.of(0.5, 0.3, 0.2),
            List.of(
                programme("P1", 5, 100, 1),
                programme("P2", 4, 300, 5),
                programme("P3", 3, 200, 3)));

    RankingResult result = model.rank();

    assertThat(result.ranking())
        .extracting(RankedAlternative::id)
        .containsExactly("P1", "P2", "P3");
    assertThat(result.ranking()).extracting(RankedAlternative::rank).containsExactly(1, 2, 3);
    assertThat(result.ranking().get(0).score()).isCloseTo(0.80, within(1e-12));
    assertThat(result.ranking().get(1).score()).isCloseTo(0.60, within(1e-12));
    assertThat(result.ranking().get(2).score()).isCloseTo(0.55, within(1e-12));
    assertThat(result.ranking()).noneMatch(RankedAlternative::isTied);
  }

  @Test
  void weightsAreRescaledToSumOne() {
    RankingModel model =
        RankingModel.of(List.of(IMPACT, COST), List.of(2.0, 6.0), List.of(programme("P", 5, 1)));

    assertThat(model.weights()).containsExactly(0.25, 0.75);
  }

  // Two criteria on five levels, equal weights: A (5, 1), B (1, 5) and C (4, 2) all score .6,
  // D (1, 1) scores .2. TOPSIS on the scale values (column norms sqrt(1.72) and sqrt(1.24), so
  // weighted B = (.0762, .4490), C = (.3050, .1796), A = (.3812, .0898), D = (.0762, .0898);
  // ideal (.3812, .4490), anti-ideal (.0762, .0898)) puts B closest to the ideal (.3592/.6642 =
  // 0.541), then C (.2458/.5258 = 0.467), then A (.3050/.6642 = 0.459).
  @Test
  void equalScoresShareTheirPlaceAndAreListedByTopsisCloseness() {
    RankingModel model =
        RankingModel.of(
            List.of(IMPACT, new RatingCriterion.Scaled("vision", RatingScale.linear(5))),
            List.of(0.5, 0.5),
            List.of(
                programme("A", 5, 1),
                programme("B", 1, 5),
                programme("C", 4, 2),
                programme("D", 1, 1)));

    List<RankedAlternative> ranking = model.rank().ranking();

    assertThat(ranking).extracting(RankedAlternative::id).containsExactly("B", "C", "A", "D");
    assertThat(ranking).extracting(RankedAlternative::rank).containsExactly(1, 1, 1, 4);
    assertThat(ranking).extracting(RankedAlternative::topsisRank).containsExactly(1, 2, 3, 4);
    assertThat(ranking.get(0).tiedWith()).containsExactly("C", "A");
    assertThat(ranking.get(0).tieReason()).isEqualTo(RankedAlternative.EQUAL_SCORE);
    assertThat(ranking.get(3).tieReason()).isNull();
    assertThat(ranking.get(0).closeness()).isCloseTo(0.541, within(0.0005));
  }

  @Test
  void equalScoresAndClosenessAreListedInInputOrder() {
    RankingModel model =
        RankingModel.of(
            List.of(IMPACT, new RatingCriterion.Scaled("vision", RatingScale.linear(5))),
            List.of(0.5, 0.5),
            List.of(programme("second", 1, 5), programme("first", 5, 1)));

    List<RankedAlternative> ranking = model.rank().ranking();

    assertThat(ranking).extracting(RankedAlternative::id).containsExactly("second", "first");
    assertThat(ranking)
        .allSatisfy(
            r -> assertThat(r.tieReason()).isEqualTo(RankedAlternative.EQUAL_SCORE_AND_CLOSENESS));
  }

  @Test
  void eachGroupIsRankedOnItsOwnAndProposesItsBestEligibleQuickWin() {
    RankingModel model =
        RankingModel.of(
            List.of(IMPACT),
            List.of(1.0),
            List.of(
                programme("gov-big", "GOVERNANCE", false, 5),
                programme("eco-1", "ECONOMY", true, 4),
                programme("gov-quick", "GOVERNANCE", true, 3),
                programme("gov-quick-2", "GOVERNANCE", true, 3),
                programme("env-1", "ENVIRONMENT", false, 2)));

    RankingResult result = model.rank();

    assertThat(result.byGroup()).containsOnlyKeys("GOVERNANCE", "ECONOMY", "ENVIRONMENT");
    assertThat(result.byGroup().get("GOVERNANCE"))
        .extracting(RankedAlternative::id, RankedAlternative::groupRank)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("gov-big", 1),
            org.assertj.core.groups.Tuple.tuple("gov-quick", 2),
            org.assertj.core.groups.Tuple.tuple("gov-quick-2", 2));
    assertThat(result.quickWins()).containsOnlyKeys("GOVERNANCE", "ECONOMY");
    assertThat(result.quickWins().get("GOVERNANCE").alternativeId()).isEqualTo("gov-quick");
    assertThat(result.quickWins().get("GOVERNANCE").tiedWith()).containsExactly("gov-quick-2");
    assertThat(result.quickWins().get("ECONOMY").alternativeId()).isEqualTo("eco-1");
    assertThat(result.ranking().get(0).rank()).isEqualTo(1);
  }

  @Test
  void aFractionalLevelSuchAsAMeanRatingIsInterpolatedBetweenLevels() {
    assertThat(RatingScale.linear(5).valueOf(3.5)).isCloseTo(0.7, within(1e-12));
    assertThat(RatingScale.linear(5).valueOf(5)).isEqualTo(1.0);
    assertThat(RatingScale.linear(5).valueOf(1)).isEqualTo(0.2);
  }

  @Test
  void measuredCriteriaAreNormalisedByTheirDirection() {
    RatingCriterion reach =
        new RatingCriterion.Measured("reach", Direction.BENEFIT, Normalisation.BY_MAX);
    RatingCriterion costByMax =
        new RatingCriterion.Measured("cost", Direction.COST, Normalisation.BY_MAX);
    RatingCriterion reachMinMax = new RatingCriterion.Measured("reach", Direction.BENEFIT, null);
    List<Alternative> programmes =
        List.of(programme("a", 50, 200, 50), programme("b", 200, 100, 200));

    RankingModel model =
        RankingModel.of(List.of(reach, costByMax, reachMinMax), List.of(1.0, 1.0, 1.0), programmes);

    assertThat(model.rating(0, 0)).isEqualTo(0.25); // 50 / 200
    assertThat(model.rating(0, 1)).isEqualTo(0.5); // 100 / 200
    assertThat(model.rating(1, 1)).isEqualTo(1.0);
    assertThat(model.rating(0, 2)).isEqualTo(0.0); // the worst on min-max
    assertThat(model.rating(1, 2)).isEqualTo(1.0);
  }

  @Test
  void aMeasureOnWhichAllAreEqualRatesEveryoneFully() {
    RankingModel model =
        RankingModel.of(List.of(COST), List.of(1.0), List.of(programme("a", 7), programme("b", 7)));

    assertThat(model.rating(0, 0)).isEqualTo(1.0);
    assertThat(model.rank().ranking()).allMatch(r -> r.rank() == 1);
  }

  private static void refused(ThrowingCallable call, String code, Object... args) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            AhpInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.args()).containsExactly(args);
            });
  }

  @Test
  void badRankingInputIsRefusedWithItsCode() {
    List<RatingCriterion> criteria = List.of(IMPACT, COST);
    refused(() -> RatingScale.linear(1), "badScale", List.of(1.0));
    refused(() -> new RatingScale(List.of(0.5, 0.4)), "badScale", List.of(0.5, 0.4));
    refused(() -> RankingModel.of(List.of(), List.of(), List.of()), "tooSmall", 0, 1);
    refused(() -> RankingModel.of(criteria, List.of(1.0), List.of()), "weightsLength", 2, 1);
    refused(() -> RankingModel.of(criteria, List.of(1.0, -0.5), List.of()), "badWeight", 1, -0.5);
    refused(() -> RankingModel.of(criteria, List.of(0.0, 0.0), List.of()), "zeroWeights");
    refused(
        () ->
            RankingModel.of(
                criteria, List.of(1.0, 1.0), List.of(programme("p", 1, 1), programme("p", 2, 2))),
        "duplicateAlternative",
        "p");
    refused(
        () -> RankingModel.of(criteria, List.of(1.0, 1.0), List.of(programme("p", 1))),
        "ratingsLength",
        "p",
        2,
        1);
    refused(
        () -> RankingModel.of(criteria, List.of(1.0, 1.0), List.of(programme("p", 1, Double.NaN))),
        "notFinite",
        "p",
        "cost",
        Double.NaN);
    refused(
        () -> RankingModel.of(criteria, List.of(1.0, 1.0), List.of(programme("p", 6, 1))),
        "levelOutOfRange",
        "p",
        "impact",
        6.0,
        5);
    refused(
        () ->
            RankingModel.of(
                List.of(new RatingCriterion.Measured("cost", Direction.COST, Normalisation.BY_MAX)),
                List.of(1.0),
                List.of(programme("p", 0))),
        "notPositiveMeasure",
        "p",
        "cost",
        0.0);
    RankingModel model =
        RankingModel.of(criteria, List.of(1.0, 1.0), List.of(programme("p", 1, 1)));
    refused(() -> model.rankWithWeight(2, 0.5), "criterionOutOfRange", 2, 2);
    refused(() -> model.rankWithWeight(0, 1.5), "badWeight", 0, 1.5);
  }
}
