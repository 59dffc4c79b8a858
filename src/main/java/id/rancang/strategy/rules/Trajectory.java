package id.rancang.strategy.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The suggested yearly targets of an indicator: a straight line from the baseline to the end
 * target, one value for every year of the masterplan period. The user accepts or overrides them.
 */
public final class Trajectory {

  private Trajectory() {}

  /**
   * Targets for {@code firstYear..lastYear} on the line through the baseline and the end target
   * (reached in {@code lastYear}). Values keep two more decimals than the more precise input, at
   * most 4, rounded half-up.
   *
   * @throws IllegalArgumentException when the baseline is not before the last year or the period is
   *     empty
   */
  public static List<YearValue> linear(
      YearValue baseline, BigDecimal endTarget, int firstYear, int lastYear) {
    if (lastYear < firstYear) {
      throw new IllegalArgumentException("empty period " + firstYear + "-" + lastYear);
    }
    if (baseline.year() >= lastYear) {
      throw new IllegalArgumentException(
          "baseline year " + baseline.year() + " must be before " + lastYear);
    }
    int scale = Math.min(4, Math.max(Math.max(baseline.value().scale(), endTarget.scale()), 0) + 2);
    BigDecimal span = BigDecimal.valueOf(lastYear - baseline.year());
    BigDecimal rise = endTarget.subtract(baseline.value());
    List<YearValue> targets = new ArrayList<>();
    for (int year = firstYear; year <= lastYear; year++) {
      BigDecimal elapsed = BigDecimal.valueOf(year - baseline.year());
      BigDecimal value =
          year == lastYear
              ? endTarget
              : baseline
                  .value()
                  .add(rise.multiply(elapsed).divide(span, scale + 4, RoundingMode.HALF_UP))
                  .setScale(scale, RoundingMode.HALF_UP);
      targets.add(new YearValue(year, tidy(value)));
    }
    return targets;
  }

  /** 63.000 as 63, 70.650 as 70.65, 1200 stays 1200 (not 1.2E+3). */
  private static BigDecimal tidy(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
