package id.rancang.shared.tabular;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes a sheet line by line (such as the instructions of a template): numbers stay numbers. */
public final class SheetLines {

  private final Sheet sheet;
  private int next;

  public SheetLines(Sheet sheet) {
    this.sheet = sheet;
  }

  /** One line of values, each in the given style (none when {@code null}). */
  public void add(CellStyle style, Object... values) {
    Row row = sheet.createRow(next++);
    for (int c = 0; c < values.length; c++) {
      Object value = values[c];
      Cell cell = row.createCell(c);
      if (value instanceof Number number) {
        cell.setCellValue(number.doubleValue());
      } else if (value != null) {
        cell.setCellValue(value.toString());
      }
      if (style != null) {
        cell.setCellStyle(style);
      }
    }
  }

  /** Leaves one line empty. */
  public void blank() {
    next++;
  }
}
