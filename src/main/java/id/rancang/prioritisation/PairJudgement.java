package id.rancang.prioritisation;

/**
 * One pair of criteria to compare and the evaluator's judgement of it.
 *
 * @param first the criterion on the left (the lower id)
 * @param second the criterion on the right
 * @param value how many times more important {@code first} is than {@code second} (Saaty's 1/9 to
 *     9); {@code null} while not judged
 * @param version the judgement's version for optimistic locking; 0 for a pair not judged yet
 */
public record PairJudgement(
    ComparedCriterion first, ComparedCriterion second, Double value, int version) {

  /** Whether the evaluator has judged this pair. */
  public boolean judged() {
    return value != null;
  }

  /** The key of the pair in forms: {@code first-second}. */
  public String key() {
    return first.id() + "-" + second.id();
  }
}
