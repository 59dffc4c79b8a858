package id.rancang.prioritisation.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Saaty's fundamental scale of absolute numbers for pairwise comparisons: 1 (equal importance), 3
 * (moderate), 5 (strong), 7 (very strong), 9 (extreme), the even numbers between them, and their
 * reciprocals. Closeness between values is measured on the logarithm of the ratio, since 1/3 is as
 * far from 1 as 3 is.
 */
public final class SaatyScale {

  /** The smallest value on the scale. */
  public static final double MIN = 1.0 / 9;

  /** The largest value on the scale. */
  public static final double MAX = 9;

  /** Relative tolerance for values typed with few decimals (0.1111 for 1/9, 0.3333 for 1/3). */
  public static final double TOLERANCE = 0.01;

  private static final double[] VALUES = new double[17];

  static {
    for (int k = 9; k >= 2; k--) {
      VALUES[9 - k] = 1.0 / k;
    }
    for (int k = 1; k <= 9; k++) {
      VALUES[7 + k] = k;
    }
  }

  private SaatyScale() {}

  /** The 17 values of the scale, from 1/9 to 9. */
  public static List<Double> values() {
    List<Double> values = new ArrayList<>(VALUES.length);
    for (double value : VALUES) {
      values.add(value);
    }
    return Collections.unmodifiableList(values);
  }

  /** Whether {@code value} lies within 1/9..9, allowing {@link #TOLERANCE} for rounding. */
  public static boolean contains(double value) {
    return value >= MIN / (1 + TOLERANCE) && value <= MAX * (1 + TOLERANCE);
  }

  /**
   * The scale value nearest to {@code value} on the logarithmic axis; values beyond the scale snap
   * to 1/9 or 9.
   *
   * @throws IllegalArgumentException when {@code value} is not positive
   */
  public static double nearest(double value) {
    if (!(value > 0)) {
      throw new IllegalArgumentException("a comparison must be positive: " + value);
    }
    double log = Math.log(value);
    double best = VALUES[0];
    double bestDistance = Double.POSITIVE_INFINITY;
    for (double candidate : VALUES) {
      double distance = Math.abs(Math.log(candidate) - log);
      if (distance < bestDistance - 1e-12) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /**
   * The scale value a judgement should move to so that it approaches {@code target}: the nearest
   * scale value to the target, or, when that is the current value itself although the target
   * differs, the next scale value from the current one towards the target. Returns {@code current}
   * when no scale value lies in that direction.
   */
  static double towards(double current, double target) {
    double snapped = nearest(target);
    if (!sameValue(snapped, current) || sameValue(current, target)) {
      return snapped;
    }
    if (target > current) {
      for (double candidate : VALUES) {
        if (candidate > current * (1 + 1e-9)) {
          return candidate;
        }
      }
    } else {
      for (int k = VALUES.length - 1; k >= 0; k--) {
        if (VALUES[k] < current * (1 - 1e-9)) {
          return VALUES[k];
        }
      }
    }
    return current;
  }

  private static boolean sameValue(double a, double b) {
    return Math.abs(Math.log(a / b)) < 1e-9;
  }
}
