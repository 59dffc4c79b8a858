package id.rancang.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Finding things in a matrix as a reader would: by the text of a cell. */
public final class SheetReading {

  private SheetReading() {}

  /** The only sheet of an XLSX workbook. */
  public static Sheet onlySheet(byte[] xlsx) {
    try {
      XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
      assertThat(book.getNumberOfSheets()).isEqualTo(1);
      return book.getSheetAt(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first cell (row by row) whose text is {@code text}, or null. */
  public static Cell find(Sheet sheet, String text) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
          return cell;
        }
      }
    }
    return null;
  }

  /** Like {@link #find}, failing when there is no such cell. */
  public static Cell cell(Sheet sheet, String text) {
    Cell cell = find(sheet, text);
    assertThat(cell).as("a cell reading \"%s\"", text).isNotNull();
    return cell;
  }

  /** The cell of {@code row} in the column of the header cell {@code header}. */
  public static Cell at(Sheet sheet, Cell row, Cell header) {
    return sheet.getRow(row.getRowIndex()).getCell(header.getColumnIndex());
  }

  /** The last cell of the row where {@code label} is (the row's total). */
  public static Cell lastOfRow(Sheet sheet, String label) {
    Row row = cell(sheet, label).getRow();
    return row.getCell(row.getLastCellNum() - 1);
  }

  /** The text of a cell, "" when it is empty or absent. */
  public static String text(Sheet sheet, int row, int column) {
    Row r = sheet.getRow(row);
    Cell cell = r == null ? null : r.getCell(column);
    return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
  }

  /** Whether any cell of the sheet contains {@code text}. */
  public static boolean contains(Sheet sheet, String text) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(text)) {
          return true;
        }
      }
    }
    return false;
  }
}
