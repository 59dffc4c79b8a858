package id.rancang.document.matrix;

import id.rancang.shared.tabular.SheetLines;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One matrix sheet written top to bottom (a streaming sheet keeps only its last rows in memory):
 * the title block, the header rows, then the body. Cells get borders, texts wrap, numbers stay
 * numbers.
 */
final class MatrixSheet {

  /** Excel's limit for the text of one cell. */
  static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  /** The tallest row Excel allows, in points. */
  private static final float MAX_ROW_HEIGHT = 409f;

  private static final float LINE_HEIGHT = 15f;

  final Sheet sheet;
  final MatrixStyles styles;
  private final int[] widths;
  private int next;
  private int headerTop = -1;
  private int headerBottom = -1;

  /**
   * A sheet named {@code name} whose columns are {@code widths} characters wide; {@code width}
   * columns in all.
   */
  MatrixSheet(SXSSFWorkbook workbook, String name, MatrixStyles styles, int[] widths) {
    this.sheet = workbook.createSheet(name);
    this.styles = styles;
    this.widths = widths.clone();
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
    }
  }

  int width() {
    return widths.length;
  }

  /** The index of the next row. */
  int next() {
    return next;
  }

  /**
   * The title block: a big title, the masterplan's title in bold, then one line per fact (region,
   * period, version, date), each across the whole table, and an empty line.
   */
  void titleBlock(String title, String subtitle, List<String> facts) {
    SheetLines lines = new SheetLines(sheet);
    lines.add(styles.title, fit(title));
    lines.add(styles.subtitle, fit(subtitle));
    for (String fact : facts) {
      lines.add(styles.meta, fit(fact));
    }
    lines.blank();
    int count = 2 + facts.size();
    sheet.getRow(0).setHeightInPoints(18f);
    for (int r = 0; r < count; r++) {
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, widths.length - 1));
      Row row = sheet.getRow(r);
      Cell cell = row.getCell(0);
      String value = cell == null ? "" : cell.getStringCellValue();
      float lineHeight = r == 0 ? 18f : LINE_HEIGHT;
      height(row, value, totalWidth(0, widths.length - 1), lineHeight);
    }
    next = count + 1;
  }

  /**
   * Header rows: {@code rows} rows from here, filled with {@link #header} calls; they are frozen
   * and repeated on every printed page.
   */
  void headerRows(int rows) {
    headerTop = next;
    headerBottom = next + rows - 1;
    for (int r = 0; r < rows; r++) {
      Row row = sheet.createRow(next++);
      for (int c = 0; c < widths.length; c++) {
        row.createCell(c).setCellStyle(styles.header);
      }
    }
  }

  /**
   * A header cell spanning header rows {@code top..bottom} (0 is the first header row) and columns
   * {@code first..last}.
   */
  void header(int top, int bottom, int first, int last, String text) {
    Row row = sheet.getRow(headerTop + top);
    row.getCell(first).setCellValue(fit(text));
    if (bottom == top) {
      // headers are bold: fewer characters fit in a line
      height(row, fit(text), Math.max(1, totalWidth(first, last) * 4 / 5), LINE_HEIGHT);
    }
    if (bottom > top || last > first) {
      sheet.addMergedRegion(new CellRangeAddress(headerTop + top, headerTop + bottom, first, last));
    }
  }

  /** A header cell of one row and one column. */
  void header(int top, int column, String text) {
    header(top, top, column, column, text);
  }

  /** The first header row index (for formulas and filters). */
  int headerBottom() {
    return headerBottom;
  }

  /** A new body row. */
  Row row() {
    return sheet.createRow(next++);
  }

  /** Leaves one row empty. */
  void blank() {
    next++;
  }

  /**
   * A row across the whole table in {@code style}: a group heading (mission, dimension...), a note
   * or a total label.
   */
  Row band(String text, CellStyle style) {
    Row row = row();
    put(row, 0, text, style);
    for (int c = 1; c < widths.length; c++) {
      row.createCell(c).setCellStyle(style);
    }
    sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, last()));
    height(row, fit(text), totalWidth(0, last()), LINE_HEIGHT);
    return row;
  }

  /** Columns {@code first..last} of {@code row} as one cell showing {@code text}. */
  void merged(Row row, int first, int last, String text, CellStyle style) {
    put(row, first, text, style);
    for (int c = first + 1; c <= last; c++) {
      row.createCell(c).setCellStyle(style);
    }
    if (last > first) {
      sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, last));
    }
    height(row, fit(text), totalWidth(first, last), LINE_HEIGHT);
  }

  /** A text cell (empty, with its borders, when {@code value} is null). */
  Cell text(Row row, int column, String value, CellStyle style) {
    Cell cell = put(row, column, value, style);
    height(row, fit(value), widths[column], LINE_HEIGHT);
    return cell;
  }

  /** A text cell without sizing its row (the caller sizes it for merged cells). */
  private Cell put(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    if (value != null && !value.isEmpty()) {
      cell.setCellValue(fit(value));
    }
    return cell;
  }

  Cell text(Row row, int column, String value) {
    return text(row, column, value, styles.text);
  }

  /** An indicator value, formatted with as many decimals as it has. */
  Cell number(Row row, int column, BigDecimal value) {
    Cell cell = row.createCell(column);
    if (value == null) {
      cell.setCellStyle(styles.text);
    } else {
      cell.setCellStyle(styles.number(value));
      cell.setCellValue(value.doubleValue());
    }
    return cell;
  }

  /** A year (or a quarter, or a percentage), as a whole number without separators. */
  Cell whole(Row row, int column, Integer value) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(styles.year);
    if (value != null) {
      cell.setCellValue(value);
    }
    return cell;
  }

  /** A rupiah amount. */
  Cell money(Row row, int column, BigDecimal value, boolean total) {
    Cell cell = row.createCell(column);
    if (value == null) {
      cell.setCellStyle(total ? styles.totalLabel : styles.text);
    } else {
      cell.setCellStyle(styles.money(value, total));
      cell.setCellValue(value.doubleValue());
    }
    return cell;
  }

  /** A rupiah amount computed by {@code formula}, stored with its value so no reader recomputes. */
  Cell sum(Row row, int column, String formula, BigDecimal value, boolean total) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(styles.money(value, total));
    cell.setCellFormula(formula);
    cell.setCellValue(value.doubleValue());
    return cell;
  }

  /** Freezes the header rows and the first {@code columns} columns. */
  void freeze(int columns) {
    sheet.createFreezePane(columns, headerBottom + 1);
  }

  /** Lets Excel filter the body by the last header row. */
  void filter() {
    sheet.setAutoFilter(
        new CellRangeAddress(headerBottom, Math.max(headerBottom, next - 1), 0, last()));
  }

  /**
   * A4 landscape, as wide as one page, the header rows on every page, the matrix name and the page
   * number in the footer.
   */
  void print(String footerLeft, String pageLabel) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    if (headerTop >= 0) {
      sheet.setRepeatingRows(CellRangeAddress.valueOf((headerTop + 1) + ":" + (headerBottom + 1)));
    }
    sheet.getFooter().setLeft(footer(footerLeft));
    sheet.getFooter().setRight(pageLabel);
  }

  /** A1-style reference of a cell, e.g. D12. */
  static String ref(int row, int column) {
    return new CellReference(row, column).formatAsString();
  }

  /** The letters of a column, e.g. D. */
  static String column(int column) {
    return CellReference.convertNumToColString(column);
  }

  private int last() {
    return widths.length - 1;
  }

  /**
   * A text Excel accepts in a cell: longer than {@link #MAX_TEXT} characters it is cut and ends
   * with an ellipsis (never in the middle of a surrogate pair).
   */
  static String fit(String text) {
    if (text == null || text.length() <= MAX_TEXT) {
      return text;
    }
    int end = MAX_TEXT - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "\u2026";
  }

  /** Header and footer sections share Excel's 255 characters, and {@code &} starts a code. */
  private static String footer(String text) {
    String plain = text.length() > 80 ? text.substring(0, 79) + "\u2026" : text;
    return plain.replace("&", "&&");
  }

  private int totalWidth(int first, int last) {
    int total = 0;
    for (int c = first; c <= last; c++) {
      total += widths[c];
    }
    return total;
  }

  /**
   * Neither Excel nor LibreOffice sizes a row to its wrapped text when it opens a file: the row
   * grows to an estimate of the lines its texts wrap to (never shrinks, at most Excel's tallest).
   */
  private static void height(Row row, String text, int widthInCharacters, float lineHeight) {
    if (text == null || text.isEmpty()) {
      return;
    }
    int perLine = Math.max(1, widthInCharacters);
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines += Math.max(1, (int) Math.ceil(paragraph.length() / (double) perLine));
    }
    float needed = Math.min(MAX_ROW_HEIGHT, lines * lineHeight + 2);
    if (lines > 1 && needed > row.getHeightInPoints()) {
      row.setHeightInPoints(needed);
    }
  }

  /** The page number as Excel fills it in: {@code &P} of {@code &N}. */
  static String[] pageCodes() {
    return new String[] {"&P", "&N"};
  }
}
