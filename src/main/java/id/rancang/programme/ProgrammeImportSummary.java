package id.rancang.programme;

import java.util.List;

/**
 * What an import of the programme workbook applied: how many programmes it created, changed or
 * found exactly as in the file; how many actions it added, changed or removed; how many partner,
 * budget, risk, contribution and action rows the file had; and the doubts that did not block the
 * import (for example a horizon longer than the programme needs).
 */
public record ProgrammeImportSummary(
    int created,
    int updated,
    int unchanged,
    int actionsAdded,
    int actionsChanged,
    int actionsRemoved,
    int partners,
    int budgetLines,
    int risks,
    int contributions,
    int actions,
    List<RowWarning> warnings) {

  public ProgrammeImportSummary {
    warnings = List.copyOf(warnings);
  }

  /**
   * A doubt about row {@code row} (header = 1) of the sheet {@code sheet} (null for a CSV file),
   * for the programme {@code code}.
   */
  public record RowWarning(
      String sheet, int row, String code, String messageKey, List<Object> args) {

    public RowWarning {
      args = args == null ? List.of() : List.copyOf(args);
    }
  }
}
