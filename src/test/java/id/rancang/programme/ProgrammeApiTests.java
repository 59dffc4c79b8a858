package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.StrategyFixtures;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@RancangIntegrationTest
class ProgrammeApiTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired StrategyFixtures strategy;
  @Autowired ProgrammePortfolio portfolio;

  @Test
  void aProgrammeKeepsItsPartnersContributionsBudgetDependenciesAndRisks() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id()); // 2024-2033
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);
    long partner = fixtures.createPersonStakeholder(region.id());
    long first = create(region, plan, minimal("SATU-DATA", "Satu Data Tegal"));
    String body =
        """
        {"code":"MPP-DIGITAL","name":"Mal Pelayanan Publik Digital","dimension":"GOVERNANCE",
         "element":"PUBLIC_SERVICE","horizon":"QUICK_WIN","startYear":2024,"endYear":2024,
         "leadOpdId":%d,"quickWin":true,"problem":"Antrean panjang di loket perizinan",
         "sipdProgram":"2.18.02","sipdKegiatan":"2.18.02.2.01",
         "partners":[{"stakeholderId":%d,"role":"ACADEMIA","contribution":"Kajian kebutuhan"}],
         "targets":[{"id":%d,"contribution":"Menambah layanan daring"}],"indicatorIds":[%d],
         "budget":[{"year":2024,"source":"APBD","amount":1250000000.10},
                   {"year":2024,"source":"CSR","amount":0.20}],
         "dependsOn":[%d],
         "risks":[{"description":"Jaringan tidak stabil","likelihood":3,"impact":4,
                   "mitigation":"Jaringan cadangan"}]}"""
            .formatted(region.opd().id(), partner, branch.target(), branch.indicator(), first);
    long id = create(region, plan, body);

    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/programmes/" + id)
                .with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("MPP-DIGITAL"))
        .andExpect(jsonPath("$.element").value("PUBLIC_SERVICE"))
        .andExpect(jsonPath("$.status").value("PROPOSED"))
        .andExpect(jsonPath("$.partners[0].role").value("ACADEMIA"))
        .andExpect(jsonPath("$.targetIds[0]").value(branch.target()))
        .andExpect(jsonPath("$.targets[0].contribution").value("Menambah layanan daring"))
        .andExpect(jsonPath("$.indicatorIds[0]").value(branch.indicator()))
        .andExpect(jsonPath("$.budget.length()").value(2))
        .andExpect(jsonPath("$.totalBudget").value(1250000000.30))
        .andExpect(jsonPath("$.dependsOn[0]").value(first))
        .andExpect(jsonPath("$.risks[0].impact").value(4))
        .andExpect(jsonPath("$.sipdKegiatan").value("2.18.02.2.01"));
  }

  @Test
  void aDependencyThatClosesACycleIsRefusedAndTheCycleIsShown() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long a = create(region, plan, minimal("A-INFRA", "Infrastruktur"));
    long b = create(region, plan, withDependency("B-APLIKASI", "Aplikasi", a));
    long c = create(region, plan, withDependency("C-LITERASI", "Literasi", b));

    mvc.perform(
            send(
                put("/api/v1/masterplans/" + plan + "/programmes/" + a),
                region,
                withDependency("A-INFRA", "Infrastruktur", c).replace("}", ",\"version\":0}")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("dependsOn"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(Matchers.containsString("A-INFRA -> C-LITERASI -> B-APLIKASI -> A-INFRA")));
    assertThat(portfolio.get(region.id(), plan, a).dependsOn()).isEmpty();
  }

  @Test
  void badYearsAmountsForeignOpdsAndDuplicateCodesAreRefusedAndNothingIsSaved() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    TestRegion other = fixtures.newRegion();
    long foreignStakeholder = fixtures.createPersonStakeholder(other.id());
    create(region, plan, minimal("DUP", "Sudah ada"));
    String body =
        """
        {"code":"dup","name":"Salah semua","dimension":"ECONOMY","horizon":"MEDIUM",
         "startYear":2031,"endYear":2036,"leadOpdId":%d,
         "partners":[{"stakeholderId":%d,"role":"BUSINESS"}],
         "budget":[{"year":2031,"source":"APBD","amount":-5}]}"""
            .formatted(other.opd().id(), foreignStakeholder);
    mvc.perform(send(post("/api/v1/masterplans/" + plan + "/programmes"), region, body))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(Matchers.hasItems("code", "leadOpdId", "partners", "endYear")))
        .andExpect(
            jsonPath("$.errors[*].message")
                .value(Matchers.hasItem(Matchers.containsString("negatif"))));
    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/programmes")
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(header().string("X-Total-Count", "1"));
  }

  @Test
  void theCatalogueFindsProgrammesByIndonesianAndEnglishWordsAndFilters() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    create(
        region,
        plan,
        """
        {"code":"KEPO-SATE","name":"Kepo Sate Tegal","dimension":"BRANDING","horizon":"QUICK_WIN",
         "startYear":2024,"endYear":2024,"quickWin":true,
         "description":"Promosi potensi wisata kuliner; tourism promotion of local food"}""");
    create(region, plan, minimal("SOESELO", "Pelayanan rumah sakit daring"));

    // "layanan" and "pelayanan" share the Indonesian stem; "promotions" the English one
    expectCodes(region, plan, "?q=layanan", "SOESELO");
    expectCodes(region, plan, "?q=promotions", "KEPO-SATE");
    expectCodes(region, plan, "?dimension=BRANDING&quickWin=true", "KEPO-SATE");
    expectCodes(region, plan, "?sort=name", "KEPO-SATE", "SOESELO");
    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/programmes?size=1")
                .with(region.as(Role.REVIEWER).bearer()))
        .andExpect(header().string("X-Total-Count", "2"))
        .andExpect(jsonPath("$.length()").value(1));
  }

  @Test
  void anOpdContributorChangesOnlyTheProgrammesTheirOpdLeads() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long otherOpd = fixtures.createOpd(region.id(), "Dinas Lain", "DL" + region.id());
    long own = create(region, plan, led("OWN", "Milik OPD", region.opd().id()));
    long theirs = create(region, plan, led("THEIRS", "Milik OPD lain", otherOpd));
    String path = "/api/v1/masterplans/" + plan + "/programmes/";

    mvc.perform(
            put(path + own)
                .with(region.as(Role.OPD_CONTRIBUTOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    led("OWN", "Diubah OPD", region.opd().id()).replace("}", ",\"version\":0}")))
        .andExpect(status().isOk());
    mvc.perform(
            put(path + theirs)
                .with(region.as(Role.OPD_CONTRIBUTOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(led("THEIRS", "Bukan urusan", otherOpd).replace("}", ",\"version\":0}")))
        .andExpect(status().isForbidden());
    mvc.perform(
            put(path + own)
                .with(region.as(Role.OPD_CONTRIBUTOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(led("OWN", "Diserahkan", otherOpd).replace("}", ",\"version\":1}")))
        .andExpect(status().isForbidden());
    assertThat(portfolio.get(region.id(), plan, own).name()).isEqualTo("Diubah OPD");
    assertThat(portfolio.get(region.id(), plan, theirs).name()).isEqualTo("Milik OPD lain");
  }

  @Test
  void aStatusChangeIsKeptInTheHistoryAndAProgrammeOthersNeedIsNotDeleted() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long base = create(region, plan, minimal("BASE", "Dasar"));
    create(region, plan, withDependency("NEXT", "Lanjutan", base));
    String path = "/api/v1/masterplans/" + plan + "/programmes/" + base;

    mvc.perform(
            send(
                post(path + "/status"),
                region,
                "{\"status\":\"SELECTED\",\"note\":\"Hasil Bimtek 3\",\"version\":0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("SELECTED"));
    mvc.perform(get(path + "/status-history").with(region.as(Role.REVIEWER).bearer()))
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[1].from").value("PROPOSED"))
        .andExpect(jsonPath("$[1].to").value("SELECTED"))
        .andExpect(jsonPath("$[1].note").value("Hasil Bimtek 3"));
    mvc.perform(delete(path).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("NEXT")));
  }

  private void expectCodes(TestRegion region, long plan, String query, String... codes)
      throws Exception {
    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/programmes" + query)
                .with(region.as(Role.REVIEWER).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].code").value(Matchers.contains((Object[]) codes)));
  }

  private static String minimal(String code, String name) {
    return """
        {"code":"%s","name":"%s","dimension":"GOVERNANCE","horizon":"MEDIUM",
         "startYear":2025,"endYear":2027}"""
        .formatted(code, name);
  }

  private static String withDependency(String code, String name, long dependsOn) {
    return minimal(code, name).replace("}", ",\"dependsOn\":[" + dependsOn + "]}");
  }

  private static String led(String code, String name, long opd) {
    return minimal(code, name).replace("}", ",\"leadOpdId\":" + opd + "}");
  }

  private long create(TestRegion region, long plan, String body) throws Exception {
    String json =
        mvc.perform(send(post("/api/v1/masterplans/" + plan + "/programmes"), region, body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(json, "$.id")).longValue();
  }

  private static MockHttpServletRequestBuilder send(
      MockHttpServletRequestBuilder request, TestRegion region, String body) {
    return request
        .with(region.as(Role.EDITOR).bearer())
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }
}
