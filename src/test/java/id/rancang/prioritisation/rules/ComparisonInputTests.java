package id.rancang.prioritisation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every refusal of bad comparisons carries its problem code and the values to show. */
class ComparisonInputTests {

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
  void aMatrixWithARowOfTheWrongLengthIsNotSquare() {
    refused(
        () -> PairwiseComparisons.ofMatrix(new double[][] {{1, 2, 3}, {0.5, 1}, {1 / 3.0, 1, 1}}),
        "notSquare",
        1,
        2,
        3);
  }

  @Test
  void fewerThanTwoCriteriaAreTooFewToCompare() {
    refused(() -> PairwiseComparisons.ofMatrix(new double[][] {{1}}), "tooSmall", 1, 2);
    refused(() -> PairwiseComparisons.ofMatrix(null), "tooSmall", 0, 2);
    refused(() -> PairwiseComparisons.ofJudgements(1, List.of()), "tooSmall", 1, 2);
  }

  @Test
  void zeroNegativeOrMissingNumbersAreNotPositive() {
    refused(
        () -> PairwiseComparisons.ofMatrix(new double[][] {{1, 0}, {1, 1}}),
        "notPositive",
        0,
        1,
        0.0);
    refused(
        () -> PairwiseComparisons.ofMatrix(new double[][] {{1, 2}, {-0.5, 1}}),
        "notPositive",
        1,
        0,
        -0.5);
    refused(
        () -> PairwiseComparisons.ofJudgements(2, List.of(new Judgement(0, 1, Double.NaN))),
        "notPositive",
        0,
        1,
        Double.NaN);
  }

  @Test
  void valuesBeyondSaatysScaleAreOutOfScale() {
    refused(
        () -> PairwiseComparisons.ofMatrix(new double[][] {{1, 12}, {1 / 12.0, 1}}),
        "outOfScale",
        0,
        1,
        12.0,
        1 / 9.0,
        9.0);
    refused(
        () -> PairwiseComparisons.ofJudgements(2, List.of(new Judgement(1, 0, 0.05))),
        "outOfScale",
        1,
        0,
        0.05,
        1 / 9.0,
        9.0);
  }

  @Test
  void valuesTypedWithFourDecimalsAreOnTheScale() {
    PairwiseComparisons comparisons =
        PairwiseComparisons.ofMatrix(new double[][] {{1, 0.1111}, {9, 1}});

    assertThat(comparisons.value(1, 0)).isCloseTo(9, org.assertj.core.api.Assertions.within(0.001));
  }

  @Test
  void aCriterionNotEqualToItselfIsRefused() {
    refused(
        () -> PairwiseComparisons.ofMatrix(new double[][] {{1, 2}, {0.5, 2}}),
        "diagonalNotOne",
        1,
        2.0);
  }

  @Test
  void entriesThatAreNotReciprocalAreRefusedWithTheTolerance() {
    refused(
        () -> PairwiseComparisons.ofMatrix(new double[][] {{1, 3}, {0.5, 1}}),
        "notReciprocal",
        0,
        1,
        3.0,
        0.5,
        0.01);
  }

  @Test
  void judgementsNamingMissingOrIdenticalCriteriaOrRepeatingAPairAreRefused() {
    refused(
        () -> PairwiseComparisons.ofJudgements(3, List.of(new Judgement(0, 3, 2))),
        "indexOutOfRange",
        0,
        3,
        3);
    refused(
        () -> PairwiseComparisons.ofJudgements(3, List.of(new Judgement(-1, 0, 2))),
        "indexOutOfRange",
        -1,
        0,
        3);
    refused(
        () -> PairwiseComparisons.ofJudgements(3, List.of(new Judgement(2, 2, 1))),
        "selfComparison",
        2);
    refused(
        () ->
            PairwiseComparisons.ofJudgements(
                3, List.of(new Judgement(0, 1, 2), new Judgement(1, 0, 0.5))),
        "duplicateJudgement",
        1,
        0);
  }

  @Test
  void weightsOfDisconnectedJudgementsAreRefused() {
    refused(
        () ->
            AhpPriorities.derive(
                PairwiseComparisons.ofJudgements(3, List.of(new Judgement(0, 1, 2)))),
        "disconnected",
        List.of(List.of(0, 1), List.of(2)));
  }

  @Test
  void anUnknownOrTooShortRandomIndexTableIsRefused() {
    refused(
        () -> RandomIndexTable.byId("golden-wang"),
        "unknownRiTable",
        "golden-wang",
        RandomIndexTable.ids());
    double[][] sixteen = new double[16][16];
    for (double[] row : sixteen) {
      java.util.Arrays.fill(row, 1);
    }
    refused(() -> AhpPriorities.derive(sixteen), "beyondRiTable", "saaty-1980", 16, 15);
  }
}
