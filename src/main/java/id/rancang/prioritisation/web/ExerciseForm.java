package id.rancang.prioritisation.web;

import id.rancang.prioritisation.Aggregation;
import id.rancang.prioritisation.Exercise;
import id.rancang.prioritisation.ExerciseCommand;
import id.rancang.prioritisation.rules.IncompleteMethod;
import id.rancang.prioritisation.rules.RandomIndexTable;
import id.rancang.shared.FieldProblem;
import java.util.List;

/**
 * An exercise's settings as the team filled the form: choices as sent, so that a mistake is shown
 * back as it was typed. {@code defaultCriteria} and {@code defaultGroups} are boxes of the create
 * form; {@code version} only when an existing exercise is edited.
 */
record ExerciseForm(
    String name,
    String description,
    String aggregation,
    String riTable,
    String incompleteMethod,
    String workshopId,
    String defaultCriteria,
    String defaultGroups,
    String version) {

  /** A new exercise: AIJ, Saaty (1980), Harker, starting from the defaults. */
  static ExerciseForm blank() {
    return new ExerciseForm(
        "",
        "",
        Aggregation.AIJ.name(),
        RandomIndexTable.DEFAULT.id(),
        IncompleteMethod.HARKER.name(),
        "",
        "true",
        "true",
        null);
  }

  static ExerciseForm of(Exercise x) {
    return new ExerciseForm(
        x.name(),
        x.description() == null ? "" : x.description(),
        x.aggregation().name(),
        x.riTable().id(),
        x.incompleteMethod().name(),
        x.workshopId() == null ? "" : x.workshopId().toString(),
        null,
        null,
        Integer.toString(x.version()));
  }

  ExerciseForm withVersion(int newVersion) {
    return new ExerciseForm(
        name,
        description,
        aggregation,
        riTable,
        incompleteMethod,
        workshopId,
        defaultCriteria,
        defaultGroups,
        Integer.toString(newVersion));
  }

  public boolean defaultCriteriaTicked() {
    return ticked(defaultCriteria);
  }

  public boolean defaultGroupsTicked() {
    return ticked(defaultGroups);
  }

  /** The command, adding to {@code problems} what the form itself cannot read. */
  ExerciseCommand command(List<FieldProblem> problems) {
    return new ExerciseCommand(
        name,
        description,
        Choices.parse(Aggregation.class, aggregation, "aggregation", problems),
        riTable,
        Choices.parse(IncompleteMethod.class, incompleteMethod, "incompleteMethod", problems),
        Choices.id(workshopId, "workshopId", problems),
        defaultCriteriaTicked(),
        defaultGroupsTicked());
  }

  private static boolean ticked(String box) {
    return box != null && (box.equals("true") || box.equals("on"));
  }
}
