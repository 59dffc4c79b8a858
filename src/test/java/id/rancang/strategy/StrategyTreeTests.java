package id.rancang.strategy;

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
import id.rancang.shared.ConcurrentEditException;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.StrategyFixtures;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@RancangIntegrationTest
class StrategyTreeTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired StrategyFixtures strategy;
  @Autowired StrategyTree tree;
  @Autowired JdbcClient jdbc;

  @Test
  void missionsGoalsAndTargetsAreListedUnderTheirParentsInOrder() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long m1 = create(region, plan, "missions", "{\"code\":\"M1\",\"statement\":\"Misi satu\"}");
    long m2 = create(region, plan, "missions", "{\"code\":\"M2\",\"statement\":\"Misi dua\"}");
    long g1 =
        create(
            region,
            plan,
            "goals",
            "{\"statement\":\"Tujuan\",\"missionId\":%d,\"dimensions\":[\"LIVING\",\"GOVERNANCE\"]}"
                .formatted(m2));
    create(
        region,
        plan,
        "targets",
        "{\"statement\":\"Sasaran\",\"goalId\":%d,\"elements\":[\"HEALTH\"]}".formatted(g1));
    // a new first mission pushes the others down
    create(region, plan, "missions", "{\"statement\":\"Misi nol\",\"order\":1}");

    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/missions")
                .with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", "3"))
        .andExpect(jsonPath("$[0].statement").value("Misi nol"))
        .andExpect(jsonPath("$[1].id").value(m1))
        .andExpect(jsonPath("$[1].order").value(2))
        .andExpect(jsonPath("$[2].id").value(m2));
    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/goals?missionId=" + m2)
                .with(region.as(Role.REVIEWER).bearer()))
        .andExpect(jsonPath("$[0].missionId").value(m2))
        .andExpect(jsonPath("$[0].dimensions[0]").value("GOVERNANCE"))
        .andExpect(jsonPath("$[0].dimensions[1]").value("LIVING"));
    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/goals?missionId=" + m1)
                .with(region.as(Role.REVIEWER).bearer()))
        .andExpect(jsonPath("$.length()").value(0));
    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/targets").with(region.as(Role.REVIEWER).bearer()))
        .andExpect(jsonPath("$[0].goalId").value(g1))
        .andExpect(jsonPath("$[0].elements[0]").value("HEALTH"));
  }

  @Test
  void aGoalNeedsAMissionOfThisMasterplanAndNotATarget() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    TestRegion other = fixtures.newRegion();
    long otherPlan = fixtures.createMasterplan(other.id());
    long foreignMission = strategy.createMission(other.id(), otherPlan);
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);

    mvc.perform(
            send(post("/api/v1/masterplans/" + plan + "/goals"), region, "{\"statement\":\"x\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("parentId"))
        .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("misi")));
    mvc.perform(
            send(
                post("/api/v1/masterplans/" + plan + "/goals"),
                region,
                "{\"statement\":\"x\",\"missionId\":%d}".formatted(foreignMission)))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(Matchers.containsString(Long.toString(foreignMission))));
    mvc.perform(
            send(
                post("/api/v1/masterplans/" + plan + "/targets"),
                region,
                "{\"statement\":\"x\",\"goalId\":%d}".formatted(branch.target())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("parentId"));
    assertThat(tree.items(region.id(), plan)).hasSize(3);
    assertThat(tree.items(other.id(), otherPlan)).hasSize(1);
  }

  @Test
  void aLinkToAnotherRegionsRpjmdItemIsRefused() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    TestRegion other = fixtures.newRegion();
    long otherPlan = fixtures.createMasterplan(other.id());
    long own = rpjmdMission(region.id(), plan, "M1");
    long foreign = rpjmdMission(other.id(), otherPlan, "M1");

    long mission =
        create(
            region,
            plan,
            "missions",
            "{\"statement\":\"Misi\",\"rpjmdItemIds\":[%d]}".formatted(own));
    mvc.perform(
            send(
                put("/api/v1/masterplans/" + plan + "/missions/" + mission),
                region,
                "{\"statement\":\"Misi\",\"rpjmdItemIds\":[%d,%d],\"version\":0}"
                    .formatted(own, foreign)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("rpjmdItemIds"));
    assertThat(tree.item(region.id(), plan, mission).rpjmdItemIds()).containsExactly(own);
  }

  @Test
  void deletingAParentIsRefusedWhileChildrenOrIndicatorsHangUnderIt() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);

    mvc.perform(
            delete("/api/v1/masterplans/" + plan + "/missions/" + branch.mission())
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("1 tujuan")));
    mvc.perform(
            delete("/api/v1/masterplans/" + plan + "/targets/" + branch.target())
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("1 indikator")));
    assertThat(tree.items(region.id(), plan)).hasSize(3);

    mvc.perform(
            delete("/api/v1/masterplans/" + plan + "/indicators/" + branch.indicator())
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNoContent());
    mvc.perform(
            delete("/api/v1/masterplans/" + plan + "/targets/" + branch.target())
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNoContent());
    assertThat(tree.items(region.id(), plan)).hasSize(2);
  }

  @Test
  void aGoalIsNotFoundUnderTheMissionsPath() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);
    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/missions/" + branch.goal())
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
  }

  @Test
  void aStaleSaveIsAConflictAndKeepsTheOtherPersonsChange() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long mission = strategy.createMission(region.id(), plan);
    String path = "/api/v1/masterplans/" + plan + "/missions/" + mission;
    mvc.perform(send(put(path), region, "{\"statement\":\"Versi Ani\",\"version\":0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(send(put(path), region, "{\"statement\":\"Versi Budi\",\"version\":0}"))
        .andExpect(status().isConflict());
    assertThat(tree.item(region.id(), plan, mission).statement()).isEqualTo("Versi Ani");
  }

  @Test
  void movingUpSwapsWithThePreviousSiblingAndAStaleMoveIsAConflict() {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long first = strategy.createMission(region.id(), plan);
    long second = strategy.createMission(region.id(), plan);

    tree.move(region.id(), plan, second, id.rancang.shared.Ordering.Direction.UP, 0);

    assertThat(tree.children(region.id(), plan, null))
        .extracting(StrategyItem::id)
        .containsExactly(second, first);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                tree.move(region.id(), plan, second, id.rancang.shared.Ordering.Direction.DOWN, 0))
        .isInstanceOf(ConcurrentEditException.class);
  }

  @Test
  void twoItemsCannotShareACode() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    create(region, plan, "missions", "{\"code\":\"M1\",\"statement\":\"Satu\"}");
    mvc.perform(
            send(
                post("/api/v1/masterplans/" + plan + "/missions"),
                region,
                "{\"code\":\"m1\",\"statement\":\"Dua\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
  }

  @Test
  void theVisionIsWrittenOnceAndThenChangedWithItsVersion() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    String path = "/api/v1/masterplans/" + plan + "/vision";
    mvc.perform(get(path).with(region.as(Role.EDITOR).bearer())).andExpect(status().isNotFound());
    mvc.perform(send(put(path), region, "{\"statement\":\"Tegal cerdas 2034\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(0));
    // someone who also saw no vision and writes one now is told about the other's vision
    mvc.perform(send(put(path), region, "{\"statement\":\"Tegal maju\"}"))
        .andExpect(status().isConflict());
    mvc.perform(send(put(path), region, "{\"statement\":\"\",\"version\":0}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("statement"));
    mvc.perform(send(put(path), region, "{\"statement\":\"Tegal maju\",\"version\":0}"))
        .andExpect(status().isOk());
    mvc.perform(get(path).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(jsonPath("$.statement").value("Tegal maju"));
  }

  @Test
  void aTargetThatAProgrammeContributesToIsNotDeleted() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long mission = strategy.createMission(region.id(), plan);
    long goal = strategy.createGoal(region.id(), plan, mission);
    long target = strategy.createTarget(region.id(), plan, goal);
    long programme =
        jdbc.sql(
                "insert into programme (region_id, masterplan_id, code, name, dimension_code,"
                    + " horizon, start_year, end_year) values (?, ?, 'P1', 'MPP Digital',"
                    + " 'GOVERNANCE', 'QUICK_WIN', 2024, 2024) returning id")
            .params(region.id(), plan)
            .query(Long.class)
            .single();
    jdbc.sql("insert into programme_target (programme_id, item_id) values (?, ?)")
        .params(programme, target)
        .update();

    mvc.perform(
            delete("/api/v1/masterplans/" + plan + "/targets/" + target)
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("program")));
    assertThat(tree.findItem(region.id(), plan, target)).isPresent();
  }

  private long rpjmdMission(long regionId, long masterplanId, String code) {
    return jdbc.sql(
            "insert into rpjmd_item (region_id, masterplan_id, kind, code, statement)"
                + " values (?, ?, 'MISSION', ?, 'Misi RPJMD') returning id")
        .params(regionId, masterplanId, code)
        .query(Long.class)
        .single();
  }

  private long create(TestRegion region, long plan, String collection, String body)
      throws Exception {
    String json =
        mvc.perform(send(post("/api/v1/masterplans/" + plan + "/" + collection), region, body))
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
