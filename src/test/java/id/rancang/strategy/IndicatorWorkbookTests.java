package id.rancang.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.rancang.identity.Role;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.tabular.ImportProblem;
import id.rancang.shared.tabular.ImportRejectedException;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.StrategyFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@RancangIntegrationTest
class IndicatorWorkbookTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired StrategyFixtures strategy;
  @Autowired IndicatorRegister indicators;
  @Autowired IndicatorWorkbook workbook;
  @Autowired MasterplanManagement masterplans;

  /**
   * A masterplan with mission M1, goal T1 and its target S1.1 (all coded), a goal without a code,
   * indicator IKU-A of S1.1 run by the region's OPD and IKU-B of the codeless goal.
   */
  record Plan(
      TestRegion region,
      Masterplan masterplan,
      long mission,
      long goal,
      long target,
      long codelessGoal,
      long a,
      long b) {
    long id() {
      return masterplan.id();
    }

    long regionId() {
      return region.id();
    }
  }

  private Plan plan() {
    TestRegion region = fixtures.newRegion();
    Masterplan masterplan = masterplans.get(region.id(), fixtures.createMasterplan(region.id()));
    long id = masterplan.id();
    long mission = strategy.createCodedItem(region.id(), id, StrategyItemKind.MISSION, null, "M1");
    long goal = strategy.createCodedItem(region.id(), id, StrategyItemKind.GOAL, mission, "T1");
    long target = strategy.createCodedItem(region.id(), id, StrategyItemKind.TARGET, goal, "S1.1");
    long codelessGoal = strategy.createGoal(region.id(), id, mission);
    int first = masterplan.startYear();
    int last = masterplan.endYear();
    long a =
        strategy.createIndicatorWithTargets(
            region.id(), id, target, region.opd().id(), "IKU-A", first, last);
    long b =
        strategy.createIndicatorWithTargets(
            region.id(), id, codelessGoal, null, "IKU-B", first, first + 2);
    return new Plan(region, masterplan, mission, goal, target, codelessGoal, a, b);
  }

  @Test
  void exportingAndReimportingTheSameWorkbookChangesNothingAndCreatesNoDuplicate() {
    Plan plan = plan();
    List<Indicator> before = indicators.list(plan.regionId(), plan.id());

    byte[] xlsx = workbook.export(plan.regionId(), plan.id(), Locale.forLanguageTag("id"));
    IndicatorImportSummary summary =
        workbook.importFile(plan.regionId(), plan.id(), "indikator.xlsx", xlsx);

    assertThat(summary.created()).isZero();
    assertThat(summary.updated()).isZero();
    assertThat(summary.unchanged()).isEqualTo(2);
    assertThat(indicators.list(plan.regionId(), plan.id())).isEqualTo(before);
  }

  @Test
  void anEditedValueInTheReimportedWorkbookUpdatesThatIndicatorOnly() throws Exception {
    Plan plan = plan();
    Indicator b = indicators.get(plan.regionId(), plan.id(), plan.b());
    int year = plan.masterplan().startYear() + 3;
    byte[] xlsx = workbook.export(plan.regionId(), plan.id(), Locale.forLanguageTag("id"));

    byte[] edited =
        edit(
            xlsx,
            sheet -> {
              Row row = rowOf(sheet, "IKU-A");
              row.getCell(column(sheet, Integer.toString(year))).setCellValue(77.25);
              row.getCell(column(sheet, "Nama")).setCellValue("Persentase perizinan daring");
              row.getCell(column(sheet, "Polaritas")).setCellValue("nilai akhir");
            });
    IndicatorImportSummary summary =
        workbook.importFile(plan.regionId(), plan.id(), "indikator.xlsx", edited);

    assertThat(summary.updated()).isEqualTo(1);
    assertThat(summary.unchanged()).isEqualTo(1);
    assertThat(summary.created()).isZero();
    Indicator a = indicators.get(plan.regionId(), plan.id(), plan.a());
    assertThat(a.target(year)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("77.25"));
    assertThat(a.target(year - 1))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("55"));
    assertThat(a.name()).isEqualTo("Persentase perizinan daring");
    assertThat(a.polarity()).isEqualTo(Polarity.FINAL_VALUE);
    assertThat(a.version()).isEqualTo(1);
    assertThat(a.opdId()).isEqualTo(plan.region().opd().id());
    assertThat(indicators.get(plan.regionId(), plan.id(), plan.b())).isEqualTo(b);
    assertThat(indicators.list(plan.regionId(), plan.id())).hasSize(2);
  }

  @Test
  void aFileWithGoodAndBadRowsIsRejectedWithEveryProblemAndNothingIsWritten() throws Exception {
    Plan plan = plan();
    List<Indicator> before = indicators.list(plan.regionId(), plan.id());
    String opd = plan.region().opd().abbreviation();
    int first = plan.masterplan().startYear();
    int after = plan.masterplan().endYear() + 2;
    String csv =
        ("kode,nama,satuan,polaritas,sasaran,opd,tahun awal,nilai awal,%d,%d,%d,target akhir\n"
                + "IKU-C,Indeks kepuasan layanan,indeks,positif,S1.1,%s,2023,3.1,3.2,3.5,,4\n"
                + "IKU-A,Nama baru yang baik,persen,positif,S1.1,%s,2023,40,45,60,,90\n"
                + "IKU-D,Tanpa satuan,,naik,T1,,,,,,,\n"
                + "IKU-E,Sasaran salah,persen,negatif,S9,XYZ,,,,,,\n"
                + "IKU-F,Angka salah,persen,positif,S1.1,,2023,10,11,sepuluh,,20\n"
                + "IKU-G,Di luar periode,persen,positif,S1.1,,,,,,99,\n"
                + "iku-c,Kode ganda,persen,positif,S1.1,,,,,,,\n"
                + "IKU-H,Awal terlambat,persen,positif,T1,,%d,10,11,12,,\n"
                + "IKU-I,Mengukur misi,persen,positif,M1,,,,,,,\n")
            .formatted(first, first + 3, after, opd, opd, first + 2);

    String answer =
        mvc.perform(apiImport(plan, "indikator.csv", csv.getBytes(StandardCharsets.UTF_8)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    List<Map<String, Object>> errors = JsonPath.read(answer, "$.errors");
    assertThat(errors)
        .extracting(e -> e.get("row") + " | " + e.get("column"))
        .containsExactly(
            "4 | polaritas",
            "4 | satuan",
            "5 | sasaran",
            "5 | opd",
            "6 | " + (first + 3),
            "7 | " + after,
            "8 | kode",
            "9 | tahun awal",
            "10 | sasaran");
    assertThat(errors)
        .extracting(e -> e.get("message").toString())
        .satisfiesExactly(
            m -> assertThat(m).contains("\"naik\""),
            m -> assertThat(m).contains("unit is required"),
            m -> assertThat(m).contains("\"S9\"", "not in this masterplan"),
            m -> assertThat(m).contains("\"XYZ\""),
            m -> assertThat(m).contains("\"sepuluh\" is not a number"),
            m -> assertThat(m).contains(Integer.toString(after), "outside the masterplan period"),
            m -> assertThat(m).contains("row 2"),
            m -> assertThat(m).contains(Integer.toString(first + 2)),
            m -> assertThat(m).contains("\"M1\" is a mission"));

    // not even the good rows (a new indicator and a change) were kept
    assertThat(indicators.list(plan.regionId(), plan.id())).isEqualTo(before);
    assertThat(indicators.findByCode(plan.regionId(), plan.id(), "IKU-C")).isEmpty();
  }

  @Test
  void theEnglishWorkbookReimportsAndEnglishHeadersAndWordsAreAccepted() throws Exception {
    Plan plan = plan();
    byte[] english = workbook.export(plan.regionId(), plan.id(), Locale.ENGLISH);
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(english))) {
      assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Indicators");
      assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Instructions");
      assertThat(headers(book.getSheetAt(0))).contains("Code", "Polarity", "Baseline value");
      assertThat(cell(book.getSheetAt(0), "IKU-A", "Polarity")).isEqualTo("positive");
    }
    assertThat(
            workbook.importFile(plan.regionId(), plan.id(), "indicators.xlsx", english).unchanged())
        .isEqualTo(2);

    int first = plan.masterplan().startYear();
    String csv =
        ("code,name,unit,polarity,target,level,key indicator,data source,baseline year,"
                + "baseline value,%d,%d,end target,notes\n"
                + "EN-1,Poverty rate,percent,negative,S1.1,impact,yes,BPS,%d,9.5,9.1,8.8,6,Yearly\n")
            .formatted(first, first + 1, first - 1);
    mvc.perform(apiImport(plan, "indicators.csv", csv.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1))
        .andExpect(jsonPath("$.updated").value(0));

    Indicator created = indicators.findByCode(plan.regionId(), plan.id(), "EN-1").orElseThrow();
    assertThat(created.itemId()).isEqualTo(plan.target());
    assertThat(created.polarity()).isEqualTo(Polarity.NEGATIVE);
    assertThat(created.level()).isEqualTo(IndicatorLevel.IMPACT);
    assertThat(created.keyIndicator()).isTrue();
    assertThat(created.dataSource()).isEqualTo("BPS");
    assertThat(created.baseline().year()).isEqualTo(first - 1);
    assertThat(created.baseline().value()).isEqualByComparingTo("9.5");
    assertThat(created.target(first + 1))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("8.8"));
    assertThat(created.endTarget()).isEqualByComparingTo("6");
    assertThat(created.notes()).isEqualTo("Yearly");
  }

  @Test
  void aSemicolonCsvWithDecimalCommasCodesAndIdsWorks() {
    Plan plan = plan();
    int first = plan.masterplan().startYear();
    String csv =
        ("kode;nama;satuan;polaritas;sasaran;level;iku;opd;%d;%d\n"
                + "CSV-1;Perda smart city;dokumen;nilai akhir;%d;keluaran;tidak;%s;0;1\n"
                + "CSV-2;Rasio gini;indeks;NEGATIVE;t1;OUTCOME;ya;;\"0,38\";0,371\n")
            .formatted(first, first + 1, plan.codelessGoal(), plan.region().opd().name());

    IndicatorImportSummary summary =
        workbook.importFile(
            plan.regionId(), plan.id(), "indikator.csv", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(summary.created()).isEqualTo(2);
    Indicator regulation = indicators.findByCode(plan.regionId(), plan.id(), "CSV-1").orElseThrow();
    assertThat(regulation.itemId()).isEqualTo(plan.codelessGoal());
    assertThat(regulation.polarity()).isEqualTo(Polarity.FINAL_VALUE);
    assertThat(regulation.level()).isEqualTo(IndicatorLevel.OUTPUT);
    assertThat(regulation.keyIndicator()).isFalse();
    assertThat(regulation.opdId()).isEqualTo(plan.region().opd().id());
    Indicator gini = indicators.findByCode(plan.regionId(), plan.id(), "CSV-2").orElseThrow();
    assertThat(gini.itemId()).isEqualTo(plan.goal());
    assertThat(gini.target(first))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.38"));
    assertThat(gini.target(first + 1))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.371"));
    assertThat(gini.keyIndicator()).isTrue();
  }

  @Test
  void aColumnLeftOutOfTheFileKeepsWhatTheIndicatorHad() {
    Plan plan = plan();
    Indicator before = indicators.get(plan.regionId(), plan.id(), plan.a());
    int year = plan.masterplan().startYear() + 1;
    String csv = "kode,%d\nIKU-A,51\n".formatted(year);

    IndicatorImportSummary summary =
        workbook.importFile(
            plan.regionId(), plan.id(), "indikator.csv", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(summary.updated()).isEqualTo(1);
    Indicator after = indicators.get(plan.regionId(), plan.id(), plan.a());
    assertThat(after.target(year))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("51"));
    assertThat(after.targets()).hasSameSizeAs(before.targets());
    assertThat(after.name()).isEqualTo(before.name());
    assertThat(after.opdId()).isEqualTo(before.opdId());
    assertThat(after.baseline()).isEqualTo(before.baseline());
    assertThat(after.definition()).isEqualTo(before.definition());
    assertThat(after.level()).isEqualTo(before.level());
    assertThat(after.keyIndicator()).isEqualTo(before.keyIndicator());
  }

  @Test
  void targetsAgainstThePolarityAreImportedWithAWarningForTheirRow() throws Exception {
    Plan plan = plan();
    int first = plan.masterplan().startYear();
    int last = plan.masterplan().endYear();
    StringBuilder header =
        new StringBuilder("kode,nama,satuan,polaritas,sasaran,tahun awal,nilai awal");
    StringBuilder falling = new StringBuilder("TURUN,Cakupan,persen,positif,S1.1,2023,50");
    StringBuilder rising = new StringBuilder("NAIK,Cakupan naik,persen,positif,S1.1,2023,50");
    for (int year = first; year <= last; year++) {
      header.append(',').append(year);
      falling.append(',').append(50 - (year - first + 1));
      rising.append(',').append(50 + (year - first + 1));
    }
    String csv = header + "\n" + rising + "\n" + falling + "\n";

    mvc.perform(apiImport(plan, "indikator.csv", csv.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(2))
        .andExpect(jsonPath("$.warnings.length()").value(1))
        .andExpect(jsonPath("$.warnings[0].row").value(3))
        .andExpect(jsonPath("$.warnings[0].code").value("TURUN"))
        .andExpect(jsonPath("$.warnings[0].message").value(Matchers.containsString("positive")));

    assertThat(indicators.findByCode(plan.regionId(), plan.id(), "TURUN")).isPresent();
  }

  @Test
  void theExportedWorkbookHasOneNumericColumnPerMasterplanYearAndAnInstructionSheet()
      throws Exception {
    Plan plan = plan();
    Masterplan masterplan = plan.masterplan();
    Indicator a = indicators.get(plan.regionId(), plan.id(), plan.a());

    byte[] xlsx =
        mvc.perform(
                get("/api/v1/masterplans/" + plan.id() + "/indicators/export")
                    .header("Accept-Language", "id")
                    .with(plan.region().as(Role.PARTICIPANT).bearer()))
            .andExpect(status().isOk())
            .andExpect(content().contentType(IndicatorWorkbook.CONTENT_TYPE))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        Matchers.containsString("indikator-" + plan.id() + ".xlsx")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Indikator");
      List<String> headers = headers(sheet);
      List<String> years = new ArrayList<>();
      for (int year = masterplan.startYear(); year <= masterplan.endYear(); year++) {
        years.add(Integer.toString(year));
      }
      assertThat(years).hasSize(masterplan.endYear() - masterplan.startYear() + 1);
      int firstYear = headers.indexOf(years.get(0));
      assertThat(headers.subList(firstYear, firstYear + years.size())).isEqualTo(years);
      assertThat(headers.get(firstYear - 1)).isEqualTo("Nilai awal");
      assertThat(headers.get(firstYear + years.size())).isEqualTo("Target akhir");
      assertThat(headers)
          .startsWith("Kode", "Nama", "Satuan", "Polaritas", "Sasaran", "Level", "IKU")
          .contains("Definisi", "Formula", "Sumber data", "OPD", "Penyedia data", "Tahun awal")
          .endsWith("Catatan");
      assertThat(headers.stream().filter(h -> h.matches("\\d{4}"))).hasSameSizeAs(years);

      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      Cell headerCell = sheet.getRow(0).getCell(0);
      assertThat(book.getFontAt(headerCell.getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(sheet.getColumnWidth(headers.indexOf("Nama")))
          .isGreaterThan(sheet.getColumnWidth(firstYear));

      Row row = rowOf(sheet, "IKU-A");
      Cell target = row.getCell(column(sheet, years.get(1)));
      assertThat(target.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(target.getNumericCellValue())
          .isEqualTo(a.target(masterplan.startYear() + 1).orElseThrow().doubleValue());
      assertThat(row.getCell(column(sheet, "Nilai awal")).getNumericCellValue()).isEqualTo(40.5);
      assertThat(row.getCell(column(sheet, "Tahun awal")).getCellType())
          .isEqualTo(CellType.NUMERIC);
      assertThat(cell(sheet, "IKU-A", "Sasaran")).isEqualTo("S1.1");
      assertThat(cell(sheet, "IKU-B", "Sasaran")).isEqualTo(Long.toString(plan.codelessGoal()));
      assertThat(cell(sheet, "IKU-A", "OPD")).isEqualTo(plan.region().opd().abbreviation());
      assertThat(cell(sheet, "IKU-A", "IKU")).isEqualTo("ya");
      assertThat(cell(sheet, "IKU-A", "Level")).isEqualTo("dampak");

      Sheet help = book.getSheetAt(1);
      assertThat(help.getSheetName()).isEqualTo("Petunjuk");
      String text = sheetText(help);
      assertThat(text)
          .contains("positif / positive | POSITIVE")
          .contains("keluaran / output | OUTPUT")
          .contains(plan.goal() + " | T1 | Tujuan | Butir T1")
          .contains(plan.target() + " | S1.1 | Sasaran | Butir S1.1")
          .contains(plan.codelessGoal() + " |  | Tujuan")
          .contains(plan.region().opd().abbreviation())
          .doesNotContain("Butir M1");
    }
  }

  @Test
  void aMasterplanWithoutIndicatorsExportsTheEmptyTemplate() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());

    byte[] xlsx = workbook.export(region.id(), plan, Locale.forLanguageTag("id"));

    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
      assertThat(headers(book.getSheetAt(0))).contains("Kode", "Target akhir");
    }
    assertThatThrownBy(() -> workbook.importFile(region.id(), plan, "indikator.xlsx", xlsx))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ImportProblem::messageKey)
                    .containsExactly("shared.import.noRows"));
  }

  @Test
  void theImportPageShowsEachProblemAndAfterSuccessTheCountsAndWarnings() throws Exception {
    Plan plan = plan();
    String base = "/masterplans/" + plan.id() + "/indicators/import";
    String page =
        mvc.perform(get(base).param("lang", "en").with(plan.region().as(Role.EDITOR).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("Import indicators")
        .contains("/masterplans/" + plan.id() + "/indicators/export");

    String bad = "kode,nama,satuan,polaritas,sasaran\nX-1,Nama,persen,naik,S1.1\n";
    String rejected =
        mvc.perform(pageImport(plan, bad).param("lang", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(rejected)
        .contains("was not imported: 1 problem(s)")
        .contains("<td>2</td>")
        .contains("<td>polaritas</td>")
        .contains("Unknown polarity &quot;naik&quot;");
    assertThat(indicators.findByCode(plan.regionId(), plan.id(), "X-1")).isEmpty();

    String good =
        "kode,nama,satuan,polaritas,sasaran,tahun awal,nilai awal,%d\nX-1,Nama,persen,positif,S1.1,2023,50,40\n"
            .formatted(plan.masterplan().startYear());
    mvc.perform(pageImport(plan, good).param("lang", "en"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/masterplans/" + plan.id() + "/indicators"))
        .andExpect(flash().attribute("flash", Matchers.containsString("1 indicator(s) added")))
        .andExpect(
            flash()
                .attribute(
                    "importWarnings",
                    Matchers.hasItem(
                        Matchers.allOf(
                            Matchers.startsWith("Row 2 (X-1)"),
                            Matchers.containsString("positive")))));
    assertThat(indicators.findByCode(plan.regionId(), plan.id(), "X-1")).isPresent();
  }

  // ---- helpers ----

  private RequestBuilder apiImport(Plan plan, String filename, byte[] content) {
    return multipart("/api/v1/masterplans/" + plan.id() + "/indicators/import")
        .file(new MockMultipartFile("file", filename, "text/csv", content))
        .header("Accept-Language", "en")
        .with(plan.region().as(Role.EDITOR).bearer());
  }

  private MockMultipartHttpServletRequestBuilder pageImport(Plan plan, String csv) {
    return multipart("/masterplans/" + plan.id() + "/indicators/import")
        .file(
            new MockMultipartFile(
                "file", "indikator.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
        .with(plan.region().as(Role.EDITOR).user())
        .with(csrf());
  }

  private interface SheetEdit {
    void apply(Sheet sheet) throws Exception;
  }

  private static byte[] edit(byte[] xlsx, SheetEdit edit) throws Exception {
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      edit.apply(book.getSheetAt(0));
      book.write(out);
      return out.toByteArray();
    }
  }

  private static List<String> headers(Sheet sheet) {
    DataFormatter formatter = new DataFormatter();
    List<String> headers = new ArrayList<>();
    for (Cell cell : sheet.getRow(0)) {
      headers.add(formatter.formatCellValue(cell));
    }
    return headers;
  }

  private static int column(Sheet sheet, String header) {
    int index = headers(sheet).indexOf(header);
    assertThat(index).as("column " + header).isNotNegative();
    return index;
  }

  private static Row rowOf(Sheet sheet, String code) {
    for (Row row : sheet) {
      if (row.getRowNum() > 0 && code.equals(row.getCell(0).getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no row " + code);
  }

  private static String cell(Sheet sheet, String code, String header) {
    Cell cell = rowOf(sheet, code).getCell(column(sheet, header));
    return cell == null ? null : new DataFormatter().formatCellValue(cell);
  }

  /** Every row of the sheet as its cells joined by | , one row per line. */
  private static String sheetText(Sheet sheet) {
    DataFormatter formatter = new DataFormatter();
    StringBuilder text = new StringBuilder();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.getLastCellNum(); c++) {
        Cell cell = row.getCell(c);
        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
      }
      text.append(String.join(" | ", cells)).append('\n');
    }
    return text.toString();
  }
}
