package id.rancang.monitoring.rules;

import static id.rancang.monitoring.rules.EvaluationPart.BASELINE;
import static id.rancang.monitoring.rules.EvaluationPart.IMPACT;
import static id.rancang.monitoring.rules.EvaluationPart.OUTCOME;
import static id.rancang.monitoring.rules.EvaluationPart.OUTPUT;
import static id.rancang.monitoring.rules.EvaluationPart.QUICK_WIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rancang.monitoring.rules.MonitoringInputException.Problem;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ministry's evaluation index, worked by hand. */
class EvaluationIndexTests {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static Map<EvaluationPart, BigDecimal> parts(
      String baseline, String output, String outcome, String impact, String quickWin) {
    Map<EvaluationPart, BigDecimal> map = new EnumMap<>(EvaluationPart.class);
    put(map, BASELINE, baseline);
    put(map, OUTPUT, output);
    put(map, OUTCOME, outcome);
    put(map, IMPACT, impact);
    put(map, QUICK_WIN, quickWin);
    return map;
  }

  private static void put(Map<EvaluationPart, BigDecimal> map, EvaluationPart part, String value) {
    if (value != null) {
      map.put(part, d(value));
    }
  }

  /** The weights of the published 2022-2024 indices: 10/20/30/20/20 %. */
  private static final Map<EvaluationPart, BigDecimal> PUBLISHED =
      parts("0.1", "0.2", "0.3", "0.2", "0.2");

  @Test
  void theIndexIsTheWeightedSumWithThePublishedWeights() {
    // 0.1 x 80 + 0.2 x 70 + 0.3 x 60 + 0.2 x 50 + 0.2 x 90 = 8 + 14 + 18 + 10 + 18 = 68.00
    assertThat(EvaluationIndex.compute(PUBLISHED, parts("80", "70", "60", "50", "90")))
        .isEqualTo(d("68.00"));
  }

  @Test
  void scoresWithDecimalsAreRoundedToTwoDecimals() {
    // 0.1 x 75.5 = 7.55; 0.2 x 62.25 = 12.45; 0.3 x 58.4 = 17.52; 0.2 x 47.75 = 9.55;
    // 0.2 x 81 = 16.2; sum 63.27
    assertThat(EvaluationIndex.compute(PUBLISHED, parts("75.5", "62.25", "58.4", "47.75", "81")))
        .isEqualTo(d("63.27"));
    // 0.3333 x 10.01 + 0.3333 x 10.01 + 0.3334 x 10 + 0 + 0 = 3.336333 x 2 + 3.334 = 10.006666
    // -> 10.01
    assertThat(
            EvaluationIndex.compute(
                parts("0.3333", "0.3333", "0.3334", "0", "0"),
                parts("10.01", "10.01", "10", "0", "0")))
        .isEqualTo(d("10.01"));
  }

  @Test
  void theScoresMayBeZeroOrAHundred() {
    assertThat(EvaluationIndex.compute(PUBLISHED, parts("0", "0", "0", "0", "0")))
        .isEqualTo(d("0.00"));
    assertThat(EvaluationIndex.compute(PUBLISHED, parts("100", "100", "100", "100", "100")))
        .isEqualTo(d("100.00"));
  }

  @Test
  void weightsSummingToNineTenthsAreRefusedWithTheSumShown() {
    // 0.1 + 0.2 + 0.3 + 0.2 + 0.1 = 0.9
    assertThatThrownBy(
            () ->
                EvaluationIndex.compute(
                    parts("0.1", "0.2", "0.3", "0.2", "0.1"), parts("80", "70", "60", "50", "90")))
        .isInstanceOfSatisfying(
            MonitoringInputException.class,
            e -> {
              assertThat(e.codes()).containsExactly("weightsSum");
              assertThat((BigDecimal) e.problems().get(0).args().get(0))
                  .isEqualByComparingTo("0.9");
            });
  }

  @Test
  void weightsWithinTheToleranceOfOneAreAccepted() {
    // 0.10005 + 0.2 + 0.3 + 0.2 + 0.2 = 1.00005, 0.00005 from 1; index 100.005 -> 100.01
    assertThat(
            EvaluationIndex.compute(
                parts("0.10005", "0.2", "0.3", "0.2", "0.2"),
                parts("100", "100", "100", "100", "100")))
        .isEqualTo(d("100.01"));
    // 1.0002 is too far
    assertThatThrownBy(
            () ->
                EvaluationIndex.compute(
                    parts("0.1002", "0.2", "0.3", "0.2", "0.2"),
                    parts("100", "100", "100", "100", "100")))
        .isInstanceOfSatisfying(
            MonitoringInputException.class,
            e -> assertThat(e.problems()).containsExactly(Problem.of("weightsSum", d("1.0002"))));
  }

  @Test
  void everyProblemIsListedAtOnce() {
    // impact weight missing, quick win negative: 0.1 + 0.2 + 0.3 - 0.1 = 0.5;
    // baseline score missing, output 120
    assertThatThrownBy(
            () ->
                EvaluationIndex.compute(
                    parts("0.1", "0.2", "0.3", null, "-0.1"), parts(null, "120", "60", "-1", "90")))
        .isInstanceOfSatisfying(
            MonitoringInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        Problem.of("weightMissing", "impact"),
                        Problem.of("weightNegative", "quickWin", d("-0.1")),
                        Problem.of("weightsSum", d("0.5")),
                        Problem.of("scoreMissing", "baseline"),
                        Problem.of("scoreOutOfRange", "output", d("120"), 0, 100),
                        Problem.of("scoreOutOfRange", "impact", d("-1"), 0, 100)));
  }

  @Test
  void noWeightsAndNoScoresAtAll() {
    assertThatThrownBy(() -> EvaluationIndex.compute(null, Map.of()))
        .isInstanceOfSatisfying(
            MonitoringInputException.class,
            e ->
                assertThat(e.codes())
                    .containsExactly(
                        "weightMissing",
                        "weightMissing",
                        "weightMissing",
                        "weightMissing",
                        "weightMissing",
                        "weightsSum",
                        "scoreMissing",
                        "scoreMissing",
                        "scoreMissing",
                        "scoreMissing",
                        "scoreMissing"));
  }

  @Test
  void thePartsHaveTheirApiNames() {
    assertThat(EvaluationPart.values())
        .extracting(EvaluationPart::apiName)
        .containsExactly("baseline", "output", "outcome", "impact", "quickWin");
    assertThat(EvaluationPart.fromApiName("quickWin")).contains(QUICK_WIN);
    assertThat(EvaluationPart.fromApiName("QUICK_WIN")).isEmpty();
  }
}
