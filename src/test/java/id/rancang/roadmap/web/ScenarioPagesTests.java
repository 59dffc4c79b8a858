package id.rancang.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.roadmap.CeilingEntry;
import id.rancang.roadmap.RoadmapScenarios;
import id.rancang.roadmap.Scenario;
import id.rancang.roadmap.ScenarioInputs;
import id.rancang.roadmap.SolveState;
import id.rancang.shared.NotFoundException;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.RoadmapFixtures;
import id.rancang.support.RoadmapFixtures.Portfolio;
import java.math.BigDecimal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@RancangIntegrationTest
class ScenarioPagesTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired RoadmapFixtures roadmap;
  @Autowired RoadmapScenarios scenarios;
  @Autowired JdbcClient jdbc;

  @Test
  void theMasterplanPageLeadsToItsRoadmapScenarios() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());

    Document page = page(get("/masterplans/" + plan), region.as(Role.REVIEWER).user());

    assertThat(page.select("a[href=/masterplans/" + plan + "/roadmap]")).hasSize(1);
  }

  @Test
  void anEmptyListExplainsWhatAScenarioIsAndOnlyTheTeamIsOfferedANewOne() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    String url = "/masterplans/" + plan + "/roadmap";

    Document editor = page(get(url), region.as(Role.EDITOR).user());
    Document reviewer = page(get(url), region.as(Role.REVIEWER).user());

    assertThat(editor.select("#results .empty").text()).contains("pagu anggaran");
    assertThat(editor.select("#new-scenario")).hasSize(1);
    assertThat(editor.select("#compare-form")).isEmpty();
    assertThat(reviewer.select("#results .empty")).hasSize(1);
    assertThat(reviewer.select("#new-scenario")).isEmpty();
  }

  @Test
  void theListShowsTheAdoptedScenarioFirstAndComesInPages() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    roadmap.portfolio(region.id(), plan);
    Scenario first = roadmap.scenario(region.id(), plan);
    for (int i = 0; i < 20; i++) {
      roadmap.scenario(region.id(), plan);
    }
    jdbc.sql("update roadmap_scenario set adopted_at = now() where id = ?")
        .params(first.id())
        .update();
    String url = "/masterplans/" + plan + "/roadmap";

    Document one = page(get(url), region.as(Role.REVIEWER).user());
    Document two = page(get(url).param("page", "1"), region.as(Role.REVIEWER).user());

    assertThat(one.select("#results tbody tr")).hasSize(20);
    assertThat(one.select("#results tbody tr").first().id()).isEqualTo("scenario-" + first.id());
    assertThat(one.select("#results tbody tr").first().select(".badge.adopted")).hasSize(1);
    assertThat(one.select("#compare-form input[name=ids]")).hasSize(20);
    assertThat(one.select(".pager a")).hasSize(1);
    assertThat(two.select("#results tbody tr")).hasSize(1);
  }

  @Test
  void theNewScenarioFormTicksTheSelectedProgrammesAndLeavesTheCeilingsBlank() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    Portfolio p = roadmap.portfolio(region.id(), plan);

    Document form =
        page(get("/masterplans/" + plan + "/roadmap/new"), region.as(Role.EDITOR).user());

    assertThat(form.select("table.ceiling-grid tbody tr")).hasSize(10);
    assertThat(form.select("#cell_2024_APBD").val()).isEmpty();
    assertThat(form.select("table.ceiling-grid thead th").text()).contains("APBD");
    assertThat(form.select("#include-" + p.a() + "[checked]")).hasSize(1);
    assertThat(form.select("#include-" + p.c() + "[checked]")).hasSize(1);
    assertThat(form.select("#fill-from-budgets")).hasSize(1);
  }

  @Test
  void fillingFromTheBudgetsPutsTheTickedProgrammesSumsInTheGridWithoutSaving() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    Portfolio p = roadmap.portfolio(region.id(), plan);

    Document form =
        page(
            post("/masterplans/" + plan + "/roadmap/new")
                .with(csrf())
                .param("name", "Dasar")
                .param("_include", "on")
                .param("include", Long.toString(p.a()), Long.toString(p.b()))
                .param("fill", "budgets"),
            region.as(Role.EDITOR).user());

    assertThat(form.select("#filled")).hasSize(1);
    assertThat(form.select("#cell_2024_APBD").val()).isEqualTo("400000000");
    assertThat(form.select("#cell_2025_APBD").val()).isEqualTo("700000000");
    // C is not ticked: its 2026 budget is not counted
    assertThat(form.select("#cell_2026_APBD").val()).isEqualTo("300000000");
    assertThat(form.select("#cell_2030_APBD").val()).isEmpty();
    assertThat(form.select("#name").val()).isEqualTo("Dasar");
    assertThat(form.select("#include-" + p.c() + "[checked]")).isEmpty();
    assertThat(scenarios.list(region.id(), plan, id.rancang.shared.PageRequest.of(0, 5)).total())
        .isZero();
  }

  @Test
  void anEditorCreatesAScenarioWithCeilingsProgrammesAndRules() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    Portfolio p = roadmap.portfolio(region.id(), plan);
    MockHttpServletRequestBuilder request =
        post("/masterplans/" + plan + "/roadmap/new")
            .with(csrf())
            .param("name", "Anggaran dasar")
            .param("description", "Pagu APBD tetap")
            .param("_include", "on")
            .param("include", Long.toString(p.a()), Long.toString(p.b()), Long.toString(p.c()))
            .param("value_" + p.b(), "2,5")
            .param("earliest_" + p.c(), "2027")
            .param("mandatory", Long.toString(p.a()))
            .param("group", "", "")
            .param("share_LIVING", "10")
            .param("timeLimitSeconds", "5")
            .param("gapLimit", "1");
    for (int y = 2024; y <= 2033; y++) {
      request.param("cell_" + y + "_APBD", "1.000.000.000");
    }

    MvcResult result =
        mvc.perform(request.with(region.as(Role.EDITOR).user()))
            .andExpect(status().isFound())
            .andReturn();

    String location = result.getResponse().getRedirectedUrl();
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    Scenario s = scenarios.get(region.id(), plan, id);
    ScenarioInputs inputs = scenarios.inputs(region.id(), plan, id);
    assertThat(s.name()).isEqualTo("Anggaran dasar");
    assertThat(s.timeLimitSeconds()).isEqualTo(5);
    assertThat(s.gapLimit()).isEqualByComparingTo("0.01");
    assertThat(inputs.ceilings()).hasSize(10);
    assertThat(inputs.ceiling(2030, "APBD")).isEqualByComparingTo("1000000000");
    assertThat(inputs.candidates()).hasSize(3);
    assertThat(inputs.candidates())
        .filteredOn(c -> c.programmeId() == p.b())
        .singleElement()
        .extracting(ScenarioInputs.CandidateSetting::value)
        .isEqualTo(2.5);
    assertThat(inputs.candidates())
        .filteredOn(c -> c.programmeId() == p.c())
        .singleElement()
        .extracting(ScenarioInputs.CandidateSetting::earliestStart)
        .isEqualTo(2027);
    assertThat(inputs.minimumDimensionShare().get("LIVING")).isEqualByComparingTo("0.1");

    Document page = page(get(location), region.as(Role.EDITOR).user());
    assertThat(page.select("h1").text()).contains("Anggaran dasar");
    assertThat(page.select("#not-solved")).hasSize(1);
    assertThat(page.select("#solve")).hasSize(1);
    assertThat(page.select("#progress")).isEmpty();
  }

  @Test
  void mistakesAreShownNextToTheirCellsAndFieldsWithEverythingTypedKept() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    Portfolio p = roadmap.portfolio(region.id(), plan);
    Scenario taken = roadmap.scenario(region.id(), plan);

    Document form =
        page(
            post("/masterplans/" + plan + "/roadmap/new")
                .with(csrf())
                .param("name", taken.name())
                .param("description", "Uji kesalahan")
                .param("_include", "on")
                .param("include", Long.toString(p.a()), Long.toString(p.b()))
                .param("cell_2024_APBD", "-5")
                .param("cell_2025_APBD", "banyak")
                .param("cell_2026_APBD", "750000000")
                .param("value_" + p.a(), "7")
                .param("earliest_" + p.b(), "2030")
                .param("latest_" + p.b(), "2026")
                .param("group", "XX-404, " + "RM-0", "")
                .param("share_GOVERNANCE", "80")
                .param("share_LIVING", "40")
                .param("lockedThrough", "2040"),
            region.as(Role.EDITOR).user());

    assertThat(form.select("#form-problems")).hasSize(1);
    assertThat(form.select("#name-error").text()).contains(taken.name());
    assertThat(form.select("#error-cell_2024_APBD").text()).isNotBlank();
    assertThat(form.select("#error-cell_2025_APBD").text()).isNotBlank();
    assertThat(form.select("#error-cell_2026_APBD")).isEmpty();
    assertThat(form.select("#ceilings-error").text()).contains("2027");
    assertThat(form.select("#programme-" + p.b() + " .field-error").text()).contains("2030");
    assertThat(form.select("#group-0-error").text()).contains("XX-404");
    assertThat(form.select("#shares-error").text()).isNotBlank();
    assertThat(form.select("#lockedThrough-error").text()).contains("2040");
    // nothing typed is lost
    assertThat(form.select("#description").text()).isEqualTo("Uji kesalahan");
    assertThat(form.select("#cell_2025_APBD").val()).isEqualTo("banyak");
    assertThat(form.select("#cell_2026_APBD").val()).isEqualTo("750000000");
    assertThat(form.select("#value_" + p.a()).val()).isEqualTo("7");
    assertThat(form.select("#latest_" + p.b()).val()).isEqualTo("2026");
    assertThat(form.select("#include-" + p.c() + "[checked]")).isEmpty();
    assertThat(form.select("#group-0").val()).startsWith("XX-404");
    assertThat(form.select("#share_LIVING").val()).isEqualTo("40");
    assertThat(form.select("#lockedThrough").val()).isEqualTo("2040");
  }

  @Test
  void editingShowsTheStoredInputsAndSavingReplacesThem() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    Portfolio p = roadmap.portfolio(region.id(), plan);
    Scenario s = roadmap.scenario(region.id(), plan, "Dasar", "900000000");
    String url = "/masterplans/" + plan + "/roadmap/scenarios/" + s.id() + "/edit";

    Document form = page(get(url), region.as(Role.EDITOR).user());
    assertThat(form.select("#name").val()).isEqualTo("Dasar");
    assertThat(form.select("#cell_2031_APBD").val()).isEqualTo("900000000");
    assertThat(form.select("input[name=version]").val()).isEqualTo("0");
    assertThat(form.select("#include-" + p.b() + "[checked]")).hasSize(1);

    MockHttpServletRequestBuilder save =
        post(url)
            .with(csrf())
            .param("name", "Dasar (revisi)")
            .param("version", "0")
            .param("_include", "on")
            .param("include", Long.toString(p.a()), Long.toString(p.c()))
            .param("group", "")
            .param("timeLimitSeconds", "10")
            .param("gapLimit", "0.1");
    for (int y = 2024; y <= 2033; y++) {
      save.param("cell_" + y + "_APBD", "800000000");
    }
    mvc.perform(save.with(region.as(Role.EDITOR).user())).andExpect(status().isFound());

    assertThat(scenarios.get(region.id(), plan, s.id()).name()).isEqualTo("Dasar (revisi)");
    ScenarioInputs inputs = scenarios.inputs(region.id(), plan, s.id());
    assertThat(inputs.candidates()).hasSize(2);
    assertThat(inputs.ceilings())
        .extracting(CeilingEntry::amount)
        .allSatisfy(a -> assertThat(a).isEqualByComparingTo("800000000"));
  }

  @Test
  void savingOverAnotherPersonsChangeSaysSoAndKeepsWhatWasTyped() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    roadmap.portfolio(region.id(), plan);
    Scenario s = roadmap.scenario(region.id(), plan, "Dasar", "900000000");
    String url = "/masterplans/" + plan + "/roadmap/scenarios/" + s.id() + "/edit";
    // someone else saves first
    mvc.perform(
            post(url)
                .with(csrf())
                .with(region.as(Role.REGION_ADMIN).user())
                .param("name", "Dasar oleh admin")
                .param("version", "0")
                .params(cells("900000000")))
        .andExpect(status().isFound());

    Document form =
        page(
            post(url)
                .with(csrf())
                .param("name", "Dasar oleh editor")
                .param("version", "0")
                .params(cells("700000000")),
            region.as(Role.EDITOR).user());

    assertThat(form.select("#conflict")).hasSize(1);
    assertThat(form.select("#name").val()).isEqualTo("Dasar oleh editor");
    assertThat(form.select("#cell_2024_APBD").val()).isEqualTo("700000000");
    assertThat(form.select("input[name=version]").val()).isEqualTo("1");
    assertThat(scenarios.get(region.id(), plan, s.id()).name()).isEqualTo("Dasar oleh admin");
  }

  @Test
  void deletingAsksFirstAndTheAdoptedScenarioNeedsTheExtraConfirmation() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    roadmap.portfolio(region.id(), plan);
    Scenario plain = roadmap.scenario(region.id(), plan);
    Scenario adopted = roadmap.scenario(region.id(), plan);
    jdbc.sql("update roadmap_scenario set adopted_at = now() where id = ?")
        .params(adopted.id())
        .update();
    String base = "/masterplans/" + plan + "/roadmap/scenarios/";

    Document confirmPlain = page(get(base + plain.id() + "/delete"), region.as(Role.EDITOR).user());
    Document confirmAdopted =
        page(get(base + adopted.id() + "/delete"), region.as(Role.EDITOR).user());
    assertThat(confirmPlain.select("#adopted-warning")).isEmpty();
    assertThat(confirmAdopted.select("#adopted-warning #confirmAdopted")).hasSize(1);

    mvc.perform(
            post(base + plain.id() + "/delete").with(csrf()).with(region.as(Role.EDITOR).user()))
        .andExpect(status().isFound());
    Document refused =
        page(post(base + adopted.id() + "/delete").with(csrf()), region.as(Role.EDITOR).user());
    assertThat(refused.select("#delete-problem").text()).isNotBlank();
    assertThat(scenarios.get(region.id(), plan, adopted.id())).isNotNull();
    mvc.perform(
            post(base + adopted.id() + "/delete")
                .with(csrf())
                .param("confirmAdopted", "true")
                .with(region.as(Role.EDITOR).user()))
        .andExpect(status().isFound());

    for (long id : new long[] {plain.id(), adopted.id()}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> scenarios.get(region.id(), plan, id))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void aCopyWithEightyPercentCutsEveryCeilingByAFifth() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    roadmap.portfolio(region.id(), plan);
    Scenario s = roadmap.scenario(region.id(), plan, "Dasar", "1000000000");
    String url = "/masterplans/" + plan + "/roadmap/scenarios/" + s.id() + "/copy";

    Document form = page(get(url), region.as(Role.EDITOR).user());
    assertThat(form.select("#name").val()).contains("Dasar");
    Document unreadable =
        page(
            post(url).with(csrf()).param("name", "Hemat").param("ceilingPercent", "sedikit"),
            region.as(Role.EDITOR).user());
    assertThat(unreadable.select("#ceilingPercent-error").text()).isNotBlank();
    assertThat(unreadable.select("#ceilingPercent").val()).isEqualTo("sedikit");
    Document taken =
        page(
            post(url).with(csrf()).param("name", "Dasar").param("ceilingPercent", "80"),
            region.as(Role.EDITOR).user());
    assertThat(taken.select("#name-error").text()).contains("Dasar");
    MvcResult copied =
        mvc.perform(
                post(url)
                    .with(csrf())
                    .param("name", "Anggaran -20%")
                    .param("ceilingPercent", "80")
                    .with(region.as(Role.EDITOR).user()))
            .andExpect(status().isFound())
            .andReturn();

    String location = copied.getResponse().getRedirectedUrl();
    long copy = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    assertThat(scenarios.inputs(region.id(), plan, copy).ceiling(2028, "APBD"))
        .isEqualByComparingTo(new BigDecimal("800000000"));
  }

  @Test
  void aScenarioNotYetSolvedOffersTheTeamToSolveItAndShowsNoSchedule() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    roadmap.portfolio(region.id(), plan);
    Scenario s = roadmap.scenario(region.id(), plan);
    String url = "/masterplans/" + plan + "/roadmap/scenarios/" + s.id();

    Document editor = page(get(url), region.as(Role.EDITOR).user());
    Document reviewer = page(get(url), region.as(Role.REVIEWER).user());

    assertThat(editor.select("#not-solved")).hasSize(1);
    assertThat(editor.select("#solve")).hasSize(1);
    assertThat(editor.select("#gantt, #schedule, #left-out, #adopt")).isEmpty();
    assertThat(reviewer.select("#team-actions")).isEmpty();
    assertThat(reviewer.select("#not-solved")).hasSize(1);
  }

  @Test
  void theProgressPollTellsHtmxToReloadOnceTheSolveIsOver() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    roadmap.portfolio(region.id(), plan);
    Scenario s = roadmap.scenario(region.id(), plan);
    assertThat(s.solveState()).isEqualTo(SolveState.NEW);

    MvcResult result =
        mvc.perform(
                get("/masterplans/" + plan + "/roadmap/scenarios/" + s.id() + "/progress")
                    .header("HX-Request", "true")
                    .with(region.as(Role.REVIEWER).user()))
            .andExpect(status().isOk())
            .andReturn();

    assertThat(result.getResponse().getHeader("HX-Refresh")).isEqualTo("true");
  }

  @Test
  void whileASolveRunsThePagePollsItsProgressAndOffersToCancel() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    roadmap.portfolio(region.id(), plan);
    Scenario s = roadmap.scenario(region.id(), plan);
    jdbc.sql(
            "update roadmap_scenario set solve_state = 'RUNNING', heartbeat_at = now(),"
                + " progress_objective = 2.5, progress_bound = 3, progress_millis = 1500"
                + " where id = ?")
        .params(s.id())
        .update();
    String url = "/masterplans/" + plan + "/roadmap/scenarios/" + s.id();

    Document page = page(get(url), region.as(Role.EDITOR).user());
    Document fragment =
        page(get(url + "/progress").header("HX-Request", "true"), region.as(Role.EDITOR).user());

    assertThat(page.select("#progress[hx-trigger=every 1s]").attr("hx-get"))
        .isEqualTo(url + "/progress");
    assertThat(page.select("#progress a[href=" + url + "]")).hasSize(1);
    assertThat(page.select("#cancel")).hasSize(1);
    assertThat(page.select("#solve")).isEmpty();
    assertThat(fragment.select("#progress-best").text()).isEqualTo("2,5");
    assertThat(fragment.select("#progress-gap").text()).isEqualTo("16,67%");
    assertThat(fragment.select("#progress-elapsed").text()).isEqualTo("1,5");
  }

  @Test
  void aSecondSolveWhileOneRunsIsRefusedInWords() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    roadmap.portfolio(region.id(), plan);
    Scenario s = roadmap.scenario(region.id(), plan, "Sedang jalan", "1000000000");
    jdbc.sql(
            "update roadmap_scenario set solve_state = 'RUNNING', heartbeat_at = now()"
                + " where id = ?")
        .params(s.id())
        .update();

    MvcResult solve =
        mvc.perform(
                post("/masterplans/" + plan + "/roadmap/scenarios/" + s.id() + "/solve")
                    .with(csrf())
                    .with(region.as(Role.EDITOR).user()))
            .andExpect(status().isFound())
            .andReturn();

    assertThat((String) solve.getFlashMap().get("flashError")).contains("Sedang jalan");
  }

  @Test
  void comparingNeedsTwoToFourScenariosAndShowsThemSideBySide() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    roadmap.portfolio(region.id(), plan);
    Scenario a = roadmap.scenario(region.id(), plan, "Dasar", "1000000000");
    Scenario b = roadmap.scenario(region.id(), plan, "Hemat", "800000000");
    String url = "/masterplans/" + plan + "/roadmap/compare";

    MvcResult one =
        mvc.perform(
                get(url).param("ids", Long.toString(a.id())).with(region.as(Role.REVIEWER).user()))
            .andExpect(status().isFound())
            .andReturn();
    assertThat(one.getFlashMap().get("flashError")).isNotNull();

    Document page =
        page(
            get(url).param("ids", Long.toString(a.id()), Long.toString(b.id())),
            region.as(Role.REVIEWER).user());
    assertThat(page.select("#totals thead th a").eachText()).containsExactly("Dasar", "Hemat");
    assertThat(page.select("#row-year-2024 td").eachText())
        .containsExactly("Rp 0 / Rp 1 M", "Rp 0 / Rp 800 jt");
    assertThat(page.select("input[type=hidden][name=ids]")).hasSize(2);
  }

  private static org.springframework.util.MultiValueMap<String, String> cells(String amount) {
    org.springframework.util.LinkedMultiValueMap<String, String> cells =
        new org.springframework.util.LinkedMultiValueMap<>();
    for (int y = 2024; y <= 2033; y++) {
      cells.add("cell_" + y + "_APBD", amount);
    }
    return cells;
  }

  private Document page(MockHttpServletRequestBuilder request, RequestPostProcessor user)
      throws Exception {
    MvcResult result = mvc.perform(request.with(user)).andExpect(status().isOk()).andReturn();
    return Jsoup.parse(result.getResponse().getContentAsString());
  }
}
