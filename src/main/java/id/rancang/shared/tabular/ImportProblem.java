package id.rancang.shared.tabular;

import java.util.List;

/**
 * What is wrong with one row (and column) of an imported file, as a message key with arguments.
 * {@code sheet} names the sheet of a workbook with several sheets; it is null for files read as one
 * table.
 */
public record ImportProblem(
    String sheet, int row, String column, String messageKey, List<Object> args) {

  public ImportProblem {
    args = args == null ? List.of() : List.copyOf(args);
  }

  /** A problem in a file read as one table (no sheet named). */
  public ImportProblem(int row, String column, String messageKey, List<Object> args) {
    this(null, row, column, messageKey, args);
  }

  public static ImportProblem of(int row, String column, String messageKey, Object... args) {
    return new ImportProblem(null, row, column, messageKey, List.of(args));
  }

  /** A problem in the sheet {@code sheet} of a workbook. */
  public static ImportProblem inSheet(
      String sheet, int row, String column, String messageKey, Object... args) {
    return new ImportProblem(sheet, row, column, messageKey, List.of(args));
  }
}
