package id.rancang.prioritisation.rules;

import static id.rancang.prioritisation.rules.TestMatrices.fromUpper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncompleteComparisonsTests {

  private static final DerivationOptions LLSM =
      DerivationOptions.defaults().withIncompleteMethod(IncompleteMethod.LLSM);

  // Bozóki, Fülöp and Rónyai (2010) On optimal completion of incomplete pairwise comparison
  // matrices, Mathematical and Computer Modelling 52, 318-333, Example 3: a 4x4 matrix with a12 =
  // 1, a13 = 5, a14 = 2, a23 = 3, a24 = 4 and a34 missing. The two triads through criteria 1 and 2
  // estimate a34 as (1/5)(2) = 2/5 and (1/3)(4) = 4/3; van Uden's rule takes their geometric
  // mean, published as 0.73029674334. With one missing entry the logarithmic least squares
  // completion is that geometric mean.
  private static final List<Judgement> EXAMPLE_3 =
      List.of(
          new Judgement(0, 1, 1),
          new Judgement(0, 2, 5),
          new Judgement(0, 3, 2),
          new Judgement(1, 2, 3),
          new Judgement(1, 3, 4));

  @Test
  void logarithmicLeastSquaresCompletesBozokisExampleWithVanUdensEstimate() {
    PriorityResult result =
        AhpPriorities.derive(PairwiseComparisons.ofJudgements(4, EXAMPLE_3), LLSM);

    assertThat(result.method()).isEqualTo(PriorityMethod.LLSM);
    assertThat(result.missingPairs()).isEqualTo(1);
    assertThat(result.weight(2) / result.weight(3)).isCloseTo(0.73029674334, within(1e-10));
  }

  // Harker (1987): the eigenvector of the matrix with the missing entry replaced by 0 and 1 added
  // to the diagonal of each row that misses it is the eigenvector of the matrix completed with
  // w_i/w_j, with the same eigenvalue; so the consistency ratio reported is the completed
  // matrix's.
  @Test
  void harkersWeightsAreThoseOfTheMatrixCompletedWithTheirOwnRatio() {
    PriorityResult harker = AhpPriorities.derive(PairwiseComparisons.ofJudgements(4, EXAMPLE_3));
    double implied = harker.weight(2) / harker.weight(3);
    List<Judgement> completed = new ArrayList<>(EXAMPLE_3);
    completed.add(new Judgement(2, 3, implied));

    PriorityResult complete = AhpPriorities.derive(PairwiseComparisons.ofJudgements(4, completed));

    assertThat(harker.method()).isEqualTo(PriorityMethod.HARKER);
    assertThat(complete.method()).isEqualTo(PriorityMethod.EIGENVECTOR);
    for (int i = 0; i < 4; i++) {
      assertThat(harker.weight(i)).isCloseTo(complete.weight(i), within(1e-10));
    }
    assertThat(harker.lambdaMax()).isCloseTo(complete.lambdaMax(), within(1e-10));
    assertThat(harker.cr()).isCloseTo(complete.cr(), within(1e-10));
  }

  @Test
  void allPairsGivenAsJudgementsGiveTheSameResultAsTheMatrix() {
    double[][] matrix = fromUpper(5, 3, 5, 1 / 2.0, 7, 2, 1 / 3.0, 5, 1 / 5.0, 3, 9);
    List<Judgement> judgements = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      for (int j = 0; j < 5; j++) {
        if (i < j) {
          judgements.add(new Judgement(i, j, matrix[i][j]));
        }
      }
    }

    PriorityResult fromMatrix = AhpPriorities.derive(matrix);
    PriorityResult fromJudgements =
        AhpPriorities.derive(PairwiseComparisons.ofJudgements(5, judgements));

    assertThat(fromJudgements.weights()).isEqualTo(fromMatrix.weights());
    assertThat(fromJudgements.cr()).isEqualTo(fromMatrix.cr());
    assertThat(fromJudgements.inconsistentJudgements())
        .isEqualTo(fromMatrix.inconsistentJudgements());
  }

  @Test
  void judgementsGivenTheOtherWayRoundAreTheirReciprocal() {
    PairwiseComparisons forward =
        PairwiseComparisons.ofJudgements(
            3, List.of(new Judgement(0, 1, 3), new Judgement(1, 2, 5)));
    PairwiseComparisons backward =
        PairwiseComparisons.ofJudgements(
            3, List.of(new Judgement(1, 0, 1 / 3.0), new Judgement(2, 1, 1 / 5.0)));

    assertThat(AhpPriorities.derive(backward).weights())
        .usingComparatorForType(
            (a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b), Double.class)
        .isEqualTo(AhpPriorities.derive(forward).weights());
  }

  @Test
  void aConsistentSpanningTreeOfJudgementsGivesTheExactWeightsByEitherMethod() {
    // 0.4 : 0.2 : 0.3 : 0.1 judged along a chain 0-1, 1-2, 2-3 only
    List<Judgement> chain =
        List.of(new Judgement(0, 1, 2), new Judgement(1, 2, 2 / 3.0), new Judgement(2, 3, 3));

    for (DerivationOptions options : List.of(DerivationOptions.defaults(), LLSM)) {
      PriorityResult result =
          AhpPriorities.derive(PairwiseComparisons.ofJudgements(4, chain), options);

      assertThat(result.weight(0)).isCloseTo(0.4, within(1e-10));
      assertThat(result.weight(1)).isCloseTo(0.2, within(1e-10));
      assertThat(result.weight(2)).isCloseTo(0.3, within(1e-10));
      assertThat(result.weight(3)).isCloseTo(0.1, within(1e-10));
      assertThat(result.cr()).isCloseTo(0, within(1e-10));
      assertThat(result.missingPairs()).isEqualTo(3);
      assertThat(result.inconsistentJudgements()).isEmpty();
    }
  }

  @Test
  void feedbackOnIncompleteComparisonsConcernsOnlyTheJudgementsMade() {
    List<Judgement> judgements =
        List.of(
            new Judgement(0, 1, 9),
            new Judgement(1, 2, 9),
            new Judgement(0, 2, 1 / 9.0),
            new Judgement(2, 3, 2),
            new Judgement(3, 4, 1));

    PriorityResult result = AhpPriorities.derive(PairwiseComparisons.ofJudgements(5, judgements));

    assertThat(result.cr()).isGreaterThan(PriorityResult.ACCEPTABLE_CR);
    assertThat(result.inconsistentJudgements())
        .isNotEmpty()
        .allSatisfy(
            feedback ->
                assertThat(judgements)
                    .anyMatch(j -> j.i() == feedback.i() && j.j() == feedback.j()));
  }

  @Test
  void judgementsThatDoNotConnectAllCriteriaAreRefusedNamingTheSeparateGroups() {
    PairwiseComparisons comparisons =
        PairwiseComparisons.ofJudgements(
            5, List.of(new Judgement(0, 2, 3), new Judgement(3, 4, 2)));

    assertThat(comparisons.groups()).containsExactly(List.of(0, 2), List.of(1), List.of(3, 4));
    assertThatThrownBy(() -> AhpPriorities.derive(comparisons))
        .isInstanceOfSatisfying(
            AhpInputException.class,
            e -> {
              assertThat(e.code()).isEqualTo("disconnected");
              assertThat(e.args())
                  .containsExactly(List.of(List.of(0, 2), List.of(1), List.of(3, 4)));
            });
  }
}
