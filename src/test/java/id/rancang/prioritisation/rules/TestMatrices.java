package id.rancang.prioritisation.rules;

/** Builds comparison matrices for the tests the way publications print them. */
final class TestMatrices {

  private TestMatrices() {}

  /**
   * A reciprocal matrix from its upper triangle, row by row: a<sub>12</sub>, a<sub>13</sub>, …,
   * a<sub>1n</sub>, a<sub>23</sub>, …
   */
  static double[][] fromUpper(int n, double... upper) {
    double[][] a = new double[n][n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      a[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        a[i][j] = upper[k];
        a[j][i] = 1 / upper[k];
        k++;
      }
    }
    if (k != upper.length) {
      throw new IllegalArgumentException("expected " + k + " values, got " + upper.length);
    }
    return a;
  }

  /**
   * The perfectly consistent matrix of the given weights: a<sub>ij</sub> =
   * w<sub>i</sub>/w<sub>j</sub>.
   */
  static double[][] consistent(double... weights) {
    int n = weights.length;
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = weights[i] / weights[j];
      }
    }
    return a;
  }
}
