package id.rancang.prioritisation.rules;

/**
 * How far a group's priority vectors agree: Goepel's AHP consensus indicator, built on the
 * partition of Shannon entropy into alpha (within evaluators) and beta (between evaluators)
 * components.
 *
 * <p>Goepel, K.D. (2013) Implementing the Analytic Hierarchy Process as a standard method for
 * multi-criteria decision making in corporate enterprises – a new AHP Excel template with multiple
 * inputs, <i>Proceedings of the International Symposium on the AHP</i>, Kuala Lumpur; with the
 * simplification D<sub>γ,max</sub> = n published on bpmsg.com ("AHP consensus indicator", eq. 1.4
 * to 1.10) and used in AHP-OS:
 *
 * <ul>
 *   <li>H<sub>α</sub> = Σ<sub>k</sub> v<sub>k</sub> H(p<sub>k</sub>), the (evaluator-weighted) mean
 *       Shannon entropy of the evaluators' priorities, H(p) = −Σ p<sub>i</sub> ln p<sub>i</sub>;
 *   <li>H<sub>γ</sub> = H(Σ<sub>k</sub> v<sub>k</sub> p<sub>k</sub>), the entropy of the mean
 *       priorities;
 *   <li>D<sub>β</sub> = exp(H<sub>γ</sub> − H<sub>α</sub>), between 1 (everyone agrees) and the
 *       number of evaluators;
 *   <li>relative homogeneity S = 1/D<sub>β</sub>;
 *   <li>consensus S* = (S − D<sub>α,min</sub>/D<sub>γ,max</sub>) / (1 −
 *       D<sub>α,min</sub>/D<sub>γ,max</sub>), with D<sub>γ,max</sub> = n and D<sub>α,min</sub> =
 *       exp(H) of the most extreme priorities the 1–9 scale allows, one criterion 9 times as
 *       important as each of the others: (9, 1, …, 1)/(n + 8). Clamped to [0, 1].
 * </ul>
 *
 * <p>Goepel's word scale for S*: below 0.5 very low, to 0.625 low, to 0.75 moderate, to 0.875 high,
 * above that very high.
 *
 * @param alphaEntropy H<sub>α</sub>
 * @param gammaEntropy H<sub>γ</sub>
 * @param betaDiversity D<sub>β</sub>
 * @param homogeneity S = 1/D<sub>β</sub>
 * @param consensus S*, from 0 (none) to 1 (full)
 */
public record Consensus(
    double alphaEntropy,
    double gammaEntropy,
    double betaDiversity,
    double homogeneity,
    double consensus) {

  /** The largest value of Saaty's scale, which bounds how extreme one evaluator can be. */
  static final double SCALE_MAX = 9;

  /**
   * The consensus of priority vectors with evaluator weights summing to 1.
   *
   * @param priorities one priority vector per evaluator, each summing to 1
   * @param weights one weight per evaluator, summing to 1
   */
  static Consensus of(double[][] priorities, double[] weights) {
    int n = priorities[0].length;
    double alpha = 0;
    double[] mean = new double[n];
    for (int k = 0; k < priorities.length; k++) {
      alpha += weights[k] * entropy(priorities[k]);
      for (int i = 0; i < n; i++) {
        mean[i] += weights[k] * priorities[k][i];
      }
    }
    double gamma = entropy(mean);
    double beta = Math.exp(Math.max(0, gamma - alpha));
    double homogeneity = 1 / beta;
    double[] extreme = new double[n];
    java.util.Arrays.fill(extreme, 1 / (SCALE_MAX + n - 1));
    extreme[0] = SCALE_MAX / (SCALE_MAX + n - 1);
    double floor = Math.exp(entropy(extreme)) / n;
    double consensus = Math.min(1, Math.max(0, (homogeneity - floor) / (1 - floor)));
    return new Consensus(alpha, gamma, beta, homogeneity, consensus);
  }

  private static double entropy(double[] p) {
    double h = 0;
    for (double value : p) {
      if (value > 0) {
        h -= value * Math.log(value);
      }
    }
    return h;
  }

  /** Goepel's word for the consensus. */
  public ConsensusLevel level() {
    return ConsensusLevel.of(consensus);
  }
}
