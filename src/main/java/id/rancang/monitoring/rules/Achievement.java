package id.rancang.monitoring.rules;

import id.rancang.strategy.Polarity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The achievement (capaian) of one target: {@link #percent()} with 2 decimals, rounded half-up, or
 * null with a {@link #reason()} when it cannot be computed (message key {@code
 * monitoring.achievement.<reason>}).
 *
 * <p>The rules, in this order:
 *
 * <ol>
 *   <li>no target: reason {@code missingTarget}; no realisation: reason {@code missing};
 *   <li>higher is better ({@code POSITIVE}): realisation / target x 100;
 *   <li>lower is better ({@code NEGATIVE}): by the region's {@link NegativeFormula}, {@code
 *       DIFFERENCE} (2 x target - realisation) / target x 100 or {@code RATIO} target / realisation
 *       x 100;
 *   <li>{@code FINAL_VALUE}: the latest value against the target, higher better when the end target
 *       is at or above the baseline, lower better (by the region's formula) otherwise (see {@link
 *       #higherIsBetter}); without baseline and end target, higher is better;
 *   <li>a target of 0: 100 % when the realisation is on the good side of it or on it (higher
 *       better: realisation &gt;= 0; lower better: realisation &lt;= 0, with either formula),
 *       otherwise 0 %;
 *   <li>{@code RATIO} with a realisation of 0 (and a target that is not 0): reason {@code
 *       zeroRealisation} (the ratio is undefined, not "infinitely good");
 *   <li>negative values: the difference formulas work on the distance from the target measured
 *       against its size, 100 + (realisation - target) / |target| x 100 for higher better and 100 +
 *       (target - realisation) / |target| x 100 for lower better with {@code DIFFERENCE}; for a
 *       positive target these are exactly the formulas above, for a negative one they keep "better
 *       than the target" above 100 % (target -2, realisation -1, higher better: 150 %). {@code
 *       RATIO} with a negative target or realisation: reason {@code negativeRatio};
 *   <li>the percent may exceed 100 but is never below 0: a result below 0 (a realisation far on the
 *       bad side, e.g. {@code DIFFERENCE} with a realisation above twice the target) is reported as
 *       0.00.
 * </ol>
 */
public record Achievement(BigDecimal percent, String reason) {

  public static final String MISSING = "missing";
  public static final String MISSING_TARGET = "missingTarget";
  public static final String ZERO_REALISATION = "zeroRealisation";
  public static final String NEGATIVE_RATIO = "negativeRatio";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal FULL = HUNDRED.setScale(2);
  private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

  public Achievement {
    if ((percent == null) == (reason == null)) {
      throw new IllegalArgumentException("either a percent or a reason");
    }
  }

  /** Whether the achievement could be computed. */
  public boolean computable() {
    return percent != null;
  }

  /**
   * The achievement of {@code realisation} against {@code target}; a {@code FINAL_VALUE} indicator
   * counts as higher-is-better here (use the overload with baseline and end target to know its
   * direction).
   *
   * @param formula the region's formula for lower-is-better indicators; may be null when the
   *     polarity is {@code POSITIVE}
   */
  public static Achievement of(
      Polarity polarity, NegativeFormula formula, BigDecimal target, BigDecimal realisation) {
    Objects.requireNonNull(polarity, "polarity");
    return compute(polarity != Polarity.NEGATIVE, formula, target, realisation);
  }

  /**
   * The achievement of {@code realisation} against {@code target}, a {@code FINAL_VALUE} indicator
   * compared in the direction from {@code baseline} to {@code endTarget}.
   */
  public static Achievement of(
      Polarity polarity,
      NegativeFormula formula,
      BigDecimal baseline,
      BigDecimal endTarget,
      BigDecimal target,
      BigDecimal realisation) {
    return compute(higherIsBetter(polarity, baseline, endTarget), formula, target, realisation);
  }

  /**
   * Whether a higher value is better: {@code POSITIVE} yes, {@code NEGATIVE} no, {@code
   * FINAL_VALUE} when the end target is at or above the baseline (or either is unknown).
   */
  public static boolean higherIsBetter(
      Polarity polarity, BigDecimal baseline, BigDecimal endTarget) {
    Objects.requireNonNull(polarity, "polarity");
    return switch (polarity) {
      case POSITIVE -> true;
      case NEGATIVE -> false;
      case FINAL_VALUE ->
          baseline == null || endTarget == null || endTarget.compareTo(baseline) >= 0;
    };
  }

  private static Achievement compute(
      boolean higherBetter, NegativeFormula formula, BigDecimal target, BigDecimal realisation) {
    if (target == null) {
      return new Achievement(null, MISSING_TARGET);
    }
    if (realisation == null) {
      return new Achievement(null, MISSING);
    }
    if (!higherBetter) {
      Objects.requireNonNull(formula, "formula");
    }
    int onTarget = realisation.compareTo(target);
    if (target.signum() == 0) {
      boolean good = higherBetter ? onTarget >= 0 : onTarget <= 0;
      return percent(good ? FULL : NONE);
    }
    if (higherBetter || formula == NegativeFormula.DIFFERENCE) {
      BigDecimal better =
          higherBetter ? realisation.subtract(target) : target.subtract(realisation);
      // one division, so the result is rounded once: (|target| + better) / |target| x 100
      BigDecimal value =
          target.abs().add(better).multiply(HUNDRED).divide(target.abs(), 2, RoundingMode.HALF_UP);
      return percent(value.signum() < 0 ? NONE : value);
    }
    if (target.signum() < 0 || realisation.signum() < 0) {
      return new Achievement(null, NEGATIVE_RATIO);
    }
    if (realisation.signum() == 0) {
      return new Achievement(null, ZERO_REALISATION);
    }
    return percent(target.multiply(HUNDRED).divide(realisation, 2, RoundingMode.HALF_UP));
  }

  private static Achievement percent(BigDecimal value) {
    return new Achievement(value.setScale(2, RoundingMode.HALF_UP), null);
  }
}
