package id.rancang.shared.chart;

import id.rancang.shared.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The budget charts as the budget page and the books draw them, from the same budget lines: so the
 * picture in Buku 2 is the one the team saw on the page.
 */
public final class BudgetCharts {

  private BudgetCharts() {}

  /** A rupiah amount of one year from one funding source (by code). */
  public record Line(int year, String source, BigDecimal amount) {}

  /** Columns per year, stacked by funding source in code order, with amounts in short rupiah. */
  public static String perYearBySource(
      String title, List<Line> lines, Function<String, String> sourceName, Formats formats) {
    TreeSet<String> sources = new TreeSet<>();
    Map<Integer, Map<String, BigDecimal>> byYear = new TreeMap<>();
    for (Line line : lines) {
      sources.add(line.source());
      byYear
          .computeIfAbsent(line.year(), y -> new TreeMap<>())
          .merge(line.source(), line.amount(), BigDecimal::add);
    }
    List<Series> series = new ArrayList<>();
    int n = 0;
    for (String source : sources) {
      List<BigDecimal> values = new ArrayList<>();
      for (Map<String, BigDecimal> year : byYear.values()) {
        values.add(year.getOrDefault(source, BigDecimal.ZERO));
      }
      series.add(new Series(sourceName.apply(source), Palette.colour(n++), values));
    }
    return SvgCharts.stackedColumns(
        title,
        byYear.keySet().stream().map(String::valueOf).toList(),
        series,
        formats::rupiahShort);
  }

  /** One bar per label (the dimensions, in their order), each in the colour of its position. */
  public static String perLabel(
      String title, List<String> labels, List<BigDecimal> amounts, Formats formats) {
    List<String> colours = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      colours.add(Palette.colour(i));
    }
    return SvgCharts.bars(title, labels, amounts, colours, formats::rupiahShort);
  }
}
