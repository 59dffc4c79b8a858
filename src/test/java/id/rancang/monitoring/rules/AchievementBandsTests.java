package id.rancang.monitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rancang.monitoring.rules.MonitoringInputException.Problem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The status bands at their edges, default and configured. */
class AchievementBandsTests {

  private static final AchievementBands DEFAULT = AchievementBands.DEFAULT;

  private static Band band(String percent) {
    return DEFAULT.band(new BigDecimal(percent));
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  @Test
  void theDefaultBandsAtTheirEdges() {
    assertThat(band("150")).isEqualTo(Band.VERY_GOOD);
    assertThat(band("91")).isEqualTo(Band.VERY_GOOD);
    assertThat(band("90.99")).isEqualTo(Band.GOOD);
    assertThat(band("76")).isEqualTo(Band.GOOD);
    assertThat(band("75.99")).isEqualTo(Band.FAIR);
    assertThat(band("66")).isEqualTo(Band.FAIR);
    assertThat(band("65.99")).isEqualTo(Band.POOR);
    assertThat(band("51")).isEqualTo(Band.POOR);
    assertThat(band("50.99")).isEqualTo(Band.VERY_POOR);
    assertThat(band("0")).isEqualTo(Band.VERY_POOR);
  }

  @Test
  void noPercentHasNoBand() {
    assertThat(DEFAULT.band(null)).isNull();
  }

  @Test
  void aRegionCanSetItsOwnThresholds() {
    AchievementBands strict = new AchievementBands(d("100"), d("85"), d("70"), d("55"));

    assertThat(strict.band(d("99.99"))).isEqualTo(Band.GOOD);
    assertThat(strict.band(d("100"))).isEqualTo(Band.VERY_GOOD);
    assertThat(strict.band(d("54.99"))).isEqualTo(Band.VERY_POOR);
  }

  @Test
  void thresholdsThatDoNotFallStrictlyAreRefused() {
    assertThatThrownBy(() -> new AchievementBands(d("91"), d("91"), d("66"), d("51")))
        .isInstanceOfSatisfying(
            MonitoringInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        Problem.of("bandsNotDescending", "VERY_GOOD", d("91"), "GOOD", d("91"))));
  }

  @Test
  void everyProblemWithTheThresholdsIsListed() {
    assertThatThrownBy(() -> new AchievementBands(d("-5"), d("76"), d("80"), null))
        .isInstanceOfSatisfying(
            MonitoringInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        Problem.of("bandOutOfRange", "VERY_GOOD", d("-5"), 0, 1000),
                        Problem.of("bandMissing", "POOR"),
                        Problem.of("bandsNotDescending", "VERY_GOOD", d("-5"), "GOOD", d("76")),
                        Problem.of("bandsNotDescending", "GOOD", d("76"), "FAIR", d("80"))));
  }

  @Test
  void aThresholdAboveAThousandIsRefused() {
    assertThatThrownBy(() -> new AchievementBands(d("1001"), d("76"), d("66"), d("51")))
        .isInstanceOfSatisfying(
            MonitoringInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        Problem.of("bandOutOfRange", "VERY_GOOD", d("1001"), 0, 1000)));
    assertThat(new AchievementBands(d("1000"), d("76"), d("66"), d("0")).band(d("0")))
        .isEqualTo(Band.POOR);
  }
}
