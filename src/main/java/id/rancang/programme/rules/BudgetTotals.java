package id.rancang.programme.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Checks budget lines and adds them up. Sums are exact ({@link BigDecimal}, no rounding, no {@code
 * double}); their scale is the largest scale of the amounts added, so compare them with {@code
 * compareTo}. The totals add up every line as given: check the lines first. All maps are sorted
 * (years ascending, sources and dimensions by code unless an order is given) and unmodifiable.
 */
public final class BudgetTotals {

  /** Rupiah amounts have at most 2 decimals (sen). */
  public static final int MAX_DECIMALS = 2;

  private BudgetTotals() {}

  /**
   * Findings about the lines of one programme, each on the field {@code budgetLines[i].amount} or
   * {@code budgetLines[i].source} of the line at index {@code i}: an error for a negative amount,
   * more than 2 decimals or a blank source; a warning for an amount of zero (the line adds
   * nothing).
   */
  public static List<ProgrammeFinding> check(List<BudgetLine> lines) {
    List<ProgrammeFinding> findings = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      String field = "budgetLines[" + i + "]";
      if (line.source().isBlank()) {
        findings.add(
            ProgrammeFinding.error(
                field + ".source", "programme.budget.sourceRequired", line.year()));
      }
      BigDecimal amount = line.amount();
      String shown = amount.toPlainString();
      if (amount.signum() < 0) {
        findings.add(
            ProgrammeFinding.error(
                field + ".amount", "programme.budget.negative", line.year(), line.source(), shown));
      } else if (amount.signum() == 0) {
        findings.add(
            ProgrammeFinding.warning(
                field + ".amount", "programme.budget.zero", line.year(), line.source()));
      }
      if (amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
        findings.add(
            ProgrammeFinding.error(
                field + ".amount",
                "programme.budget.tooManyDecimals",
                line.year(),
                line.source(),
                shown));
      }
    }
    return findings;
  }

  /** The sum of all lines; zero for none. */
  public static BigDecimal total(List<BudgetLine> lines) {
    BigDecimal total = BigDecimal.ZERO;
    for (BudgetLine line : lines) {
      total = total.add(line.amount());
    }
    return total;
  }

  /** The sum of each year that has lines. */
  public static SortedMap<Integer, BigDecimal> perYear(List<BudgetLine> lines) {
    return sum(lines, BudgetLine::year);
  }

  /** The sum of each funding source that has lines. */
  public static SortedMap<String, BigDecimal> perSource(List<BudgetLine> lines) {
    return sum(lines, BudgetLine::source);
  }

  /** Year, then funding source, to the sum of their lines. */
  public static SortedMap<Integer, SortedMap<String, BigDecimal>> perYearAndSource(
      List<BudgetLine> lines) {
    TreeMap<Integer, List<BudgetLine>> byYear = group(lines, BudgetLine::year);
    TreeMap<Integer, SortedMap<String, BigDecimal>> result = new TreeMap<>();
    byYear.forEach((year, ofYear) -> result.put(year, perSource(ofYear)));
    return Collections.unmodifiableSortedMap(result);
  }

  /**
   * The budget of several programmes: year, then dimension code, then funding source, to the sum of
   * their lines. Dimensions are ordered by code.
   */
  public static SortedMap<Integer, SortedMap<String, SortedMap<String, BigDecimal>>> summary(
      List<DimensionBudgetLine> lines) {
    return summary(lines, Comparator.naturalOrder());
  }

  /**
   * As {@link #summary(List)}, with the dimensions in the given order (e.g. the framework's order
   * GOVERNANCE, BRANDING, ECONOMY, LIVING, SOCIETY, ENVIRONMENT).
   */
  public static SortedMap<Integer, SortedMap<String, SortedMap<String, BigDecimal>>> summary(
      List<DimensionBudgetLine> lines, Comparator<String> dimensionOrder) {
    TreeMap<Integer, SortedMap<String, SortedMap<String, BigDecimal>>> result = new TreeMap<>();
    group(lines, (DimensionBudgetLine l) -> l.line().year())
        .forEach(
            (year, ofYear) -> {
              TreeMap<String, SortedMap<String, BigDecimal>> byDimension =
                  new TreeMap<>(dimensionOrder);
              TreeMap<String, List<DimensionBudgetLine>> grouped = new TreeMap<>(dimensionOrder);
              for (DimensionBudgetLine line : ofYear) {
                grouped.computeIfAbsent(line.dimension(), k -> new ArrayList<>()).add(line);
              }
              grouped.forEach(
                  (dimension, ofDimension) ->
                      byDimension.put(
                          dimension,
                          perSource(ofDimension.stream().map(DimensionBudgetLine::line).toList())));
              result.put(year, Collections.unmodifiableSortedMap(byDimension));
            });
    return Collections.unmodifiableSortedMap(result);
  }

  private static <K extends Comparable<K>> SortedMap<K, BigDecimal> sum(
      List<BudgetLine> lines, Function<BudgetLine, K> key) {
    TreeMap<K, BigDecimal> sums = new TreeMap<>();
    for (BudgetLine line : lines) {
      sums.merge(key.apply(line), line.amount(), BigDecimal::add);
    }
    return Collections.unmodifiableSortedMap(sums);
  }

  private static <T, K extends Comparable<K>> TreeMap<K, List<T>> group(
      List<T> items, Function<T, K> key) {
    TreeMap<K, List<T>> groups = new TreeMap<>();
    for (T item : items) {
      groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item);
    }
    return groups;
  }
}
