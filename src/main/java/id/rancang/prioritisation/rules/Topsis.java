package id.rancang.prioritisation.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * TOPSIS, the technique for order preference by similarity to the ideal solution (Hwang, C.-L. and
 * Yoon, K. (1981) <i>Multiple Attribute Decision Making: Methods and Applications</i>, Springer):
 * each criterion's column is divided by its Euclidean norm (vector normalisation) and multiplied by
 * the criterion's weight; the ideal takes the best value of each column (largest for a benefit,
 * smallest for a cost) and the anti-ideal the worst; an alternative's relative closeness is its
 * distance to the anti-ideal over the sum of its distances to both.
 */
public final class Topsis {

  private Topsis() {}

  /**
   * TOPSIS of a decision matrix.
   *
   * @param values one row per alternative, one column per criterion, raw values; a column of zeros
   *     contributes nothing
   * @param weights one per criterion (not renormalised)
   * @param directions one per criterion
   */
  public static TopsisResult evaluate(double[][] values, double[] weights, Direction[] directions) {
    int m = values.length;
    int n = weights.length;
    double[][] v = new double[m][n];
    double[] ideal = new double[n];
    double[] antiIdeal = new double[n];
    for (int k = 0; k < n; k++) {
      double norm = 0;
      for (double[] row : values) {
        norm += row[k] * row[k];
      }
      norm = Math.sqrt(norm);
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (int a = 0; a < m; a++) {
        v[a][k] = norm == 0 ? 0 : weights[k] * values[a][k] / norm;
        max = Math.max(max, v[a][k]);
        min = Math.min(min, v[a][k]);
      }
      boolean benefit = directions[k] == Direction.BENEFIT;
      ideal[k] = benefit ? max : min;
      antiIdeal[k] = benefit ? min : max;
    }
    List<Double> closeness = new ArrayList<>(m);
    List<Double> toIdeal = new ArrayList<>(m);
    List<Double> toAntiIdeal = new ArrayList<>(m);
    for (int a = 0; a < m; a++) {
      double plus = 0;
      double minus = 0;
      for (int k = 0; k < n; k++) {
        plus += (v[a][k] - ideal[k]) * (v[a][k] - ideal[k]);
        minus += (v[a][k] - antiIdeal[k]) * (v[a][k] - antiIdeal[k]);
      }
      plus = Math.sqrt(plus);
      minus = Math.sqrt(minus);
      toIdeal.add(plus);
      toAntiIdeal.add(minus);
      // every alternative equal to the ideal and the anti-ideal: all equally close
      closeness.add(plus + minus == 0 ? 1 : minus / (plus + minus));
    }
    return new TopsisResult(closeness, toIdeal, toAntiIdeal);
  }
}
