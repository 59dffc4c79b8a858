package id.rancang.strategy;

import java.util.List;

/**
 * What an import of indicators applied: how many rows created an indicator, changed one, or matched
 * one exactly, and the doubts about the targets of each row that did not block the import (for
 * example targets that move against the polarity).
 */
public record IndicatorImportSummary(
    int created, int updated, int unchanged, List<RowWarning> warnings) {

  public IndicatorImportSummary {
    warnings = List.copyOf(warnings);
  }

  /**
   * A doubt about the row {@code row} (header = 1) of the file, for the indicator {@code code};
   * {@code year} is null when it is about the whole row.
   */
  public record RowWarning(
      int row, String code, Integer year, String messageKey, List<Object> args) {

    public RowWarning {
      args = args == null ? List.of() : List.copyOf(args);
    }
  }
}
