package id.rancang.prioritisation.rules;

/** The numerical methods behind {@link AhpPriorities}: power iteration and least squares. */
final class PriorityMath {

  /** Power iteration stops when no weight moves by more than this. */
  static final double TOLERANCE = 1e-12;

  private static final int MAX_ITERATIONS = 100_000;

  private PriorityMath() {}

  /** A principal eigenvector normalised to sum 1, with its eigenvalue. */
  record Eigen(double[] vector, double lambda) {}

  /**
   * The principal eigenpair of a non-negative primitive matrix (a positive reciprocal matrix, or
   * Harker's matrix of connected comparisons) by power iteration from the uniform vector, until no
   * component moves by more than {@link #TOLERANCE}.
   */
  static Eigen principal(double[][] m) {
    int n = m.length;
    double[] w = new double[n];
    double[] next = new double[n];
    java.util.Arrays.fill(w, 1.0 / n);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        double[] row = m[i];
        double s = 0;
        for (int j = 0; j < n; j++) {
          s += row[j] * w[j];
        }
        next[i] = s;
        sum += s;
      }
      double moved = 0;
      for (int i = 0; i < n; i++) {
        next[i] /= sum;
        moved = Math.max(moved, Math.abs(next[i] - w[i]));
      }
      double[] swap = w;
      w = next;
      next = swap;
      if (moved < TOLERANCE) {
        // w sums to 1, so the eigenvalue is the sum of m·w
        double lambda = 0;
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            lambda += m[i][j] * w[j];
          }
        }
        return new Eigen(w, lambda);
      }
    }
    throw new IllegalStateException("power iteration did not converge in " + MAX_ITERATIONS);
  }

  /**
   * Harker's matrix: judged entries kept, missing ones 0, and on the diagonal 1 plus the number of
   * missing entries in the row.
   */
  static double[][] harker(PairwiseComparisons comparisons) {
    int n = comparisons.size();
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      int missing = 0;
      for (int j = 0; j < n; j++) {
        if (i == j) {
          continue;
        }
        if (comparisons.has(i, j)) {
          c[i][j] = comparisons.value(i, j);
        } else {
          missing++;
        }
      }
      c[i][i] = 1 + missing;
    }
    return c;
  }

  /**
   * Logarithmic least squares weights over the judged pairs: solves L·y = r, where L is the
   * Laplacian of the comparison graph and r<sub>i</sub> the sum of ln a<sub>ij</sub> over the pairs
   * judged with i, fixing the last y at 0; the weights are exp(y) normalised. Requires connected
   * comparisons.
   */
  static double[] llsm(PairwiseComparisons comparisons) {
    int n = comparisons.size();
    double[][] l = new double[n][n];
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (comparisons.has(i, j)) {
          double log = Math.log(comparisons.value(i, j));
          l[i][i]++;
          l[j][j]++;
          l[i][j]--;
          l[j][i]--;
          r[i] += log;
          r[j] -= log;
        }
      }
    }
    double[] y = solve(l, r, n - 1);
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      w[i] = Math.exp(i < n - 1 ? y[i] : 0);
      sum += w[i];
    }
    for (int i = 0; i < n; i++) {
      w[i] /= sum;
    }
    return w;
  }

  /** Solves the leading {@code size}×{@code size} block of a·x = b by Gaussian elimination. */
  private static double[] solve(double[][] a, double[] b, int size) {
    double[][] m = new double[size][size + 1];
    for (int i = 0; i < size; i++) {
      System.arraycopy(a[i], 0, m[i], 0, size);
      m[i][size] = b[i];
    }
    for (int col = 0; col < size; col++) {
      int pivot = col;
      for (int row = col + 1; row < size; row++) {
        if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
          pivot = row;
        }
      }
      double[] swap = m[col];
      m[col] = m[pivot];
      m[pivot] = swap;
      for (int row = col + 1; row < size; row++) {
        double factor = m[row][col] / m[col][col];
        for (int k = col; k <= size; k++) {
          m[row][k] -= factor * m[col][k];
        }
      }
    }
    double[] x = new double[size];
    for (int row = size - 1; row >= 0; row--) {
      double s = m[row][size];
      for (int k = row + 1; k < size; k++) {
        s -= m[row][k] * x[k];
      }
      x[row] = s / m[row][row];
    }
    return x;
  }
}
