package id.rancang.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@RancangIntegrationTest
class OpdImportTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired OpdDirectory opds;

  @Test
  void aFileWithOneBadRowImportsNothingAndNamesEveryProblem() throws Exception {
    TestRegion region = fixtures.newRegion();
    long before = opds.all(region.id()).size();
    String csv =
        """
        nama,singkatan,email
        Dinas Kesehatan,Dinkes,dinkes@tegalkab.go.id
        Dinas Perhubungan,,dishub@tegalkab.go.id
        Dinas Sosial,Dinsos,bukan-email
        Dinas Kesehatan Hewan,Dinkes,
        """;

    mvc.perform(importRequest(region, "opd.csv", csv.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors.length()").value(3))
        .andExpect(jsonPath("$.errors[0].row").value(3))
        .andExpect(jsonPath("$.errors[0].column").value("singkatan"))
        .andExpect(jsonPath("$.errors[0].message").value("Required."))
        .andExpect(jsonPath("$.errors[1].row").value(4))
        .andExpect(jsonPath("$.errors[1].column").value("email"))
        .andExpect(jsonPath("$.errors[2].row").value(5))
        .andExpect(
            jsonPath("$.errors[2].message")
                .value("The same value is already in row 2 of this file."));

    assertThat(opds.all(region.id())).hasSize((int) before);
  }

  @Test
  void aGoodCsvFileAddsNewOpdAndUpdatesThoseWhoseAbbreviationExists() throws Exception {
    TestRegion region = fixtures.newRegion();
    String existing = region.opd().abbreviation();
    String csv =
        "name;abbreviation;head\nDinas Baru Sekali;DBS;Ibu Kepala\nDinas Lama Berganti Nama;"
            + existing
            + ";Bapak Kepala\n";

    mvc.perform(importRequest(region, "opd.csv", csv.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1))
        .andExpect(jsonPath("$.updated").value(1));

    assertThat(opds.get(region.id(), region.opd().id()).name())
        .isEqualTo("Dinas Lama Berganti Nama");
    assertThat(opds.all(region.id())).extracting(Opd::abbreviation).contains("DBS");
  }

  @Test
  void anXlsxFileIsImportedLikeACsvFile() throws Exception {
    TestRegion region = fixtures.newRegion();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("OPD");
      String[][] rows = {
        {"Nama", "Singkatan", "Kepala"},
        {"Dinas Lingkungan Hidup", "DLH", "Kepala DLH"},
        {"Dinas Perhubungan", "Dishub", ""}
      };
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          sheet.createRow(r);
        }
        for (int c = 0; c < rows[r].length; c++) {
          sheet.getRow(r).createCell(c).setCellValue(rows[r][c]);
        }
      }
      workbook.write(out);
    }

    mvc.perform(importRequest(region, "opd.xlsx", out.toByteArray()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(2));

    assertThat(opds.all(region.id()))
        .filteredOn(o -> o.abbreviation().equals("DLH"))
        .singleElement()
        .satisfies(o -> assertThat(o.headName()).isEqualTo("Kepala DLH"));
  }

  @Test
  void anOpdOfAnotherRegionIsNotFoundEvenThroughOnesOwnRegionPath() throws Exception {
    TestRegion mine = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();

    mvc.perform(
            get("/api/v1/regions/" + mine.code() + "/opds/" + other.opd().id())
                .with(mine.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isNotFound());
  }

  private org.springframework.test.web.servlet.RequestBuilder importRequest(
      TestRegion region, String filename, byte[] content) {
    return multipart("/api/v1/regions/" + region.code() + "/opds/import")
        .file(new MockMultipartFile("file", filename, "application/octet-stream", content))
        .header("Accept-Language", "en")
        .with(region.as(Role.EDITOR).bearer());
  }
}
