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
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.MasterplanStatus;
import id.rancang.region.Opd;
import id.rancang.region.OpdDirectory;
import id.rancang.region.PentahelixRole;
import id.rancang.region.Region;
import id.rancang.region.RegionCatalog;
import id.rancang.region.RegionType;
import id.rancang.region.StakeholderRegister;
import id.rancang.shared.PageRequest;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.IndicatorRegister;
import id.rancang.strategy.PerformanceTree;
import id.rancang.strategy.TreeNode;
import id.rancang.support.RancangIntegrationTest;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
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
    for (String table : List.of("opd", "stakeholder", "masterplan", "membership", "audit_entry")) {
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
