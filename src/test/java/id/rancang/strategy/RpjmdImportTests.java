package id.rancang.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.shared.tabular.ImportProblem;
import id.rancang.shared.tabular.ImportRejectedException;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

@RancangIntegrationTest
class RpjmdImportTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired RpjmdPlan plan;

  @Test
  void aFileWithGoodAndBadRowsImportsNothingAndNamesEveryBadRowWithItsColumn() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    String csv =
        """
        jenis,kode,induk,pernyataan
        MISI,M1,,Tata kelola pemerintahan yang bersih
        TUJUAN,T1.1,M1,Pelayanan publik yang prima
        SASARAN,S1.1.1,T1.1,Meningkatnya kepuasan masyarakat
        VISI,V1,,Visi bukan butir
        TUJUAN,T1.2,,Tujuan tanpa induk
        SASARAN,S1.1.2,M1,Sasaran di bawah misi
        TUJUAN,t1.1,M1,Kode ganda
        SASARAN,S2.1.1,T2.1,Induk yang baru muncul nanti
        MISI,M2,,
        TUJUAN,T2.1,M2,Tujuan misi kedua
        SASARAN,S9,X9,Induk tak dikenal
        MISI,M 3,,Kode dengan spasi
        MISI,M4,M1,Misi dengan induk
        """;

    mvc.perform(importRequest(region, masterplan, "rpjmd.csv", csv))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors.length()").value(9))
        .andExpect(
            jsonPath("$.errors[*].row").value(Matchers.contains(5, 6, 7, 8, 9, 10, 12, 13, 14)))
        .andExpect(error(0, 5, "jenis", "VISI"))
        .andExpect(error(1, 6, "induk", "A goal must belong to a mission"))
        .andExpect(error(2, 7, "induk", "A target must belong to a goal"))
        .andExpect(error(3, 8, "kode", "already in row 3"))
        .andExpect(error(4, 9, "induk", "only comes in row 11"))
        .andExpect(error(5, 10, "pernyataan", "Required"))
        .andExpect(error(6, 12, "induk", "X9"))
        .andExpect(error(7, 13, "kode", "without spaces"))
        .andExpect(error(8, 14, "induk", "A mission has no parent"));
    // row 11 is fine: its parent M2 (row 10) has a known kind and code, only its statement is bad

    assertThat(plan.items(region.id(), masterplan)).isEmpty();
  }

  @Test
  void reImportingExistingCodesUpdatesThemInsteadOfAddingDuplicates() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    String first =
        """
        jenis;kode;induk;pernyataan
        MISI;M1;;Tata kelola pemerintahan yang bersih
        TUJUAN;T1.1;M1;Pelayanan publik yang prima
        SASARAN;S1.1.1;T1.1;Meningkatnya kepuasan masyarakat
        """;
    mvc.perform(importRequest(region, masterplan, "rpjmd.csv", first))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(3))
        .andExpect(jsonPath("$.updated").value(0));

    // English headers and kinds; the parent of S1.1.1 is a new goal of this file
    String second =
        """
        kind,code,parent,statement
        mission,m1,,Tata kelola pemerintahan yang bersih dan akuntabel
        GOAL,T1.1,M1,Pelayanan publik yang prima
        goal,T1.2,m1,Birokrasi yang ramping
        target,S1.1.1,T1.2,Meningkatnya kepuasan masyarakat
        """;
    mvc.perform(importRequest(region, masterplan, "rpjmd.csv", second))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1))
        .andExpect(jsonPath("$.updated").value(2))
        .andExpect(jsonPath("$.unchanged").value(1));

    List<RpjmdItem> items = plan.items(region.id(), masterplan);
    assertThat(items).extracting(RpjmdItem::code).containsExactly("m1", "T1.1", "T1.2", "S1.1.1");
    Map<String, RpjmdItem> byCode =
        items.stream().collect(Collectors.toMap(RpjmdItem::code, Function.identity()));
    assertThat(byCode.get("m1").statement()).endsWith("dan akuntabel");
    assertThat(byCode.get("m1").version()).isEqualTo(1);
    assertThat(byCode.get("T1.1").version()).isZero();
    assertThat(byCode.get("S1.1.1").parentId()).isEqualTo(byCode.get("T1.2").id());

    // a kind cannot change through an import, and the refusal changes nothing
    String third =
        """
        jenis,kode,induk,pernyataan
        SASARAN,M1,T1.2,Misi jadi sasaran
        SASARAN,S1.2.1,T1.2,Sasaran baru di bawah tujuan yang tersimpan
        """;
    mvc.perform(importRequest(region, masterplan, "rpjmd.csv", third))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(error(0, 2, "jenis", "another kind (MISSION)"));
    assertThat(plan.items(region.id(), masterplan)).hasSize(4);
  }

  @Test
  void anXlsxFileIsReadLikeACsvFile() throws IOException {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    byte[] xlsx =
        xlsx(
            List.of("Jenis", "Kode", "Induk", "Pernyataan"),
            List.of("Misi", "M1", "", "Tata kelola pemerintahan yang bersih"),
            List.of("Tujuan", "T1.1", "M1", "Pelayanan publik yang prima"));

    RpjmdImportSummary summary = plan.importFile(region.id(), masterplan, "rpjmd.xlsx", xlsx);

    assertThat(summary).isEqualTo(new RpjmdImportSummary(2, 0, 0));
    List<RpjmdItem> items = plan.items(region.id(), masterplan);
    assertThat(items)
        .extracting(RpjmdItem::kind)
        .containsExactly(RpjmdItemKind.MISSION, RpjmdItemKind.GOAL);
    assertThat(items.get(1).parentId()).isEqualTo(items.get(0).id());
  }

  @Test
  void aFileWithoutDataRowsOrWithMissingColumnsIsRejected() {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    byte[] headerOnly = "jenis,kode,induk,pernyataan\n".getBytes(StandardCharsets.UTF_8);
    byte[] noStatement = "jenis,kode\nMISI,M1\n".getBytes(StandardCharsets.UTF_8);

    assertThat(rejection(region, masterplan, headerOnly))
        .extracting(ImportProblem::messageKey)
        .containsExactly("shared.import.noRows");
    assertThat(rejection(region, masterplan, noStatement))
        .containsExactly(ImportProblem.of(2, "pernyataan", "shared.validation.required"));
    assertThat(plan.items(region.id(), masterplan)).isEmpty();
  }

  private List<ImportProblem> rejection(TestRegion region, long masterplan, byte[] csv) {
    try {
      plan.importFile(region.id(), masterplan, "rpjmd.csv", csv);
    } catch (ImportRejectedException e) {
      return e.problems();
    }
    throw new AssertionError("the file was imported");
  }

  private static org.springframework.test.web.servlet.ResultMatcher error(
      int index, int row, String column, String text) {
    return result -> {
      jsonPath("$.errors[" + index + "].row").value(row).match(result);
      jsonPath("$.errors[" + index + "].column").value(column).match(result);
      jsonPath("$.errors[" + index + "].message")
          .value(Matchers.containsString(text))
          .match(result);
    };
  }

  @SafeVarargs
  private static byte[] xlsx(List<String>... rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("RPJMD");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].size(); c++) {
          row.createCell(c).setCellValue(rows[r].get(c));
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private RequestBuilder importRequest(
      TestRegion region, long masterplan, String filename, String csv) {
    return multipart("/api/v1/masterplans/" + masterplan + "/rpjmd/import")
        .file(
            new MockMultipartFile(
                "file", filename, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
        .header("Accept-Language", "en")
        .with(region.as(Role.EDITOR).bearer());
  }
}
