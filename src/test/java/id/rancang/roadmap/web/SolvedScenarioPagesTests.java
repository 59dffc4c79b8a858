package id.rancang.roadmap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.roadmap.RoadmapResults;
import id.rancang.roadmap.RoadmapScenarios;
import id.rancang.roadmap.Scenario;
import id.rancang.roadmap.ScenarioCommand;
import id.rancang.roadmap.ScheduledProgramme;
import id.rancang.roadmap.SolveState;
import id.rancang.strategy.Dimension;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.RoadmapFixtures;
import id.rancang.support.RoadmapFixtures.Portfolio;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The scenario page once the engine has answered: A, B and C fit within 1 bn APBD a year, D (1,2 bn
 * in one year) never does.
 */
@RancangIntegrationTest
class SolvedScenarioPagesTests {

  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired RoadmapFixtures roadmap;
  @Autowired RoadmapScenarios scenarios;
  @Autowired RoadmapResults results;
  @Autowired ProgrammePortfolio programmes;

  record Solved(TestRegion region, long plan, Portfolio portfolio, long d, Scenario scenario) {
    String url() {
      return "/masterplans/" + plan + "/roadmap/scenarios/" + scenario.id();
    }
  }

  /** The portfolio and D, a scenario of 1 bn a year, solved through the page. */
  private Solved solved() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    Portfolio portfolio = roadmap.portfolio(region.id(), plan);
    long d =
        roadmap.programme(
            region.id(), plan, Dimension.SOCIETY, 2025, 2025, "1200000000", false, List.of());
    Scenario s = roadmap.scenario(region.id(), plan, "Dasar", "1000000000");
    MvcResult solve =
        mvc.perform(
                post("/masterplans/" + plan + "/roadmap/scenarios/" + s.id() + "/solve")
                    .with(csrf())
                    .with(region.as(Role.EDITOR).user()))
            .andExpect(status().isFound())
            .andReturn();
    assertThat(solve.getFlashMap().get("flashError")).isNull();
    assertThat(solve.getFlashMap().get("flash")).isNotNull();
    Scenario done = roadmap.awaitDone(region.id(), plan, s.id(), PATIENCE);
    assertThat(done.solveState()).isEqualTo(SolveState.DONE);
    return new Solved(region, plan, portfolio, d, done);
  }

  @Test
  void aSolvedScenarioShowsItsAnswerGanttSpendingAndWhatIsLeftOutWithTheReason() throws Exception {
    Solved s = solved();

    Document page = page(get(s.url()), s.region().as(Role.REVIEWER).user());

    assertThat(page.select("#status .badge").text()).isNotBlank();
    assertThat(page.select("#objective").text()).isEqualTo("3");
    assertThat(page.select("#greedy").text()).isNotBlank();
    assertThat(page.select("#gantt figure svg")).hasSize(3);
    assertThat(page.select("#gantt-LIVING").html()).contains("Program peta jalan");
    assertThat(page.select("#spend-APBD tbody tr")).hasSize(10);
    assertThat(page.select("#spend-chart-APBD svg")).hasSize(1);
    assertThat(page.select("#spend-APBD tr.over")).isEmpty();
    assertThat(page.select("#schedule tbody tr")).hasSize(3);
    assertThat(page.select("#left-" + s.d())).hasSize(1);
    assertThat(page.select("#left-" + s.d() + " td").get(4).text()).isNotBlank();
    assertThat(page.select("#progress")).isEmpty();
    assertThat(page.select("form.inline-edit")).isEmpty();
  }

  @Test
  void aStartYearSetByHandShowsWhatTheScheduleThenBreaks() throws Exception {
    Solved s = solved();

    Document fragment =
        page(
            post(s.url() + "/schedule/" + s.d())
                .header("HX-Request", "true")
                .with(csrf())
                .param("startYear", "2025")
                .param("version", Integer.toString(s.scenario().version())),
            s.region().as(Role.EDITOR).user());

    assertThat(fragment.select("#edit-message").text()).isNotBlank();
    assertThat(fragment.select("#violations li")).isNotEmpty();
    assertThat(fragment.select("#spend-APBD tr.over")).hasSize(1);
    assertThat(fragment.select("#row-" + s.d())).hasSize(1);

    // an outdated version is refused in words
    Document stale =
        page(
            post(s.url() + "/schedule/" + s.d())
                .header("HX-Request", "true")
                .with(csrf())
                .param("startYear", "")
                .param("version", Integer.toString(s.scenario().version())),
            s.region().as(Role.EDITOR).user());
    assertThat(stale.select("#edit-problem").text()).isNotBlank();
  }

  @Test
  void adoptingMovesTheProgrammesToTheScheduledYears() throws Exception {
    Solved s = solved();
    long regionId = s.region().id();
    List<ScheduledProgramme> schedule =
        results.view(regionId, s.plan(), s.scenario().id()).scheduled();

    Document confirm = page(get(s.url() + "/adopt"), s.region().as(Role.EDITOR).user());
    assertThat(confirm.select("#moving").text()).isNotBlank();
    assertThat(confirm.select("#adopt-violations")).isEmpty();
    MvcResult adopted =
        mvc.perform(post(s.url() + "/adopt").with(csrf()).with(s.region().as(Role.EDITOR).user()))
            .andExpect(status().isFound())
            .andReturn();

    assertThat((String) adopted.getFlashMap().get("flash")).contains("program");
    for (ScheduledProgramme p : schedule) {
      assertThat(programmes.get(regionId, s.plan(), p.id()).startYear())
          .as(p.code())
          .isEqualTo(p.startYear());
    }
    assertThat(scenarios.get(regionId, s.plan(), s.scenario().id()).adopted()).isTrue();
  }

  @Test
  void aScheduleThatBreaksConstraintsIsAdoptedOnlyWhenTheTeamConfirmsIt() throws Exception {
    Solved s = solved();
    mvc.perform(
            post(s.url() + "/schedule/" + s.d())
                .with(csrf())
                .param("startYear", "2025")
                .param("version", Integer.toString(s.scenario().version()))
                .with(s.region().as(Role.EDITOR).user()))
        .andExpect(status().isFound());

    Document confirm = page(get(s.url() + "/adopt"), s.region().as(Role.EDITOR).user());
    Document refused =
        page(post(s.url() + "/adopt").with(csrf()), s.region().as(Role.EDITOR).user());
    MvcResult adopted =
        mvc.perform(
                post(s.url() + "/adopt")
                    .with(csrf())
                    .param("confirmViolations", "true")
                    .with(s.region().as(Role.EDITOR).user()))
            .andExpect(status().isFound())
            .andReturn();

    assertThat(confirm.select("#adopt-violations li")).isNotEmpty();
    assertThat(confirm.select("#confirmViolations")).hasSize(1);
    assertThat(refused.select("#adopt-problem").text()).isNotBlank();
    assertThat(adopted.getFlashMap().get("flash")).isNotNull();
  }

  @Test
  void scenariosComparedShowWhichProgrammesAreInOrOut() throws Exception {
    Solved s = solved();
    long regionId = s.region().id();
    Scenario withoutB =
        scenarios.create(
            regionId,
            s.plan(),
            new ScenarioCommand(
                "Tanpa B",
                null,
                roadmap.ceilings(regionId, s.plan(), "1000000000"),
                null,
                null,
                null,
                null,
                List.of(s.portfolio().b()),
                null,
                null,
                false,
                null,
                10,
                null));
    roadmap.solve(regionId, s.plan(), withoutB.id(), PATIENCE);

    Document all =
        page(
            get("/masterplans/" + s.plan() + "/roadmap/compare")
                .param("ids", Long.toString(s.scenario().id()), Long.toString(withoutB.id())),
            s.region().as(Role.REVIEWER).user());
    Document differences =
        page(
            get("/masterplans/" + s.plan() + "/roadmap/compare")
                .param("ids", Long.toString(s.scenario().id()), Long.toString(withoutB.id()))
                .param("only", "true"),
            s.region().as(Role.REVIEWER).user());

    assertThat(all.select("#row-in td").eachText()).containsExactly("3", "2");
    assertThat(all.select(".compare-rows tbody tr")).hasSize(4);
    assertThat(all.select("#programme-" + s.portfolio().b() + ".in-out")).hasSize(1);
    assertThat(differences.select(".compare-rows tbody tr").size())
        .isBetween(1, 4)
        .isLessThanOrEqualTo(all.select(".compare-rows tbody tr.differs").size());
    assertThat(differences.select("#programme-" + s.portfolio().b())).hasSize(1);
    assertThat(differences.select("#programme-" + s.d())).isEmpty();
  }

  @Test
  void solvingAScenarioWithoutProgrammesSaysWhyInWords() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    Scenario empty = roadmap.scenario(region.id(), plan);

    MvcResult solve =
        mvc.perform(
                post("/masterplans/" + plan + "/roadmap/scenarios/" + empty.id() + "/solve")
                    .with(csrf())
                    .with(region.as(Role.EDITOR).user()))
            .andExpect(status().isFound())
            .andReturn();

    assertThat((String) solve.getFlashMap().get("flashError")).contains("program");
  }

  private Document page(MockHttpServletRequestBuilder request, RequestPostProcessor user)
      throws Exception {
    MvcResult result = mvc.perform(request.with(user)).andExpect(status().isOk()).andReturn();
    return Jsoup.parse(result.getResponse().getContentAsString());
  }
}
