package id.rancang.document;

import static id.rancang.document.SheetReading.at;
import static id.rancang.document.SheetReading.cell;
import static id.rancang.document.SheetReading.contains;
import static id.rancang.document.SheetReading.find;
import static id.rancang.document.SheetReading.lastOfRow;
import static id.rancang.document.SheetReading.onlySheet;
import static id.rancang.document.SheetReading.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.programme.ActionCategory;
import id.rancang.programme.ActionCommand;
import id.rancang.programme.ActionPlan;
import id.rancang.programme.ActionStatus;
import id.rancang.programme.BudgetItem;
import id.rancang.programme.Contribution;
import id.rancang.programme.Horizon;
import id.rancang.programme.Partner;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeCommand;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.region.PentahelixRole;
import id.rancang.region.StakeholderCommand;
import id.rancang.region.StakeholderKind;
import id.rancang.region.StakeholderRegister;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import id.rancang.strategy.IndicatorRegister;
import id.rancang.strategy.StrategyItemKind;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.Person;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.StrategyFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The four Excel matrices downloaded through the API (and the page) for a masterplan with a
 * strategy, indicators, programmes, budget and action plans, read back with POI.
 */
@RancangIntegrationTest
class MatricesTests {

  private static final String[] BULAN = {
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember"
  };

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired StrategyFixtures strategy;
  @Autowired StakeholderRegister stakeholders;
  @Autowired ProgrammePortfolio portfolio;
  @Autowired ActionPlan actions;
  @Autowired IndicatorRegister indicators;

  /** A 2024-2033 masterplan and what the test put in it, to compute expectations from. */
  record World(
      TestRegion region, long id, List<BudgetItem> mppBudget, List<BudgetItem> dolanBudget) {
    long regionId() {
      return region.id();
    }

    Person editor() {
      return region.as(Role.EDITOR);
    }
  }

  /**
   * Mission M1, goal T1 (with indicator IKU-T, targets 2024-2033) and target S1.1 (with IKU-1,
   * targets 2025-2030, run by KOMINFO); programmes MPP-DIGITAL (Smart Governance / public service,
   * running, partners from academia and business, budget from APBD and DAK, two actions) and the
   * quick win DOLAN (Smart Economy / welfare, CSR).
   */
  private World world() {
    TestRegion region = fixtures.newRegion();
    long id = fixtures.createMasterplan(region.id());
    long kominfo = fixtures.createOpd(region.id(), "Dinas Komunikasi dan Informatika", "KOMINFO");
    long campus = organisation(region.id(), "Universitas Pancasakti", PentahelixRole.ACADEMIA);
    long bank = organisation(region.id(), "Bank Jateng", PentahelixRole.BUSINESS);
    long mission = strategy.createCodedItem(region.id(), id, StrategyItemKind.MISSION, null, "M1");
    long goal = strategy.createCodedItem(region.id(), id, StrategyItemKind.GOAL, mission, "T1");
    long target = strategy.createCodedItem(region.id(), id, StrategyItemKind.TARGET, goal, "S1.1");
    strategy.createIndicatorWithTargets(region.id(), id, goal, null, "IKU-T", 2024, 2033);
    long iku1 =
        strategy.createIndicatorWithTargets(region.id(), id, target, kominfo, "IKU-1", 2025, 2030);
    List<BudgetItem> mppBudget =
        List.of(
            new BudgetItem(2025, "APBD", new BigDecimal("1500000000")),
            new BudgetItem(2026, "DAK", new BigDecimal("750000000.50")),
            new BudgetItem(2026, "APBD", new BigDecimal("200000000")));
    Programme mpp =
        portfolio
            .create(
                region.id(),
                id,
                new ProgrammeCommand(
                    "MPP-DIGITAL",
                    "Mal Pelayanan Publik Digital",
                    Dimension.GOVERNANCE,
                    Element.PUBLIC_SERVICE,
                    null,
                    null,
                    null,
                    null,
                    Horizon.MEDIUM,
                    2025,
                    2027,
                    kominfo,
                    false,
                    null,
                    null,
                    null,
                    List.of(
                        new Partner(campus, PentahelixRole.ACADEMIA, "Kajian kebutuhan"),
                        new Partner(bank, PentahelixRole.BUSINESS, null)),
                    List.of(new Contribution(target, "Mendukung 30% layanan daring")),
                    List.of(new Contribution(iku1, "+10 poin")),
                    mppBudget,
                    List.of(),
                    List.of()))
            .programme();
    portfolio.changeStatus(region.id(), id, mpp.id(), ProgrammeStatus.RUNNING, null, mpp.version());
    // added in the opposite order of the categories: the matrix lists policy first
    actions.add(
        region.id(),
        mpp.id(),
        new ActionCommand(
            ActionCategory.INFRASTRUCTURE,
            "Pengadaan server",
            2026,
            3,
            null,
            null,
            new BigDecimal("300000000"),
            ActionStatus.RUNNING,
            40));
    actions.add(
        region.id(),
        mpp.id(),
        new ActionCommand(
            ActionCategory.POLICY_INSTITUTION,
            "Perbup MPP Digital",
            2025,
            1,
            kominfo,
            "Perbup ditetapkan",
            new BigDecimal("50000000"),
            ActionStatus.DONE,
            100));
    List<BudgetItem> dolanBudget =
        List.of(new BudgetItem(2026, "CSR", new BigDecimal("125000000")));
    portfolio.create(
        region.id(),
        id,
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
            dolanBudget,
            List.of(),
            List.of()));
    return new World(region, id, mppBudget, dolanBudget);
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

  private Sheet download(long masterplanId, String name, String query, Person who)
      throws Exception {
    byte[] xlsx =
        mvc.perform(
                get("/api/v1/masterplans/{id}/matrices/{name}.xlsx" + query, masterplanId, name)
                    .with(who.bearer()))
            .andExpect(status().isOk())
            .andExpect(content().contentType(Matrices.CONTENT_TYPE))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    return onlySheet(xlsx);
  }

  private static BigDecimal sum(List<BudgetItem> lines) {
    return lines.stream().map(BudgetItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static double number(Cell cell) {
    assertThat(cell.getCellType())
        .as("cell %s is a number", cell.getAddress())
        .isIn(CellType.NUMERIC, CellType.FORMULA);
    if (cell.getCellType() == CellType.FORMULA) {
      assertThat(cell.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
    }
    return cell.getNumericCellValue();
  }

  @Test
  void theIndicatorMatrixListsEachIndicatorUnderItsGoalOrTargetWithBaselineTargetsAndOpd()
      throws Exception {
    World w = world();

    Sheet sheet = download(w.id(), "indikator", "", w.editor());

    int mission = cell(sheet, "Misi M1: Butir M1 (mission)").getRowIndex();
    int goal = cell(sheet, "Tujuan T1: Butir T1 (goal)").getRowIndex();
    Cell ikuT = cell(sheet, "IKU-T");
    int target = cell(sheet, "Sasaran S1.1: Butir S1.1 (target)").getRowIndex();
    Cell iku1 = cell(sheet, "IKU-1");
    assertThat(List.of(mission, goal, ikuT.getRowIndex(), target, iku1.getRowIndex()))
        .isSorted()
        .doesNotHaveDuplicates();
    Cell baseline = cell(sheet, "Kondisi awal");
    Row years = sheet.getRow(baseline.getRowIndex() + 1);
    assertThat(text(sheet, years.getRowNum(), baseline.getColumnIndex())).isEqualTo("Tahun");
    assertThat(number(sheet.getRow(iku1.getRowIndex()).getCell(baseline.getColumnIndex())))
        .isEqualTo(2023);
    assertThat(number(sheet.getRow(iku1.getRowIndex()).getCell(baseline.getColumnIndex() + 1)))
        .isEqualTo(40.5);
    for (int year = 2024; year <= 2033; year++) {
      Cell header = cell(sheet, Integer.toString(year));
      assertThat(header.getRowIndex()).isEqualTo(years.getRowNum());
      Cell value = at(sheet, iku1, header);
      if (year >= 2025 && year <= 2030) {
        // the fixture's targets: 5 more each year from 45 in its first year
        assertThat(number(value)).as("target %d", year).isEqualTo(40 + 5 * (year - 2024));
      } else {
        assertThat(value.getCellType()).as("target %d", year).isEqualTo(CellType.BLANK);
      }
      assertThat(number(at(sheet, ikuT, header))).isEqualTo(40 + 5 * (year - 2023));
    }
    assertThat(number(at(sheet, iku1, cell(sheet, "Kondisi akhir (2033)")))).isEqualTo(95);
    assertThat(at(sheet, iku1, cell(sheet, "OPD penanggung jawab")).getStringCellValue())
        .isEqualTo("Dinas Komunikasi dan Informatika");
    assertThat(at(sheet, iku1, cell(sheet, "Sumber data")).getStringCellValue())
        .isEqualTo("Aplikasi perizinan");
    assertThat(at(sheet, iku1, cell(sheet, "Satuan")).getStringCellValue()).isEqualTo("persen");
    assertThat(at(sheet, iku1, cell(sheet, "Polaritas")).getStringCellValue()).isEqualTo("Positif");
    assertThat(at(sheet, iku1, cell(sheet, "Indikator kinerja")).getStringCellValue())
        .isEqualTo(indicators.findByCode(w.regionId(), w.id(), "IKU-1").orElseThrow().name());
  }

  @Test
  void theTitleBlockNamesRegionMasterplanPeriodLiveDataAndTodayInIndonesian() throws Exception {
    World w = world();
    LocalDate before = LocalDate.now(ZoneId.of("Asia/Jakarta"));

    Sheet sheet = download(w.id(), "program", "", w.editor());

    LocalDate after = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    assertThat(text(sheet, 0, 0)).isEqualTo("Matriks Program Inovatif");
    assertThat(text(sheet, 1, 0)).isEqualTo("Masterplan Uji");
    assertThat(text(sheet, 2, 0))
        .isEqualTo("Daerah: " + w.region().region().name() + " (" + w.region().code() + ")");
    assertThat(text(sheet, 3, 0)).isEqualTo("Periode: 2024\u20132033");
    assertThat(text(sheet, 4, 0)).isEqualTo("Versi: data terkini (belum dibekukan)");
    assertThat(text(sheet, 5, 0))
        .isIn("Dibuat: " + indonesian(before), "Dibuat: " + indonesian(after));
  }

  private static String indonesian(LocalDate date) {
    return date.getDayOfMonth() + " " + BULAN[date.getMonthValue() - 1] + " " + date.getYear();
  }

  @Test
  void theProgrammeMatrixGroupsProgrammesByDimensionAndElementWithPartnersPerRole()
      throws Exception {
    World w = world();

    Sheet sheet = download(w.id(), "program", "", w.editor());

    Cell mpp = cell(sheet, "MPP-DIGITAL");
    Cell dolan = cell(sheet, "DOLAN");
    assertThat(
            List.of(
                cell(sheet, "Smart Governance").getRowIndex(),
                cell(sheet, Element.PUBLIC_SERVICE.nameId()).getRowIndex(),
                mpp.getRowIndex(),
                cell(sheet, "Smart Economy").getRowIndex(),
                cell(sheet, Element.WELFARE.nameId()).getRowIndex(),
                dolan.getRowIndex()))
        .isSorted()
        .doesNotHaveDuplicates();
    assertThat(at(sheet, mpp, cell(sheet, "Program")).getStringCellValue())
        .isEqualTo("Mal Pelayanan Publik Digital");
    assertThat(number(at(sheet, mpp, cell(sheet, "Mulai")))).isEqualTo(2025);
    assertThat(number(at(sheet, mpp, cell(sheet, "Selesai")))).isEqualTo(2027);
    assertThat(at(sheet, mpp, cell(sheet, "OPD pengampu")).getStringCellValue())
        .isEqualTo("Dinas Komunikasi dan Informatika");
    assertThat(at(sheet, mpp, cell(sheet, "Akademisi")).getStringCellValue())
        .isEqualTo("Universitas Pancasakti");
    assertThat(at(sheet, mpp, cell(sheet, "Bisnis/swasta")).getStringCellValue())
        .isEqualTo("Bank Jateng");
    assertThat(at(sheet, mpp, cell(sheet, "Pemerintah")).getCellType()).isEqualTo(CellType.BLANK);
    assertThat(at(sheet, mpp, cell(sheet, "Sasaran")).getStringCellValue())
        .isEqualTo("S1.1 Butir S1.1 (target)");
    assertThat(at(sheet, mpp, cell(sheet, "Indikator")).getStringCellValue()).startsWith("IKU-1 ");
    Cell budget = cell(sheet, "Total anggaran (Rp)");
    assertThat(number(at(sheet, mpp, budget))).isEqualTo(sum(w.mppBudget()).doubleValue());
    assertThat(number(at(sheet, dolan, budget))).isEqualTo(sum(w.dolanBudget()).doubleValue());
    assertThat(at(sheet, mpp, budget).getCellStyle().getDataFormatString()).contains("#,##0");
    assertThat(at(sheet, mpp, cell(sheet, "Quick win")).getStringCellValue()).isEqualTo("Tidak");
    assertThat(at(sheet, dolan, cell(sheet, "Quick win")).getStringCellValue()).isEqualTo("Ya");
    assertThat(at(sheet, mpp, cell(sheet, "Status")).getStringCellValue()).isEqualTo("Berjalan");
    assertThat(number(lastOfRow(sheet, "Jumlah").getRow().getCell(budget.getColumnIndex())))
        .isEqualTo(sum(w.mppBudget()).add(sum(w.dolanBudget())).doubleValue());
  }

  @Test
  void aParticipantSeesHowManyPartnersEachRoleHasButNotTheirNames() throws Exception {
    World w = world();

    Sheet sheet = download(w.id(), "program", "", w.region().as(Role.PARTICIPANT));

    Cell mpp = cell(sheet, "MPP-DIGITAL");
    assertThat(at(sheet, mpp, cell(sheet, "Akademisi")).getStringCellValue()).isEqualTo("1 mitra");
    assertThat(at(sheet, mpp, cell(sheet, "Bisnis/swasta")).getStringCellValue())
        .isEqualTo("1 mitra");
    assertThat(contains(sheet, "Universitas Pancasakti")).isFalse();
    assertThat(contains(sheet, "Bank Jateng")).isFalse();
  }

  @Test
  void theActionPlanMatrixListsEveryActionByCategoryWithYearQuarterBudgetAndProgress()
      throws Exception {
    World w = world();

    Sheet sheet = download(w.id(), "rencana-aksi", "", w.editor());

    Cell perbup = cell(sheet, "Perbup MPP Digital");
    Cell server = cell(sheet, "Pengadaan server");
    assertThat(perbup.getRowIndex()).isLessThan(server.getRowIndex());
    assertThat(at(sheet, perbup, cell(sheet, "Kode program")).getStringCellValue())
        .isEqualTo("MPP-DIGITAL");
    assertThat(at(sheet, perbup, cell(sheet, "Kategori")).getStringCellValue())
        .isEqualTo("Kebijakan dan kelembagaan");
    assertThat(at(sheet, server, cell(sheet, "Kategori")).getStringCellValue())
        .isEqualTo("Infrastruktur pendukung");
    assertThat(number(at(sheet, perbup, cell(sheet, "Tahun")))).isEqualTo(2025);
    assertThat(number(at(sheet, server, cell(sheet, "Triwulan")))).isEqualTo(3);
    assertThat(at(sheet, perbup, cell(sheet, "OPD pelaksana")).getStringCellValue())
        .isEqualTo("Dinas Komunikasi dan Informatika");
    assertThat(at(sheet, perbup, cell(sheet, "Keluaran")).getStringCellValue())
        .isEqualTo("Perbup ditetapkan");
    Cell budget = cell(sheet, "Anggaran (Rp)");
    assertThat(number(at(sheet, perbup, budget))).isEqualTo(50_000_000);
    assertThat(at(sheet, server, cell(sheet, "Status")).getStringCellValue()).isEqualTo("Berjalan");
    assertThat(number(at(sheet, server, cell(sheet, "Kemajuan (%)")))).isEqualTo(40);
    assertThat(number(lastOfRow(sheet, "Jumlah").getRow().getCell(budget.getColumnIndex())))
        .isEqualTo(350_000_000);
    // a filter on the header row
    assertThat(((XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).isTrue();
  }

  @Test
  void theBudgetMatrixGrandTotalIsTheSumOfAllBudgetLines() throws Exception {
    World w = world();
    List<BudgetItem> all = new ArrayList<>(w.mppBudget());
    all.addAll(w.dolanBudget());

    Sheet sheet = download(w.id(), "anggaran", "", w.editor());

    Cell sumHeader = cell(sheet, "Jumlah (Rp)");
    assertThat(number(lastOfRow(sheet, "Total keseluruhan"))).isEqualTo(sum(all).doubleValue());
    assertThat(number(lastOfRow(sheet, "Subtotal Smart Governance")))
        .isEqualTo(sum(w.mppBudget()).doubleValue());
    assertThat(number(lastOfRow(sheet, "Subtotal Smart Economy")))
        .isEqualTo(sum(w.dolanBudget()).doubleValue());
    for (int year = 2024; year <= 2033; year++) {
      int y = year;
      BigDecimal ofYear = sum(all.stream().filter(b -> b.year() == y).toList());
      Cell header = cell(sheet, Integer.toString(year));
      Cell total = at(sheet, cell(sheet, "Total keseluruhan"), header);
      assertThat(number(total)).as("total %d", year).isEqualTo(ofYear.doubleValue());
    }
    // MPP-DIGITAL has a row per funding source: APBD in 2025 and 2026, DAK in 2026
    List<Row> mppRows = new ArrayList<>();
    for (Row row : sheet) {
      if (row.getCell(0) != null
          && row.getCell(0).getCellType() == CellType.STRING
          && row.getCell(0).getStringCellValue().equals("MPP-DIGITAL")) {
        mppRows.add(row);
      }
    }
    Cell source = cell(sheet, "Sumber dana");
    assertThat(mppRows)
        .extracting(r -> r.getCell(source.getColumnIndex()).getStringCellValue())
        .containsExactlyInAnyOrder("APBD", "DAK");
    Row apbd =
        mppRows.stream()
            .filter(r -> r.getCell(source.getColumnIndex()).getStringCellValue().equals("APBD"))
            .findFirst()
            .orElseThrow();
    Cell y2025 = cell(sheet, "2025");
    assertThat(apbd.getCell(y2025.getColumnIndex()).getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(apbd.getCell(y2025.getColumnIndex()).getNumericCellValue()).isEqualTo(1.5e9);
    assertThat(number(apbd.getCell(sumHeader.getColumnIndex())))
        .isEqualTo(
            sum(w.mppBudget().stream().filter(b -> b.source().equals("APBD")).toList())
                .doubleValue());
    // the summary per funding source adds up to the grand total
    double perSource = 0;
    for (String code : Set.of("APBD", "DAK", "CSR")) {
      Row row = null;
      for (Row r : sheet) {
        if (r.getRowNum() > cell(sheet, "Total keseluruhan").getRowIndex()
            && code.equals(text(sheet, r.getRowNum(), source.getColumnIndex()))) {
          row = r;
        }
      }
      assertThat(row).as("summary of %s", code).isNotNull();
      perSource += number(row.getCell(sumHeader.getColumnIndex()));
    }
    assertThat(perSource).isEqualTo(sum(all).doubleValue());
  }

  @Test
  void withLangEnTheMatrixSpeaksEnglish() throws Exception {
    World w = world();

    Sheet indicators = download(w.id(), "indikator", "?lang=en", w.editor());
    Sheet budget = download(w.id(), "anggaran", "?lang=en", w.editor());

    assertThat(text(indicators, 0, 0)).isEqualTo("Performance Indicator Matrix");
    assertThat(text(indicators, 4, 0)).isEqualTo("Version: live data (not frozen)");
    assertThat(text(indicators, 5, 0)).startsWith("Generated: ");
    assertThat(indicators.getSheetName()).isEqualTo("Indicator Matrix");
    for (String header :
        List.of(
            "Code",
            "Performance indicator",
            "Unit",
            "Polarity",
            "Baseline",
            "Target",
            "End target (2033)",
            "Responsible OPD",
            "Data source")) {
      assertThat(find(indicators, header)).as(header).isNotNull();
    }
    assertThat(find(indicators, "Mission M1: Butir M1 (mission)")).isNotNull();
    assertThat(
            at(indicators, cell(indicators, "IKU-1"), cell(indicators, "Polarity"))
                .getStringCellValue())
        .isEqualTo("Positive");
    assertThat(find(budget, "Grand total")).isNotNull();
    assertThat(find(budget, "Funding source")).isNotNull();
    assertThat(find(budget, "Kode")).isNull();
  }

  @Test
  void anEmptyMasterplanGivesEveryMatrixWithItsHeadersAndSaysNothingIsThereYet() throws Exception {
    TestRegion region = fixtures.newRegion();
    long id = fixtures.createMasterplan(region.id());
    Person editor = region.as(Role.EDITOR);

    Sheet indicators = download(id, "indikator", "", editor);
    Sheet programmes = download(id, "program", "", editor);
    Sheet actionPlans = download(id, "rencana-aksi", "", editor);
    Sheet budget = download(id, "anggaran", "", editor);

    assertThat(find(indicators, "Indikator kinerja")).isNotNull();
    assertThat(find(indicators, "Belum ada indikator kinerja pada masterplan ini.")).isNotNull();
    assertThat(find(programmes, "Mitra pentahelix")).isNotNull();
    assertThat(find(programmes, "Belum ada program pada masterplan ini.")).isNotNull();
    assertThat(find(actionPlans, "Keluaran")).isNotNull();
    assertThat(find(actionPlans, "Belum ada rencana aksi pada masterplan ini.")).isNotNull();
    assertThat(find(budget, "Anggaran per tahun (Rp)")).isNotNull();
    assertThat(find(budget, "Belum ada program pada masterplan ini.")).isNotNull();
  }

  @Test
  void anotherRegionsMasterplanAnUnknownMatrixAndAnUnknownVersionAreNotFound() throws Exception {
    World w = world();
    Person stranger = fixtures.newRegion().as(Role.REGION_ADMIN);

    mvc.perform(
            get("/api/v1/masterplans/{id}/matrices/anggaran.xlsx", w.id()).with(stranger.bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/masterplans/{id}/matrices/anggaran.xlsx", w.id()).with(stranger.user()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/masterplans/{id}/matrices/rencana.xlsx", w.id()).with(w.editor().bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/masterplans/{id}/matrices/rencana.xlsx", w.id()).with(w.editor().user()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/masterplans/{id}/matrices/anggaran.xlsx?version=987654321", w.id())
                .with(w.editor().bearer()))
        .andExpect(status().isNotFound());
  }

  @Test
  void theDocumentsPageOffersEachMatrixInBothLanguagesAndItsLinkDownloadsIt() throws Exception {
    World w = world();

    String html =
        mvc.perform(get("/masterplans/{id}/documents", w.id()).with(w.editor().user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    Set<String> links =
        Jsoup.parse(html).select("#matrices a[href]").stream()
            .map(a -> a.attr("href"))
            .collect(Collectors.toSet());
    String base = "/masterplans/" + w.id() + "/matrices/";
    assertThat(links)
        .containsExactlyInAnyOrder(
            base + "indikator.xlsx",
            base + "indikator.xlsx?lang=en",
            base + "program.xlsx",
            base + "program.xlsx?lang=en",
            base + "rencana-aksi.xlsx",
            base + "rencana-aksi.xlsx?lang=en",
            base + "anggaran.xlsx",
            base + "anggaran.xlsx?lang=en");
    byte[] xlsx =
        mvc.perform(get(base + "anggaran.xlsx?lang=en").with(w.editor().user()))
            .andExpect(status().isOk())
            .andExpect(content().contentType(Matrices.CONTENT_TYPE))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        "attachment; filename=\"matriks-anggaran-"
                            + w.region().code().replace(".", "")
                            + "-"
                            + w.id()
                            + "-en.xlsx\""))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(text(onlySheet(xlsx), 0, 0)).isEqualTo("Budget Matrix");
  }
}
