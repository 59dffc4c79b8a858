package id.rancang.strategy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.strategy.Polarity;
import id.rancang.strategy.rules.TargetFinding.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetRulesTests {

  private static final YearValue BASELINE = YearValue.of(2023, "60");

  @Test
  void aFullRowOfRisingTargetsForAPositiveIndicatorHasNoFindings() {
    List<YearValue> targets =
        Trajectory.linear(BASELINE, new java.math.BigDecimal("90"), 2024, 2033);

    assertThat(TargetRules.check(Polarity.POSITIVE, BASELINE, targets, 2024, 2033)).isEmpty();
  }

  @Test
  void aTargetOutsideTheMasterplanPeriodBlocksSaving() {
    List<YearValue> targets = full(2024, 2033, "70");
    targets.add(YearValue.of(2035, "95"));

    List<TargetFinding> findings =
        TargetRules.check(Polarity.POSITIVE, BASELINE, targets, 2024, 2033);

    assertThat(findings)
        .extracting(TargetFinding::severity, TargetFinding::year, TargetFinding::messageKey)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                Severity.ERROR, 2035, "strategy.target.outsidePeriod"));
    assertThat(TargetRules.blocks(findings)).isTrue();
  }

  @Test
  void twoTargetsForOneYearBlockSaving() {
    List<YearValue> targets = full(2024, 2033, "70");
    targets.add(YearValue.of(2026, "71"));

    List<TargetFinding> findings =
        TargetRules.check(Polarity.POSITIVE, BASELINE, targets, 2024, 2033);

    assertThat(findings)
        .extracting(TargetFinding::messageKey)
        .contains("strategy.target.duplicateYear");
    assertThat(TargetRules.blocks(findings)).isTrue();
  }

  @Test
  void aMissingYearIsOnlyAWarning() {
    List<YearValue> targets = full(2024, 2033, "70");
    targets.removeIf(t -> t.year() == 2030);

    List<TargetFinding> findings =
        TargetRules.check(Polarity.POSITIVE, BASELINE, targets, 2024, 2033);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.year()).isEqualTo(2030);
            });
    assertThat(TargetRules.blocks(findings)).isFalse();
  }

  @Test
  void aPositiveIndicatorWhoseEndTargetIsBelowTheBaselineIsWarnedNotBlocked() {
    List<TargetFinding> findings =
        TargetRules.check(Polarity.POSITIVE, BASELINE, full(2024, 2033, "50"), 2024, 2033);

    assertThat(findings)
        .extracting(TargetFinding::messageKey)
        .containsExactly("strategy.target.positiveGoesDown");
    assertThat(TargetRules.blocks(findings)).isFalse();
  }

  @Test
  void aNegativeIndicatorWhoseEndTargetIsAboveTheBaselineIsWarned() {
    List<TargetFinding> findings =
        TargetRules.check(
            Polarity.NEGATIVE, YearValue.of(2023, "7.7"), full(2024, 2033, "8"), 2024, 2033);

    assertThat(findings)
        .extracting(TargetFinding::messageKey)
        .containsExactly("strategy.target.negativeGoesUp");
  }

  @Test
  void aYearThatUndoesTheProgressOfThePreviousYearIsWarnedWithBothValues() {
    List<YearValue> targets =
        new ArrayList<>(Trajectory.linear(BASELINE, new java.math.BigDecimal("90"), 2024, 2033));
    targets.set(3, YearValue.of(2027, "64"));

    assertThat(TargetRules.check(Polarity.POSITIVE, BASELINE, targets, 2024, 2033))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.messageKey()).isEqualTo("strategy.target.stepBack");
              assertThat(f.args()).containsExactly(2027, "69", "64");
            });
  }

  @Test
  void aFinalValueIndicatorHasNoDirection() {
    assertThat(
            TargetRules.check(
                Polarity.FINAL_VALUE, YearValue.of(2023, "1"), full(2024, 2033, "0"), 2024, 2033))
        .isEmpty();
  }

  @Test
  void aBaselineAfterThePeriodStartsBlocksSaving() {
    assertThat(
            TargetRules.check(
                Polarity.POSITIVE, YearValue.of(2026, "60"), full(2024, 2033, "70"), 2024, 2033))
        .extracting(TargetFinding::messageKey)
        .contains("strategy.target.baselineAfterStart");
  }

  private static List<YearValue> full(int from, int to, String value) {
    List<YearValue> targets = new ArrayList<>();
    for (int year = from; year <= to; year++) {
      targets.add(YearValue.of(year, value));
    }
    return targets;
  }
}
