package id.rancang.strategy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of the suggested straight-line targets (computed by hand). */
class TrajectoryTests {

  @Test
  void internetPenetrationFrom60To90PercentRisesThreePointsAYearOverTenYears() {
    List<YearValue> targets =
        Trajectory.linear(YearValue.of(2023, "60"), new BigDecimal("90"), 2024, 2033);

    assertThat(targets).hasSize(10);
    assertThat(targets.get(0)).isEqualTo(YearValue.of(2024, "63"));
    assertThat(targets.get(4)).isEqualTo(YearValue.of(2028, "75"));
    assertThat(targets.get(9)).isEqualTo(YearValue.of(2033, "90"));
  }

  @Test
  void aHumanDevelopmentIndexKeepsItsDecimals() {
    List<YearValue> targets =
        Trajectory.linear(YearValue.of(2023, "70.1"), new BigDecimal("75.6"), 2024, 2033);

    assertThat(targets.get(0)).isEqualTo(YearValue.of(2024, "70.65"));
    assertThat(targets.get(1)).isEqualTo(YearValue.of(2025, "71.2"));
    assertThat(targets.get(2)).isEqualTo(YearValue.of(2026, "71.75"));
  }

  @Test
  void aPovertyRateThatShouldFallFallsOnTheSameLine() {
    List<YearValue> targets =
        Trajectory.linear(YearValue.of(2023, "7.7"), new BigDecimal("5.2"), 2024, 2033);

    assertThat(targets.get(0)).isEqualTo(YearValue.of(2024, "7.45"));
    assertThat(targets.get(9)).isEqualTo(YearValue.of(2033, "5.2"));
  }

  @Test
  void thirdsAreRoundedToTwoMoreDecimalsThanTheInputs() {
    List<YearValue> targets =
        Trajectory.linear(YearValue.of(2023, "1"), new BigDecimal("2"), 2024, 2026);

    assertThat(targets)
        .containsExactly(
            YearValue.of(2024, "1.33"), YearValue.of(2025, "1.67"), YearValue.of(2026, "2"));
  }

  @Test
  void largeValuesAreNotWrittenInScientificNotation() {
    List<YearValue> targets =
        Trajectory.linear(YearValue.of(2023, "1000"), new BigDecimal("2000"), 2033, 2033);

    assertThat(targets.get(0).value().toPlainString()).isEqualTo("2000");
    assertThat(
            Trajectory.linear(YearValue.of(2023, "1000"), new BigDecimal("3000"), 2028, 2028)
                .get(0)
                .value()
                .toString())
        .isEqualTo("3000");
  }

  @Test
  void aBaselineInTheLastYearHasNoLine() {
    assertThatThrownBy(
            () -> Trajectory.linear(YearValue.of(2033, "1"), new BigDecimal("2"), 2024, 2033))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
