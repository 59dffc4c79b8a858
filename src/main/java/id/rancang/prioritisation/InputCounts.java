package id.rancang.prioritisation;

/**
 * The evaluators' input in an exercise (or of one evaluator): pairwise judgements of criteria and
 * ratings of programmes. Deleting the exercise or the evaluator loses them.
 */
public record InputCounts(long judgements, long ratings) {

  public static final InputCounts NONE = new InputCounts(0, 0);

  public boolean isEmpty() {
    return judgements == 0 && ratings == 0;
  }
}
