package id.rancang.monitoring.rules;

import static id.rancang.monitoring.rules.NegativeFormula.DIFFERENCE;
import static id.rancang.monitoring.rules.NegativeFormula.RATIO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rancang.monitoring.rules.MonitoringInputException.Problem;
import id.rancang.strategy.Polarity;
import id.rancang.strategy.rules.YearValue;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Achievement and on-pace status year by year, worked by hand. */
class AchievementSeriesTests {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static List<YearValue> targets(int firstYear, String... values) {
    return IntStream.range(0, values.length)
        .mapToObj(i -> YearValue.of(firstYear + i, values[i]))
        .toList();
  }

  /**
   * Household Internet access: baseline 60 % in 2023, end target 75 % in 2028, so the line rises 3
   * points a year (63, 66, 69, 72, 75); the adopted targets differ from it (62, 66, 70, 72, 75).
   */
  private static IndicatorSeries internet(Map<Integer, BigDecimal> realisations) {
    return new IndicatorSeries(
        Polarity.POSITIVE,
        YearValue.of(2023, "60"),
        YearValue.of(2028, "75"),
        targets(2024, "62", "66", "70", "72", "75"),
        realisations);
  }

  @Test
  void aPositiveIndicatorAboveAtAndBelowTheLine() {
    List<YearAchievement> rows =
        AchievementSeries.compute(
            internet(Map.of(2024, d("64"), 2025, d("66"), 2026, d("68"))),
            DIFFERENCE,
            AchievementBands.DEFAULT);

    assertThat(rows)
        .extracting(YearAchievement::year)
        .containsExactly(2024, 2025, 2026, 2027, 2028);
    // 2024: 64 / 62 x 100 = 103.225.. -> 103.23; line 63, 64 >= 63: on pace
    assertThat(rows.get(0))
        .isEqualTo(
            new YearAchievement(
                2024, d("62"), d("64"), d("103.23"), Band.VERY_GOOD, true, d("63"), null));
    // 2025: 66 / 66 = 100.00; exactly on the line 66: on pace
    assertThat(rows.get(1).achievementPercent()).isEqualTo(d("100.00"));
    assertThat(rows.get(1).expected()).isEqualByComparingTo("66");
    assertThat(rows.get(1).onPace()).isTrue();
    // 2026: 68 / 70 x 100 = 97.142.. -> 97.14, very good against the target, but below the line 69
    assertThat(rows.get(2).achievementPercent()).isEqualTo(d("97.14"));
    assertThat(rows.get(2).band()).isEqualTo(Band.VERY_GOOD);
    assertThat(rows.get(2).expected()).isEqualByComparingTo("69");
    assertThat(rows.get(2).onPace()).isFalse();
  }

  @Test
  void missingYearsHaveNoAchievementBandOrPaceButStillTheirTargetAndLine() {
    List<YearAchievement> rows =
        AchievementSeries.compute(
            internet(Map.of(2024, d("64"))), DIFFERENCE, AchievementBands.DEFAULT);

    YearAchievement missing = rows.get(3);
    assertThat(missing)
        .isEqualTo(new YearAchievement(2027, d("72"), null, null, null, null, d("72"), "missing"));
    assertThat(rows.get(4).expected()).isEqualByComparingTo("75");
  }

  @Test
  void noRealisationAtAllNeverFails() {
    Map<Integer, BigDecimal> withNull = new HashMap<>();
    withNull.put(2024, null);

    List<YearAchievement> rows =
        AchievementSeries.compute(internet(withNull), RATIO, AchievementBands.DEFAULT);

    assertThat(rows).hasSize(5).allSatisfy(row -> assertThat(row.onPace()).isNull());
    assertThat(rows).extracting(YearAchievement::reason).containsOnly("missing");
  }

  /** Poverty rate: baseline 10 % in 2023, end target 5 % in 2028: the line falls 1 a year. */
  private static IndicatorSeries poverty() {
    return new IndicatorSeries(
        Polarity.NEGATIVE,
        YearValue.of(2023, "10"),
        YearValue.of(2028, "5"),
        targets(2024, "9", "8", "7", "6", "5"),
        Map.of(2024, d("8.5"), 2025, d("8"), 2026, d("7.5")));
  }

  @Test
  void aNegativeIndicatorBelowAtAndAboveTheLineByTheDifferenceFormula() {
    List<YearAchievement> rows =
        AchievementSeries.compute(poverty(), DIFFERENCE, AchievementBands.DEFAULT);

    // 2024: (18 - 8.5) / 9 x 100 = 105.555.. -> 105.56; 8.5 <= line 9: on pace
    assertThat(rows.get(0).achievementPercent()).isEqualTo(d("105.56"));
    assertThat(rows.get(0).onPace()).isTrue();
    // 2025: (16 - 8) / 8 x 100 = 100.00; on the line 8: on pace
    assertThat(rows.get(1).achievementPercent()).isEqualTo(d("100.00"));
    assertThat(rows.get(1).onPace()).isTrue();
    // 2026: (14 - 7.5) / 7 x 100 = 92.857.. -> 92.86; 7.5 above the line 7: not on pace
    assertThat(rows.get(2).achievementPercent()).isEqualTo(d("92.86"));
    assertThat(rows.get(2).band()).isEqualTo(Band.VERY_GOOD);
    assertThat(rows.get(2).onPace()).isFalse();
  }

  @Test
  void aNegativeIndicatorByTheRatioFormula() {
    List<YearAchievement> rows =
        AchievementSeries.compute(poverty(), RATIO, AchievementBands.DEFAULT);

    // 9 / 8.5 x 100 = 105.882.. -> 105.88; 8 / 8 = 100.00; 7 / 7.5 x 100 = 93.333.. -> 93.33
    assertThat(rows)
        .extracting(YearAchievement::achievementPercent)
        .containsExactly(d("105.88"), d("100.00"), d("93.33"), null, null);
    // on pace does not depend on the formula
    assertThat(rows)
        .extracting(YearAchievement::onPace)
        .containsExactly(true, true, false, null, null);
  }

  @Test
  void aFinalValueFallingFromTheBaselineIsOnPaceAtOrBelowTheLine() {
    // baseline 40 (2023), end 10 (2026): lower is better, the line falls 10 a year (30, 20, 10)
    IndicatorSeries series =
        new IndicatorSeries(
            Polarity.FINAL_VALUE,
            YearValue.of(2023, "40"),
            YearValue.of(2026, "10"),
            targets(2024, "30", "20", "10"),
            Map.of(2024, d("25"), 2025, d("22")));

    List<YearAchievement> rows =
        AchievementSeries.compute(series, DIFFERENCE, AchievementBands.DEFAULT);

    // 2024: (60 - 25) / 30 x 100 = 116.666.. -> 116.67, 25 <= 30: on pace
    assertThat(rows.get(0).achievementPercent()).isEqualTo(d("116.67"));
    assertThat(rows.get(0).onPace()).isTrue();
    // 2025: (40 - 22) / 20 x 100 = 90.00 (GOOD), 22 > 20: not on pace
    assertThat(rows.get(1).achievementPercent()).isEqualTo(d("90.00"));
    assertThat(rows.get(1).band()).isEqualTo(Band.GOOD);
    assertThat(rows.get(1).onPace()).isFalse();
  }

  @Test
  void theLineIsRoundedLikeTheSuggestedTargetsAndARealisationOnItIsOnPace() {
    // baseline 1 (2023), end 2 (2026): 1.33, 1.67, 2
    IndicatorSeries series =
        new IndicatorSeries(
            Polarity.POSITIVE,
            YearValue.of(2023, "1"),
            YearValue.of(2026, "2"),
            targets(2024, "1.33", "1.67", "2"),
            Map.of(2024, d("1.33"), 2025, d("1.66")));

    List<YearAchievement> rows =
        AchievementSeries.compute(series, DIFFERENCE, AchievementBands.DEFAULT);

    assertThat(rows)
        .extracting(YearAchievement::expected)
        .containsExactly(d("1.33"), d("1.67"), d("2"));
    assertThat(rows).extracting(YearAchievement::onPace).containsExactly(true, false, null);
  }

  @Test
  void rowsFollowTheYearsWhateverTheOrderOfTheTargets() {
    IndicatorSeries series =
        new IndicatorSeries(
            Polarity.POSITIVE,
            YearValue.of(2023, "60"),
            YearValue.of(2028, "75"),
            List.of(YearValue.of(2026, "69"), YearValue.of(2024, "63"), YearValue.of(2030, "80")),
            Map.of(2030, d("80"), 2031, d("99")));

    List<YearAchievement> rows =
        AchievementSeries.compute(series, DIFFERENCE, AchievementBands.DEFAULT);

    assertThat(rows).extracting(YearAchievement::year).containsExactly(2024, 2026, 2030);
    // after the end year the line stays at the end target: 80 >= 75
    assertThat(rows.get(2).expected()).isEqualByComparingTo("75");
    assertThat(rows.get(2).onPace()).isTrue();
  }

  @Test
  void aSeriesWithSeveralProblemsIsRefusedWithAllOfThem() {
    assertThatThrownBy(
            () ->
                new IndicatorSeries(
                    null,
                    YearValue.of(2028, "60"),
                    YearValue.of(2028, "75"),
                    Arrays.asList(YearValue.of(2024, "63"), null, YearValue.of(2024, "64")),
                    Map.of()))
        .isInstanceOfSatisfying(
            MonitoringInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        Problem.of("polarityMissing"),
                        Problem.of("endNotAfterBaseline", 2028, 2028),
                        Problem.of("targetNull", 2),
                        Problem.of("duplicateTargetYear", 2024)));
  }

  @Test
  void aSeriesWithoutBaselineOrEndTargetIsRefused() {
    assertThatThrownBy(() -> new IndicatorSeries(Polarity.NEGATIVE, null, null, null, null))
        .isInstanceOfSatisfying(
            MonitoringInputException.class,
            e -> assertThat(e.codes()).containsExactly("baselineMissing", "endTargetMissing"));
  }
}
