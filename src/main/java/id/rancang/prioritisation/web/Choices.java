package id.rancang.prioritisation.web;

import id.rancang.shared.FieldProblem;
import id.rancang.shared.web.Messages;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading the choices and numbers of the prioritisation forms, and showing their problems. */
final class Choices {

  private Choices() {}

  /** The constant named {@code text}; null when blank; a problem on {@code field} when unknown. */
  static <E extends Enum<E>> E parse(
      Class<E> type, String text, String field, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip());
    } catch (IllegalArgumentException e) {
      problems.add(FieldProblem.of(field, "prioritisation.validation.choice"));
      return null;
    }
  }

  /** A record id; null when blank; a problem on {@code field} when not a number. */
  static Long id(String text, String field, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      problems.add(FieldProblem.of(field, "prioritisation.validation.choice"));
      return null;
    }
  }

  /** A decimal number (a comma counts as the decimal point); null when blank. */
  static BigDecimal number(String text, String field, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      problems.add(FieldProblem.of(field, "prioritisation.validation.number"));
      return null;
    }
  }

  /** The first problem of each field in the user's language. */
  static Map<String, String> errors(List<FieldProblem> problems, Messages messages) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldProblem p : problems) {
      errors.putIfAbsent(
          p.field() == null ? "" : p.field(), messages.get(p.messageKey(), p.args()));
    }
    return errors;
  }

  /** Every problem in the user's language, for a list above a form. */
  static List<String> all(List<FieldProblem> problems, Messages messages) {
    return problems.stream().map(p -> messages.get(p.messageKey(), p.args())).toList();
  }
}
