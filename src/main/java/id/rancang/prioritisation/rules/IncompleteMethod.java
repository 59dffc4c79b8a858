package id.rancang.prioritisation.rules;

/**
 * How weights are derived when some pairs have not been judged. Either way the judgements must
 * connect all criteria, and the consistency ratio is the one of Harker's matrix.
 */
public enum IncompleteMethod {

  /**
   * Harker, P.T. (1987) Incomplete pairwise comparisons in the analytic hierarchy process,
   * <i>Mathematical Modelling</i> 9(11), 837–848: the principal eigenvector of the matrix that
   * keeps the judged entries, puts 0 in place of the missing ones and 1 + (missing entries in the
   * row) on the diagonal. It equals the principal eigenvector of the matrix completed with
   * w<sub>i</sub>/w<sub>j</sub>, so on complete input it is Saaty's eigenvector and an evaluator
   * who has finished sees the same weights as before. The default for that reason.
   */
  HARKER,

  /**
   * Logarithmic least squares over the judged pairs (Kwiesielewicz 1996; Bozóki, Fülöp and Rónyai
   * 2010, <i>Mathematical and Computer Modelling</i> 52, 318–333): the weights minimising the sum
   * of (ln a<sub>ij</sub> − ln w<sub>i</sub> + ln w<sub>j</sub>)², found from the Laplacian of the
   * comparison graph. On complete input it is the row geometric mean, which differs slightly from
   * the eigenvector when judgements are inconsistent.
   */
  LLSM
}
