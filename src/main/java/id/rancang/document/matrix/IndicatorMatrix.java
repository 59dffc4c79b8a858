package id.rancang.document.matrix;

import id.rancang.document.MasterplanContent;
import id.rancang.document.MasterplanContent.IndicatorEntry;
import id.rancang.document.MasterplanContent.StrategyEntry;
import id.rancang.document.MasterplanContent.YearAmount;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;

/**
 * The indicator matrix in the RPJMD layout: missions, goals and targets as group rows, each
 * followed by its indicators with code, unit, polarity, baseline, a target per year, end target,
 * responsible OPD and data source.
 */
final class IndicatorMatrix {

  private static final int CODE = 0;
  private static final int NAME = 1;
  private static final int UNIT = 2;
  private static final int POLARITY = 3;
  private static final int BASELINE_YEAR = 4;
  private static final int BASELINE_VALUE = 5;
  private static final int FIRST_YEAR = 6;

  private IndicatorMatrix() {}

  /** The masterplan's years, and any other year an indicator has a target for. */
  static List<Integer> years(MasterplanContent content) {
    Set<Integer> years = new TreeSet<>();
    for (int y = content.masterplan().startYear(); y <= content.masterplan().endYear(); y++) {
      years.add(y);
    }
    for (IndicatorEntry indicator : content.indicators()) {
      indicator.targets().forEach(t -> years.add(t.year()));
    }
    return List.copyOf(years);
  }

  static int[] widths(int years) {
    int[] widths = new int[FIRST_YEAR + years + 3];
    int[] fixed = {12, 40, 12, 14, 8, 12};
    System.arraycopy(fixed, 0, widths, 0, fixed.length);
    for (int i = 0; i < years; i++) {
      widths[FIRST_YEAR + i] = 11;
    }
    widths[FIRST_YEAR + years] = 13;
    widths[FIRST_YEAR + years + 1] = 28;
    widths[FIRST_YEAR + years + 2] = 28;
    return widths;
  }

  static void write(Context c, MatrixSheet sheet) {
    MasterplanContent content = c.content();
    List<Integer> years = years(content);
    int end = FIRST_YEAR + years.size();
    int opd = end + 1;
    int source = end + 2;

    sheet.headerRows(2);
    sheet.header(0, 1, CODE, CODE, c.get("document.matrix.col.code"));
    sheet.header(0, 1, NAME, NAME, c.get("document.matrix.col.indicator"));
    sheet.header(0, 1, UNIT, UNIT, c.get("document.matrix.col.unit"));
    sheet.header(0, 1, POLARITY, POLARITY, c.get("document.matrix.col.polarity"));
    sheet.header(0, 0, BASELINE_YEAR, BASELINE_VALUE, c.get("document.matrix.col.baseline"));
    sheet.header(1, BASELINE_YEAR, c.get("document.matrix.col.year"));
    sheet.header(1, BASELINE_VALUE, c.get("document.matrix.col.value"));
    sheet.header(0, 0, FIRST_YEAR, end - 1, c.get("document.matrix.col.targets"));
    for (int i = 0; i < years.size(); i++) {
      sheet.header(1, FIRST_YEAR + i, Integer.toString(years.get(i)));
    }
    sheet.header(
        0,
        1,
        end,
        end,
        c.get("document.matrix.col.endTarget", Integer.toString(content.masterplan().endYear())));
    sheet.header(0, 1, opd, opd, c.get("document.matrix.col.responsibleOpd"));
    sheet.header(0, 1, source, source, c.get("document.matrix.col.dataSource"));
    sheet.freeze(2);

    if (content.indicators().isEmpty()) {
      sheet.band(c.get("document.matrix.indicators.none"), sheet.styles.note);
      return;
    }
    Map<Long, List<IndicatorEntry>> byItem = new LinkedHashMap<>();
    for (IndicatorEntry indicator : content.indicators()) {
      byItem.computeIfAbsent(indicator.itemId(), k -> new ArrayList<>()).add(indicator);
    }
    Set<Long> written = new HashSet<>();
    for (StrategyEntry item : content.strategy()) {
      sheet.band(groupLabel(c, item), sheet.styles.group[level(item)]);
      for (IndicatorEntry indicator : byItem.getOrDefault(item.id(), List.of())) {
        row(c, sheet, indicator, years);
      }
      written.add(item.id());
    }
    List<IndicatorEntry> loose =
        content.indicators().stream().filter(i -> !written.contains(i.itemId())).toList();
    if (!loose.isEmpty()) {
      sheet.band(c.get("document.matrix.indicators.other"), sheet.styles.group[0]);
      loose.forEach(i -> row(c, sheet, i, years));
    }
  }

  private static void row(
      Context c, MatrixSheet sheet, IndicatorEntry indicator, List<Integer> years) {
    Row row = sheet.row();
    int end = FIRST_YEAR + years.size();
    sheet.text(row, CODE, indicator.code());
    sheet.text(row, NAME, indicator.name());
    sheet.text(row, UNIT, indicator.unit(), sheet.styles.centred);
    sheet.text(
        row,
        POLARITY,
        indicator.polarity() == null
            ? null
            : c.get("document.matrix.polarity." + indicator.polarity().name()),
        sheet.styles.centred);
    YearAmount baseline = indicator.baseline();
    sheet.whole(row, BASELINE_YEAR, baseline == null ? null : baseline.year());
    sheet.number(row, BASELINE_VALUE, baseline == null ? null : baseline.value());
    for (int i = 0; i < years.size(); i++) {
      sheet.number(row, FIRST_YEAR + i, indicator.target(years.get(i)));
    }
    sheet.number(row, end, indicator.endTarget());
    sheet.text(row, end + 1, indicator.opd());
    sheet.text(row, end + 2, indicator.dataSource());
  }

  /** E.g. "Misi M1: Mewujudkan ...", or "Sasaran: ..." for an item without a code. */
  private static String groupLabel(Context c, StrategyEntry item) {
    String kind = c.get("strategy.kind." + item.kind().name());
    String code = item.code() == null || item.code().isBlank() ? "" : " " + item.code();
    return kind + code + ": " + (item.statement() == null ? "" : item.statement());
  }

  private static int level(StrategyEntry item) {
    return switch (item.kind()) {
      case GOAL -> 1;
      case TARGET -> 2;
      default -> 0;
    };
  }
}
