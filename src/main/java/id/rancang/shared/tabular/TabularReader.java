package id.rancang.shared.tabular;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the first sheet of an XLSX file or a CSV file (comma or semicolon separated, UTF-8 with or
 * without BOM) into rows keyed by lower-case header. Blank rows are skipped. Unreadable files are
 * reported as an {@link ImportRejectedException} on row 0.
 */
public final class TabularReader {

  public static final int MAX_ROWS = 10_000;

  private TabularReader() {}

  public static List<TabularRow> read(String filename, byte[] content) {
    if (content == null || content.length == 0) {
      throw new ImportRejectedException(List.of(ImportProblem.of(0, null, "shared.import.empty")));
    }
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    try {
      List<TabularRow> rows;
      if (name.endsWith(".xlsx") || looksLikeZip(content)) {
        rows = readXlsx(content);
      } else if (name.endsWith(".csv") || name.endsWith(".txt") || name.isEmpty()) {
        rows = readCsv(content);
      } else {
        throw new ImportRejectedException(
            List.of(ImportProblem.of(0, null, "shared.import.unsupportedType", filename)));
      }
      if (rows.size() > MAX_ROWS) {
        throw new ImportRejectedException(
            List.of(ImportProblem.of(0, null, "shared.import.tooManyRows", MAX_ROWS)));
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      if (e instanceof ImportRejectedException rejected) {
        throw rejected;
      }
      throw new ImportRejectedException(
          List.of(ImportProblem.of(0, null, "shared.import.unreadable", String.valueOf(filename))));
    }
  }

  /**
   * Every sheet of an XLSX workbook, in the workbook's order and keyed by sheet name, each read as
   * {@link #read} reads the first one (the first row holds the headers). A CSV file is one sheet
   * with an empty name. At most {@link #MAX_ROWS} data rows in all.
   */
  public static Map<String, List<TabularRow>> readSheets(String filename, byte[] content) {
    if (content == null || content.length == 0) {
      throw new ImportRejectedException(List.of(ImportProblem.of(0, null, "shared.import.empty")));
    }
    String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
    if (!name.endsWith(".xlsx") && !looksLikeZip(content)) {
      Map<String, List<TabularRow>> single = new LinkedHashMap<>();
      single.put("", read(filename, content));
      return single;
    }
    Map<String, List<TabularRow>> sheets = new LinkedHashMap<>();
    try (InputStream in = new ByteArrayInputStream(content);
        Workbook workbook = WorkbookFactory.create(in)) {
      int total = 0;
      for (Sheet sheet : workbook) {
        List<TabularRow> rows = readSheet(sheet);
        total += rows.size();
        sheets.put(sheet.getSheetName(), rows);
      }
      if (total > MAX_ROWS) {
        throw new ImportRejectedException(
            List.of(ImportProblem.of(0, null, "shared.import.tooManyRows", MAX_ROWS)));
      }
      return sheets;
    } catch (IOException | RuntimeException e) {
      if (e instanceof ImportRejectedException rejected) {
        throw rejected;
      }
      throw new ImportRejectedException(
          List.of(ImportProblem.of(0, null, "shared.import.unreadable", String.valueOf(filename))));
    }
  }

  private static boolean looksLikeZip(byte[] content) {
    return content.length > 3 && content[0] == 'P' && content[1] == 'K';
  }

  private static List<TabularRow> readCsv(byte[] content) throws IOException {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String firstLine = text.lines().findFirst().orElse("");
    char delimiter =
        firstLine.chars().filter(c -> c == ';').count()
                > firstLine.chars().filter(c -> c == ',').count()
            ? ';'
            : ',';
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .get();
    List<TabularRow> rows = new ArrayList<>();
    try (Reader reader = new java.io.StringReader(text);
        CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> headers =
          parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
      for (CSVRecord record : parser) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < headers.size() && i < record.size(); i++) {
          cells.put(headers.get(i), record.get(i));
        }
        TabularRow row = new TabularRow((int) record.getRecordNumber() + 1, cells);
        if (!row.isBlank()) {
          rows.add(row);
        }
      }
    }
    return rows;
  }

  private static List<TabularRow> readXlsx(byte[] content) throws IOException {
    try (InputStream in = new ByteArrayInputStream(content);
        Workbook workbook = WorkbookFactory.create(in)) {
      return readSheet(workbook.getSheetAt(0));
    }
  }

  private static List<TabularRow> readSheet(Sheet sheet) {
    List<TabularRow> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    formatter.setUseCachedValuesForFormulaCells(true);
    Row headerRow = sheet.getRow(sheet.getFirstRowNum());
    if (headerRow == null) {
      return rows;
    }
    List<String> headers = new ArrayList<>();
    for (int c = 0; c < headerRow.getLastCellNum(); c++) {
      Cell cell = headerRow.getCell(c);
      headers.add(
          cell == null ? "" : formatter.formatCellValue(cell).strip().toLowerCase(Locale.ROOT));
    }
    for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<String, String> cells = new LinkedHashMap<>();
      for (int c = 0; c < headers.size(); c++) {
        Cell cell = row.getCell(c);
        cells.put(headers.get(c), cell == null ? null : text(cell, formatter));
      }
      TabularRow tabularRow = new TabularRow(r + 1, cells);
      if (!tabularRow.isBlank()) {
        rows.add(tabularRow);
      }
    }
    return rows;
  }

  /**
   * A cell as the user sees it, except that a number in the General format is written out in full
   * (up to Excel's 15 significant digits) instead of rounded to the column width or in scientific
   * notation. Formulas give the value Excel saved with the file.
   */
  private static String text(Cell cell, DataFormatter formatter) {
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC
        && cell.getCellStyle().getDataFormat() == 0
        && !DateUtil.isCellDateFormatted(cell)) {
      double value = cell.getNumericCellValue();
      if (Double.isFinite(value)) {
        BigDecimal exact =
            new BigDecimal(Double.toString(value)).round(new MathContext(15)).stripTrailingZeros();
        return exact.signum() == 0 ? "0" : exact.toPlainString();
      }
    }
    return formatter.formatCellValue(cell);
  }
}
