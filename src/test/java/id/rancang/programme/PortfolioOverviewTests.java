package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import java.math.BigDecimal;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@RancangIntegrationTest
class PortfolioOverviewTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired PortfolioOverview overview;

  @Test
  void theBudgetSummaryAddsUpPerYearDimensionAndSourceToTheRupiah() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    create(
        region,
        plan,
        "G1",
        "GOVERNANCE",
        false,
        "[]",
        budget(2025, "APBD", "100000000.10") + "," + budget(2026, "APBD", "50000000"));
    create(region, plan, "G2", "GOVERNANCE", false, "[]", budget(2025, "APBD", "0.20"));
    create(region, plan, "E1", "ENVIRONMENT", false, "[]", budget(2025, "CSR", "7500000"));

    BudgetSummary summary = overview.budget(region.id(), plan);

    assertThat(summary.total()).isEqualByComparingTo("157500000.30");
    assertThat(summary.perYear().get(2025)).isEqualByComparingTo("107500000.30");
    assertThat(summary.perSource().get("CSR")).isEqualByComparingTo("7500000");
    assertThat(summary.cells())
        .filteredOn(c -> c.year() == 2025 && c.dimension().equals("GOVERNANCE"))
        .singleElement()
        .satisfies(c -> assertThat(c.amount()).isEqualByComparingTo("100000000.30"));
    assertThat(summary.perDimension().get(0).dimension()).isEqualTo("GOVERNANCE");
    assertThat(summary.perDimension().get(5).amount())
        .isEqualByComparingTo(new BigDecimal("7500000"));
    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/programmes/budget-summary")
                .with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(157500000.30));
  }

  @Test
  void quickWinsAreExpectedOncePerDimension() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    create(region, plan, "Q1", "GOVERNANCE", true, "[]", "");
    create(region, plan, "Q2", "GOVERNANCE", true, "[]", "");
    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/programmes/quick-wins")
                .with(region.as(Role.REVIEWER).bearer()))
        .andExpect(status().isOk())
        // governance has two, the other five dimensions none
        .andExpect(jsonPath("$.length()").value(6))
        .andExpect(jsonPath("$[0]").value(Matchers.containsString("Smart Governance")))
        .andExpect(jsonPath("$[1]").value(Matchers.containsString("Smart Branding")));
  }

  @Test
  void theDependencyGraphShowsWhatAProgrammeWaitsForAndWhatWaitsForIt() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long infra = create(region, plan, "INFRA", "GOVERNANCE", false, "[]", "");
    long data = create(region, plan, "DATA", "GOVERNANCE", false, "[" + infra + "]", "");
    long app = create(region, plan, "APP", "GOVERNANCE", false, "[" + data + "]", "");
    long unrelated = create(region, plan, "OTHER", "LIVING", false, "[]", "");

    DependencyView view = overview.dependencies(region.id(), plan, data);

    assertThat(view.nodes())
        .extracting(DependencyView.Node::code, DependencyView.Node::side)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("APP", "DOWNSTREAM"),
            org.assertj.core.groups.Tuple.tuple("DATA", "SELF"),
            org.assertj.core.groups.Tuple.tuple("INFRA", "UPSTREAM"));
    assertThat(view.edges())
        .containsExactlyInAnyOrder(
            new DependencyView.Edge(data, infra), new DependencyView.Edge(app, data));
    assertThat(view.nodes()).extracting(DependencyView.Node::id).doesNotContain(unrelated);
  }

  private static String budget(int year, String source, String amount) {
    return "{\"year\":%d,\"source\":\"%s\",\"amount\":%s}".formatted(year, source, amount);
  }

  private long create(
      TestRegion region,
      long plan,
      String code,
      String dimension,
      boolean quickWin,
      String dependsOn,
      String budget)
      throws Exception {
    String body =
        """
        {"code":"%s","name":"Program %s","dimension":"%s","horizon":"MEDIUM","startYear":2025,
         "endYear":2027,"quickWin":%s,"dependsOn":%s,"budget":[%s]}"""
            .formatted(code, code, dimension, quickWin, dependsOn, budget);
    String json =
        mvc.perform(
                post("/api/v1/masterplans/" + plan + "/programmes")
                    .with(region.as(Role.EDITOR).bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(json, "$.id")).longValue();
  }
}
