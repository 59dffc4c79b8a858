package id.rancang.workshop.web;

import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.workshop.Consultation;
import id.rancang.workshop.ConsultationCommand;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The consultation form as the browser sends it; dates as typed (yyyy-mm-dd). */
public class ConsultationForm {

  private String title;
  private String description;
  private String opensOn;
  private String closesOn;
  private int version;

  static ConsultationForm of(Consultation c) {
    ConsultationForm form = new ConsultationForm();
    form.title = c.title();
    form.description = c.description();
    form.opensOn = c.opensOn().toString();
    form.closesOn = c.closesOn().toString();
    form.version = c.version();
    return form;
  }

  /** A new consultation running four weeks from today. */
  static ConsultationForm fresh() {
    ConsultationForm form = new ConsultationForm();
    LocalDate today = LocalDate.now();
    form.opensOn = today.toString();
    form.closesOn = today.plusWeeks(4).toString();
    return form;
  }

  /**
   * The command for the module; a date that is not a date is refused here (an empty one is left to
   * the module, which names every missing field).
   */
  ConsultationCommand command() {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate opens = date("opensOn", opensOn, problems);
    LocalDate closes = date("closesOn", closesOn, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ConsultationCommand(title, description, opens, closes);
  }

  private static LocalDate date(String field, String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problems.add(FieldProblem.of(field, "workshop.consultation.dateInvalid"));
      return null;
    }
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getOpensOn() {
    return opensOn;
  }

  public void setOpensOn(String opensOn) {
    this.opensOn = opensOn;
  }

  public String getClosesOn() {
    return closesOn;
  }

  public void setClosesOn(String closesOn) {
    this.closesOn = closesOn;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
