package id.rancang.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

/**
 * The budget of a masterplan's programmes per year x dimension x funding source, with the totals
 * per year, per dimension (in the framework's order), per source and overall. Amounts in rupiah.
 */
public record BudgetSummary(
    List<Cell> cells,
    SortedMap<Integer, BigDecimal> perYear,
    List<DimensionTotal> perDimension,
    SortedMap<String, BigDecimal> perSource,
    BigDecimal total) {

  public BudgetSummary {
    cells = List.copyOf(cells);
    perDimension = List.copyOf(perDimension);
  }

  /** The sum of one year, dimension and source. */
  public record Cell(int year, String dimension, String source, BigDecimal amount) {}

  public record DimensionTotal(String dimension, BigDecimal amount) {}
}
