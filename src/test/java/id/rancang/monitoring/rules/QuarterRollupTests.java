package id.rancang.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rancang.monitoring.rules.QuarterRollup.Rule;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A year's value from its quarters. */
class QuarterRollupTests {

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void aCountIsTheSumOfItsFourQuarters() {
    // 10 + 20 + 30 + 40 = 100
    QuarterRollup year =
        QuarterRollup.of(Rule.SUM, Map.of(1, d("10"), 2, d("20"), 3, d("30"), 4, d("40")));

    assertThat(year).isEqualTo(new QuarterRollup(d("100"), true, 4));
  }

  @Test
  void aSumOverMissingQuartersUsesTheGivenOnesAndIsNotComplete() {
    // 10 + 20 = 30, Q3 and Q4 not entered yet
    assertThat(QuarterRollup.of(Rule.SUM, Map.of(1, d("10"), 2, d("20"))))
        .isEqualTo(new QuarterRollup(d("30"), false, 2));
  }

  @Test
  void aLevelIsTheAverageOfItsQuarters() {
    // (70 + 72 + 74 + 75) / 4 = 291 / 4 = 72.75
    QuarterRollup year =
        QuarterRollup.of(Rule.AVERAGE, Map.of(1, d("70"), 2, d("72"), 3, d("74"), 4, d("75")));

    assertThat(year.value()).isEqualTo(d("72.75"));
    assertThat(year.complete()).isTrue();
  }

  @Test
  void anAverageOverThreeQuartersIsRoundedToFourDecimals() {
    // (1 + 2 + 2) / 3 = 1.6666.. -> 1.6667; Q3 missing
    QuarterRollup year = QuarterRollup.of(Rule.AVERAGE, Map.of(1, d("1"), 2, d("2"), 4, d("2")));

    assertThat(year).isEqualTo(new QuarterRollup(d("1.6667"), false, 3));
  }

  @Test
  void anEvenAverageHasNoTrailingZeros() {
    // (10 + 20) / 2 = 15
    assertThat(QuarterRollup.of(Rule.AVERAGE, Map.of(1, d("10"), 2, d("20"))).value())
        .isEqualTo(d("15"));
  }

  @Test
  void aStockIsTheLatestQuarterGiven() {
    assertThat(QuarterRollup.of(Rule.LAST, Map.of(3, d("7"), 1, d("5"))))
        .isEqualTo(new QuarterRollup(d("7"), false, 2));
    assertThat(
            QuarterRollup.of(Rule.LAST, Map.of(1, d("5"), 2, d("6"), 3, d("7"), 4, d("8"))).value())
        .isEqualTo(d("8"));
  }

  @Test
  void noQuarterGivesNoValue() {
    Map<Integer, BigDecimal> nullValue = new HashMap<>();
    nullValue.put(2, null);

    assertThat(QuarterRollup.of(Rule.SUM, Map.of())).isEqualTo(new QuarterRollup(null, false, 0));
    assertThat(QuarterRollup.of(Rule.LAST, nullValue).value()).isNull();
  }

  @Test
  void quartersOutsideOneToFourAndAMissingRuleAreRefused() {
    Map<Integer, BigDecimal> quarters = new TreeMap<>(Map.of(0, d("1"), 5, d("2")));

    assertThatThrownBy(() -> QuarterRollup.of(null, quarters))
        .isInstanceOfSatisfying(
            MonitoringInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        MonitoringInputException.Problem.of("ruleMissing"),
                        MonitoringInputException.Problem.of("quarterOutOfRange", 0),
                        MonitoringInputException.Problem.of("quarterOutOfRange", 5)));
  }
}
