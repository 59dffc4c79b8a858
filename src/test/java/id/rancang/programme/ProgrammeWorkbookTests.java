package id.rancang.programme;

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
import id.rancang.region.OpdDirectory;
import id.rancang.region.PentahelixRole;
import id.rancang.region.StakeholderCommand;
import id.rancang.region.StakeholderKind;
import id.rancang.region.StakeholderRegister;
import id.rancang.shared.tabular.ImportProblem;
import id.rancang.shared.tabular.ImportRejectedException;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import id.rancang.strategy.IndicatorRegister;
import id.rancang.strategy.StrategyItemKind;
import id.rancang.strategy.StrategyTree;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.StrategyFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@RancangIntegrationTest
class ProgrammeWorkbookTests {

  private static final String XLSX = ProgrammeWorkbook.CONTENT_TYPE;

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired StrategyFixtures strategy;
  @Autowired ProgrammeWorkbook workbook;
  @Autowired ProgrammePortfolio portfolio;
  @Autowired ActionPlan actions;
  @Autowired MasterplanManagement masterplans;
  @Autowired OpdDirectory opds;
  @Autowired StakeholderRegister stakeholders;
  @Autowired StrategyTree tree;
  @Autowired IndicatorRegister indicators;

  /**
   * A region's masterplan (2024-2033) with what programmes refer to: the OPD KOMINFO, the
   * stakeholders Universitas Pancasakti (academia) and Bank Jateng (business), mission M1, goal T1,
   * target S1.1 and indicator IKU-1 of S1.1.
   */
  record World(TestRegion region, Masterplan masterplan, long kominfo, long campus, long bank) {
    long id() {
      return masterplan.id();
    }

    long regionId() {
      return region.id();
    }
  }

  private World world() {
    TestRegion region = fixtures.newRegion();
    Masterplan masterplan = masterplans.get(region.id(), fixtures.createMasterplan(region.id()));
    long kominfo = fixtures.createOpd(region.id(), "Dinas Komunikasi dan Informatika", "KOMINFO");
    long campus = organisation(region.id(), "Universitas Pancasakti", PentahelixRole.ACADEMIA);
    long bank = organisation(region.id(), "Bank Jateng", PentahelixRole.BUSINESS);
    long id = masterplan.id();
    long mission = strategy.createCodedItem(region.id(), id, StrategyItemKind.MISSION, null, "M1");
    long goal = strategy.createCodedItem(region.id(), id, StrategyItemKind.GOAL, mission, "T1");
    long target = strategy.createCodedItem(region.id(), id, StrategyItemKind.TARGET, goal, "S1.1");
    strategy.createIndicatorWithTargets(region.id(), id, target, kominfo, "IKU-1", 2025, 2030);
    return new World(region, masterplan, kominfo, campus, bank);
  }

  private long organisation(long regionId, String name, PentahelixRole role) {
    return stakeholders
        .create(
            regionId,
            new StakeholderCommand(
                StakeholderKind.ORGANISATION, name, role, name, null, null, null, false, null),
            "test")
        .id();
  }

  /**
   * Two programmes with every part filled: MPP-DIGITAL (running, with partners, budget, risks,
   * contributions and two actions) and the quick win DOLAN, which depends on MPP-DIGITAL (and comes
   * first in the file, so the import meets the dependency before the programme).
   */
  private void portfolioOf(World w) {
    long target =
        tree.items(w.regionId(), w.id()).stream()
            .filter(i -> "S1.1".equals(i.code()))
            .findFirst()
            .orElseThrow()
            .id();
    long indicator = indicators.findByCode(w.regionId(), w.id(), "IKU-1").orElseThrow().id();
    Programme mpp =
        portfolio
            .create(
                w.regionId(),
                w.id(),
                new ProgrammeCommand(
                    "MPP-DIGITAL",
                    "Mal Pelayanan Publik Digital",
                    Dimension.GOVERNANCE,
                    Element.PUBLIC_SERVICE,
                    "Antrean panjang di loket perizinan",
                    "Satu portal untuk semua layanan perizinan",
                    "Warga mengurus izin dari rumah",
                    "Lebih sedikit perjalanan ke kantor",
                    Horizon.MEDIUM,
                    2025,
                    2027,
                    w.kominfo(),
                    false,
                    "2.16.02",
                    "2.16.02.2.01",
                    "2.16.02.2.01.0001",
                    List.of(
                        new Partner(w.campus(), PentahelixRole.ACADEMIA, "Kajian kebutuhan"),
                        new Partner(w.bank(), PentahelixRole.BUSINESS, null)),
                    List.of(new Contribution(target, "Mendukung 30% layanan daring")),
                    List.of(new Contribution(indicator, "+10 poin")),
                    List.of(
                        new BudgetItem(2025, "APBD", new BigDecimal("1500000000")),
                        new BudgetItem(2026, "DAK", new BigDecimal("750000000.50"))),
                    List.of(),
                    List.of(
                        new Risk("Server padam", 2, 4, "Cadangan di cloud"),
                        new Risk("Pegawai enggan berubah", 3, 3, null))))
            .programme();
    portfolio.changeStatus(
        w.regionId(), w.id(), mpp.id(), ProgrammeStatus.RUNNING, null, mpp.version());
    actions.add(
        w.regionId(),
        mpp.id(),
        new ActionCommand(
            ActionCategory.POLICY_INSTITUTION,
            "Perbup MPP Digital",
            2025,
            1,
            w.kominfo(),
            "Perbup ditetapkan",
            new BigDecimal("50000000"),
            ActionStatus.DONE,
            100));
    actions.add(
        w.regionId(),
        mpp.id(),
        new ActionCommand(
            ActionCategory.INFRASTRUCTURE,
            "Pengadaan server",
            2026,
            null,
            null,
            null,
            null,
            ActionStatus.RUNNING,
            40));
    portfolio.create(
        w.regionId(),
        w.id(),
        new ProgrammeCommand(
            "DOLAN",
            "UMKM Go Digital",
            Dimension.ECONOMY,
            Element.WELFARE,
            null,
            null,
            null,
            null,
            Horizon.QUICK_WIN,
            2026,
            2026,
            null,
            true,
            null,
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(mpp.id()),
            List.of()));
  }

  @Test
  void aWorkbookExportedFromOneRegionImportsIntoAnotherAsTheSameProgrammes() {
    World source = world();
    portfolioOf(source);
    World other = world();

    byte[] xlsx =
        workbook.export(source.regionId(), source.id(), Locale.forLanguageTag("id"), true);
    ProgrammeImportSummary summary =
        workbook.importFile(other.regionId(), other.id(), "program.xlsx", xlsx);

    assertThat(summary.created()).isEqualTo(2);
    assertThat(summary.updated()).isZero();
    assertThat(summary.actionsAdded()).isEqualTo(2);
    List<String> copied = describe(other);
    assertThat(copied).isEqualTo(describe(source));
    // the comparison is about real content, resolved in the other region
    assertThat(String.join("\n", copied))
        .contains("MPP-DIGITAL|Mal Pelayanan Publik Digital|GOVERNANCE|PUBLIC_SERVICE")
        .contains("lead=KOMINFO")
        .contains("Universitas Pancasakti:ACADEMIA:Kajian kebutuhan")
        .contains("2026:DAK:750000000.5")
        .contains("S1.1:Mendukung 30% layanan daring")
        .contains("IKU-1:+10 poin")
        .contains("status=RUNNING")
        .contains("DOLAN|UMKM Go Digital|ECONOMY|WELFARE")
        .contains("dependsOn=[MPP-DIGITAL]")
        .contains("POLICY_INSTITUTION:Perbup MPP Digital:2025:1:KOMINFO:Perbup ditetapkan")
        .contains("INFRASTRUCTURE:Pengadaan server:2026:null:-:null:null:RUNNING:40");
    Programme dolan = portfolio.findByCode(other.regionId(), other.id(), "DOLAN").orElseThrow();
    Programme mpp = portfolio.findByCode(other.regionId(), other.id(), "MPP-DIGITAL").orElseThrow();
    assertThat(dolan.dependsOn()).containsExactly(mpp.id());
    assertThat(mpp.leadOpdId()).isEqualTo(other.kominfo());
    assertThat(mpp.partners()).extracting(Partner::stakeholderId).contains(other.campus());
  }

  @Test
  void reimportingTheWorkbookUpdatesTheProgrammesInsteadOfDuplicatingThem() throws Exception {
    World w = world();
    portfolioOf(w);
    Programme before = portfolio.findByCode(w.regionId(), w.id(), "MPP-DIGITAL").orElseThrow();
    List<PlannedAction> actionsBefore = actions.actions(w.regionId(), before.id());
    byte[] xlsx = workbook.export(w.regionId(), w.id(), Locale.forLanguageTag("id"), true);

    ProgrammeImportSummary same = workbook.importFile(w.regionId(), w.id(), "program.xlsx", xlsx);
    assertThat(same.created()).isZero();
    assertThat(same.updated()).isZero();
    assertThat(same.unchanged()).isEqualTo(2);
    assertThat(same.actionsAdded() + same.actionsChanged() + same.actionsRemoved()).isZero();
    assertThat(portfolio.findByCode(w.regionId(), w.id(), "MPP-DIGITAL")).contains(before);

    byte[] edited =
        edit(
            xlsx,
            book -> {
              Sheet programmes = book.getSheet("Program");
              cellOf(programmes, "MPP-DIGITAL", "Nama").setCellValue("MPP Digital Tegal");
              Row copy = programmes.createRow(programmes.getLastRowNum() + 1);
              copy.createCell(column(programmes, "Kode")).setCellValue("SATU-DATA");
              copy.createCell(column(programmes, "Nama")).setCellValue("Satu Data Daerah");
              copy.createCell(column(programmes, "Dimensi")).setCellValue("GOVERNANCE");
              copy.createCell(column(programmes, "Horizon")).setCellValue("MEDIUM");
              copy.createCell(column(programmes, "Tahun mulai")).setCellValue(2025);
              copy.createCell(column(programmes, "Tahun selesai")).setCellValue(2026);
              removeRow(book.getSheet("Anggaran"), "MPP-DIGITAL", "Sumber dana", "DAK");
              removeRow(book.getSheet("Rencana aksi"), "MPP-DIGITAL", "Aksi", "Pengadaan server");
              cellOf(book.getSheet("Rencana aksi"), "MPP-DIGITAL", "Keluaran")
                  .setCellValue("Perbup No. 12/2025");
            });
    ProgrammeImportSummary summary =
        workbook.importFile(w.regionId(), w.id(), "program.xlsx", edited);

    assertThat(summary.created()).isEqualTo(1);
    assertThat(summary.updated()).isEqualTo(1);
    assertThat(summary.unchanged()).isEqualTo(1);
    assertThat(summary.actionsChanged()).isEqualTo(1);
    assertThat(summary.actionsRemoved()).isEqualTo(1);
    assertThat(summary.actionsAdded()).isZero();
    Programme after = portfolio.findByCode(w.regionId(), w.id(), "MPP-DIGITAL").orElseThrow();
    assertThat(after.id()).isEqualTo(before.id());
    assertThat(after.name()).isEqualTo("MPP Digital Tegal");
    assertThat(after.budget()).extracting(BudgetItem::source).containsExactly("APBD");
    assertThat(after.partners()).hasSize(2);
    assertThat(after.risks()).hasSize(2);
    assertThat(after.status()).isEqualTo(ProgrammeStatus.RUNNING);
    List<PlannedAction> actionsAfter = actions.actions(w.regionId(), before.id());
    assertThat(actionsAfter).hasSize(1);
    // the kept action is the same record (same id), updated in place
    assertThat(actionsAfter.get(0).id()).isEqualTo(actionsBefore.get(0).id());
    assertThat(actionsAfter.get(0).deliverable()).isEqualTo("Perbup No. 12/2025");
    assertThat(actionsAfter.get(0).progress()).isEqualTo(100);
    assertThat(
            portfolio
                .search(
                    w.regionId(),
                    w.id(),
                    ProgrammeFilter.none(),
                    new id.rancang.shared.PageRequest(0, 50))
                .items())
        .extracting(ProgrammeSummary::code)
        .containsExactlyInAnyOrder("DOLAN", "MPP-DIGITAL", "SATU-DATA");
  }

  @Test
  void aFileWithGoodAndBadRowsSavesNothingAndNamesEachProblemBySheetRowAndColumn()
      throws Exception {
    World w = world();
    byte[] xlsx =
        workbookOf(
            sheet(
                "Program",
                List.of(
                    "Kode",
                    "Nama",
                    "Dimensi",
                    "Elemen",
                    "Horizon",
                    "Tahun mulai",
                    "Tahun selesai",
                    "OPD pengampu",
                    "Bergantung pada"),
                List.of(
                    "BARU-1",
                    "Program baik",
                    "GOVERNANCE",
                    "PUBLIC_SERVICE",
                    "MEDIUM",
                    2025,
                    2027,
                    "KOMINFO",
                    ""),
                List.of("BARU-2", "Dimensi salah", "SMART_KOTA", "", "MEDIUM", 2025, 2026, "", ""),
                List.of(
                    "BARU-3", "Di luar periode", "LIVING", "HEALTH", "MEDIUM", 2040, 2041, "", ""),
                List.of(
                    "BARU-4", "Elemen lain", "LIVING", "TOURISM", "QUICK_WIN", 2025, 2025, "", ""),
                List.of(
                    "BARU-5",
                    "Tak dikenal",
                    "ECONOMY",
                    "",
                    "MEDIUM",
                    2025,
                    2026,
                    "DINAS-X",
                    "BARU-9"),
                List.of(
                    "BARU-6",
                    "Anggaran minus",
                    "GOVERNANCE",
                    "",
                    "MEDIUM",
                    2025,
                    2026,
                    "",
                    "BARU-1")),
            sheet(
                "Anggaran",
                List.of("Kode program", "Tahun", "Sumber dana", "Jumlah (Rp)"),
                List.of("BARU-6", 2025, "APBD", -5000),
                List.of("BARU-1", 2026, "HIBAH", 1000),
                List.of("BARU-7", 2025, "APBD", 10)),
            sheet(
                "Rencana aksi",
                List.of("Kode program", "Kategori", "Aksi", "Tahun", "Triwulan"),
                List.of("BARU-1", "INFRASTRUCTURE", "Server", 2025, 5)));

    String answer =
        mvc.perform(apiImport(w, "program.xlsx", xlsx))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    List<Map<String, Object>> errors = JsonPath.read(answer, "$.errors");
    assertThat(errors)
        .extracting(e -> e.get("sheet") + " | " + e.get("row") + " | " + e.get("column"))
        .containsExactly(
            "Program | 3 | dimensi",
            "Program | 4 | tahun mulai",
            "Program | 4 | tahun selesai",
            "Program | 5 | elemen",
            "Program | 6 | opd pengampu",
            "Program | 6 | bergantung pada",
            "Anggaran | 2 | jumlah (rp)",
            "Anggaran | 3 | sumber dana",
            "Anggaran | 4 | kode program",
            "Rencana aksi | 2 | triwulan");
    assertThat(errors)
        .extracting(e -> e.get("message").toString())
        .satisfiesExactly(
            m -> assertThat(m).contains("\"SMART_KOTA\""),
            m -> assertThat(m).contains("2040", "outside the masterplan period 2024-2033"),
            m -> assertThat(m).contains("2041", "outside the masterplan period"),
            m -> assertThat(m).contains("TOURISM", "does not belong"),
            m -> assertThat(m).contains("\"DINAS-X\"", "not known in this region"),
            m -> assertThat(m).contains("BARU-9", "neither in this file nor in the masterplan"),
            m -> assertThat(m).contains("cannot be negative", "-5000"),
            m -> assertThat(m).contains("\"HIBAH\"", "APBD"),
            m -> assertThat(m).contains("BARU-7", "not on the Programmes sheet"),
            m -> assertThat(m).contains("quarter is 1 to 4"));
    // not even the good programme (or BARU-6, which only had a bad budget line) was kept
    assertThat(portfolio.findByCode(w.regionId(), w.id(), "BARU-1")).isEmpty();
    assertThat(portfolio.findByCode(w.regionId(), w.id(), "BARU-6")).isEmpty();
    assertThat(
            portfolio
                .search(
                    w.regionId(),
                    w.id(),
                    ProgrammeFilter.none(),
                    new id.rancang.shared.PageRequest(0, 50))
                .total())
        .isZero();
  }

  @Test
  void aCycleOfDependenciesWithinTheFileIsRefusedOnEachOfItsRows() {
    World w = world();
    byte[] xlsx =
        workbookOf(
            sheet(
                "Programmes",
                List.of(
                    "Code", "Name", "Dimension", "Horizon", "Start year", "End year", "Depends on"),
                List.of("C-A", "Alpha", "SOCIETY", "MEDIUM", 2025, 2026, "C-B"),
                List.of("C-B", "Beta", "SOCIETY", "MEDIUM", 2025, 2026, "c-a"),
                List.of("C-C", "Gamma", "SOCIETY", "MEDIUM", 2025, 2026, "C-A")));

    assertThatThrownBy(() -> workbook.importFile(w.regionId(), w.id(), "programmes.xlsx", xlsx))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(p -> p.sheet() + "|" + p.row() + "|" + p.column())
                  .containsExactly("Programmes|2|depends on", "Programmes|3|depends on");
              assertThat(e.problems())
                  .extracting(ImportProblem::messageKey)
                  .containsOnly("programme.dependency.cycle");
              assertThat(e.problems().get(0).args()).containsExactly("C-A -> C-B -> C-A");
            });
    assertThat(portfolio.findByCode(w.regionId(), w.id(), "C-C")).isEmpty();
  }

  @Test
  void aDependencyThatClosesACycleThroughAnExistingProgrammeIsRefused() {
    World w = world();
    portfolioOf(w); // DOLAN depends on MPP-DIGITAL
    Programme mpp = portfolio.findByCode(w.regionId(), w.id(), "MPP-DIGITAL").orElseThrow();
    String csv =
        "kode,nama,dimensi,horizon,tahun mulai,tahun selesai,bergantung pada\n"
            + "MPP-DIGITAL,Mal Pelayanan Publik Digital,GOVERNANCE,MEDIUM,2025,2027,DOLAN\n";

    assertThatThrownBy(
            () ->
                workbook.importFile(
                    w.regionId(), w.id(), "program.csv", csv.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.sheet()).isNull(); // a CSV file has no sheets
                          assertThat(p.row()).isEqualTo(2);
                          assertThat(p.column()).isEqualTo("bergantung pada");
                          assertThat(p.messageKey()).isEqualTo("programme.dependency.cycle");
                          assertThat(p.args().get(0).toString()).contains("MPP-DIGITAL", "DOLAN");
                        }));
    assertThat(portfolio.findByCode(w.regionId(), w.id(), "MPP-DIGITAL")).contains(mpp);
  }

  @Test
  void anotherRegionsOpdAndStakeholderAreNotResolvedByTheirNames() {
    World w = world();
    TestRegion neighbour = fixtures.newRegion();
    fixtures.createOpd(neighbour.id(), "Dinas Lain Daerah", "DLD");
    organisation(neighbour.id(), "Koperasi Tetangga", PentahelixRole.COMMUNITY);
    byte[] xlsx =
        workbookOf(
            sheet(
                "Program",
                List.of(
                    "Kode",
                    "Nama",
                    "Dimensi",
                    "Horizon",
                    "Tahun mulai",
                    "Tahun selesai",
                    "OPD pengampu"),
                List.of("L-1", "Satu", "LIVING", "MEDIUM", 2025, 2026, "DLD"),
                List.of("L-2", "Dua", "LIVING", "MEDIUM", 2025, 2026, "Dinas Lain Daerah")),
            sheet(
                "Mitra",
                List.of("Kode program", "Pemangku kepentingan", "Peran pentahelix"),
                List.of("L-1", "Koperasi Tetangga", "COMMUNITY")));

    assertThatThrownBy(() -> workbook.importFile(w.regionId(), w.id(), "program.xlsx", xlsx))
        .isInstanceOfSatisfying(
            ImportRejectedException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.sheet() + "|" + p.row() + "|" + p.messageKey())
                    .containsExactly(
                        "Program|2|programme.workbook.opdNotFound",
                        "Program|3|programme.workbook.opdNotFound",
                        "Mitra|2|programme.workbook.stakeholderNotFound"));

    // the same names do resolve once this region has them (its own OPD and stakeholder)
    long own = fixtures.createOpd(w.regionId(), "Dinas Lain Daerah", "DLD");
    long coop = organisation(w.regionId(), "Koperasi Tetangga", PentahelixRole.COMMUNITY);
    assertThat(workbook.importFile(w.regionId(), w.id(), "program.xlsx", xlsx).created())
        .isEqualTo(2);
    Programme one = portfolio.findByCode(w.regionId(), w.id(), "L-1").orElseThrow();
    assertThat(one.leadOpdId()).isEqualTo(own);
    assertThat(one.partners()).extracting(Partner::stakeholderId).containsExactly(coop);
    assertThat(portfolio.findByCode(w.regionId(), w.id(), "L-2").orElseThrow().leadOpdId())
        .isEqualTo(own);
  }

  @Test
  void theWorkbookHasAFrozenBoldHeaderOnEverySheetAndAnInstructionsSheetWithTheCodes()
      throws Exception {
    World w = world();
    portfolioOf(w);

    byte[] xlsx =
        mvc.perform(
                get("/api/v1/masterplans/" + w.id() + "/programmes/export")
                    .header("Accept-Language", "id")
                    .with(w.region().as(Role.PARTICIPANT).bearer()))
            .andExpect(status().isOk())
            .andExpect(content().contentType(XLSX))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        Matchers.containsString("program-" + w.id() + ".xlsx")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();

    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> names = new ArrayList<>();
      book.forEach(s -> names.add(s.getSheetName()));
      assertThat(names)
          .containsExactly(
              "Program", "Mitra", "Anggaran", "Risiko", "Kontribusi", "Rencana aksi", "Petunjuk");
      for (String name : names.subList(0, 6)) {
        Sheet sheet = book.getSheet(name);
        assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        Cell first = sheet.getRow(0).getCell(0);
        assertThat(book.getFontAt(first.getCellStyle().getFontIndex()).getBold()).isTrue();
      }
      Sheet programmes = book.getSheet("Program");
      assertThat(headers(programmes))
          .startsWith("Kode", "Nama", "Dimensi", "Elemen")
          .contains("OPD pengampu", "Quick win", "SIPD sub kegiatan")
          .endsWith("Bergantung pada");
      assertThat(text(cellOf(programmes, "DOLAN", "Bergantung pada"))).isEqualTo("MPP-DIGITAL");
      assertThat(text(cellOf(programmes, "DOLAN", "Quick win"))).isEqualTo("ya");
      assertThat(text(cellOf(programmes, "MPP-DIGITAL", "OPD pengampu"))).isEqualTo("KOMINFO");
      assertThat(cellOf(programmes, "MPP-DIGITAL", "Tahun mulai").getCellType())
          .isEqualTo(CellType.NUMERIC);
      Sheet budget = book.getSheet("Anggaran");
      assertThat(headers(budget))
          .containsExactly("Kode program", "Tahun", "Sumber dana", "Jumlah (Rp)");
      assertThat(budget.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(750000000.5);
      // a participant may not read the stakeholders: partners come as their numbers
      assertThat(text(cellOf(book.getSheet("Mitra"), "MPP-DIGITAL", "Pemangku kepentingan")))
          .isIn(Long.toString(w.campus()), Long.toString(w.bank()));
      assertThat(headers(book.getSheet("Rencana aksi")))
          .containsExactly(
              "Kode program",
              "Kategori",
              "Aksi",
              "Tahun",
              "Triwulan",
              "OPD pelaksana",
              "Keluaran",
              "Anggaran (Rp)",
              "Status",
              "Progres (%)");
      String help = sheetText(book.getSheet("Petunjuk"));
      assertThat(help)
          .contains("PUBLIC_SERVICE | GOVERNANCE |  | Pelayanan Publik")
          .contains("QUICK_WIN")
          .contains("ACADEMIA")
          .contains("POLICY_INSTITUTION")
          .contains("DANA_DESA")
          .contains("KOMINFO |  |  | Dinas Komunikasi dan Informatika")
          .doesNotContain("Universitas Pancasakti")
          .contains("S1.1 | Sasaran")
          .contains("IKU-1")
          .doesNotContain("M1 | Misi");
    }

    byte[] reviewed =
        mvc.perform(
                get("/api/v1/masterplans/" + w.id() + "/programmes/export")
                    .header("Accept-Language", "id")
                    .with(w.region().as(Role.REVIEWER).bearer()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(reviewed))) {
      assertThat(sheetText(book.getSheet("Mitra")))
          .contains("MPP-DIGITAL | Universitas Pancasakti | ACADEMIA | Kajian kebutuhan")
          .contains("MPP-DIGITAL | Bank Jateng | BUSINESS");
      assertThat(sheetText(book.getSheet("Petunjuk")))
          .contains("Universitas Pancasakti | ACADEMIA");
    }

    byte[] english = workbook.export(w.regionId(), w.id(), Locale.ENGLISH, true);
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(english))) {
      assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Programmes");
      assertThat(book.getSheetAt(5).getSheetName()).isEqualTo("Actions");
      assertThat(headers(book.getSheetAt(0))).contains("Code", "Lead OPD", "Depends on");
    }
    assertThat(workbook.importFile(w.regionId(), w.id(), "programmes.xlsx", english).unchanged())
        .isEqualTo(2);
  }

  @Test
  void theImportPageExplainsTheRulesListsEachProblemAndSummarisesASuccess() throws Exception {
    World w = world();
    String base = "/masterplans/" + w.id() + "/programmes";
    String catalogue =
        mvc.perform(get(base).param("lang", "en").with(w.region().as(Role.EDITOR).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(catalogue).contains(base + "/export").contains(base + "/import");
    String readOnly =
        mvc.perform(get(base).param("lang", "en").with(w.region().as(Role.PARTICIPANT).user()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(readOnly).contains(base + "/export").doesNotContain(base + "/import");

    String page =
        mvc.perform(
                get(base + "/import").param("lang", "en").with(w.region().as(Role.EDITOR).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page)
        .contains("Import programmes from Excel")
        .contains("All or nothing")
        .contains("An action with the same category and title as before is updated")
        .contains(base + "/export");

    byte[] bad =
        workbookOf(
            sheet(
                "Programmes",
                List.of("Code", "Name", "Dimension", "Horizon", "Start year", "End year"),
                List.of("P-1", "Satu", "LIVING", "SOMEDAY", 2025, 2026)));
    String rejected =
        mvc.perform(pageImport(w, bad).param("lang", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(rejected)
        .contains("was not imported: 1 problem(s)")
        .contains("<td data-label=\"Sheet\">Programmes</td>")
        .contains("<td data-label=\"Row\">2</td>")
        .contains("<td data-label=\"Column\">horizon</td>")
        .contains("Unknown horizon &quot;SOMEDAY&quot;");
    assertThat(portfolio.findByCode(w.regionId(), w.id(), "P-1")).isEmpty();

    byte[] good =
        workbookOf(
            sheet(
                "Programmes",
                List.of("Code", "Name", "Dimension", "Horizon", "Start year", "End year"),
                List.of("P-1", "Satu", "LIVING", "LONG", 2025, 2026)),
            sheet(
                "Actions",
                List.of("Programme code", "Category", "Action", "Year"),
                List.of("P-1", "APPLICATION_LITERACY", "Pelatihan literasi digital", 2025)));
    mvc.perform(pageImport(w, good).param("lang", "en"))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl(base + "/import"))
        .andExpect(flash().attribute("flash", Matchers.containsString("1 programme(s) created")))
        .andExpect(
            flash()
                .attribute(
                    "importDetails",
                    Matchers.hasItem(Matchers.containsString("1 action(s) added"))))
        .andExpect(
            flash()
                .attribute(
                    "importWarnings",
                    Matchers.hasItem(
                        Matchers.allOf(
                            Matchers.startsWith("Programmes, row 2 (P-1)"),
                            Matchers.containsString("medium-term")))));
    Programme created = portfolio.findByCode(w.regionId(), w.id(), "P-1").orElseThrow();
    assertThat(actions.actions(w.regionId(), created.id()))
        .extracting(PlannedAction::title)
        .containsExactly("Pelatihan literasi digital");
  }

  @Test
  void theApiAnswersAnImportWithItsCounts() throws Exception {
    World w = world();
    String csv =
        "kode,nama,dimensi,horizon,tahun mulai,tahun selesai,quick win\n"
            + "Q-1,Layanan cepat,SOCIETY,QUICK_WIN,2025,2025,ya\n";

    mvc.perform(apiImport(w, "program.csv", csv.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.created").value(1))
        .andExpect(jsonPath("$.updated").value(0))
        .andExpect(jsonPath("$.unchanged").value(0))
        .andExpect(jsonPath("$.actions").value(0));

    Programme quick = portfolio.findByCode(w.regionId(), w.id(), "Q-1").orElseThrow();
    assertThat(quick.quickWin()).isTrue();
    assertThat(quick.horizon()).isEqualTo(Horizon.QUICK_WIN);
    assertThat(quick.status()).isEqualTo(ProgrammeStatus.PROPOSED);
  }

  // ---- helpers ----

  /**
   * Each programme of the masterplan as one line in the terms a file uses (codes, abbreviations,
   * names), with its actions: equal lines mean equal programmes, whatever the ids.
   */
  private List<String> describe(World w) {
    Map<Long, String> opdNames = new LinkedHashMap<>();
    opds.all(w.regionId()).forEach(o -> opdNames.put(o.id(), o.abbreviation()));
    Map<Long, String> items = new LinkedHashMap<>();
    tree.items(w.regionId(), w.id()).forEach(i -> items.put(i.id(), i.code()));
    Map<Long, String> indicatorCodes = new LinkedHashMap<>();
    indicators.list(w.regionId(), w.id()).forEach(i -> indicatorCodes.put(i.id(), i.code()));
    List<ProgrammeSummary> all =
        portfolio
            .search(
                w.regionId(),
                w.id(),
                ProgrammeFilter.none(),
                new id.rancang.shared.PageRequest(0, 50))
            .items();
    Map<Long, String> codes =
        all.stream().collect(Collectors.toMap(ProgrammeSummary::id, ProgrammeSummary::code));
    List<String> lines = new ArrayList<>();
    for (ProgrammeSummary summary : all) {
      Programme p = portfolio.get(w.regionId(), w.id(), summary.id());
      lines.add(
          String.join(
              "|",
              p.code(),
              p.name(),
              p.dimension().name(),
              String.valueOf(p.element()),
              p.problem() + "/" + p.description(),
              p.impactSociety() + "/" + p.impactEnvironment(),
              p.horizon() + " " + p.startYear() + "-" + p.endYear(),
              "lead=" + (p.leadOpdId() == null ? "-" : opdNames.get(p.leadOpdId())),
              "quickWin=" + p.quickWin(),
              p.sipdProgram() + "/" + p.sipdKegiatan() + "/" + p.sipdSubKegiatan(),
              "status=" + p.status(),
              p.partners().stream()
                  .map(
                      x ->
                          stakeholders.get(w.regionId(), x.stakeholderId()).name()
                              + ":"
                              + x.role()
                              + ":"
                              + x.contribution())
                  .sorted()
                  .toList()
                  .toString(),
              p.budget().stream()
                  .map(
                      b ->
                          b.year()
                              + ":"
                              + b.source()
                              + ":"
                              + b.amount().stripTrailingZeros().toPlainString())
                  .toList()
                  .toString(),
              p.risks().toString(),
              p.targets().stream()
                  .map(t -> items.get(t.id()) + ":" + t.contribution())
                  .toList()
                  .toString(),
              p.indicators().stream()
                  .map(t -> indicatorCodes.get(t.id()) + ":" + t.contribution())
                  .toList()
                  .toString(),
              "dependsOn=" + p.dependsOn().stream().map(codes::get).sorted().toList(),
              actions.actions(w.regionId(), p.id()).stream()
                  .map(
                      a ->
                          String.join(
                              ":",
                              a.category().name(),
                              a.title(),
                              Integer.toString(a.year()),
                              String.valueOf(a.quarter()),
                              a.ownerOpdId() == null ? "-" : opdNames.get(a.ownerOpdId()),
                              String.valueOf(a.deliverable()),
                              a.budget() == null
                                  ? "null"
                                  : a.budget().stripTrailingZeros().toPlainString(),
                              a.status().name(),
                              Integer.toString(a.progress())))
                  .toList()
                  .toString()));
    }
    return lines;
  }

  private MockMultipartHttpServletRequestBuilder apiImport(World w, String name, byte[] content) {
    MockMultipartHttpServletRequestBuilder request =
        multipart("/api/v1/masterplans/" + w.id() + "/programmes/import")
            .file(new MockMultipartFile("file", name, XLSX, content));
    request.header("Accept-Language", "en").with(w.region().as(Role.EDITOR).bearer());
    return request;
  }

  private MockMultipartHttpServletRequestBuilder pageImport(World w, byte[] xlsx) {
    MockMultipartHttpServletRequestBuilder request =
        multipart("/masterplans/" + w.id() + "/programmes/import")
            .file(new MockMultipartFile("file", "program.xlsx", XLSX, xlsx));
    request.with(w.region().as(Role.EDITOR).user()).with(csrf());
    return request;
  }

  private record SheetData(String name, List<String> headers, List<List<Object>> rows) {}

  @SafeVarargs
  private static SheetData sheet(String name, List<String> headers, List<Object>... rows) {
    return new SheetData(name, headers, List.of(rows));
  }

  /** A workbook as a person would fill it: text cells, and numbers as numbers. */
  private static byte[] workbookOf(SheetData... sheets) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (SheetData data : sheets) {
        Sheet sheet = book.createSheet(data.name());
        Row header = sheet.createRow(0);
        for (int c = 0; c < data.headers().size(); c++) {
          header.createCell(c).setCellValue(data.headers().get(c));
        }
        int r = 1;
        for (List<Object> values : data.rows()) {
          Row row = sheet.createRow(r++);
          for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            if (value instanceof Number number) {
              row.createCell(c).setCellValue(number.doubleValue());
            } else if (!value.toString().isEmpty()) {
              row.createCell(c).setCellValue(value.toString());
            }
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private interface BookEdit {
    void apply(Workbook book) throws Exception;
  }

  private static byte[] edit(byte[] xlsx, BookEdit edit) throws Exception {
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      edit.apply(book);
      book.write(out);
      return out.toByteArray();
    }
  }

  private static List<String> headers(Sheet sheet) {
    List<String> headers = new ArrayList<>();
    for (Cell cell : sheet.getRow(0)) {
      headers.add(cell.getStringCellValue());
    }
    return headers;
  }

  private static int column(Sheet sheet, String header) {
    int index = headers(sheet).indexOf(header);
    assertThat(index).as("column %s", header).isNotNegative();
    return index;
  }

  /** The cell under {@code header} of the first row whose first cell is {@code code}. */
  private static Cell cellOf(Sheet sheet, String code, String header) {
    for (Row row : sheet) {
      if (row.getRowNum() > 0 && code.equals(text(row.getCell(0)))) {
        Cell cell = row.getCell(column(sheet, header));
        return cell == null ? row.createCell(column(sheet, header)) : cell;
      }
    }
    throw new AssertionError("no row " + code + " in " + sheet.getSheetName());
  }

  /** Removes the row of {@code code} whose {@code header} cell says {@code value}. */
  private static void removeRow(Sheet sheet, String code, String header, String value) {
    int column = column(sheet, header);
    for (Row row : sheet) {
      if (row.getRowNum() > 0
          && code.equals(text(row.getCell(0)))
          && value.equals(text(row.getCell(column)))) {
        sheet.removeRow(row);
        return;
      }
    }
    throw new AssertionError("no row " + code + "/" + value + " in " + sheet.getSheetName());
  }

  private static String text(Cell cell) {
    return cell == null ? "" : new DataFormatter(Locale.ROOT).formatCellValue(cell);
  }

  private static String sheetText(Sheet sheet) {
    StringBuilder text = new StringBuilder();
    for (Row row : sheet) {
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.getLastCellNum(); c++) {
        cells.add(text(row.getCell(c)));
      }
      text.append(String.join(" | ", cells)).append('\n');
    }
    return text.toString();
  }
}
