package id.rancang.shared;

import java.util.List;

/**
 * One problem with one field of a form or request. {@code messageKey} is resolved in the user's
 * language with {@code args}.
 */
public record FieldProblem(String field, String messageKey, List<Object> args) {

  public FieldProblem {
    args = args == null ? List.of() : List.copyOf(args);
  }

  public static FieldProblem of(String field, String messageKey, Object... args) {
    return new FieldProblem(field, messageKey, List.of(args));
  }
}
