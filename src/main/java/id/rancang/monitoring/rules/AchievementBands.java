package id.rancang.monitoring.rules;

import id.rancang.monitoring.rules.MonitoringInputException.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A region's status bands: the lowest achievement percent of each band but the last. With the
 * defaults (91, 76, 66, 51), 91 and above is very good, 76 up to 90.99 good, 66 up to 75.99 fair,
 * 51 up to 65.99 poor and below 51 very poor (so 50.99 is very poor and 51 poor: the published
 * "51-65 poor, &lt;= 50 very poor" read on a continuous scale). Thresholds lie in 0..1000 and fall
 * strictly from {@code veryGood} to {@code poor}; otherwise a {@link MonitoringInputException}
 * ({@code bandMissing}, {@code bandOutOfRange}, {@code bandsNotDescending}).
 */
public record AchievementBands(
    BigDecimal veryGood, BigDecimal good, BigDecimal fair, BigDecimal poor) {

  private static final BigDecimal MAX = BigDecimal.valueOf(1000);

  public static final AchievementBands DEFAULT =
      new AchievementBands(
          BigDecimal.valueOf(91),
          BigDecimal.valueOf(76),
          BigDecimal.valueOf(66),
          BigDecimal.valueOf(51));

  public AchievementBands {
    BigDecimal[] values = {veryGood, good, fair, poor};
    Band[] bands = {Band.VERY_GOOD, Band.GOOD, Band.FAIR, Band.POOR};
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        problems.add(Problem.of("bandMissing", bands[i].name()));
      } else if (values[i].signum() < 0 || values[i].compareTo(MAX) > 0) {
        problems.add(Problem.of("bandOutOfRange", bands[i].name(), values[i], 0, 1000));
      }
    }
    for (int i = 0; i + 1 < values.length; i++) {
      if (values[i] != null && values[i + 1] != null && values[i].compareTo(values[i + 1]) <= 0) {
        problems.add(
            Problem.of(
                "bandsNotDescending",
                bands[i].name(),
                values[i],
                bands[i + 1].name(),
                values[i + 1]));
      }
    }
    MonitoringInputException.throwIfAny(problems);
  }

  /** The band of an achievement percent; null when the percent is null (not computable). */
  public Band band(BigDecimal percent) {
    if (percent == null) {
      return null;
    }
    if (percent.compareTo(veryGood) >= 0) {
      return Band.VERY_GOOD;
    }
    if (percent.compareTo(good) >= 0) {
      return Band.GOOD;
    }
    if (percent.compareTo(fair) >= 0) {
      return Band.FAIR;
    }
    if (percent.compareTo(poor) >= 0) {
      return Band.POOR;
    }
    return Band.VERY_POOR;
  }
}
