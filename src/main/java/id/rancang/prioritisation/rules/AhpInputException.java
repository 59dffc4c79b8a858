package id.rancang.prioritisation.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Input the prioritisation engine refuses. The {@link #code()} names the problem and the {@link
 * #args()} fill its message, so the web layer can say it in Indonesian or English (message key
 * {@code prioritisation.ahp.<code>}). Indices are 0-based as given by the caller.
 *
 * <p>Codes of comparisons (arguments in order):
 *
 * <ul>
 *   <li>{@code tooSmall} (n, minimum): fewer than two criteria;
 *   <li>{@code notSquare} (row, rowLength, n): a row of a matrix has the wrong length;
 *   <li>{@code notPositive} (i, j, value): a comparison is zero, negative or not a number;
 *   <li>{@code outOfScale} (i, j, value, min, max): a comparison lies outside Saaty's 1/9..9;
 *   <li>{@code diagonalNotOne} (i, value): a criterion is not compared as equal to itself;
 *   <li>{@code notReciprocal} (i, j, aij, aji, tolerance): a<sub>ij</sub>·a<sub>ji</sub> differs
 *       from 1 by more than the relative tolerance (1%, so 0.3333 against 3 passes);
 *   <li>{@code indexOutOfRange} (i, j, n), {@code selfComparison} (i), {@code duplicateJudgement}
 *       (i, j): a judgement names a criterion that does not exist, compares a criterion with
 *       itself, or repeats a pair already judged (in either order);
 *   <li>{@code disconnected} (groups): the judgements do not connect all criteria; the argument
 *       lists the groups of criteria that are connected among themselves;
 *   <li>{@code unknownRiTable} (id, knownIds), {@code beyondRiTable} (id, n, maxN): the
 *       random-index table does not exist or does not cover n criteria.
 * </ul>
 *
 * <p>Codes of group aggregation: {@code noEvaluators} (), {@code duplicateEvaluator} (id), {@code
 * sizeMismatch} (evaluatorId, n, expected), {@code badEvaluatorWeight} (evaluatorId, weight).
 *
 * <p>Codes of scoring and ranking: {@code badScale} (levelValues), {@code weightsLength} (expected,
 * actual), {@code badWeight} (criterion, weight), {@code zeroWeights} (), {@code
 * duplicateAlternative} (id), {@code ratingsLength} (alternativeId, expected, actual), {@code
 * notFinite} (alternativeId, criterionId, value), {@code levelOutOfRange} (alternativeId,
 * criterionId, level, levels), {@code notPositiveMeasure} (alternativeId, criterionId, value),
 * {@code criterionOutOfRange} (criterion, n).
 */
public final class AhpInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final transient List<Object> args;

  /**
   * @param code the problem, one of the codes listed above
   * @param args the values the message shows, in the order listed above
   */
  public AhpInputException(String code, Object... args) {
    super(code + Arrays.deepToString(args));
    this.code = code;
    this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
  }

  /** The problem, e.g. {@code notReciprocal}. */
  public String code() {
    return code;
  }

  /** The values the message shows, in the order the code's documentation lists them. */
  public List<Object> args() {
    return args;
  }
}
