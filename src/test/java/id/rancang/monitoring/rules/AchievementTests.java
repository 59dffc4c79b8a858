package id.rancang.monitoring.rules;

import static id.rancang.monitoring.rules.NegativeFormula.DIFFERENCE;
import static id.rancang.monitoring.rules.NegativeFormula.RATIO;
import static id.rancang.strategy.Polarity.FINAL_VALUE;
import static id.rancang.strategy.Polarity.NEGATIVE;
import static id.rancang.strategy.Polarity.POSITIVE;
import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.strategy.Polarity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Worked examples of the achievement by polarity, each computed by hand in a comment. */
class AchievementTests {

  private static BigDecimal d(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  private static Achievement of(
      Polarity polarity, NegativeFormula formula, String target, String realisation) {
    return Achievement.of(polarity, formula, d(target), d(realisation));
  }

  @Test
  void aPositiveIndicatorIsRealisationOverTarget() {
    // 72 / 80 x 100 = 90.00
    Achievement achievement = of(POSITIVE, null, "80", "72");

    assertThat(achievement.percent()).isEqualTo(d("90.00"));
    assertThat(achievement.reason()).isNull();
    assertThat(AchievementBands.DEFAULT.band(achievement.percent())).isEqualTo(Band.GOOD);
  }

  @Test
  void aPositiveIndicatorAboveItsTargetGoesBeyondAHundred() {
    // 88 / 80 x 100 = 110.00
    assertThat(of(POSITIVE, DIFFERENCE, "80", "88").percent()).isEqualTo(d("110.00"));
  }

  @Test
  void aPercentIsRoundedHalfUpToTwoDecimals() {
    // 2 / 3 x 100 = 66.666.. -> 66.67; 1.01 / 200 x 100 = 0.505 -> 0.51 (half-even would give 0.50)
    assertThat(of(POSITIVE, null, "3", "2").percent()).isEqualTo(d("66.67"));
    assertThat(of(POSITIVE, null, "200", "1.01").percent()).isEqualTo(d("0.51"));
  }

  @Test
  void aNegativeIndicatorAboveItsTargetByTheDifferenceFormula() {
    // (2 x 10 - 12) / 10 x 100 = 8 / 10 x 100 = 80.00
    Achievement achievement = of(NEGATIVE, DIFFERENCE, "10", "12");

    assertThat(achievement.percent()).isEqualTo(d("80.00"));
    assertThat(AchievementBands.DEFAULT.band(achievement.percent())).isEqualTo(Band.GOOD);
  }

  @Test
  void aNegativeIndicatorAboveItsTargetByTheRatioFormula() {
    // 10 / 12 x 100 = 83.333.. -> 83.33
    assertThat(of(NEGATIVE, RATIO, "10", "12").percent()).isEqualTo(d("83.33"));
  }

  @Test
  void aNegativeIndicatorBelowItsTargetGoesBeyondAHundredWithEitherFormula() {
    // DIFFERENCE (2 x 10 - 8) / 10 x 100 = 120.00; RATIO 10 / 8 x 100 = 125.00
    assertThat(of(NEGATIVE, DIFFERENCE, "10", "8").percent()).isEqualTo(d("120.00"));
    assertThat(of(NEGATIVE, RATIO, "10", "8").percent()).isEqualTo(d("125.00"));
  }

  @Test
  void theDifferenceFormulaNeverGoesBelowZero() {
    // (2 x 10 - 25) / 10 x 100 = -50 -> 0.00
    assertThat(of(NEGATIVE, DIFFERENCE, "10", "25").percent()).isEqualTo(d("0.00"));
    // RATIO 10 / 25 x 100 = 40.00 never goes below zero anyway
    assertThat(of(NEGATIVE, RATIO, "10", "25").percent()).isEqualTo(d("40.00"));
  }

  @Test
  void aFinalValueRisingFromTheBaselineIsComparedAsHigherIsBetter() {
    // a regulation: baseline 0, end target 1; target 1, realisation 1 -> 1 / 1 x 100 = 100.00
    Achievement done = Achievement.of(FINAL_VALUE, RATIO, d("0"), d("1"), d("1"), d("1"));
    // realisation 0 -> 0 / 1 x 100 = 0.00
    Achievement notYet = Achievement.of(FINAL_VALUE, RATIO, d("0"), d("1"), d("1"), d("0"));

    assertThat(done.percent()).isEqualTo(d("100.00"));
    assertThat(notYet.percent()).isEqualTo(d("0.00"));
  }

  @Test
  void aFinalValueFallingFromTheBaselineUsesTheRegionsNegativeFormula() {
    // baseline 40, end 20: lower is better. Target 30, realisation 33:
    // DIFFERENCE (60 - 33) / 30 x 100 = 27 / 30 x 100 = 90.00; RATIO 30 / 33 x 100 = 90.909.. ->
    // 90.91
    assertThat(
            Achievement.of(FINAL_VALUE, DIFFERENCE, d("40"), d("20"), d("30"), d("33")).percent())
        .isEqualTo(d("90.00"));
    assertThat(Achievement.of(FINAL_VALUE, RATIO, d("40"), d("20"), d("30"), d("33")).percent())
        .isEqualTo(d("90.91"));
  }

  @Test
  void aFinalValueWithoutBaselineAndEndTargetCountsAsHigherIsBetter() {
    // 33 / 30 x 100 = 110.00
    assertThat(of(FINAL_VALUE, DIFFERENCE, "30", "33").percent()).isEqualTo(d("110.00"));
    assertThat(Achievement.higherIsBetter(FINAL_VALUE, d("20"), d("20"))).isTrue();
    assertThat(Achievement.higherIsBetter(FINAL_VALUE, d("20"), d("19"))).isFalse();
  }

  @Test
  void aPositiveTargetOfZeroIsMetByAnyRealisationAtOrAboveZero() {
    assertThat(of(POSITIVE, null, "0", "0").percent()).isEqualTo(d("100.00"));
    assertThat(of(POSITIVE, null, "0", "3").percent()).isEqualTo(d("100.00"));
    assertThat(of(POSITIVE, null, "0", "-1").percent()).isEqualTo(d("0.00"));
  }

  @Test
  void aNegativeTargetOfZeroIsMetOnlyAtOrBelowZeroWithEitherFormula() {
    for (NegativeFormula formula : NegativeFormula.values()) {
      assertThat(of(NEGATIVE, formula, "0", "0").percent()).isEqualTo(d("100.00"));
      assertThat(of(NEGATIVE, formula, "0", "-1").percent()).isEqualTo(d("100.00"));
      assertThat(of(NEGATIVE, formula, "0", "2").percent()).isEqualTo(d("0.00"));
    }
  }

  @Test
  void theRatioOfARealisationOfZeroIsUndefinedUnlessTheTargetIsZeroToo() {
    Achievement undefined = of(NEGATIVE, RATIO, "5", "0");

    assertThat(undefined.percent()).isNull();
    assertThat(undefined.computable()).isFalse();
    assertThat(undefined.reason()).isEqualTo("zeroRealisation");
    assertThat(of(NEGATIVE, RATIO, "0", "0").percent()).isEqualTo(d("100.00"));
    // the difference formula has no such gap: (2 x 5 - 0) / 5 x 100 = 200.00
    assertThat(of(NEGATIVE, DIFFERENCE, "5", "0").percent()).isEqualTo(d("200.00"));
  }

  @Test
  void aMissingRealisationOrTargetGivesAReasonInsteadOfAPercent() {
    assertThat(of(POSITIVE, null, "80", null))
        .isEqualTo(new Achievement(null, Achievement.MISSING));
    assertThat(of(NEGATIVE, RATIO, "80", null).reason()).isEqualTo("missing");
    assertThat(of(POSITIVE, null, null, "3").reason()).isEqualTo("missingTarget");
  }

  @Test
  void aNegativeTargetOfAHigherIsBetterIndicatorKeepsBetterThanTheTargetAboveAHundred() {
    // higher better, target -2: realisation -1 -> 100 + (-1 - -2) / 2 x 100 = 150.00
    assertThat(of(POSITIVE, null, "-2", "-1").percent()).isEqualTo(d("150.00"));
    // realisation -3 -> 100 + (-3 - -2) / 2 x 100 = 50.00
    assertThat(of(POSITIVE, null, "-2", "-3").percent()).isEqualTo(d("50.00"));
  }

  @Test
  void aNegativeTargetOfALowerIsBetterIndicatorByTheDifferenceFormula() {
    // target -2, realisation -3 -> 100 + (-2 - -3) / 2 x 100 = 150.00
    assertThat(of(NEGATIVE, DIFFERENCE, "-2", "-3").percent()).isEqualTo(d("150.00"));
    // realisation -1 -> 100 + (-2 - -1) / 2 x 100 = 50.00
    assertThat(of(NEGATIVE, DIFFERENCE, "-2", "-1").percent()).isEqualTo(d("50.00"));
  }

  @Test
  void theRatioOfNegativeValuesIsNotComputed() {
    assertThat(of(NEGATIVE, RATIO, "-2", "-3").reason()).isEqualTo("negativeRatio");
    assertThat(of(NEGATIVE, RATIO, "5", "-1").reason()).isEqualTo("negativeRatio");
  }

  @Test
  void aRealisationFarBelowAPositiveTargetIsZeroNotNegative() {
    // -8 / 80 x 100 = -10 -> 0.00
    assertThat(of(POSITIVE, null, "80", "-8").percent()).isEqualTo(d("0.00"));
  }
}
