package id.rancang.shared.web;

import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Validates a command built from a request body that carries more than the command. */
public final class ApiValidation {

  private static final Validator VALIDATOR =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new KeyMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  private ApiValidation() {}

  public static <T> T valid(T command) {
    Set<ConstraintViolation<T>> violations = VALIDATOR.validate(command);
    if (!violations.isEmpty()) {
      List<FieldProblem> problems =
          violations.stream()
              .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
              .map(v -> FieldProblem.of(v.getPropertyPath().toString(), v.getMessage()))
              .toList();
      throw new InvalidInputException(problems);
    }
    return command;
  }

  /** Keeps "{key}" templates as bare message keys, resolved later in the user's language. */
  private static final class KeyMessageInterpolator
      implements jakarta.validation.MessageInterpolator {
    @Override
    public String interpolate(String template, Context context) {
      return template.startsWith("{") && template.endsWith("}")
          ? template.substring(1, template.length() - 1)
          : template;
    }

    @Override
    public String interpolate(String template, Context context, java.util.Locale locale) {
      return interpolate(template, context);
    }
  }
}
