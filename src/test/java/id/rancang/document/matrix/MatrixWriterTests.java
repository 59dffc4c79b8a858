package id.rancang.document.matrix;

import static id.rancang.document.SheetReading.find;
import static id.rancang.document.SheetReading.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.document.MasterplanContent;
import id.rancang.document.MasterplanContent.ActionEntry;
import id.rancang.document.MasterplanContent.BudgetEntry;
import id.rancang.document.MasterplanContent.FundingSourceInfo;
import id.rancang.document.MasterplanContent.PartnerEntry;
import id.rancang.document.MasterplanContent.PlanInfo;
import id.rancang.document.MasterplanContent.ProgrammeEntry;
import id.rancang.document.MasterplanContent.RegionInfo;
import id.rancang.document.Matrix;
import id.rancang.programme.ActionCategory;
import id.rancang.programme.ActionStatus;
import id.rancang.programme.Horizon;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.region.PentahelixRole;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The matrix layouts, on contents built in memory (no database, no Spring context). */
class MatrixWriterTests {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final LocalDate GENERATED = LocalDate.of(2023, 7, 31);

  private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

  static {
    MESSAGES.setBasenames(
        "messages/shared",
        "messages/region",
        "messages/identity",
        "messages/strategy",
        "messages/programme",
        "messages/document");
    MESSAGES.setDefaultEncoding("UTF-8");
    MESSAGES.setFallbackToSystemLocale(false);
  }

  @Test
  void aDateIsWrittenAsIndonesianDocumentsWriteIt() {
    assertThat(MatrixWriter.date(LocalDate.of(2023, 7, 31), INDONESIAN)).isEqualTo("31 Juli 2023");
    assertThat(MatrixWriter.date(LocalDate.of(2024, 2, 5), INDONESIAN))
        .isEqualTo("5 Februari 2024");
    assertThat(MatrixWriter.date(LocalDate.of(2023, 7, 31), Locale.ENGLISH))
        .isEqualTo("31 July 2023");
  }

  @Test
  void theTitleBlockNamesTheMatrixMasterplanRegionPeriodVersionAndDate() throws IOException {
    MasterplanContent content = content(List.of(), "Perbup No. 20/2024", LocalDate.of(2024, 3, 1));

    Sheet sheet = sheet(write(Matrix.PROGRAMMES, content, INDONESIAN, "v1.0 - Perbup 20/2024"));

    assertThat(column(sheet, 0, 0, 7))
        .containsExactly(
            "Matriks Program Inovatif",
            "Masterplan Smart City Daerah Uji 2024-2033",
            "Daerah: Kabupaten Uji (99.01)",
            "Periode: 2024\u20132033",
            "Ditetapkan dengan: Perbup No. 20/2024, 1 Maret 2024",
            "Versi: v1.0 - Perbup 20/2024 (dibekukan)",
            "Dibuat: 31 Juli 2023",
            "");
  }

  @Test
  void aTextLongerThanExcelAllowsInACellIsCutWithAnEllipsis() throws IOException {
    String name = "Program dengan nama yang sangat panjang ".repeat(1000); // 40,000 characters
    MasterplanContent content = content(List.of(programme("P-1", name, Dimension.LIVING, null)));

    Sheet sheet = sheet(write(Matrix.PROGRAMMES, content, INDONESIAN, null));

    Cell cell = find(sheet, "P-1").getRow().getCell(1);
    assertThat(cell.getStringCellValue())
        .hasSize(32_767)
        .startsWith("Program dengan nama yang sangat panjang Program")
        .endsWith("\u2026");
    assertThat(cell.getCellStyle().getWrapText()).isTrue();
  }

  @Test
  void aBudgetLineOutsideTheMasterplanYearsGetsItsOwnColumnAndCountsInTheTotals()
      throws IOException {
    ProgrammeEntry p =
        withBudget(
            programme("P-1", "Satu", Dimension.GOVERNANCE, Element.PUBLIC_SERVICE),
            new BudgetEntry(2025, "APBD", new BigDecimal("1000")),
            new BudgetEntry(2036, "APBD", new BigDecimal("250")));
    XSSFWorkbook book = write(Matrix.BUDGET, content(List.of(p)), INDONESIAN, null);
    Sheet sheet = sheet(book);

    Cell header2036 = find(sheet, "2036");
    Cell total = totalOf(sheet, "Total keseluruhan");
    assertThat(header2036).isNotNull();
    assertThat(total.getNumericCellValue()).isEqualTo(1250d);
    assertThat(
            sheet
                .getRow(find(sheet, "P-1").getRowIndex())
                .getCell(header2036.getColumnIndex())
                .getNumericCellValue())
        .isEqualTo(250d);
  }

  @Test
  void everySumOfTheBudgetMatrixHoldsTheValueExcelWouldCompute() throws IOException {
    List<ProgrammeEntry> programmes =
        List.of(
            withBudget(
                programme("G-1", "Satu", Dimension.GOVERNANCE, Element.PUBLIC_SERVICE),
                new BudgetEntry(2024, "APBD", new BigDecimal("1500000000")),
                new BudgetEntry(2025, "DAK", new BigDecimal("750000000.50")),
                new BudgetEntry(2025, "APBD", new BigDecimal("10"))),
            withBudget(
                programme("G-2", "Dua", Dimension.GOVERNANCE, null),
                new BudgetEntry(2033, "CSR", new BigDecimal("3"))),
            programme("E-1", "Tanpa anggaran", Dimension.ECONOMY, Element.WELFARE),
            withBudget(
                programme("V-1", "Tiga", Dimension.ENVIRONMENT, Element.WASTE),
                new BudgetEntry(2030, "HIBAH_9", new BigDecimal("42")),
                new BudgetEntry(2030, "HIBAH_9", new BigDecimal("8"))));
    XSSFWorkbook book = write(Matrix.BUDGET, content(programmes), INDONESIAN, null);
    Sheet sheet = sheet(book);
    XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();

    int formulas = 0;
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.FORMULA) {
          formulas++;
          assertThat(cell.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
          assertThat(evaluator.evaluate(cell).getNumberValue())
              .as("%s %s", cell.getAddress(), cell.getCellFormula())
              .isEqualTo(cell.getNumericCellValue());
        }
      }
    }
    assertThat(formulas).isGreaterThan(20);
    assertThat(totalOf(sheet, "Total keseluruhan").getNumericCellValue())
        .isEqualTo(1500000000d + 750000000.5d + 10 + 3 + 42 + 8);
    assertThat(totalOf(sheet, "Subtotal Smart Governance").getNumericCellValue())
        .isEqualTo(1500000000d + 750000000.5d + 10 + 3);
    // the region's own source, which the content does not name, is summarised by its code
    assertThat(totalOf(sheet, "HIBAH_9").getNumericCellValue()).isEqualTo(50d);
  }

  @Test
  void partnersWhoseNamesAreHiddenAreCountedUnderTheirRole() throws IOException {
    ProgrammeEntry p =
        withPartners(
            programme("P-1", "Satu", Dimension.SOCIETY, Element.LEARNING),
            new PartnerEntry("Universitas Pancasakti", PentahelixRole.ACADEMIA, null),
            new PartnerEntry("Politeknik Harapan Bersama", PentahelixRole.ACADEMIA, null),
            new PartnerEntry("Bank Jateng", PentahelixRole.BUSINESS, "Dana CSR"));
    MasterplanContent hidden = content(List.of(p)).withoutPartnerNames();

    Sheet named = sheet(write(Matrix.PROGRAMMES, content(List.of(p)), INDONESIAN, null));
    Sheet counted = sheet(write(Matrix.PROGRAMMES, hidden, INDONESIAN, null));

    int academia = find(named, "Akademisi").getColumnIndex();
    int business = find(named, "Bisnis/swasta").getColumnIndex();
    assertThat(text(named, find(named, "P-1").getRowIndex(), academia))
        .isEqualTo("Universitas Pancasakti\nPoliteknik Harapan Bersama");
    int row = find(counted, "P-1").getRowIndex();
    assertThat(text(counted, row, academia)).isEqualTo("2 mitra");
    assertThat(text(counted, row, business)).isEqualTo("1 mitra");
    assertThat(find(counted, "Universitas Pancasakti")).isNull();
  }

  @Test
  void everyMatrixPrintsOnA4LandscapeOnePageWideWithItsHeaderRowsFrozenAndRepeated()
      throws IOException {
    ProgrammeEntry p =
        withAction(
            withBudget(
                programme("P-1", "Satu", Dimension.GOVERNANCE, Element.PUBLIC_SERVICE),
                new BudgetEntry(2025, "APBD", BigDecimal.TEN)),
            new ActionEntry(
                ActionCategory.INFRASTRUCTURE,
                "Server",
                2025,
                2,
                "Diskominfo",
                "Server terpasang",
                BigDecimal.ONE,
                ActionStatus.RUNNING,
                40));
    for (Matrix matrix : Matrix.values()) {
      Sheet sheet = sheet(write(matrix, content(List.of(p)), INDONESIAN, null));
      PrintSetup print = sheet.getPrintSetup();

      assertThat(print.getPaperSize()).as(matrix.slug()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(print.getLandscape()).as(matrix.slug()).isTrue();
      assertThat(sheet.getFitToPage()).as(matrix.slug()).isTrue();
      assertThat(print.getFitWidth()).as(matrix.slug()).isEqualTo((short) 1);
      assertThat(print.getFitHeight()).as(matrix.slug()).isZero();
      CellRangeAddress repeated = sheet.getRepeatingRows();
      assertThat(repeated).as(matrix.slug()).isNotNull();
      // the last repeated row is the last header row, right above the first frozen-free row
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
          .as(matrix.slug())
          .isEqualTo((short) (repeated.getLastRow() + 1));
      Row header = sheet.getRow(repeated.getFirstRow());
      assertThat(header.getCell(0).getCellStyle().getFillForegroundColor())
          .as(matrix.slug())
          .isNotZero();
    }
  }

  // ---- contents built in memory ----

  private static MasterplanContent content(List<ProgrammeEntry> programmes) {
    return content(programmes, null, null);
  }

  private static MasterplanContent content(
      List<ProgrammeEntry> programmes, String regulation, LocalDate regulationDate) {
    return new MasterplanContent(
        MasterplanContent.SCHEMA,
        new RegionInfo(
            "99.01", "Kabupaten Uji", "KABUPATEN", "Provinsi Uji", null, null, null, null, null),
        new PlanInfo(
            12,
            "Masterplan Smart City Daerah Uji 2024-2033",
            2024,
            2033,
            "DRAFT",
            regulation,
            regulationDate),
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        List.of(
            new FundingSourceInfo("APBD", "APBD Kabupaten", "Regency budget"),
            new FundingSourceInfo("DAK", "Dana Alokasi Khusus", "Special allocation fund"),
            new FundingSourceInfo("CSR", "CSR", "CSR")),
        programmes,
        null);
  }

  private static ProgrammeEntry programme(
      String code, String name, Dimension dimension, Element element) {
    return new ProgrammeEntry(
        code.hashCode(),
        code,
        name,
        dimension,
        element,
        null,
        null,
        null,
        null,
        Horizon.MEDIUM,
        2025,
        2027,
        "Diskominfo",
        false,
        null,
        null,
        null,
        ProgrammeStatus.PLANNED,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static ProgrammeEntry withBudget(ProgrammeEntry p, BudgetEntry... lines) {
    return copy(p, p.partners(), List.of(lines), p.actions());
  }

  private static ProgrammeEntry withPartners(ProgrammeEntry p, PartnerEntry... partners) {
    return copy(p, List.of(partners), p.budget(), p.actions());
  }

  private static ProgrammeEntry withAction(ProgrammeEntry p, ActionEntry action) {
    List<ActionEntry> actions = new ArrayList<>(p.actions());
    actions.add(action);
    return copy(p, p.partners(), p.budget(), actions);
  }

  private static ProgrammeEntry copy(
      ProgrammeEntry p,
      List<PartnerEntry> partners,
      List<BudgetEntry> budget,
      List<ActionEntry> actions) {
    return new ProgrammeEntry(
        p.id(),
        p.code(),
        p.name(),
        p.dimension(),
        p.element(),
        p.problem(),
        p.description(),
        p.impactSociety(),
        p.impactEnvironment(),
        p.horizon(),
        p.startYear(),
        p.endYear(),
        p.leadOpd(),
        p.quickWin(),
        p.sipdProgram(),
        p.sipdKegiatan(),
        p.sipdSubKegiatan(),
        p.status(),
        partners,
        p.targets(),
        p.indicators(),
        budget,
        p.dependsOn(),
        p.risks(),
        actions);
  }

  // ---- reading the workbook ----

  private static XSSFWorkbook write(
      Matrix matrix, MasterplanContent content, Locale language, String versionName)
      throws IOException {
    byte[] bytes =
        MatrixWriter.write(
            matrix,
            content,
            language,
            (key, args) -> MESSAGES.getMessage(key, args, language),
            versionName,
            GENERATED);
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  private static Sheet sheet(XSSFWorkbook book) {
    assertThat(book.getNumberOfSheets()).isEqualTo(1);
    return book.getSheetAt(0);
  }

  /** The last cell of the last row where {@code label} is (its total). */
  private static Cell totalOf(Sheet sheet, String label) {
    Cell found = null;
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
          found = cell;
        }
      }
    }
    assertThat(found).as(label).isNotNull();
    Row row = found.getRow();
    return row.getCell(row.getLastCellNum() - 1);
  }

  private static List<String> column(Sheet sheet, int column, int from, int to) {
    List<String> values = new ArrayList<>();
    for (int r = from; r <= to; r++) {
      values.add(text(sheet, r, column));
    }
    return values;
  }
}
