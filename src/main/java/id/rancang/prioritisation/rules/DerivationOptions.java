package id.rancang.prioritisation.rules;

/**
 * Choices made when deriving priorities.
 *
 * @param riTable the random-index table for the consistency ratio; {@link RandomIndexTable#DEFAULT}
 *     when null
 * @param incompleteMethod how to treat pairs not judged; {@link IncompleteMethod#HARKER} when null
 * @param feedbackLimit how many of the most inconsistent judgements to report (0 for none); each
 *     costs one more eigenvector computation for the consistency ratio it would leave
 */
public record DerivationOptions(
    RandomIndexTable riTable, IncompleteMethod incompleteMethod, int feedbackLimit) {

  /** Reported inconsistent judgements by default: enough for a phone screen. */
  public static final int DEFAULT_FEEDBACK_LIMIT = 3;

  public DerivationOptions {
    riTable = riTable == null ? RandomIndexTable.DEFAULT : riTable;
    incompleteMethod = incompleteMethod == null ? IncompleteMethod.HARKER : incompleteMethod;
    feedbackLimit = Math.max(0, feedbackLimit);
  }

  /** Saaty's 1980 table, Harker's method, three inconsistent judgements. */
  public static DerivationOptions defaults() {
    return new DerivationOptions(null, null, DEFAULT_FEEDBACK_LIMIT);
  }

  /** These options with another random-index table. */
  public DerivationOptions withRiTable(RandomIndexTable table) {
    return new DerivationOptions(table, incompleteMethod, feedbackLimit);
  }

  /** These options with another method for incomplete comparisons. */
  public DerivationOptions withIncompleteMethod(IncompleteMethod method) {
    return new DerivationOptions(riTable, method, feedbackLimit);
  }

  /** These options reporting at most {@code limit} inconsistent judgements. */
  public DerivationOptions withFeedbackLimit(int limit) {
    return new DerivationOptions(riTable, incompleteMethod, limit);
  }
}
