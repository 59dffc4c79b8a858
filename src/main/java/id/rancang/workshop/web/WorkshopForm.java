package id.rancang.workshop.web;

import id.rancang.shared.FieldProblem;
import id.rancang.workshop.Workshop;
import id.rancang.workshop.WorkshopCommand;
import id.rancang.workshop.WorkshopStage;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A workshop as the organiser filled the form: choices and dates as sent, so that a mistake is
 * shown back as it was typed. {@code version} only when an existing workshop is edited.
 */
record WorkshopForm(
    String title,
    String stage,
    String stageLabel,
    String description,
    String startDate,
    String endDate,
    String venue,
    String ideasOpen,
    String version) {

  static WorkshopForm blank() {
    return new WorkshopForm("", "TAHAP_1", "", "", "", "", "", "true", null);
  }

  static WorkshopForm of(Workshop w) {
    return new WorkshopForm(
        w.title(),
        w.stage().name(),
        w.stageLabel() == null ? "" : w.stageLabel(),
        w.description() == null ? "" : w.description(),
        w.startDate().toString(),
        w.endDate().toString(),
        w.venue() == null ? "" : w.venue(),
        Boolean.toString(w.ideasOpen()),
        Integer.toString(w.version()));
  }

  WorkshopForm withVersion(int newVersion) {
    return new WorkshopForm(
        title,
        stage,
        stageLabel,
        description,
        startDate,
        endDate,
        venue,
        ideasOpen,
        Integer.toString(newVersion));
  }

  /** The command, adding to {@code problems} what the form itself cannot read. */
  WorkshopCommand command(List<FieldProblem> problems) {
    WorkshopStage parsedStage = null;
    if (stage != null && !stage.isBlank()) {
      try {
        parsedStage = WorkshopStage.valueOf(stage.strip());
      } catch (IllegalArgumentException e) {
        problems.add(FieldProblem.of("stage", "workshop.validation.choice"));
      }
    }
    return new WorkshopCommand(
        title,
        parsedStage,
        stageLabel,
        description,
        date(startDate, "startDate", problems),
        date(endDate, "endDate", problems),
        venue,
        ideasOpenTicked());
  }

  /** Whether the box was ticked (a browser sends "true", the value of the box). */
  public boolean ideasOpenTicked() {
    return ideasOpen != null && (ideasOpen.equals("true") || ideasOpen.equals("on"));
  }

  static LocalDate date(String text, String field, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(FieldProblem.of(field, "workshop.validation.date"));
      return null;
    }
  }
}
