package id.rancang.shared.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roadmap of one dimension as a Gantt chart over the masterplan years, as the board page and
 * Buku 2 draw it: programmes by first year then code, quick wins marked, in the dimension's colour.
 */
public final class RoadmapCharts {

  private RoadmapCharts() {}

  /** A programme on the roadmap: code, name, first and last year, quick win or not. */
  public record Bar(String code, String name, int startYear, int endYear, boolean quickWin) {}

  /**
   * The chart of one group (a dimension) drawn in the colour of its position {@code colourIndex}.
   */
  public static String gantt(
      String title,
      int fromYear,
      int toYear,
      String group,
      int colourIndex,
      List<Bar> bars,
      String quickWinLabel) {
    List<Bar> ordered = new ArrayList<>(bars);
    ordered.sort(
        Comparator.comparingInt(Bar::startYear)
            .thenComparing(Bar::code, String.CASE_INSENSITIVE_ORDER));
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put(group, Palette.colour(colourIndex));
    return SvgCharts.gantt(
        title,
        fromYear,
        toYear,
        ordered.stream()
            .map(
                b ->
                    new GanttRow(
                        b.code() + " " + b.name(), group, b.startYear(), b.endYear(), b.quickWin()))
            .toList(),
        groups,
        quickWinLabel);
  }
}
