package id.rancang.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TabularReaderTests {

  @Test
  void readsCommaSeparatedCsvWithRowNumbersAsTheUserSeesThem() {
    List<TabularRow> rows =
        TabularReader.read(
            "opd.csv",
            "Nama,Singkatan\nDinas Kesehatan,Dinkes\n\nDinas Perhubungan,Dishub\n"
                .getBytes(StandardCharsets.UTF_8));

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).number()).isEqualTo(2);
    assertThat(rows.get(0).get("nama")).isEqualTo("Dinas Kesehatan");
    assertThat(rows.get(1).number()).isEqualTo(4);
    assertThat(rows.get(1).get("SINGKATAN")).isEqualTo("Dishub");
  }

  @Test
  void readsSemicolonSeparatedCsvWithByteOrderMarkAsExcelSavesIt() {
    byte[] content =
        "\uFEFFnama;singkatan\n\"Dinas Koperasi, UKM dan Perdagangan\";Dinkop\n"
            .getBytes(StandardCharsets.UTF_8);

    List<TabularRow> rows = TabularReader.read("opd.csv", content);

    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("nama")).isEqualTo("Dinas Koperasi, UKM dan Perdagangan");
              assertThat(r.get("singkatan")).isEqualTo("Dinkop");
            });
  }

  @Test
  void readsTheFirstSheetOfAnXlsxFile() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("OPD");
      sheet.createRow(0).createCell(0).setCellValue("nama");
      sheet.getRow(0).createCell(1).setCellValue("jumlah");
      sheet.createRow(1).createCell(0).setCellValue("Dinas Kesehatan");
      sheet.getRow(1).createCell(1).setCellValue(42);
      workbook.write(out);
    }

    List<TabularRow> rows = TabularReader.read("opd.xlsx", out.toByteArray());

    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.number()).isEqualTo(2);
              assertThat(r.get("nama")).isEqualTo("Dinas Kesehatan");
              assertThat(r.get("jumlah")).isEqualTo("42");
            });
  }

  @Test
  void anEmptyFileIsRejectedWithAReason() {
    assertThatThrownBy(() -> TabularReader.read("opd.csv", new byte[0]))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ImportProblem::messageKey)
                    .containsExactly("shared.import.empty"));
  }

  @Test
  void aBrokenXlsxFileIsRejectedAsUnreadable() {
    assertThatThrownBy(
            () ->
                TabularReader.read(
                    "opd.xlsx", "PK not really a zip".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ImportProblem::messageKey)
                    .containsExactly("shared.import.unreadable"));
  }

  @Test
  void otherFileTypesAreRefused() {
    assertThatThrownBy(() -> TabularReader.read("opd.pdf", "%PDF".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ImportProblem::messageKey)
                    .containsExactly("shared.import.unsupportedType"));
  }

  @Test
  void numbersOfAnXlsxFileAreReadInFullAndFormulasGiveTheirSavedResult() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Data");
      String[] headers = {"besar", "presisi", "rumus", "persen"};
      var header = sheet.createRow(0);
      for (int c = 0; c < headers.length; c++) {
        header.createCell(c).setCellValue(headers[c]);
      }
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue(30_000_000_000_000d);
      row.createCell(1).setCellValue(1234567.1234);
      var formula = row.createCell(2);
      formula.setCellFormula("B2*2");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
      var percent = row.createCell(3);
      percent.setCellValue(0.725);
      var style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
      percent.setCellStyle(style);
      workbook.write(out);
    }

    TabularRow row = TabularReader.read("data.xlsx", out.toByteArray()).get(0);

    assertThat(row.get("besar")).isEqualTo("30000000000000");
    assertThat(row.get("presisi")).isEqualTo("1234567.1234");
    assertThat(row.get("rumus")).isEqualTo("2469134.2468");
    // a number with a format of its own is read as the user sees it
    assertThat(row.get("persen")).isEqualTo("72.5%");
  }
}
