package id.rancang.monitoring.rules;

import id.rancang.strategy.rules.Trajectory;
import id.rancang.strategy.rules.YearValue;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The achievement of an indicator year by year: one {@link YearAchievement} per yearly target, in
 * year order. A year without a realisation has no achievement, band or on-pace status and never
 * fails.
 *
 * <p>On pace: the realisation is at least as good as the value expected that year on the straight
 * line from the baseline (year, value) to the end target (year, value), as {@link
 * Trajectory#linear} suggests the targets (the same rounding), so a realisation exactly on the line
 * is on pace. At least as good is at or above the line when higher is better, at or below it when
 * lower is better ({@link Achievement#higherIsBetter}: for {@code FINAL_VALUE} the direction from
 * baseline to end target). Before the baseline year the line is the baseline, after the end year
 * the end target.
 */
public final class AchievementSeries {

  private AchievementSeries() {}

  public static List<YearAchievement> compute(
      IndicatorSeries series, NegativeFormula formula, AchievementBands bands) {
    Objects.requireNonNull(series, "series");
    Objects.requireNonNull(bands, "bands");
    BigDecimal baseline = series.baseline().value();
    BigDecimal end = series.endTarget().value();
    boolean higherBetter = Achievement.higherIsBetter(series.polarity(), baseline, end);
    return series.targets().stream()
        .sorted(Comparator.comparingInt(YearValue::year))
        .map(
            target -> {
              BigDecimal realisation = series.realisations().get(target.year());
              Achievement achievement =
                  Achievement.of(
                      series.polarity(), formula, baseline, end, target.value(), realisation);
              BigDecimal expected = expected(series, target.year());
              Boolean onPace =
                  realisation == null
                      ? null
                      : higherBetter
                          ? realisation.compareTo(expected) >= 0
                          : realisation.compareTo(expected) <= 0;
              return new YearAchievement(
                  target.year(),
                  target.value(),
                  realisation,
                  achievement.percent(),
                  bands.band(achievement.percent()),
                  onPace,
                  expected,
                  achievement.reason());
            })
        .toList();
  }

  /** The value on the straight line from baseline to end target in {@code year}. */
  static BigDecimal expected(IndicatorSeries series, int year) {
    YearValue baseline = series.baseline();
    YearValue end = series.endTarget();
    if (year <= baseline.year()) {
      return baseline.value();
    }
    if (year >= end.year()) {
      return end.value();
    }
    return Trajectory.linear(baseline, end.value(), year, end.year()).get(0).value();
  }
}
