package id.rancang.prioritisation.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A rating scale of a criterion: level k of m (1-based, e.g. five levels each with a definition) is
 * worth {@code levelValues.get(k - 1)}, a number in [0, 1] strictly increasing with the level. A
 * fractional level, such as the mean of several evaluators' ratings, is worth the linear
 * interpolation between its neighbouring levels.
 *
 * @param levelValues the value of each level, lowest first
 */
public record RatingScale(List<Double> levelValues) {

  public RatingScale {
    levelValues = List.copyOf(levelValues);
    boolean valid = levelValues.size() >= 2;
    double previous = -1;
    for (double value : levelValues) {
      valid &= value >= 0 && value <= 1 && value > previous;
      previous = value;
    }
    if (!valid) {
      throw new AhpInputException("badScale", levelValues);
    }
  }

  /**
   * The ideal-mode linear scale of Saaty's ratings: level k of m is worth k/m, so the top level is
   * 1 and every level above nothing keeps some value (five levels: 0.2, 0.4, 0.6, 0.8, 1).
   */
  public static RatingScale linear(int levels) {
    List<Double> values = new ArrayList<>(levels);
    for (int k = 1; k <= levels; k++) {
      values.add((double) k / levels);
    }
    return new RatingScale(values);
  }

  /** The number of levels. */
  public int levels() {
    return levelValues.size();
  }

  /** Whether {@code level} lies between 1 and {@link #levels()}. */
  public boolean contains(double level) {
    return level >= 1 && level <= levels();
  }

  /** The value of a (possibly fractional) level between 1 and {@link #levels()}. */
  public double valueOf(double level) {
    int below = (int) Math.floor(level);
    if (below >= levels()) {
      return levelValues.get(levels() - 1);
    }
    double fraction = level - below;
    double low = levelValues.get(below - 1);
    double high = levelValues.get(below);
    return low + fraction * (high - low);
  }
}
