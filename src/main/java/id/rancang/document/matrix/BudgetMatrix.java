package id.rancang.document.matrix;

import id.rancang.document.MasterplanContent;
import id.rancang.document.MasterplanContent.BudgetEntry;
import id.rancang.document.MasterplanContent.ProgrammeEntry;
import id.rancang.strategy.Dimension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;

/**
 * The budget matrix: a row per programme and funding source with the amount of each year and their
 * sum, a subtotal per dimension, the grand total, and a summary per funding source. Sums are Excel
 * formulas (so the sheet stays right when someone edits an amount) stored with their values.
 */
final class BudgetMatrix {

  private static final int CODE = 0;
  private static final int NAME = 1;
  private static final int SOURCE = 2;
  private static final int FIRST_YEAR = 3;

  private BudgetMatrix() {}

  /** The masterplan's years, and any other year a budget line falls in. */
  static List<Integer> years(MasterplanContent content) {
    Set<Integer> years = new TreeSet<>();
    for (int y = content.masterplan().startYear(); y <= content.masterplan().endYear(); y++) {
      years.add(y);
    }
    for (ProgrammeEntry p : content.programmes()) {
      p.budget().forEach(b -> years.add(b.year()));
    }
    return List.copyOf(years);
  }

  static int[] widths(int years) {
    int[] widths = new int[FIRST_YEAR + years + 1];
    widths[CODE] = 12;
    widths[NAME] = 34;
    widths[SOURCE] = 14;
    for (int i = 0; i < years; i++) {
      widths[FIRST_YEAR + i] = 17;
    }
    widths[FIRST_YEAR + years] = 19;
    return widths;
  }

  static void write(Context c, MatrixSheet sheet) {
    MasterplanContent content = c.content();
    List<Integer> years = years(content);
    int total = FIRST_YEAR + years.size();

    sheet.headerRows(2);
    sheet.header(0, 1, CODE, CODE, c.get("document.matrix.col.code"));
    sheet.header(0, 1, NAME, NAME, c.get("document.matrix.col.programme"));
    sheet.header(0, 1, SOURCE, SOURCE, c.get("document.matrix.col.fundingSource"));
    sheet.header(0, 0, FIRST_YEAR, total - 1, c.get("document.matrix.col.budgetPerYear"));
    for (int i = 0; i < years.size(); i++) {
      sheet.header(1, FIRST_YEAR + i, Integer.toString(years.get(i)));
    }
    sheet.header(0, 1, total, total, c.get("document.matrix.col.sum"));
    sheet.freeze(3);

    if (content.programmes().isEmpty()) {
      sheet.band(c.get("document.matrix.programmes.none"), sheet.styles.note);
      return;
    }
    int first = sheet.next();
    List<Integer> subtotalRows = new ArrayList<>();
    BigDecimal[] grand = zeros(years.size() + 1);
    Map<String, BigDecimal[]> perSource = new LinkedHashMap<>();
    for (String code : c.fundingSourceCodes()) {
      perSource.put(code, null);
    }
    for (Dimension dimension : Dimension.values()) {
      List<ProgrammeEntry> programmes =
          content.programmes().stream().filter(p -> p.dimension() == dimension).toList();
      if (programmes.isEmpty()) {
        continue;
      }
      sheet.band(dimension.displayName(c.language()), sheet.styles.group[0]);
      int from = sheet.next();
      BigDecimal[] subtotal = zeros(years.size() + 1);
      for (ProgrammeEntry p : programmes) {
        Map<String, Map<Integer, BigDecimal>> lines = bySource(p, c.fundingSourceCodes());
        if (lines.isEmpty()) {
          lines.put(null, Map.of());
        }
        for (Map.Entry<String, Map<Integer, BigDecimal>> line : lines.entrySet()) {
          Row row = sheet.row();
          sheet.text(row, CODE, p.code());
          sheet.text(row, NAME, p.name());
          sheet.text(row, SOURCE, line.getKey(), sheet.styles.centred);
          BigDecimal sum = BigDecimal.ZERO;
          for (int i = 0; i < years.size(); i++) {
            BigDecimal amount = line.getValue().get(years.get(i));
            sheet.money(row, FIRST_YEAR + i, amount, false);
            if (amount != null) {
              sum = sum.add(amount);
              subtotal[i] = subtotal[i].add(amount);
              if (line.getKey() != null) {
                // a source listed without amounts yet is mapped to null: computeIfAbsent fills it
                BigDecimal[] source =
                    perSource.computeIfAbsent(line.getKey(), k -> zeros(years.size() + 1));
                source[i] = source[i].add(amount);
                source[years.size()] = source[years.size()].add(amount);
              }
            }
          }
          subtotal[years.size()] = subtotal[years.size()].add(sum);
          sheet.sum(row, total, rowSum(row.getRowNum(), years.size()), sum, false);
        }
      }
      int to = sheet.next() - 1;
      Row row = sheet.row();
      sheet.merged(
          row,
          CODE,
          SOURCE,
          c.get("document.matrix.subtotal", dimension.displayName(c.language())),
          sheet.styles.totalLabel);
      for (int i = 0; i <= years.size(); i++) {
        String column = MatrixSheet.column(FIRST_YEAR + i);
        sheet.sum(
            row,
            FIRST_YEAR + i,
            "SUM(" + column + (from + 1) + ":" + column + (to + 1) + ")",
            subtotal[i],
            true);
        grand[i] = grand[i].add(subtotal[i]);
      }
      subtotalRows.add(row.getRowNum());
    }
    int last = sheet.next() - 1;
    Row row = sheet.row();
    sheet.merged(row, CODE, SOURCE, c.get("document.matrix.grandTotal"), sheet.styles.totalLabel);
    for (int i = 0; i <= years.size(); i++) {
      String column = MatrixSheet.column(FIRST_YEAR + i);
      List<String> cells = subtotalRows.stream().map(r -> column + (r + 1)).toList();
      sheet.sum(row, FIRST_YEAR + i, String.join("+", cells), grand[i], true);
    }

    perSource.values().removeIf(v -> v == null);
    if (perSource.isEmpty()) {
      return;
    }
    sheet.blank();
    sheet.band(c.get("document.matrix.budget.perSource"), sheet.styles.group[0]);
    String sources = "$" + MatrixSheet.column(SOURCE);
    for (Map.Entry<String, BigDecimal[]> source : perSource.entrySet()) {
      Row line = sheet.row();
      sheet.merged(line, CODE, NAME, c.fundingSource(source.getKey()), sheet.styles.text);
      sheet.text(line, SOURCE, source.getKey(), sheet.styles.centred);
      String criterion = "$" + MatrixSheet.column(SOURCE) + (line.getRowNum() + 1);
      for (int i = 0; i < years.size(); i++) {
        String column = MatrixSheet.column(FIRST_YEAR + i);
        sheet.sum(
            line,
            FIRST_YEAR + i,
            "SUMIF("
                + sources
                + "$"
                + (first + 1)
                + ":"
                + sources
                + "$"
                + (last + 1)
                + ","
                + criterion
                + ","
                + column
                + "$"
                + (first + 1)
                + ":"
                + column
                + "$"
                + (last + 1)
                + ")",
            source.getValue()[i],
            false);
      }
      sheet.sum(
          line,
          total,
          rowSum(line.getRowNum(), years.size()),
          source.getValue()[years.size()],
          false);
    }
  }

  /** The programme's amounts per funding source (in the region's order) and year. */
  private static Map<String, Map<Integer, BigDecimal>> bySource(
      ProgrammeEntry p, List<String> order) {
    Set<String> codes = new LinkedHashSet<>();
    for (String code : order) {
      if (p.budget().stream().anyMatch(b -> b.source().equals(code))) {
        codes.add(code);
      }
    }
    p.budget().stream().map(BudgetEntry::source).sorted().forEach(codes::add);
    Map<String, Map<Integer, BigDecimal>> lines = new LinkedHashMap<>();
    for (String code : codes) {
      Map<Integer, BigDecimal> amounts = new TreeMap<>();
      for (BudgetEntry b : p.budget()) {
        if (b.source().equals(code)) {
          amounts.merge(b.year(), b.amount(), BigDecimal::add);
        }
      }
      lines.put(code, amounts);
    }
    return lines;
  }

  private static String rowSum(int row, int years) {
    return "SUM("
        + MatrixSheet.column(FIRST_YEAR)
        + (row + 1)
        + ":"
        + MatrixSheet.column(FIRST_YEAR + years - 1)
        + (row + 1)
        + ")";
  }

  private static BigDecimal[] zeros(int n) {
    BigDecimal[] values = new BigDecimal[n];
    Arrays.fill(values, BigDecimal.ZERO);
    return values;
  }
}
