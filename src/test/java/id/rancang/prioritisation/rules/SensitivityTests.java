package id.rancang.prioritisation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Three programmes on three criteria rated on five levels (level k worth k/5), weights .5, .3, .2:
 *
 * <pre>
 *        C1   C2   C3   score
 *   A   1.0  0.2  0.2   .5 + .06 + .04 = .60
 *   B   0.4  1.0  0.8   .2 + .30 + .16 = .66   first
 *   C   0.6  0.6  0.4   .3 + .18 + .08 = .56
 * </pre>
 *
 * Moving C1's weight to w, C2 and C3 keep their 3 : 2 shares of 1 − w (0.6 and 0.4 of it):
 *
 * <pre>
 *   A(w) = (1 − w)(.6 x .2 + .4 x .2) + w x 1.0 = .20 + .80 w
 *   B(w) = (1 − w)(.6 x 1  + .4 x .8) + w x 0.4 = .92 − .52 w
 *   C(w) = (1 − w)(.6 x .6 + .4 x .4) + w x 0.6 = .52 + .08 w
 * </pre>
 *
 * A meets B where .20 + .80 w = .92 − .52 w, w = .72/1.32 = 6/11 = 0.5455, a rise of 1/22 = 0.0455;
 * C meets B later, at w = .40/.60 = 2/3. Lowering C1 only strengthens B.
 *
 * <p>Moving C2's weight to w, C1 and C3 keep 5/7 and 2/7 of 1 − w:
 *
 * <pre>
 *   A(w) = (1 − w)(5.4/7) + .2 w,  B(w) = (1 − w)(3.6/7) + 1.0 w,  C(w) = (1 − w)(3.8/7) + .6 w
 * </pre>
 *
 * A meets B where 5.4 − 5.4 w + 1.4 w = 3.6 − 3.6 w + 7 w, i.e. 1.8 = 7.4 w, w = 9/37 = 0.2432, a
 * fall of 21/370 = 0.0568; C meets B at w = 1/15. Raising C2 only strengthens B.
 *
 * <p>A meets C on C1 where .20 + .80 w = .52 + .08 w, w = 4/9, a fall of 1/18 = 0.0556 from .5.
 */
class SensitivityTests {

  private static final RatingScale FIVE = RatingScale.linear(5);

  private static final RankingModel MODEL =
      RankingModel.of(
          List.of(
              new RatingCriterion.Scaled("C1", FIVE),
              new RatingCriterion.Scaled("C2", FIVE),
              new RatingCriterion.Scaled("C3", FIVE)),
          List.of(0.5, 0.3, 0.2),
          List.of(
              new Alternative("A", null, false, List.of(5.0, 1.0, 1.0)),
              new Alternative("B", null, false, List.of(2.0, 5.0, 4.0)),
              new Alternative("C", null, false, List.of(3.0, 3.0, 2.0))));

  @Test
  void theLeaderAndScoresAreTheHandComputedOnes() {
    RankingResult ranking = MODEL.rank();

    assertThat(ranking.ranking()).extracting(RankedAlternative::id).containsExactly("B", "A", "C");
    assertThat(ranking.ranking().get(0).score()).isCloseTo(0.66, within(1e-12));
    assertThat(ranking.ranking().get(1).score()).isCloseTo(0.60, within(1e-12));
    assertThat(ranking.ranking().get(2).score()).isCloseTo(0.56, within(1e-12));
  }

  @Test
  void raisingTheFirstCriterionToSixEleventhsHandsFirstPlaceToA() {
    FirstPlaceSensitivity c1 = MODEL.sensitivity().firstPlace().get(0);

    assertThat(c1.leader()).isEqualTo("B");
    assertThat(c1.up().weight()).isCloseTo(6 / 11.0, within(1e-12));
    assertThat(c1.up().change()).isCloseTo(1 / 22.0, within(1e-12));
    assertThat(c1.up().alternativeId()).isEqualTo("A");
    assertThat(c1.down()).isNull();
  }

  @Test
  void loweringTheSecondCriterionToNineThirtySeventhsHandsFirstPlaceToA() {
    FirstPlaceSensitivity c2 = MODEL.sensitivity().firstPlace().get(1);

    assertThat(c2.down().weight()).isCloseTo(9 / 37.0, within(1e-12));
    assertThat(c2.down().change()).isCloseTo(-21 / 370.0, within(1e-12));
    assertThat(c2.down().alternativeId()).isEqualTo("A");
    assertThat(c2.up()).isNull();
  }

  @Test
  void theRankingJustBeyondACrossingHasTheNewLeaderAndJustBeforeItTheOld() {
    assertThat(MODEL.rankWithWeight(0, 6 / 11.0 + 1e-6).leader().id()).isEqualTo("A");
    assertThat(MODEL.rankWithWeight(0, 6 / 11.0 - 1e-6).leader().id()).isEqualTo("B");
    assertThat(MODEL.rankWithWeight(1, 9 / 37.0 - 1e-6).leader().id()).isEqualTo("A");
    assertThat(MODEL.rankWithWeight(1, 9 / 37.0 + 1e-6).leader().id()).isEqualTo("B");
  }

  @Test
  void theOtherWeightsAreRescaledProportionally() {
    assertThat(MODEL.weightsWith(0, 0.6))
        .usingComparatorForType(
            (a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b), Double.class)
        .containsExactly(0.6, 0.24, 0.16);
    assertThat(
            MODEL.rankWithWeight(0, 0.6).weights().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1, within(1e-12));
  }

  @Test
  void eachTopAlternativeKnowsTheSmallestWeightChangeThatMovesIt() {
    List<PositionStability> top = MODEL.sensitivity().topTen();

    assertThat(top).extracting(PositionStability::alternativeId).containsExactly("B", "A", "C");
    // B and A swap when C1 rises by 1/22
    assertThat(top.get(0).smallestChange()).isCloseTo(1 / 22.0, within(1e-12));
    assertThat(top.get(0).criterionId()).isEqualTo("C1");
    assertThat(top.get(0).crossing().alternativeId()).isEqualTo("A");
    assertThat(top.get(1).smallestChange()).isCloseTo(1 / 22.0, within(1e-12));
    // C passes A when C1 falls by 1/18 to 4/9
    assertThat(top.get(2).smallestChange()).isCloseTo(1 / 18.0, within(1e-12));
    assertThat(top.get(2).crossing().weight()).isCloseTo(4 / 9.0, within(1e-12));
    assertThat(top.get(2).crossing().alternativeId()).isEqualTo("A");
  }

  @Test
  void tiedLeadersChangePlaceWithTheSmallestMove() {
    RankingModel tied =
        RankingModel.of(
            List.of(new RatingCriterion.Scaled("C1", FIVE), new RatingCriterion.Scaled("C2", FIVE)),
            List.of(0.5, 0.5),
            List.of(
                new Alternative("A", null, false, List.of(5.0, 1.0)),
                new Alternative("B", null, false, List.of(1.0, 5.0))));

    SensitivityReport report = tied.sensitivity();

    assertThat(report.topTen()).allSatisfy(s -> assertThat(s.smallestChange()).isZero());
    FirstPlaceSensitivity c1 = report.firstPlace().get(0);
    assertThat(c1.leader()).isEqualTo("A");
    // raising C1 keeps A ahead; lowering it lets B ahead at once
    assertThat(c1.up()).isNull();
    assertThat(c1.down().change()).isZero();
    assertThat(c1.down().alternativeId()).isEqualTo("B");
  }

  @Test
  void whenOneCriterionHoldsAllTheWeightTheOthersShareWhatItGivesUpEqually() {
    RankingModel model =
        RankingModel.of(
            List.of(
                new RatingCriterion.Scaled("C1", FIVE),
                new RatingCriterion.Scaled("C2", FIVE),
                new RatingCriterion.Scaled("C3", FIVE)),
            List.of(1.0, 0.0, 0.0),
            List.of(
                new Alternative("A", null, false, List.of(5.0, 1.0, 1.0)),
                new Alternative("B", null, false, List.of(4.0, 5.0, 5.0))));

    // A(w) = w + (1 - w) x .2, B(w) = .8 w + (1 - w) x 1.0: equal at w = .8/1.0 = 0.8
    assertThat(model.weightsWith(0, 0.5)).containsExactly(0.5, 0.25, 0.25);
    FirstPlaceSensitivity c1 = model.sensitivity().firstPlace().get(0);
    assertThat(c1.down().weight()).isCloseTo(0.8, within(1e-12));
    assertThat(c1.down().alternativeId()).isEqualTo("B");
  }

  @Test
  void aSingleProgrammeCannotBeOvertaken() {
    RankingModel model =
        RankingModel.of(
            List.of(new RatingCriterion.Scaled("C1", FIVE), new RatingCriterion.Scaled("C2", FIVE)),
            List.of(0.5, 0.5),
            List.of(new Alternative("only", null, false, List.of(3.0, 3.0))));

    SensitivityReport report = model.sensitivity();

    assertThat(report.firstPlace()).allSatisfy(f -> assertThat(f.up()).isNull());
    assertThat(report.topTen()).singleElement().satisfies(s -> assertThat(s.crossing()).isNull());
  }
}
