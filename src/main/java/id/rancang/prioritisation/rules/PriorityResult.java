package id.rancang.prioritisation.rules;

import java.util.List;

/**
 * The priorities derived from one set of pairwise comparisons.
 *
 * @param weights one weight per criterion, summing to 1
 * @param method how the weights were derived
 * @param lambdaMax the principal eigenvalue (of Harker's matrix when comparisons are missing)
 * @param ci the consistency index (λ<sub>max</sub> − n)/(n − 1); 0 for one or two criteria
 * @param cr the consistency ratio ci / ri; 0 for one or two criteria
 * @param riTable the identifier of the random-index table used, e.g. {@code saaty-1980}
 * @param randomIndex the table's value for this number of criteria
 * @param missingPairs how many pairs were not judged
 * @param inconsistentJudgements the judgements to reconsider first, worst first; empty when the
 *     judgements agree with the weights
 */
public record PriorityResult(
    List<Double> weights,
    PriorityMethod method,
    double lambdaMax,
    double ci,
    double cr,
    String riTable,
    double randomIndex,
    int missingPairs,
    List<InconsistentJudgement> inconsistentJudgements) {

  /** Saaty's threshold: a consistency ratio up to 0.10 is acceptable. */
  public static final double ACCEPTABLE_CR = 0.10;

  public PriorityResult {
    weights = List.copyOf(weights);
    inconsistentJudgements = List.copyOf(inconsistentJudgements);
  }

  /** Whether the consistency ratio is within Saaty's 0.10. */
  public boolean isAcceptable() {
    return cr <= ACCEPTABLE_CR;
  }

  /** The weight of criterion {@code i}. */
  public double weight(int i) {
    return weights.get(i);
  }
}
