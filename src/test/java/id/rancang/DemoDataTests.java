package id.rancang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Account;
import id.rancang.identity.AccountCatalog;
import id.rancang.identity.Member;
import id.rancang.identity.Role;
import id.rancang.programme.ActionCategory;
import id.rancang.programme.ActionPlan;
import id.rancang.programme.BudgetSummary;
import id.rancang.programme.Horizon;
import id.rancang.programme.PlannedAction;
import id.rancang.programme.PortfolioOverview;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeCommand;
import id.rancang.programme.ProgrammeFilter;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.programme.ProgrammeSummary;
import id.rancang.programme.rules.DependencyGraph;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.MasterplanStatus;
import id.rancang.region.Opd;
import id.rancang.region.OpdDirectory;
import id.rancang.region.PentahelixRole;
import id.rancang.region.Region;
import id.rancang.region.RegionCatalog;
import id.rancang.region.RegionType;
import id.rancang.region.Stakeholder;
import id.rancang.region.StakeholderRegister;
import id.rancang.shared.PageRequest;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.IndicatorRegister;
import id.rancang.strategy.PerformanceTree;
import id.rancang.strategy.TreeNode;
import id.rancang.support.RancangIntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The Kabupaten Tegal demo as loaded with {@code RANCANG_DEMO=true}. */
@RancangIntegrationTest
@TestPropertySource(properties = "rancang.demo.enabled=true")
class DemoDataTests {

  private static final String CODE = "33.28";
  private static final String PASSWORD = "rancang-demo-2024";

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired RegionCatalog regions;
  @Autowired OpdDirectory opds;
  @Autowired StakeholderRegister stakeholders;
  @Autowired MasterplanManagement masterplans;
  @Autowired AccountCatalog accounts;
  @Autowired JdbcClient jdbc;
  @Autowired PerformanceTree performanceTree;
  @Autowired IndicatorRegister indicators;
  @Autowired ProgrammePortfolio portfolio;
  @Autowired PortfolioOverview overview;
  @Autowired ActionPlan actionPlan;

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void kabupatenTegalIsLoadedOnceWithItsPublicFacts() {
    Region tegal = regions.findByCode(CODE).orElseThrow();

    assertThat(tegal.name()).isEqualTo("Kabupaten Tegal");
    assertThat(tegal.type()).isEqualTo(RegionType.KABUPATEN);
    assertThat(tegal.province()).isEqualTo("Jawa Tengah");
    assertThat(tegal.capital()).isEqualTo("Slawi");
    assertThat(tegal.areaKm2()).isEqualByComparingTo(new BigDecimal("878.79"));
    assertThat(tegal.population()).isEqualTo(1_623_595L);
    assertThat(tegal.populationYear()).isEqualTo(2022);
    assertThat(
            jdbc.sql("select count(*) from region where name = 'Kabupaten Tegal'")
                .query(Long.class)
                .single())
        .isEqualTo(1L);
  }

  @Test
  void itsTenOpdAreThereWithDiskominfoHeadedByNurhayati() {
    List<Opd> all = opds.all(tegal());

    assertThat(all)
        .extracting(Opd::name)
        .containsExactlyInAnyOrder(
            "Dinas Komunikasi dan Informatika",
            "Badan Perencanaan Pembangunan Daerah",
            "Dinas Kesehatan",
            "Dinas Pendidikan dan Kebudayaan",
            "Dinas Lingkungan Hidup",
            "Dinas Perhubungan",
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
            "Dinas Kepemudaan, Olahraga dan Pariwisata",
            "Dinas Koperasi, UKM dan Perdagangan",
            "RSUD dr. Soeselo");
    assertThat(all)
        .filteredOn(o -> o.abbreviation().equals("Diskominfo"))
        .singleElement()
        .satisfies(o -> assertThat(o.headName()).isEqualTo("Nurhayati"));
  }

  @Test
  void atLeastADozenStakeholdersCoverAllFivePentahelixRoles() {
    assertThat(stakeholders.search(tegal(), null, null, PageRequest.of(0, 200)).total())
        .isGreaterThanOrEqualTo(12);
    Map<PentahelixRole, Long> counts = stakeholders.countByRole(tegal());
    assertThat(counts).containsOnlyKeys(PentahelixRole.values());
    assertThat(counts.values()).allSatisfy(n -> assertThat(n).isPositive());
  }

  @Test
  void theMasterplanShellCovers2024To2033() {
    List<Masterplan> plans = masterplans.list(tegal());

    assertThat(plans).hasSize(1);
    assertThat(plans.get(0).startYear()).isEqualTo(2024);
    assertThat(plans.get(0).endYear()).isEqualTo(2033);
    assertThat(plans.get(0).status()).isEqualTo(MasterplanStatus.DRAFT);
  }

  @Test
  void thereIsOneDemoAccountPerRoleEachAbleToGetAnApiToken() throws Exception {
    Account system = accounts.findByEmail("sistem@rancang.demo").orElseThrow();
    assertThat(system.systemAdmin()).isTrue();
    long dinkes =
        opds.all(tegal()).stream()
            .filter(o -> o.abbreviation().equals("Dinkes"))
            .findFirst()
            .orElseThrow()
            .id();
    Map<String, Role> roles = new LinkedHashMap<>();
    roles.put("admin@tegalkab.demo", Role.REGION_ADMIN);
    roles.put("editor@tegalkab.demo", Role.EDITOR);
    roles.put("dinkes@tegalkab.demo", Role.OPD_CONTRIBUTOR);
    roles.put("ahli@tegalkab.demo", Role.REVIEWER);
    roles.put("peserta@tegalkab.demo", Role.PARTICIPANT);
    for (Map.Entry<String, Role> entry : roles.entrySet()) {
      Account account = accounts.findByEmail(entry.getKey()).orElseThrow();
      assertThat(account.systemAdmin()).as(entry.getKey()).isFalse();
      Member member = accounts.membership(account.id(), tegal()).orElseThrow();
      assertThat(member.role()).as(entry.getKey()).isEqualTo(entry.getValue());
      assertThat(member.opdId())
          .as(entry.getKey())
          .isEqualTo(entry.getValue() == Role.OPD_CONTRIBUTOR ? dinkes : null);
    }

    for (String email :
        List.of(
            "sistem@rancang.demo",
            "admin@tegalkab.demo",
            "editor@tegalkab.demo",
            "dinkes@tegalkab.demo",
            "ahli@tegalkab.demo",
            "peserta@tegalkab.demo")) {
      String token = token(email);
      mvc.perform(get("/api/v1/regions/" + CODE).header("Authorization", "Bearer " + token))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.name").value("Kabupaten Tegal"));
    }
  }

  @Test
  void runningTheDemoLoaderAgainChangesNothing() throws Exception {
    List<ApplicationRunner> loaders =
        context.getBeansOfType(ApplicationRunner.class).values().stream()
            .filter(r -> r.getClass().getSimpleName().startsWith("TegalDemo"))
            .toList();
    assertThat(loaders).hasSize(1);
    Map<String, Long> before = counts();

    loaders.get(0).run(new DefaultApplicationArguments());

    assertThat(counts()).isEqualTo(before);
  }

  private Map<String, Long> counts() {
    long id = tegal();
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("region", count("select count(*) from region where code like '33.%'", null));
    for (String table :
        List.of(
            "opd",
            "stakeholder",
            "masterplan",
            "membership",
            "audit_entry",
            "programme",
            "programme_action")) {
      counts.put(table, count("select count(*) from " + table + " where region_id = ?", id));
    }
    counts.put("account", count("select count(*) from account where email like '%.demo'", null));
    return counts;
  }

  private long count(String sql, Long regionId) {
    var statement = jdbc.sql(sql);
    if (regionId != null) {
      statement = statement.param(regionId);
    }
    return statement.query(Long.class).single();
  }

  @Test
  void itsBuku1HasAVisionAMissionBranchDownToIndicatorsAndTheDinkesIndicatorIsTheirs()
      throws Exception {
    long plan = masterplans.list(tegal()).get(0).id();
    TreeNode root = performanceTree.of(tegal(), plan);
    assertThat(root.label()).contains("Tegal cerdas");
    assertThat(root.children()).hasSize(2);
    List<Indicator> all = indicators.list(tegal(), plan);
    assertThat(all).extracting(Indicator::code).containsExactly("IKU-01", "IKU-02", "IKU-03");
    assertThat(all).allSatisfy(i -> assertThat(i.targets()).hasSize(10));
    Indicator dinkes = all.get(2);
    String token = token("dinkes@tegalkab.demo");
    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/indicators/" + dinkes.id())
                .header("Authorization", "Bearer " + token))
        .andExpect(status().isOk());
    assertThat(
            jdbc.sql(
                    "select count(*) from strategy_item_rpjmd l join strategy_item s on s.id ="
                        + " l.item_id where s.masterplan_id = ?")
                .params(plan)
                .query(Long.class)
                .single())
        .isEqualTo(3L);
  }

  @Test
  void itsBuku2HasTegalsSixQuickWinsOnePerDimensionAllInTheFirstYear() throws Exception {
    long plan = plan();
    List<Programme> quickWins = programmes().stream().filter(Programme::quickWin).toList();

    assertThat(quickWins)
        .extracting(Programme::name)
        .containsExactlyInAnyOrder(
            "MPP Digital",
            "Kepo Sate Tegal",
            "UMKM Go Digital / DOLAN",
            "Soeselo Online",
            "Yuh Sekolah Maning",
            "Desa Merdeka Sampah");
    assertThat(quickWins)
        .extracting(Programme::dimension)
        .containsExactlyInAnyOrder(Dimension.values());
    assertThat(quickWins)
        .allSatisfy(
            p -> {
              assertThat(p.horizon()).as(p.code()).isEqualTo(Horizon.QUICK_WIN);
              assertThat(p.startYear()).as(p.code()).isEqualTo(2024);
              assertThat(p.endYear()).as(p.code()).isEqualTo(2024);
            });
    assertThat(overview.quickWins(tegal(), plan)).isEmpty();
    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/programmes?quickWin=true")
                .header("Authorization", "Bearer " + token("peserta@tegalkab.demo")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(6));
  }

  @Test
  void besidesTheQuickWinsADozenOrMoreMediumAndLongProgrammesSpreadOverAllDimensions() {
    List<Programme> others = programmes().stream().filter(p -> !p.quickWin()).toList();

    assertThat(others).hasSizeBetween(12, 18);
    assertThat(others)
        .extracting(Programme::horizon)
        .containsOnly(Horizon.MEDIUM, Horizon.LONG)
        .contains(Horizon.MEDIUM, Horizon.LONG);
    assertThat(others.stream().map(Programme::dimension).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Dimension.values());
    assertThat(others.stream().map(Programme::element).collect(Collectors.toSet()))
        .hasSizeGreaterThanOrEqualTo(12);
    assertThat(programmes().stream().map(Programme::status).collect(Collectors.toSet()))
        .contains(
            ProgrammeStatus.PROPOSED,
            ProgrammeStatus.SELECTED,
            ProgrammeStatus.PLANNED,
            ProgrammeStatus.RUNNING);
  }

  @Test
  void everyDemoProgrammeHasALeadOpdPartnersInTheirRoleABudgetAndTwoToFourActions() {
    long region = tegal();
    Set<Long> tegalOpds = opds.all(region).stream().map(Opd::id).collect(Collectors.toSet());
    Set<ActionCategory> categories = EnumSet.noneOf(ActionCategory.class);

    for (Programme p : programmes()) {
      assertThat(p.leadOpdId()).as(p.code()).isNotNull().isIn(tegalOpds);
      assertThat(p.partners()).as(p.code()).hasSizeBetween(1, 3);
      for (var partner : p.partners()) {
        Stakeholder stakeholder = stakeholders.get(region, partner.stakeholderId());
        assertThat(partner.role()).as(p.code()).isEqualTo(stakeholder.pentahelixRole());
      }
      assertThat(p.budget()).as(p.code()).isNotEmpty();
      assertThat(p.budget())
          .as(p.code())
          .allSatisfy(
              b -> {
                assertThat(b.year()).isBetween(p.startYear(), p.endYear());
                assertThat(b.amount()).isGreaterThanOrEqualTo(new BigDecimal("1000000"));
              });
      List<PlannedAction> actions = actionPlan.actions(region, p.id());
      assertThat(actions).as(p.code()).hasSizeBetween(2, 4);
      assertThat(actions)
          .as(p.code())
          .allSatisfy(
              a -> {
                assertThat(a.year()).isBetween(p.startYear(), p.endYear());
                assertThat(a.ownerOpdId()).isIn(tegalOpds);
              });
      actions.forEach(a -> categories.add(a.category()));
      assertThat(portfolio.statusHistory(region, plan(), p.id()))
          .as(p.code())
          .last()
          .satisfies(change -> assertThat(change.to()).isEqualTo(p.status()));
    }
    assertThat(categories).containsExactlyInAnyOrder(ActionCategory.values());
  }

  @Test
  void itsProgrammesContributeToTheDemoIndicatorsAndTargetsAndDependOnEachOtherWithoutCycles() {
    long region = tegal();
    long plan = plan();
    List<Programme> all = programmes();
    Set<Long> linkedIndicators = new HashSet<>();
    Set<Long> linkedTargets = new HashSet<>();
    all.forEach(
        p -> {
          p.indicators().forEach(c -> linkedIndicators.add(c.id()));
          p.targets().forEach(c -> linkedTargets.add(c.id()));
        });

    assertThat(linkedIndicators)
        .containsExactlyInAnyOrderElementsOf(
            indicators.list(region, plan).stream().map(Indicator::id).toList());
    assertThat(linkedTargets).isNotEmpty();
    Map<Long, Set<Long>> graph = portfolio.dependencies(region, plan);
    assertThat(graph.values().stream().mapToInt(Set::size).sum()).isGreaterThanOrEqualTo(3);
    assertThat(DependencyGraph.anyCycle(graph)).isEmpty();
    assertThat(all).anySatisfy(p -> assertThat(p.risks()).hasSizeGreaterThanOrEqualTo(2));
  }

  @Test
  void theBudgetSummaryAddsUpEveryDemoBudgetLine() throws Exception {
    BigDecimal expected =
        programmes().stream()
            .filter(p -> p.status() != ProgrammeStatus.CANCELLED)
            .map(Programme::totalBudget)
            .reduce(BigDecimal.ZERO, BigDecimal::add);

    BudgetSummary summary = overview.budget(tegal(), plan());

    assertThat(expected).isGreaterThan(new BigDecimal("10000000000"));
    assertThat(summary.total()).isEqualByComparingTo(expected);
    assertThat(summary.perYear()).containsKey(2024);
    assertThat(summary.perSource().keySet()).contains("APBD", "DANA_DESA", "CSR", "KPBU");
  }

  @Autowired id.rancang.roadmap.RoadmapScenarios roadmapScenarios;
  @Autowired id.rancang.roadmap.RoadmapResults roadmapResults;
  @Autowired id.rancang.support.ScenarioFixtures roadmapFixtures;
  @Autowired id.rancang.roadmap.RoadmapSolving roadmapSolving;

  @Test
  void itsRoadmapScenarioAt85PercentOfTheBudgetsSolvesAndLeavesSomethingOut() {
    long region = tegal();
    long plan = plan();
    var scenarios =
        roadmapScenarios.list(region, plan, id.rancang.shared.PageRequest.of(0, 10)).items();
    assertThat(scenarios)
        .extracting(id.rancang.roadmap.Scenario::name)
        .contains("Pagu dasar", "Anggaran -20%");
    long base =
        scenarios.stream().filter(s -> s.name().equals("Pagu dasar")).findFirst().get().id();
    long cut =
        scenarios.stream().filter(s -> s.name().equals("Anggaran -20%")).findFirst().get().id();
    var baseInputs = roadmapScenarios.inputs(region, plan, base);
    var cutInputs = roadmapScenarios.inputs(region, plan, cut);
    for (var ceiling : baseInputs.ceilings()) {
      assertThat(cutInputs.ceiling(ceiling.year(), ceiling.source()))
          .as("%s %s", ceiling.year(), ceiling.source())
          .isEqualByComparingTo(
              ceiling
                  .amount()
                  .multiply(new BigDecimal("0.8"))
                  .setScale(2, java.math.RoundingMode.HALF_UP));
    }

    roadmapSolving.requestSolve(region, plan, base);
    roadmapFixtures.awaitSolved(region, plan, base);

    var view = roadmapResults.view(region, plan, base);
    assertThat(view.scenario().status())
        .isIn(
            id.rancang.roadmap.rules.SolveStatus.OPTIMAL,
            id.rancang.roadmap.rules.SolveStatus.FEASIBLE);
    assertThat(view.leftOut()).as("85%% of the budgets cannot hold every programme").isNotEmpty();
    assertThat(view.leftOut()).allMatch(p -> p.reason() != null);
    assertThat(
            id.rancang.roadmap.rules.ScheduleCheck.violations(
                view.problem(),
                view.scheduled().stream()
                    .collect(
                        java.util.stream.Collectors.toMap(
                            id.rancang.roadmap.ScheduledProgramme::id,
                            id.rancang.roadmap.ScheduledProgramme::startYear))))
        .isEmpty();
    assertThat(view.scenario().objective())
        .isGreaterThanOrEqualTo(view.scenario().greedyObjective() - 1e-9);
  }

  /** Saving each demo programme again, unchanged, finds nothing to warn about (rolled back). */
  @Test
  @Transactional
  void everyDemoProgrammeSavesAgainUnchangedWithoutAnyWarning() {
    long region = tegal();
    long plan = plan();
    List<String> warned = new ArrayList<>();

    for (Programme p : programmes()) {
      var saved = portfolio.update(region, plan, p.id(), asCommand(p), p.version());
      if (!saved.warnings().isEmpty()) {
        warned.add(p.code() + " " + saved.warnings());
      }
      assertThat(saved.programme().totalBudget()).isEqualByComparingTo(p.totalBudget());
    }

    assertThat(warned).isEmpty();
  }

  private static ProgrammeCommand asCommand(Programme p) {
    return new ProgrammeCommand(
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
        p.leadOpdId(),
        p.quickWin(),
        p.sipdProgram(),
        p.sipdKegiatan(),
        p.sipdSubKegiatan(),
        p.partners(),
        p.targets(),
        p.indicators(),
        p.budget(),
        p.dependsOn(),
        p.risks());
  }

  private List<Programme> programmes() {
    long region = tegal();
    long plan = plan();
    List<ProgrammeSummary> rows =
        portfolio.search(region, plan, ProgrammeFilter.none(), PageRequest.of(0, 200)).items();
    assertThat(rows).isNotEmpty();
    return rows.stream().map(r -> portfolio.get(region, plan, r.id())).toList();
  }

  private long plan() {
    return masterplans.list(tegal()).get(0).id();
  }

  private long tegal() {
    return regions.findByCode(CODE).orElseThrow().id();
  }

  private String token(String email) throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/auth/token")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, PASSWORD)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body).get("token").asString();
  }
}
