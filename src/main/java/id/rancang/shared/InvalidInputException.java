package id.rancang.shared;

import java.util.List;

/** Input that breaks a rule only the domain can check (uniqueness, code formats, transitions). */
public class InvalidInputException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  public static InvalidInputException of(String field, String messageKey, Object... args) {
    return new InvalidInputException(List.of(FieldProblem.of(field, messageKey, args)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
