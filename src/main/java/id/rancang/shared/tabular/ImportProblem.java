package id.rancang.shared.tabular;

import java.util.List;

/** What is wrong with one row (and column) of an imported file, as a message key with arguments. */
public record ImportProblem(int row, String column, String messageKey, List<Object> args) {

  public ImportProblem {
    args = args == null ? List.of() : List.copyOf(args);
  }

  public static ImportProblem of(int row, String column, String messageKey, Object... args) {
    return new ImportProblem(row, column, messageKey, List.of(args));
  }
}
