package id.rancang.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.rancang.identity.Role;
import id.rancang.programme.BudgetItem;
import id.rancang.programme.Horizon;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeCommand;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.region.MasterplanCommand;
import id.rancang.region.MasterplanManagement;
import id.rancang.strategy.Dimension;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The roadmap scenarios through the API: inputs checked before anything is solved, a background
 * solve with an honest answer, infeasibility in words, locks, manual edits, comparison and
 * adoption.
 */
@RancangIntegrationTest
class ScenarioApiTests {

  /** Rp 1 million: the unit of the small instances below. */
  private static final long M = 1_000_000L;

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ProgrammePortfolio portfolio;
  @Autowired MasterplanManagement masterplans;
  @Autowired RoadmapScenarios scenarios;
  @Autowired id.rancang.support.ProgrammeFixtures programmeFixtures;
  @Autowired JdbcClient jdbc;

  // ---- inputs ----

  @Test
  void aScenarioWithoutProgrammeIdsConsidersEverySelectedProgrammeOnly() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = plan(region);
    long selected = programme(region, plan, "A", 2024, 2024, Map.of(2024, 10 * M), List.of());
    long proposed = programme(region, plan, "B", 2024, 2024, Map.of(2024, 10 * M), List.of());
    select(region, plan, selected);

    long id =
        create(
            region,
            plan,
            """
            {"name":"Dasar","ceilings":%s}"""
                .formatted(ceilings(2024, 2026, "APBD", 100 * M)));

    ScenarioInputs inputs = scenarios.inputs(region.id(), plan, id);
    assertThat(inputs.candidates())
        .extracting(ScenarioInputs.CandidateSetting::programmeId)
        .containsExactly(selected)
        .doesNotContain(proposed);
    assertThat(inputs.ceilings()).hasSize(3);
  }

  @Test
  void badInputListsEveryProblemByFieldAndSavesNothing() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = plan(region);
    long a = programme(region, plan, "A", 2024, 2024, Map.of(2024, 10 * M), List.of());

    mvc.perform(
            json(
                    post(base(plan)),
                    region,
                    """
                    {"name":"Rusak","programmeIds":[%d, 999999999],
                     "ceilings":[{"year":2024,"source":"APBD","amount":-5},
                                 {"year":2031,"source":"APBD","amount":10},
                                 {"year":2025,"source":"NOPE","amount":10}],
                     "mandatory":[%d],"excluded":[%d],
                     "minimumDimensionShare":{"GOVERNANCE":0.7,"ECONOMY":0.6}}"""
                        .formatted(a, a, a))
                .header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    Matchers.hasItems(
                        "programmeIds[1]",
                        "ceilings[0].amount",
                        "ceilings[1].year",
                        "ceilings[2].source",
                        "ceilings",
                        "excluded",
                        "minimumDimensionShare")))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'ceilings')].message")
                .value(Matchers.hasItem(Matchers.containsString("2024, 2025, 2026"))))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'excluded')].message")
                .value(Matchers.hasItem(Matchers.containsString("both mandatory and excluded"))));

    assertThat(scenarios.list(region.id(), plan, id.rancang.shared.PageRequest.of(0, 10)).total())
        .isZero();
  }

  @Test
  void nullsInListsAndValuesAreRefusedByFieldNotAnsweredWithAServerError() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = plan(region);
    long a = programme(region, plan, "A", 2024, 2024, Map.of(2024, 10 * M), List.of());

    mvc.perform(
            json(
                post(base(plan)),
                region,
                """
                {"name":"Kosong","programmeIds":[%d, null],"ceilings":[null],
                 "mandatory":[null],"exclusiveGroups":[[%d, null], null],
                 "windows":[null],"values":{"%d":null}}"""
                    .formatted(a, a, a)))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(
                    Matchers.hasItems(
                        "programmeIds[1]",
                        "ceilings[0]",
                        "mandatory[0]",
                        "exclusiveGroups[0][1]",
                        "exclusiveGroups[1]",
                        "windows[0].programmeId",
                        "values[%d]".formatted(a))));
  }

  // ---- solving ----

  /**
   * Three one-year programmes that may only start in 2024 under an APBD ceiling of 100: A (value 5,
   * cost 51), B and C (value 4, cost 50 each). By hand: {B, C} is worth 8 and costs exactly 100;
   * any set with A costs at least 101 with another programme, so A alone is worth 5. The greedy
   * schedule by value per cost takes A first (0.098 against 0.08) and then nothing fits: 5.
   */
  @Test
  void theSolverFindsTheProvenOptimumThatTheGreedyScheduleMisses() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = plan(region);
    Instance i = knapsack(region, plan);
    long id = create(region, plan, i.body("Optimal", ""));

    solveAndWait(region, plan, id);

    mvc.perform(get(base(plan) + "/" + id).with(region.as(Role.REVIEWER).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.solveState").value("DONE"))
        .andExpect(jsonPath("$.status").value("OPTIMAL"))
        .andExpect(jsonPath("$.objective").value(Matchers.closeTo(8.0, 1e-6)))
        .andExpect(jsonPath("$.bound").value(Matchers.closeTo(8.0, 1e-6)))
        .andExpect(jsonPath("$.gap").value(Matchers.closeTo(0.0, 1e-9)))
        .andExpect(jsonPath("$.greedyObjective").value(Matchers.closeTo(5.0, 1e-6)))
        .andExpect(
            jsonPath("$.schedule[*].programmeId")
                .value(Matchers.containsInAnyOrder(i.b().intValue(), i.c().intValue())))
        .andExpect(jsonPath("$.schedule[*].startYear").value(Matchers.everyItem(Matchers.is(2024))))
        .andExpect(jsonPath("$.leftOut[0].programmeId").value(i.a().intValue()))
        .andExpect(jsonPath("$.leftOut[0].reason.message").isNotEmpty())
        .andExpect(jsonPath("$.spend[0].source").value("APBD"))
        .andExpect(jsonPath("$.spend[0].years[0].year").value(2024))
        .andExpect(jsonPath("$.spend[0].years[0].spent").value(100 * (int) M))
        .andExpect(jsonPath("$.spend[0].years[0].ceiling").value(100 * (int) M));
  }

  @Test
  void mandatoryProgrammesAboveTheCeilingMakeTheScenarioInfeasibleAndSaySoInNumbers()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = plan(region);
    Instance i = knapsack(region, plan);
    long id =
        create(region, plan, i.body("Mustahil", ",\"mandatory\":[%d,%d]".formatted(i.a(), i.b())));

    solveAndWait(region, plan, id);

    String answer =
        mvc.perform(
                get(base(plan) + "/" + id)
                    .with(region.as(Role.EDITOR).bearer())
                    .header("Accept-Language", "en"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("INFEASIBLE"))
            .andExpect(jsonPath("$.schedule").isEmpty())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<String> conflicts = JsonPath.read(answer, "$.conflicts[*].message");
    assertThat(conflicts).isNotEmpty();
    assertThat(String.join(" ", conflicts))
        .as("the conflict names the year, the source and both amounts")
        .contains("2024")
        .contains("APBD")
        .contains("101")
        .contains("100");
  }

  @Test
  void aSecondSolveWhileOneIsRunningIsRefusedWithAConflict() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = plan(region);
    Instance i = knapsack(region, plan);
    long id = create(region, plan, i.body("Sibuk", ""));
    // another instance is solving it right now: its heartbeat is fresh
    jdbc.sql(
            "update roadmap_scenario set solve_state = 'RUNNING', heartbeat_at = now()"
                + " where id = ?")
        .params(id)
        .update();

    mvc.perform(
            post(base(plan) + "/" + id + "/solve")
                .with(region.as(Role.EDITOR).bearer())
                .header("Accept-Language", "en"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("being optimised")));
    mvc.perform(json(put(base(plan) + "/" + id), region, i.body("Sibuk lagi", ",\"version\":0")))
        .andExpect(status().isBadRequest());

    // the other instance went away a while ago: its heartbeat stopped
    jdbc.sql("update roadmap_scenario set heartbeat_at = now() - interval '5 minutes' where id = ?")
        .params(id)
        .update();
    solveAndWait(region, plan, id);
    assertThat(scenarios.get(region.id(), plan, id).status()).isNotNull();
  }

  @Test
  void lockedYearsKeepTheApprovedStartsAndNothingElseStartsInThem() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = plan(region);
    // A is planned for 2024 (approved); B, worth more, is proposed for 2024 too but not approved
    long a = programme(region, plan, "A", 2024, 2024, Map.of(2024, 60 * M), List.of());
    long b = programme(region, plan, "B", 2024, 2024, Map.of(2024, 60 * M), List.of());
    select(region, plan, a);
    plan(region, plan, a);
    long c = programme(region, plan, "C", 2025, 2025, Map.of(2025, 60 * M), List.of());
    long id =
        create(
            region,
            plan,
            """
            {"name":"Terkunci","programmeIds":[%d,%d,%d],"values":{"%d":1,"%d":5,"%d":5},
             "lockedThrough":2024,"ceilings":%s}"""
                .formatted(a, b, c, a, b, c, ceilings(2024, 2026, "APBD", 100 * M)));

    solveAndWait(region, plan, id);

    String answer =
        mvc.perform(get(base(plan) + "/" + id).with(region.as(Role.EDITOR).bearer()))
            .andExpect(jsonPath("$.status").value("OPTIMAL"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Map<Long, Integer> starts = starts(answer);
    assertThat(starts).containsEntry(a, 2024);
    assertThat(starts).containsKeys(b, c);
    assertThat(starts.get(b)).as("B may not start in the locked year").isGreaterThan(2024);
    assertThat(starts.get(c)).isGreaterThan(2024);
  }

  // ---- manual edits, adoption, copies, comparison ----

  @Test
  void movingAProgrammeBeforeItsPrerequisiteFinishesIsShownAsAViolation() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = plan(region);
    long a = programme(region, plan, "A", 2024, 2024, Map.of(2024, 10 * M), List.of());
    long d = programme(region, plan, "D", 2025, 2025, Map.of(2025, 10 * M), List.of(a));
    long id =
        create(
            region,
            plan,
            """
            {"name":"Urutan","programmeIds":[%d,%d],"ceilings":%s}"""
                .formatted(a, d, ceilings(2024, 2026, "APBD", 100 * M)));
    solveAndWait(region, plan, id);
    Map<Long, Integer> solved = starts(body(region, plan, id));
    assertThat(solved.get(d)).isGreaterThan(solved.get(a));
    int version = scenarios.get(region.id(), plan, id).version();

    mvc.perform(
            json(
                    put(base(plan) + "/" + id + "/schedule/" + d),
                    region,
                    "{\"startYear\":%d,\"version\":%d}".formatted(solved.get(a), version))
                .header("Accept-Language", "en"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.violations").isNotEmpty())
        .andExpect(jsonPath("$.violations[0].programmeIds").value(Matchers.hasItem((int) d)));

    mvc.perform(get(base(plan) + "/" + id).with(region.as(Role.EDITOR).bearer()))
        .andExpect(jsonPath("$.editedByHand").value(true))
        .andExpect(jsonPath("$.violations").isNotEmpty());
    // the stale version is refused
    mvc.perform(
            json(
                put(base(plan) + "/" + id + "/schedule/" + d),
                region,
                "{\"startYear\":2026,\"version\":%d}".formatted(version)))
        .andExpect(status().isConflict());
    // adopting a schedule that breaks a constraint needs a confirmation
    mvc.perform(json(post(base(plan) + "/" + id + "/adopt"), region, "{}"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void adoptingAScenarioMovesTheProgrammesWithTheirBudgetLinesAndMarksItAdopted() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = plan(region);
    // B (2024-2025) costs 60 in each year; with a ceiling of 70 it cannot run beside A in 2024
    long a = programme(region, plan, "A", 2024, 2024, Map.of(2024, 60 * M), List.of());
    long b =
        programme(region, plan, "B", 2024, 2025, Map.of(2024, 60 * M, 2025, 30 * M), List.of());
    long id =
        create(
            region,
            plan,
            """
            {"name":"Adopsi","programmeIds":[%d,%d],"values":{"%d":2,"%d":1},
             "windows":[{"programmeId":%d,"earliestStart":2024,"latestStart":2024}],
             "ceilings":%s}"""
                .formatted(a, b, a, b, a, ceilings(2024, 2026, "APBD", 70 * M)));
    long action = programmeFixtures.createAction(region.id(), b); // in 2025, B's last year
    solveAndWait(region, plan, id);
    assertThat(starts(body(region, plan, id))).containsEntry(a, 2024).containsEntry(b, 2025);

    mvc.perform(json(post(base(plan) + "/" + id + "/adopt"), region, "{}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.programmesMoved").value(1));

    Programme moved = portfolio.get(region.id(), plan, b);
    assertThat(moved.startYear()).isEqualTo(2025);
    assertThat(moved.endYear()).isEqualTo(2026);
    assertThat(moved.budget())
        .extracting(BudgetItem::year, i -> i.amount().longValue())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(2025, 60 * M),
            org.assertj.core.groups.Tuple.tuple(2026, 30 * M));
    assertThat(scenarios.get(region.id(), plan, id).adopted()).isTrue();
    assertThat(
            jdbc.sql("select year from programme_action where id = ?")
                .params(action)
                .query(Integer.class)
                .single())
        .as("the action moves with its programme")
        .isEqualTo(2026);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where region_id = ? and record_type ="
                        + " 'programme' and record_id = ?")
                .params(region.id(), b)
                .query(Long.class)
                .single())
        .as("the move is in the audit trail")
        .isGreaterThanOrEqualTo(2);
    // deleting the adopted scenario needs a confirmation
    mvc.perform(delete(base(plan) + "/" + id).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest());
    mvc.perform(
            delete(base(plan) + "/" + id + "?confirm=true").with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNoContent());
  }

  @Test
  void aCopyWithTwentyPercentLessBudgetIsComparedSideBySide() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = plan(region);
    Instance i = knapsack(region, plan);
    long id = create(region, plan, i.body("Penuh", ""));
    String copied =
        mvc.perform(
                json(
                    post(base(plan) + "/" + id + "/copy"),
                    region,
                    "{\"name\":\"Anggaran -20%\",\"ceilingFactor\":0.8}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long copy = ((Number) JsonPath.read(copied, "$.id")).longValue();
    assertThat(scenarios.inputs(region.id(), plan, copy).ceiling(2024, "APBD"))
        .isEqualByComparingTo(BigDecimal.valueOf(80 * M));
    solveAndWait(region, plan, id);
    solveAndWait(region, plan, copy);

    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/roadmap/comparison?ids=" + id + "," + copy)
                .with(region.as(Role.OPD_CONTRIBUTOR).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.scenarios[0].value").value(Matchers.closeTo(8.0, 1e-6)))
        // with 80 only one programme fits: A (value 5) is the best alone
        .andExpect(jsonPath("$.scenarios[1].value").value(Matchers.closeTo(5.0, 1e-6)))
        .andExpect(
            jsonPath("$.programmes[?(@.programmeId == %d)].starts[1]".formatted(i.b()))
                .value(Matchers.hasItem(Matchers.nullValue())));
  }

  // ---- who may do what ----

  @Test
  void membersReadScenariosButOnlyTheTeamChangesThemAndOtherRegionsSeeNothing() throws Exception {
    TestRegion region = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    long plan = plan(region);
    Instance i = knapsack(region, plan);
    long id = create(region, plan, i.body("Hak", ""));

    mvc.perform(get(base(plan) + "/" + id).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk());
    mvc.perform(post(base(plan) + "/" + id + "/solve").with(region.as(Role.REVIEWER).bearer()))
        .andExpect(status().isForbidden());
    mvc.perform(get(base(plan) + "/" + id).with(other.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(post(base(plan) + "/" + id + "/solve").with(other.as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
    // a scenario id of another masterplan is not found either
    long otherPlan = plan(other);
    mvc.perform(get(base(otherPlan) + "/" + id).with(other.as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
    assertThat(scenarios.get(region.id(), plan, id).solveState()).isEqualTo(SolveState.NEW);
  }

  // ---- helpers ----

  /** The three programmes of the knapsack instance, one-year, only in 2024. */
  private record Instance(Long a, Long b, Long c) {

    String body(String name, String more) {
      return """
          {"name":"%s","programmeIds":[%d,%d,%d],"values":{"%d":5,"%d":4,"%d":4},
           "windows":[{"programmeId":%d,"latestStart":2024},{"programmeId":%d,"latestStart":2024},
                      {"programmeId":%d,"latestStart":2024}],
           "ceilings":%s%s}"""
          .formatted(name, a, b, c, a, b, c, a, b, c, ceilings(2024, 2026, "APBD", 100 * M), more);
    }
  }

  private Instance knapsack(TestRegion region, long plan) {
    return new Instance(
        programme(region, plan, "A", 2024, 2024, Map.of(2024, 51 * M), List.of()),
        programme(region, plan, "B", 2024, 2024, Map.of(2024, 50 * M), List.of()),
        programme(region, plan, "C", 2024, 2024, Map.of(2024, 50 * M), List.of()));
  }

  private void solveAndWait(TestRegion region, long plan, long id) throws Exception {
    mvc.perform(post(base(plan) + "/" + id + "/solve").with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isAccepted());
    // bounded wait for the background solve (each solve has a 10 s limit); not a timing assertion
    for (int n = 0; n < 1200 && scenarios.get(region.id(), plan, id).solveState().busy(); n++) {
      Thread.sleep(50);
    }
    assertThat(scenarios.get(region.id(), plan, id).solveState()).isEqualTo(SolveState.DONE);
  }

  private String body(TestRegion region, long plan, long id) throws Exception {
    return mvc.perform(get(base(plan) + "/" + id).with(region.as(Role.EDITOR).bearer()))
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private static Map<Long, Integer> starts(String answer) {
    List<Map<String, Object>> schedule = JsonPath.read(answer, "$.schedule");
    Map<Long, Integer> starts = new java.util.HashMap<>();
    for (Map<String, Object> s : schedule) {
      starts.put(((Number) s.get("programmeId")).longValue(), (Integer) s.get("startYear"));
    }
    return starts;
  }

  private long plan(TestRegion region) {
    return masterplans.create(region.id(), new MasterplanCommand("Roadmap uji", 2024, 2026)).id();
  }

  private long programme(
      TestRegion region,
      long plan,
      String code,
      int start,
      int end,
      Map<Integer, Long> apbd,
      List<Long> dependsOn) {
    List<BudgetItem> budget =
        apbd.entrySet().stream()
            .map(e -> new BudgetItem(e.getKey(), "APBD", BigDecimal.valueOf(e.getValue())))
            .toList();
    return portfolio
        .create(
            region.id(),
            plan,
            new ProgrammeCommand(
                code,
                "Program " + code,
                Dimension.GOVERNANCE,
                null,
                null,
                null,
                null,
                null,
                Horizon.MEDIUM,
                start,
                end,
                null,
                false,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                budget,
                dependsOn,
                List.of()))
        .programme()
        .id();
  }

  private void select(TestRegion region, long plan, long programme) {
    Programme p = portfolio.get(region.id(), plan, programme);
    portfolio.changeStatus(
        region.id(),
        plan,
        programme,
        id.rancang.programme.ProgrammeStatus.SELECTED,
        null,
        p.version());
  }

  private void plan(TestRegion region, long plan, long programme) {
    Programme p = portfolio.get(region.id(), plan, programme);
    portfolio.changeStatus(
        region.id(),
        plan,
        programme,
        id.rancang.programme.ProgrammeStatus.PLANNED,
        null,
        p.version());
  }

  private static String ceilings(int from, int to, String source, long amount) {
    StringBuilder json = new StringBuilder("[");
    for (int y = from; y <= to; y++) {
      if (y > from) {
        json.append(',');
      }
      json.append("{\"year\":%d,\"source\":\"%s\",\"amount\":%d}".formatted(y, source, amount));
    }
    return json.append(']').toString();
  }

  private long create(TestRegion region, long plan, String body) throws Exception {
    String created =
        mvc.perform(json(post(base(plan)), region, body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(created, "$.id")).longValue();
  }

  private static String base(long plan) {
    return "/api/v1/masterplans/" + plan + "/roadmap/scenarios";
  }

  private static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder request, TestRegion region, String body) {
    return request
        .with(region.as(Role.EDITOR).bearer())
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }
}
