package id.rancang.prioritisation;

import id.rancang.prioritisation.rules.IncompleteMethod;

/**
 * The settings of an exercise as the team enters them. {@code riTable} is the identifier of a
 * {@link id.rancang.prioritisation.rules.RandomIndexTable} (e.g. {@code saaty-1980}; blank for the
 * default); {@code aggregation} and {@code incompleteMethod} default to AIJ and HARKER when null.
 * {@code defaultCriteria} and {@code defaultGroups} count only when the exercise is created: it
 * then starts with the ministry's nine criteria and one evaluator group per pentahelix role.
 */
public record ExerciseCommand(
    String name,
    String description,
    Aggregation aggregation,
    String riTable,
    IncompleteMethod incompleteMethod,
    Long workshopId,
    boolean defaultCriteria,
    boolean defaultGroups) {

  /** Settings only (for changes, or an exercise that starts empty). */
  public static ExerciseCommand of(
      String name,
      String description,
      Aggregation aggregation,
      String riTable,
      IncompleteMethod incompleteMethod,
      Long workshopId) {
    return new ExerciseCommand(
        name, description, aggregation, riTable, incompleteMethod, workshopId, false, false);
  }
}
