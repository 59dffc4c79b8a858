package id.rancang.shared.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The charts of Rancang as SVG text: the same string goes into a page, a PDF (drawn as vectors) and
 * a DOCX (as a picture). Sizes are in CSS pixels; every chart has a white background, a title for
 * screen readers and a tooltip on each bar.
 */
public final class SvgCharts {

  private static final String AXIS = "#555555";
  private static final String GRID = "#dddddd";
  private static final String TEXT = "#222222";

  private SvgCharts() {}

  /**
   * Columns stacked by series, one column per category (e.g. budget per year, stacked by funding
   * source), with a value axis of round steps and a legend below.
   */
  public static String stackedColumns(
      String title,
      List<String> categories,
      List<Series> series,
      Function<BigDecimal, String> format) {
    double width = 620;
    double left = 86;
    double right = 12;
    double top = 14;
    double plotHeight = 220;
    int legendRows = (series.size() + 2) / 3;
    double height = top + plotHeight + 30 + legendRows * 18 + 10;
    double[] totals = new double[categories.size()];
    for (Series s : series) {
      for (int i = 0; i < categories.size() && i < s.values().size(); i++) {
        totals[i] += value(s.values().get(i));
      }
    }
    double max = 0;
    for (double t : totals) {
      max = Math.max(max, t);
    }
    double[] ticks = ticks(max);
    double topValue = ticks[ticks.length - 1];
    Svg svg = new Svg(width, height, title);
    double plotWidth = width - left - right;
    double bottom = top + plotHeight;
    for (double tick : ticks) {
      double y = bottom - plotHeight * (topValue == 0 ? 0 : tick / topValue);
      svg.line(left, y, width - right, y, GRID, 1);
      svg.text(left - 6, y + 4, format.apply(BigDecimal.valueOf(tick)), "end", 10, false, AXIS);
    }
    int n = Math.max(1, categories.size());
    double slot = plotWidth / n;
    double bar = Math.min(48, slot * 0.7);
    for (int i = 0; i < categories.size(); i++) {
      double x = left + slot * i + (slot - bar) / 2;
      double y = bottom;
      for (Series s : series) {
        double v = i < s.values().size() ? value(s.values().get(i)) : 0;
        if (v <= 0 || topValue == 0) {
          continue;
        }
        double h = plotHeight * v / topValue;
        y -= h;
        svg.rect(
            x,
            y,
            bar,
            h,
            s.colour(),
            categories.get(i) + " - " + s.name() + ": " + format.apply(s.values().get(i)));
      }
      svg.text(
          left + slot * i + slot / 2,
          bottom + 16,
          Svg.clip(categories.get(i), 14),
          "middle",
          categories.size() > 12 ? 8 : 10,
          false,
          TEXT);
    }
    svg.line(left, bottom, width - right, bottom, AXIS, 1);
    legend(svg, series, left, bottom + 36, (width - left - right) / 3);
    return svg.end();
  }

  /**
   * One horizontal bar per label (e.g. budget per dimension, population per kecamatan), the value
   * written after the bar.
   */
  public static String bars(
      String title,
      List<String> labels,
      List<BigDecimal> values,
      List<String> colours,
      Function<BigDecimal, String> format) {
    double width = 620;
    double labelWidth = 200;
    double valueWidth = 120;
    double rowHeight = 22;
    double top = 8;
    double height = top + Math.max(1, labels.size()) * rowHeight + 8;
    double max = 0;
    for (BigDecimal v : values) {
      max = Math.max(max, value(v));
    }
    Svg svg = new Svg(width, height, title);
    double plot = width - labelWidth - valueWidth - 12;
    for (int i = 0; i < labels.size(); i++) {
      double y = top + i * rowHeight;
      double v = i < values.size() ? value(values.get(i)) : 0;
      double w = max == 0 ? 0 : plot * v / max;
      svg.text(labelWidth - 8, y + 15, Svg.clip(labels.get(i), 32), "end", 11, false, TEXT);
      svg.rect(
          labelWidth,
          y + 3,
          w,
          rowHeight - 6,
          colours.isEmpty() ? Palette.colour(0) : colours.get(i % colours.size()),
          labels.get(i) + ": " + format.apply(values.get(i)));
      svg.text(labelWidth + w + 6, y + 15, format.apply(values.get(i)), "start", 10, false, AXIS);
    }
    svg.line(labelWidth, top, labelWidth, height - 8, AXIS, 1);
    return svg.end();
  }

  /**
   * A Gantt chart over the years {@code fromYear} to {@code toYear}: rows grouped under a header
   * per group, in the order of {@code groupColours}; a marked row (a quick win) carries a diamond.
   * Rows outside the period are clipped to it.
   */
  public static String gantt(
      String title,
      int fromYear,
      int toYear,
      List<GanttRow> rows,
      Map<String, String> groupColours,
      String markLegend) {
    int years = Math.max(1, toYear - fromYear + 1);
    double labelWidth = 230;
    double width = 620;
    double yearWidth = (width - labelWidth - 10) / years;
    double rowHeight = 16;
    double header = 22;
    Map<String, List<GanttRow>> groups = new LinkedHashMap<>();
    groupColours.keySet().forEach(g -> groups.put(g, new ArrayList<>()));
    for (GanttRow row : rows) {
      groups.computeIfAbsent(row.group(), g -> new ArrayList<>()).add(row);
    }
    groups.values().removeIf(List::isEmpty);
    int lines = rows.size() + groups.size();
    double height = header + lines * rowHeight + 30;
    Svg svg = new Svg(width, height, title);
    for (int y = 0; y < years; y++) {
      double x = labelWidth + y * yearWidth;
      svg.rect(x, 0, yearWidth, height - 24, y % 2 == 0 ? "#f6f6f6" : "#ffffff", null);
      svg.text(
          x + yearWidth / 2,
          15,
          Integer.toString(fromYear + y),
          "middle",
          years > 12 ? 8 : 10,
          true,
          TEXT);
    }
    double y = header;
    int groupIndex = 0;
    for (Map.Entry<String, List<GanttRow>> group : groups.entrySet()) {
      String colour =
          groupColours.getOrDefault(
              group.getKey(), Palette.colour(groupColours.size() + groupIndex));
      groupIndex++;
      svg.text(4, y + 12, Svg.clip(group.getKey(), 40), "start", 11, true, TEXT);
      svg.line(0, y + rowHeight, width, y + rowHeight, GRID, 0.6);
      y += rowHeight;
      for (GanttRow row : group.getValue()) {
        svg.text(10, y + 12, Svg.clip(row.label(), 42), "start", 9.5, false, TEXT);
        int start = Math.max(fromYear, row.startYear());
        int end = Math.min(toYear, Math.max(row.startYear(), row.endYear()));
        if (start <= end) {
          double x = labelWidth + (start - fromYear) * yearWidth + 1;
          double w = (end - start + 1) * yearWidth - 2;
          svg.rect(
              x,
              y + 3,
              w,
              rowHeight - 6,
              colour,
              row.label() + ": " + row.startYear() + "-" + row.endYear());
          if (row.marked()) {
            svg.diamond(x + 6, y + rowHeight / 2, 5, "#D55E00", markLegend);
          }
        }
        y += rowHeight;
      }
    }
    if (markLegend != null && !markLegend.isBlank()) {
      svg.diamond(labelWidth + 6, height - 12, 5, "#D55E00", null);
      svg.text(labelWidth + 16, height - 8, markLegend, "start", 10, false, TEXT);
    }
    return svg.end();
  }

  private static void legend(Svg svg, List<Series> series, double x0, double y0, double column) {
    for (int i = 0; i < series.size(); i++) {
      double x = x0 + (i % 3) * column;
      double y = y0 + (i / 3) * 18;
      Series s = series.get(i);
      svg.rect(x, y - 9, 10, 10, s.colour(), null);
      svg.text(x + 14, y, Svg.clip(s.name(), 28), "start", 10, false, TEXT);
    }
  }

  /** Round steps from zero to at least {@code max}: 0, 1, 2, 5 or 10 times a power of ten. */
  static double[] ticks(double max) {
    if (max <= 0) {
      return new double[] {0, 1};
    }
    double raw = max / 5;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = power;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * power >= raw) {
        step = m * power;
        break;
      }
    }
    int count = (int) Math.ceil(max / step - 1e-9);
    double[] ticks = new double[count + 1];
    for (int i = 0; i <= count; i++) {
      ticks[i] = step * i;
    }
    return ticks;
  }

  private static double value(BigDecimal v) {
    return v == null ? 0 : v.doubleValue();
  }
}
