package id.rancang.prioritisation.rules;

import static id.rancang.prioritisation.rules.TestMatrices.consistent;
import static id.rancang.prioritisation.rules.TestMatrices.fromUpper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AhpPrioritiesTests {

  /** Saaty publishes these priorities to three decimals. */
  private static final org.assertj.core.data.Offset<Double> PUBLISHED_3 = within(0.0005);

  // Saaty, T.L. (2008) Decision making with the analytic hierarchy process, Int. J. Services
  // Sciences 1(1), 83-98: "Which drink is consumed more in the US?", the 7x7 matrix of coffee,
  // wine, tea, beer, sodas, milk and water, and its derived priorities .177 .019 .042 .116 .190
  // .129 .327 (the matrix as also transcribed in AHPy's tests).
  @Test
  void saatysDrinkConsumptionJudgementsGiveHisPublishedPriorities() {
    double[][] drinks =
        fromUpper(
            7, 9, 5, 2, 1, 1, 1 / 2.0, // coffee
            1 / 3.0, 1 / 9.0, 1 / 9.0, 1 / 9.0, 1 / 9.0, // wine
            1 / 3.0, 1 / 4.0, 1 / 3.0, 1 / 9.0, // tea
            1 / 2.0, 1, 1 / 3.0, // beer
            2, 1 / 2.0, // sodas
            1 / 3.0); // milk

    PriorityResult result = AhpPriorities.derive(drinks);

    assertThat(result.weights())
        .zipSatisfy(
            List.of(0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327),
            (actual, published) -> assertThat(actual).isCloseTo(published, PUBLISHED_3));
    assertThat(result.method()).isEqualTo(PriorityMethod.EIGENVECTOR);
    assertThat(result.isAcceptable()).isTrue();
  }

  // Wikipedia, "Analytic hierarchy process – leader example": criteria experience, education,
  // charisma and age weighted .547, .127, .270, .056; with the candidates' priorities under each
  // criterion the goal priorities are Tom .358, Dick .493, Harry .149. The page prints three
  // decimals but its experience weight is the eigenvector's 0.5476 cut rather than rounded, so
  // the criteria weights are compared within 0.001.
  @Test
  void theLeaderExampleWeighsItsCriteriaAndComposesTheCandidatesAsPublished() {
    double[][] criteria = fromUpper(4, 4, 3, 7, 1 / 3.0, 3, 5);
    double[][][] candidates = {
      fromUpper(3, 1 / 4.0, 4, 9), // experience: Tom, Dick, Harry
      fromUpper(3, 3, 1 / 5.0, 1 / 7.0), // education
      fromUpper(3, 5, 9, 4), // charisma
      fromUpper(3, 1 / 3.0, 5, 9) // age
    };

    PriorityResult weights = AhpPriorities.derive(criteria);
    double[] goal = new double[3];
    for (int c = 0; c < 4; c++) {
      PriorityResult local = AhpPriorities.derive(candidates[c]);
      for (int a = 0; a < 3; a++) {
        goal[a] += weights.weight(c) * local.weight(a);
      }
    }

    assertThat(weights.weights())
        .zipSatisfy(
            List.of(0.547, 0.127, 0.270, 0.056),
            (actual, published) -> assertThat(actual).isCloseTo(published, within(0.001)));
    assertThat(goal[0]).isCloseTo(0.358, PUBLISHED_3);
    assertThat(goal[1]).isCloseTo(0.493, PUBLISHED_3);
    assertThat(goal[2]).isCloseTo(0.149, PUBLISHED_3);
  }

  // Saaty, T.L. (1990) How to make a decision: the analytic hierarchy process, European Journal of
  // Operational Research 48, 9-26: the criteria for buying a house (size, transportation,
  // neighbourhood, age, yard space, modern facilities, general condition, financing), priorities
  // .173 .054 .188 .018 .031 .036 .167 .333, lambda max 9.669, C.I. 0.238, C.R. 0.169: an
  // inconsistent matrix (CR above 0.10).
  private static final double[][] HOUSE =
      fromUpper(
          8, 5, 3, 7, 6, 6, 1 / 3.0, 1 / 4.0, // size of house
          1 / 3.0, 5, 3, 3, 1 / 5.0, 1 / 7.0, // transportation
          6, 3, 4, 6, 1 / 5.0, // neighbourhood
          1 / 3.0, 1 / 4.0, 1 / 7.0, 1 / 8.0, // age of house
          1 / 2.0, 1 / 5.0, 1 / 6.0, // yard space
          1 / 5.0, 1 / 6.0, // modern facilities
          1 / 2.0); // general condition

  @Test
  void saatysHouseCriteriaAreInconsistentWithThePublishedLambdaAndRatios() {
    PriorityResult result = AhpPriorities.derive(HOUSE);

    assertThat(result.weights())
        .zipSatisfy(
            List.of(0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333),
            (actual, published) -> assertThat(actual).isCloseTo(published, PUBLISHED_3));
    assertThat(result.lambdaMax()).isCloseTo(9.669, PUBLISHED_3);
    assertThat(result.ci()).isCloseTo(0.238, PUBLISHED_3);
    assertThat(result.cr()).isCloseTo(0.169, PUBLISHED_3);
    assertThat(result.riTable()).isEqualTo("saaty-1980");
    assertThat(result.randomIndex()).isEqualTo(1.41);
    assertThat(result.isAcceptable()).isFalse();
  }

  // Saaty (2003, EJOR 145, 85-91) revises first the judgement whose a_ij w_j / w_i is furthest
  // from 1. From the house example's published priorities: neighbourhood against general
  // condition is 6 x .167/.188 = 5.33, far beyond size against neighbourhood (3 x .188/.173 =
  // 3.26) and size against general condition (1/3 x .167/.173 = 0.32, i.e. 3.1 the other way).
  @Test
  void theHouseExamplesFirstJudgementToReconsiderIsNeighbourhoodAgainstGeneralCondition() {
    PriorityResult result = AhpPriorities.derive(HOUSE);

    InconsistentJudgement first = result.inconsistentJudgements().get(0);
    assertThat(first.i()).isEqualTo(2);
    assertThat(first.j()).isEqualTo(6);
    assertThat(first.current()).isEqualTo(6.0);
    assertThat(first.consistentValue())
        .isCloseTo(result.weight(2) / result.weight(6), within(1e-12));
    assertThat(first.deviation())
        .isCloseTo(Math.log(6 * result.weight(6) / result.weight(2)), within(1e-12));
    assertThat(SaatyScale.values()).contains(first.suggested());
    assertThat(result.inconsistentJudgements())
        .hasSize(DerivationOptions.DEFAULT_FEEDBACK_LIMIT)
        .isSortedAccordingTo((a, b) -> Double.compare(b.deviation(), a.deviation()));
  }

  @Test
  void theConsistencyRatioAfterASuggestedCorrectionIsTheOneOfTheCorrectedMatrix() {
    PriorityResult result = AhpPriorities.derive(HOUSE);

    for (InconsistentJudgement suggestion : result.inconsistentJudgements()) {
      double[][] corrected = HOUSE.clone();
      for (int i = 0; i < corrected.length; i++) {
        corrected[i] = HOUSE[i].clone();
      }
      corrected[suggestion.i()][suggestion.j()] = suggestion.suggested();
      corrected[suggestion.j()][suggestion.i()] = 1 / suggestion.suggested();

      assertThat(suggestion.crAfter())
          .isCloseTo(AhpPriorities.derive(corrected).cr(), within(1e-9))
          .isLessThan(result.cr());
    }
  }

  @Test
  void followingTheFirstSuggestionBringsTheHouseExampleWithinTheAcceptableRatio() {
    InconsistentJudgement first = AhpPriorities.derive(HOUSE).inconsistentJudgements().get(0);

    assertThat(first.crAfter()).isLessThanOrEqualTo(PriorityResult.ACCEPTABLE_CR);
  }

  @Test
  void aConsistentMatrixGivesBackItsWeightsExactlyWithNothingToReconsider() {
    double[] weights = {0.4, 0.2, 0.1, 0.1, 0.05, 0.15};

    PriorityResult result = AhpPriorities.derive(consistent(weights));

    for (int i = 0; i < weights.length; i++) {
      assertThat(result.weight(i)).isCloseTo(weights[i], within(1e-12));
    }
    assertThat(result.lambdaMax()).isCloseTo(6, within(1e-9));
    assertThat(result.ci()).isCloseTo(0, within(1e-9));
    assertThat(result.cr()).isCloseTo(0, within(1e-9));
    assertThat(result.inconsistentJudgements()).isEmpty();
  }

  @Test
  void twoCriteriaAreAlwaysConsistent() {
    PriorityResult result = AhpPriorities.derive(new double[][] {{1, 3}, {1 / 3.0, 1}});

    assertThat(result.weights()).containsExactly(0.75, 0.25);
    assertThat(result.cr()).isZero();
    assertThat(result.randomIndex()).isZero();
    assertThat(result.inconsistentJudgements()).isEmpty();
  }

  @Test
  void roundedReciprocalsAreAcceptedAndMadeExactlyReciprocal() {
    double[][] typed = {{1, 3, 0.2}, {0.3333, 1, 0.1429}, {5, 7, 1}};

    PairwiseComparisons comparisons = PairwiseComparisons.ofMatrix(typed);

    assertThat(comparisons.value(0, 1) * comparisons.value(1, 0)).isEqualTo(1.0);
    assertThat(comparisons.value(0, 1)).isCloseTo(Math.sqrt(3 / 0.3333), within(1e-12));
  }

  @Test
  void theConsistencyRatioUsesTheChosenRandomIndexTableAndNamesIt() {
    DerivationOptions alonsoLamata =
        DerivationOptions.defaults().withRiTable(RandomIndexTable.byId("alonso-lamata-2006"));

    PriorityResult saaty = AhpPriorities.derive(PairwiseComparisons.ofMatrix(HOUSE));
    PriorityResult other = AhpPriorities.derive(PairwiseComparisons.ofMatrix(HOUSE), alonsoLamata);

    assertThat(other.riTable()).isEqualTo("alonso-lamata-2006");
    assertThat(other.randomIndex()).isEqualTo(1.4056);
    assertThat(other.ci()).isEqualTo(saaty.ci());
    assertThat(other.cr()).isCloseTo(saaty.ci() / 1.4056, within(1e-12));
    assertThat(other.weights()).isEqualTo(saaty.weights());
  }

  @Test
  void feedbackCanBeSwitchedOffOrWidened() {
    assertThat(
            AhpPriorities.derive(
                    PairwiseComparisons.ofMatrix(HOUSE),
                    DerivationOptions.defaults().withFeedbackLimit(0))
                .inconsistentJudgements())
        .isEmpty();
    assertThat(
            AhpPriorities.derive(
                    PairwiseComparisons.ofMatrix(HOUSE),
                    DerivationOptions.defaults().withFeedbackLimit(100))
                .inconsistentJudgements())
        .hasSize(28);
  }
}
