package id.rancang.prioritisation.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The validated pairwise comparisons of n criteria by one evaluator (or an aggregate of several): a
 * positive reciprocal matrix on Saaty's scale, possibly incomplete. Immutable.
 *
 * <p>A complete matrix given with rounded reciprocals (3 and 0.3333) is accepted within {@link
 * SaatyScale#TOLERANCE} and made exactly reciprocal by the geometric mean of the two entries: the
 * comparison of i with j becomes √(a<sub>ij</sub>/a<sub>ji</sub>).
 *
 * <p>Comparisons may be incomplete while an evaluator is still working; {@link #groups()} tells
 * whether they connect all criteria, which deriving priorities requires.
 */
public final class PairwiseComparisons {

  /** The fewest criteria that can be compared. */
  public static final int MIN_SIZE = 2;

  private final int n;
  private final double[][] values;
  private final int missingPairs;

  private PairwiseComparisons(int n, double[][] values, int missingPairs) {
    this.n = n;
    this.values = values;
    this.missingPairs = missingPairs;
  }

  /**
   * Comparisons from a complete square matrix, row i column j holding how many times criterion i is
   * as important as criterion j.
   *
   * @throws AhpInputException {@code tooSmall}, {@code notSquare}, {@code notPositive}, {@code
   *     outOfScale}, {@code diagonalNotOne} or {@code notReciprocal}
   */
  public static PairwiseComparisons ofMatrix(double[][] matrix) {
    int n = matrix == null ? 0 : matrix.length;
    if (n < MIN_SIZE) {
      throw new AhpInputException("tooSmall", n, MIN_SIZE);
    }
    for (int i = 0; i < n; i++) {
      int length = matrix[i] == null ? 0 : matrix[i].length;
      if (length != n) {
        throw new AhpInputException("notSquare", i, length, n);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        checkValue(i, j, matrix[i][j]);
      }
    }
    for (int i = 0; i < n; i++) {
      if (Math.abs(matrix[i][i] - 1) > SaatyScale.TOLERANCE) {
        throw new AhpInputException("diagonalNotOne", i, matrix[i][i]);
      }
    }
    double[][] values = new double[n][n];
    for (int i = 0; i < n; i++) {
      values[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        double aij = matrix[i][j];
        double aji = matrix[j][i];
        if (Math.abs(aij * aji - 1) > SaatyScale.TOLERANCE) {
          throw new AhpInputException("notReciprocal", i, j, aij, aji, SaatyScale.TOLERANCE);
        }
        values[i][j] = Math.sqrt(aij / aji);
        values[j][i] = 1 / values[i][j];
      }
    }
    return new PairwiseComparisons(n, values, 0);
  }

  /**
   * Comparisons of {@code n} criteria from the judgements made so far; each unordered pair may be
   * judged once, in either orientation.
   *
   * @throws AhpInputException {@code tooSmall}, {@code indexOutOfRange}, {@code selfComparison},
   *     {@code notPositive}, {@code outOfScale} or {@code duplicateJudgement}
   */
  public static PairwiseComparisons ofJudgements(int n, Collection<Judgement> judgements) {
    if (n < MIN_SIZE) {
      throw new AhpInputException("tooSmall", n, MIN_SIZE);
    }
    double[][] values = new double[n][n];
    for (double[] row : values) {
      java.util.Arrays.fill(row, Double.NaN);
    }
    for (int i = 0; i < n; i++) {
      values[i][i] = 1;
    }
    int given = 0;
    for (Judgement judgement : judgements == null ? List.<Judgement>of() : judgements) {
      int i = judgement.i();
      int j = judgement.j();
      if (i < 0 || j < 0 || i >= n || j >= n) {
        throw new AhpInputException("indexOutOfRange", i, j, n);
      }
      if (i == j) {
        throw new AhpInputException("selfComparison", i);
      }
      checkValue(i, j, judgement.value());
      if (!Double.isNaN(values[i][j])) {
        throw new AhpInputException("duplicateJudgement", i, j);
      }
      values[i][j] = judgement.value();
      values[j][i] = 1 / judgement.value();
      given++;
    }
    return new PairwiseComparisons(n, values, n * (n - 1) / 2 - given);
  }

  /**
   * Comparisons from a matrix in which missing entries are NaN; the entries present must already be
   * reciprocal and on the scale (used for aggregates the engine builds itself).
   */
  static PairwiseComparisons trusted(double[][] values) {
    int n = values.length;
    double[][] copy = new double[n][];
    int missing = 0;
    for (int i = 0; i < n; i++) {
      copy[i] = values[i].clone();
      for (int j = i + 1; j < n; j++) {
        if (Double.isNaN(values[i][j])) {
          missing++;
        }
      }
    }
    return new PairwiseComparisons(n, copy, missing);
  }

  private static void checkValue(int i, int j, double value) {
    if (!(value > 0) || Double.isNaN(value)) {
      throw new AhpInputException("notPositive", i, j, value);
    }
    if (!SaatyScale.contains(value)) {
      throw new AhpInputException("outOfScale", i, j, value, SaatyScale.MIN, SaatyScale.MAX);
    }
  }

  /** The number of criteria. */
  public int size() {
    return n;
  }

  /** How many of the n(n−1)/2 pairs have not been judged. */
  public int missingPairs() {
    return missingPairs;
  }

  /** Whether every pair has been judged. */
  public boolean isComplete() {
    return missingPairs == 0;
  }

  /** Whether the pair (i, j) has been judged (in either orientation). */
  public boolean has(int i, int j) {
    return !Double.isNaN(values[i][j]);
  }

  /** How many times criterion i is as important as j; NaN when the pair has not been judged. */
  public double value(int i, int j) {
    return values[i][j];
  }

  /** The judged pairs as judgements with i &lt; j, row by row. */
  public List<Judgement> judgements() {
    List<Judgement> judgements = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (has(i, j)) {
          judgements.add(new Judgement(i, j, values[i][j]));
        }
      }
    }
    return judgements;
  }

  /** A copy of the matrix, NaN where a pair has not been judged. */
  public double[][] toMatrix() {
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      copy[i] = values[i].clone();
    }
    return copy;
  }

  /** These comparisons with the pair (i, j) judged as {@code value} instead. */
  PairwiseComparisons with(int i, int j, double value) {
    double[][] copy = toMatrix();
    boolean wasMissing = !has(i, j);
    copy[i][j] = value;
    copy[j][i] = 1 / value;
    return new PairwiseComparisons(n, copy, missingPairs - (wasMissing ? 1 : 0));
  }

  /**
   * The groups of criteria connected by judgements, each listing its criteria in ascending order,
   * groups ordered by their first criterion. One group means the judgements connect all criteria.
   */
  public List<List<Integer>> groups() {
    int[] group = new int[n];
    java.util.Arrays.fill(group, -1);
    List<List<Integer>> groups = new ArrayList<>();
    int[] stack = new int[n];
    for (int start = 0; start < n; start++) {
      if (group[start] >= 0) {
        continue;
      }
      List<Integer> members = new ArrayList<>();
      int top = 0;
      stack[top++] = start;
      group[start] = groups.size();
      while (top > 0) {
        int i = stack[--top];
        members.add(i);
        for (int j = 0; j < n; j++) {
          if (j != i && group[j] < 0 && has(i, j)) {
            group[j] = groups.size();
            stack[top++] = j;
          }
        }
      }
      Collections.sort(members);
      groups.add(List.copyOf(members));
    }
    return List.copyOf(groups);
  }

  /**
   * @throws AhpInputException {@code disconnected} with the groups when the judgements do not
   *     connect all criteria
   */
  void requireConnected() {
    if (isComplete()) {
      return;
    }
    List<List<Integer>> groups = groups();
    if (groups.size() > 1) {
      throw new AhpInputException("disconnected", groups);
    }
  }
}
