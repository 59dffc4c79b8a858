package id.rancang.programme.web;

import id.rancang.programme.ActionCategory;
import id.rancang.programme.ActionCommand;
import id.rancang.programme.ActionStatus;
import id.rancang.programme.PlannedAction;
import id.rancang.shared.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An action as the user filled the form: budget and progress as typed, so that a mistake is shown
 * back as it was written. {@code id} and {@code version} only when an existing action is edited.
 */
record ActionForm(
    Long id,
    ActionCategory category,
    String title,
    Integer year,
    Integer quarter,
    Long ownerOpdId,
    String deliverable,
    String budget,
    ActionStatus status,
    String progress,
    Integer version) {

  /**
   * Digits with at most two decimals after a comma or a point, e.g. 1500000,50. A point or comma
   * before three digits is refused: 1.500 may mean fifteen hundred.
   */
  private static final Pattern AMOUNT = Pattern.compile("\\d+([.,]\\d{1,2})?");

  private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");

  /** A blank form for a new action in {@code category}, planned for {@code year}. */
  static ActionForm blank(ActionCategory category, int year) {
    return new ActionForm(
        null, category, "", year, null, null, "", "", ActionStatus.PLANNED, "0", null);
  }

  static ActionForm of(PlannedAction a) {
    return new ActionForm(
        a.id(),
        a.category(),
        a.title(),
        a.year(),
        a.quarter(),
        a.ownerOpdId(),
        a.deliverable(),
        a.budget() == null ? "" : a.budget().stripTrailingZeros().toPlainString(),
        a.status(),
        Integer.toString(a.progress()),
        a.version());
  }

  /** The same form carrying another version (after a conflict: save again replaces theirs). */
  ActionForm withVersion(Integer newVersion) {
    return new ActionForm(
        id,
        category,
        title,
        year,
        quarter,
        ownerOpdId,
        deliverable,
        budget,
        status,
        progress,
        newVersion);
  }

  /** The same form for the action the URL names (never the one a form field might claim). */
  ActionForm withId(Long actionId) {
    return new ActionForm(
        actionId,
        category,
        title,
        year,
        quarter,
        ownerOpdId,
        deliverable,
        budget,
        status,
        progress,
        version);
  }

  /** The form of an existing action with only status and progress as the user sent them. */
  static ActionForm quickUpdate(PlannedAction a, ActionStatus status, String progress) {
    ActionForm current = of(a);
    return new ActionForm(
        a.id(),
        a.category(),
        a.title(),
        a.year(),
        a.quarter(),
        a.ownerOpdId(),
        a.deliverable(),
        current.budget(),
        status,
        progress,
        a.version());
  }

  /** Problems with what the form itself can read: the budget and the progress as written. */
  List<FieldProblem> formatProblems() {
    List<FieldProblem> problems = new java.util.ArrayList<>();
    if (!blank(budget) && !AMOUNT.matcher(budget.strip()).matches()) {
      problems.add(FieldProblem.of("budget", "programme.actionEdit.budgetFormat"));
    }
    if (!blank(progress) && !WHOLE.matcher(progress.strip()).matches()) {
      problems.add(FieldProblem.of("progress", "programme.action.progress"));
    }
    return problems;
  }

  /** The command for the action plan; call after {@link #formatProblems()} found nothing. */
  ActionCommand command() {
    return new ActionCommand(
        category,
        title,
        year,
        quarter,
        ownerOpdId,
        deliverable,
        blank(budget) ? null : new BigDecimal(budget.strip().replace(',', '.')),
        status,
        progressValue());
  }

  Integer progressValue() {
    return blank(progress) ? null : Integer.valueOf(progress.strip());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
