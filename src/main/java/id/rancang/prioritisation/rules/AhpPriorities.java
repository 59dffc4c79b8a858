package id.rancang.prioritisation.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Criteria weights from pairwise comparisons by Saaty's Analytic Hierarchy Process: the principal
 * right eigenvector (power iteration until no weight moves by more than 10<sup>−12</sup>),
 * λ<sub>max</sub>, CI = (λ<sub>max</sub> − n)/(n − 1), CR = CI/RI against a named {@link
 * RandomIndexTable}, and the judgements most worth reconsidering ({@link InconsistentJudgement}).
 * Incomplete comparisons are solved by {@link IncompleteMethod}, Harker's by default.
 */
public final class AhpPriorities {

  /** Deviations below this count as agreement (ε = 1). */
  private static final double AGREES = 1e-9;

  private AhpPriorities() {}

  /** Priorities of a complete matrix with the default options. */
  public static PriorityResult derive(double[][] matrix) {
    return derive(PairwiseComparisons.ofMatrix(matrix), DerivationOptions.defaults());
  }

  /** Priorities of (possibly incomplete) comparisons with the default options. */
  public static PriorityResult derive(PairwiseComparisons comparisons) {
    return derive(comparisons, DerivationOptions.defaults());
  }

  /**
   * Priorities of (possibly incomplete) comparisons.
   *
   * @throws AhpInputException {@code disconnected} when the judgements do not connect all criteria,
   *     {@code beyondRiTable} when the table does not cover this many criteria
   */
  public static PriorityResult derive(PairwiseComparisons comparisons, DerivationOptions options) {
    comparisons.requireConnected();
    int n = comparisons.size();
    double ri = options.riTable().randomIndex(n);
    Solution solution = solve(comparisons, options.incompleteMethod());
    double ci = consistencyIndex(solution.lambda(), n);
    double cr = ri == 0 ? 0 : ci / ri;
    List<InconsistentJudgement> feedback =
        feedback(comparisons, solution.weights(), options, ri, options.feedbackLimit());
    List<Double> weights = new ArrayList<>(n);
    for (double w : solution.weights()) {
      weights.add(w);
    }
    return new PriorityResult(
        weights,
        solution.method(),
        solution.lambda(),
        ci,
        cr,
        options.riTable().id(),
        ri,
        comparisons.missingPairs(),
        feedback);
  }

  /** Weights and the eigenvalue the consistency index is taken from. */
  record Solution(double[] weights, double lambda, PriorityMethod method) {}

  static Solution solve(PairwiseComparisons comparisons, IncompleteMethod method) {
    if (comparisons.isComplete()) {
      PriorityMath.Eigen eigen = PriorityMath.principal(comparisons.toMatrix());
      return new Solution(eigen.vector(), eigen.lambda(), PriorityMethod.EIGENVECTOR);
    }
    PriorityMath.Eigen harker = PriorityMath.principal(PriorityMath.harker(comparisons));
    if (method == IncompleteMethod.LLSM) {
      return new Solution(PriorityMath.llsm(comparisons), harker.lambda(), PriorityMethod.LLSM);
    }
    return new Solution(harker.vector(), harker.lambda(), PriorityMethod.HARKER);
  }

  private static double consistencyIndex(double lambda, int n) {
    if (n <= 2) {
      return 0;
    }
    // λmax ≥ n for a positive reciprocal matrix; clear rounding noise of a consistent one
    return Math.max(0, (lambda - n) / (n - 1));
  }

  private static List<InconsistentJudgement> feedback(
      PairwiseComparisons comparisons,
      double[] w,
      DerivationOptions options,
      double ri,
      int limit) {
    if (limit == 0 || ri == 0) {
      return List.of();
    }
    record Candidate(int i, int j, double deviation) {}
    List<Candidate> candidates = new ArrayList<>();
    int n = comparisons.size();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (comparisons.has(i, j)) {
          double deviation = Math.abs(Math.log(comparisons.value(i, j) * w[j] / w[i]));
          if (deviation > AGREES) {
            candidates.add(new Candidate(i, j, deviation));
          }
        }
      }
    }
    candidates.sort(
        Comparator.comparingDouble(Candidate::deviation)
            .reversed()
            .thenComparingInt(Candidate::i)
            .thenComparingInt(Candidate::j));
    List<InconsistentJudgement> feedback = new ArrayList<>();
    for (Candidate candidate : candidates.subList(0, Math.min(limit, candidates.size()))) {
      int i = candidate.i();
      int j = candidate.j();
      double current = comparisons.value(i, j);
      double consistent = w[i] / w[j];
      double suggested = SaatyScale.towards(current, consistent);
      Solution changed = solve(comparisons.with(i, j, suggested), options.incompleteMethod());
      double crAfter = consistencyIndex(changed.lambda(), n) / ri;
      feedback.add(
          new InconsistentJudgement(
              i, j, current, suggested, consistent, candidate.deviation(), crAfter));
    }
    return List.copyOf(feedback);
  }
}
