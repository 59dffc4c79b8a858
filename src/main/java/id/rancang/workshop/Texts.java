package id.rancang.workshop;

import id.rancang.shared.FieldProblem;
import java.util.List;

/** Stripping and length checks of the texts organisers and participants type. */
final class Texts {

  private Texts() {}

  /** The text stripped; a problem when it is blank or longer than {@code max}. */
  static String required(String text, String field, int max, List<FieldProblem> problems) {
    String stripped = text == null ? "" : text.strip();
    if (stripped.isEmpty()) {
      problems.add(FieldProblem.of(field, "shared.validation.required"));
    } else if (stripped.length() > max) {
      problems.add(FieldProblem.of(field, "workshop.validation.tooLong", max));
    }
    return stripped;
  }

  /** The text stripped, or null when blank; a problem when longer than {@code max}. */
  static String optional(String text, String field, int max, List<FieldProblem> problems) {
    String stripped = text == null ? "" : text.strip();
    if (stripped.length() > max) {
      problems.add(FieldProblem.of(field, "workshop.validation.tooLong", max));
    }
    return stripped.isEmpty() ? null : stripped;
  }
}
