package id.rancang.prioritisation.rules;

import java.util.List;

/**
 * An alternative's place in a ranking.
 *
 * @param id the alternative
 * @param group its grouping key, or null
 * @param score the weighted sum of its normalised ratings, in [0, 1]
 * @param rank its place by score, 1 first; alternatives whose scores differ by at most 10⁻⁹ share
 *     the place and the next place is skipped (1, 1, 3)
 * @param closeness its TOPSIS relative closeness, the second view
 * @param topsisRank its place by closeness, ties shared like {@code rank}
 * @param groupRank its place by score among the alternatives of its group; 0 when it has no group
 * @param tiedWith the other alternatives sharing its place by score, in listing order
 * @param tieReason why it shares its place and how the tie is listed: null when it does not, {@code
 *     equalScore} when the scores are equal and the tied alternatives are listed by TOPSIS
 *     closeness, {@code equalScoreAndCloseness} when its closeness equals another tied
 *     alternative's too and they are listed in input order
 */
public record RankedAlternative(
    String id,
    String group,
    double score,
    int rank,
    double closeness,
    int topsisRank,
    int groupRank,
    List<String> tiedWith,
    String tieReason) {

  /** The tie reason when equal scores are listed by TOPSIS closeness. */
  public static final String EQUAL_SCORE = "equalScore";

  /** The tie reason when equal scores and closeness are listed in input order. */
  public static final String EQUAL_SCORE_AND_CLOSENESS = "equalScoreAndCloseness";

  public RankedAlternative {
    tiedWith = List.copyOf(tiedWith);
  }

  /** Whether it shares its place by score. */
  public boolean isTied() {
    return !tiedWith.isEmpty();
  }
}
