package id.rancang.document.matrix;

import id.rancang.shared.tabular.WorkbookStyles;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The cell styles of the matrices, created once per workbook (Excel allows some 64,000). Numbers
 * carry Excel's own formats ({@code #,##0}, {@code #,##0.00}...), so each reader sees the thousands
 * separator of their Excel, 1.234.567 in an Indonesian one; years are formatted {@code 0}.
 */
final class MatrixStyles {

  /** The most decimals an indicator value shows; the cell keeps the exact value. */
  static final int MAX_DECIMALS = 4;

  final CellStyle title;
  final CellStyle subtitle;
  final CellStyle meta;
  final CellStyle header;
  final CellStyle text;
  final CellStyle centred;
  final CellStyle year;
  final CellStyle note;
  final CellStyle totalLabel;

  /** Group rows by level: 0 mission or dimension, 1 goal or element, 2 target. */
  final CellStyle[] group = new CellStyle[3];

  private final CellStyle[] numbers = new CellStyle[MAX_DECIMALS + 1];
  private final CellStyle[] money = new CellStyle[2];
  private final CellStyle[] totals = new CellStyle[2];

  MatrixStyles(SXSSFWorkbook workbook) {
    // the streaming workbook keeps its styles in the XSSF workbook it wraps
    WorkbookStyles shared = new WorkbookStyles(workbook.getXSSFWorkbook());
    DataFormat formats = workbook.createDataFormat();
    title = shared.title;
    Font bold = workbook.createFont();
    bold.setBold(true);
    subtitle = workbook.createCellStyle();
    subtitle.setFont(bold);
    subtitle.setWrapText(true);
    subtitle.setVerticalAlignment(VerticalAlignment.TOP);
    meta = workbook.createCellStyle();
    meta.setWrapText(true);
    meta.setVerticalAlignment(VerticalAlignment.TOP);

    header = workbook.createCellStyle();
    header.cloneStyleFrom(shared.header);
    borders(header);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.CENTER);

    text = workbook.createCellStyle();
    borders(text);
    text.setWrapText(true);
    text.setVerticalAlignment(VerticalAlignment.TOP);
    centred = workbook.createCellStyle();
    centred.cloneStyleFrom(text);
    centred.setAlignment(HorizontalAlignment.CENTER);
    year = workbook.createCellStyle();
    year.cloneStyleFrom(centred);
    year.setDataFormat(formats.getFormat("0"));
    Font italic = workbook.createFont();
    italic.setItalic(true);
    note = workbook.createCellStyle();
    note.cloneStyleFrom(text);
    note.setFont(italic);

    for (int d = 0; d <= MAX_DECIMALS; d++) {
      numbers[d] = workbook.createCellStyle();
      numbers[d].cloneStyleFrom(text);
      numbers[d].setWrapText(false);
      numbers[d].setAlignment(HorizontalAlignment.RIGHT);
      numbers[d].setDataFormat(formats.getFormat(pattern(d)));
    }
    money[0] = numbers[0];
    money[1] = numbers[2];

    IndexedColors[] fills = {
      IndexedColors.PALE_BLUE, IndexedColors.LIGHT_TURQUOISE, IndexedColors.LEMON_CHIFFON
    };
    for (int level = 0; level < group.length; level++) {
      group[level] = workbook.createCellStyle();
      group[level].cloneStyleFrom(text);
      group[level].setFont(bold);
      group[level].setFillForegroundColor(fills[level].getIndex());
      group[level].setFillPattern(FillPatternType.SOLID_FOREGROUND);
      group[level].setIndention((short) level);
    }
    totalLabel = workbook.createCellStyle();
    totalLabel.cloneStyleFrom(text);
    totalLabel.setFont(bold);
    totalLabel.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    totalLabel.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    for (int i = 0; i < totals.length; i++) {
      totals[i] = workbook.createCellStyle();
      totals[i].cloneStyleFrom(totalLabel);
      totals[i].setWrapText(false);
      totals[i].setAlignment(HorizontalAlignment.RIGHT);
      totals[i].setDataFormat(formats.getFormat(pattern(i == 0 ? 0 : 2)));
    }
  }

  /** An indicator value: as many decimals as it has (at most {@link #MAX_DECIMALS}). */
  CellStyle number(BigDecimal value) {
    return numbers[decimals(value)];
  }

  /** A rupiah amount: whole rupiah, or with cents when it has them. */
  CellStyle money(BigDecimal value, boolean total) {
    int i = decimals(value) == 0 ? 0 : 1;
    return total ? totals[i] : money[i];
  }

  static int decimals(BigDecimal value) {
    if (value == null || value.signum() == 0) {
      return 0;
    }
    return Math.min(MAX_DECIMALS, Math.max(0, value.stripTrailingZeros().scale()));
  }

  /** Excel's number format with thousands separators and {@code decimals} decimals. */
  static String pattern(int decimals) {
    return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
  }

  private static void borders(CellStyle style) {
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
  }
}
