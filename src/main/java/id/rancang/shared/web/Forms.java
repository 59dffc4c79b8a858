package id.rancang.shared.web;

import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts problems found by a module onto the form the user sees, next to the right field. */
public final class Forms {

  private Forms() {}

  public static void reject(BindingResult form, InvalidInputException problems, Messages messages) {
    for (FieldProblem problem : problems.problems()) {
      String text = messages.get(problem.messageKey(), problem.args());
      if (problem.field() != null && form.getTarget() != null && isField(form, problem.field())) {
        form.rejectValue(problem.field(), problem.messageKey(), problem.args().toArray(), text);
      } else {
        form.reject(problem.messageKey(), problem.args().toArray(), text);
      }
    }
  }

  /** The first problem in the user's words, for a flash message after a redirect. */
  public static String firstMessage(InvalidInputException problems, Messages messages) {
    FieldProblem problem = problems.problems().get(0);
    return messages.get(problem.messageKey(), problem.args());
  }

  public static void rejectGlobal(BindingResult form, String messageKey, Messages messages) {
    form.reject(messageKey, null, messages.get(messageKey));
  }

  private static boolean isField(BindingResult form, String field) {
    try {
      form.getFieldType(field);
      return form.getFieldType(field) != null;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
