package id.rancang.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.StrategyFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@RancangIntegrationTest
class StrategyPagesTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired StrategyFixtures strategy;
  @Autowired StrategyTree tree;
  @Autowired JdbcClient jdbc;

  @Test
  void everyMemberSeesTheTreeButOnlyEditorsGetTheEditingControls() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    tree.saveVision(region.id(), plan, "Tegal cerdas dan sejahtera", null, null);
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);

    Document asParticipant = page(region, Role.PARTICIPANT, "/masterplans/" + plan + "/strategy");
    assertThat(asParticipant.select(".vision").text()).isEqualTo("Tegal cerdas dan sejahtera");
    assertThat(asParticipant.select("#row-MISSION-" + branch.mission())).hasSize(1);
    assertThat(asParticipant.select("#row-GOAL-" + branch.goal())).hasSize(1);
    assertThat(asParticipant.select("#row-TARGET-" + branch.target())).hasSize(1);
    assertThat(asParticipant.select("#row-INDICATOR-" + branch.indicator())).hasSize(1);
    assertThat(asParticipant.select("form[action$=/delete]")).isEmpty();
    // every part of the tree carries its comment thread, loaded when opened
    assertThat(
            asParticipant
                .select("#row-GOAL-" + branch.goal() + " > details.comments-toggle div")
                .attr("hx-get"))
        .contains("subjectType=GOAL")
        .contains("subjectId=" + branch.goal());
    assertThat(asParticipant.select("form[action$=/items]")).isEmpty();

    Document asEditor = page(region, Role.EDITOR, "/masterplans/" + plan + "/strategy");
    assertThat(asEditor.select("form[action$=/items/" + branch.mission() + "/delete]")).hasSize(1);
  }

  @Test
  void addingAMissionWithHtmxAnswersWithTheNewTree() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    String html =
        mvc.perform(
                post("/masterplans/" + plan + "/strategy/items")
                    .with(region.as(Role.EDITOR).user())
                    .with(csrf())
                    .header("HX-Request", "true")
                    .param("kind", "MISSION")
                    .param("code", "M1")
                    .param("statement", "Mewujudkan birokrasi digital"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document fragment = Jsoup.parse(html);
    assertThat(fragment.select("html > body > #tree")).hasSize(1);
    assertThat(fragment.select("header")).isEmpty();
    assertThat(fragment.select(".node.mission .statement").text())
        .isEqualTo("Mewujudkan birokrasi digital");
    assertThat(tree.items(region.id(), plan)).hasSize(1);
  }

  @Test
  void aStaleInlineEditShowsTheOtherVersionAndKeepsWhatWasTyped() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long mission = strategy.createMission(region.id(), plan);
    StrategyItem before = tree.item(region.id(), plan, mission);
    tree.updateItem(
        region.id(),
        plan,
        mission,
        new StrategyItemCommand(
            StrategyItemKind.MISSION,
            null,
            null,
            "Versi Ani",
            java.util.List.of(),
            java.util.List.of(),
            java.util.List.of(),
            null),
        before.version());

    String html =
        mvc.perform(
                post("/masterplans/" + plan + "/strategy/items/" + mission)
                    .with(region.as(Role.EDITOR).user())
                    .with(csrf())
                    .header("HX-Request", "true")
                    .param("statement", "Versi Budi")
                    .param("version", Integer.toString(before.version())))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document fragment = Jsoup.parse(html);
    assertThat(fragment.select(".form-errors dd").text()).contains("Versi Ani");
    assertThat(fragment.select("textarea[name=statement]").text()).isEqualTo("Versi Budi");
    // saving again with the version now shown replaces the other version on purpose
    assertThat(fragment.select("input[name=version]").val())
        .isEqualTo(Integer.toString(before.version() + 1));
    assertThat(tree.item(region.id(), plan, mission).statement()).isEqualTo("Versi Ani");
  }

  @Test
  void deletingAMissionThatHasGoalsIsRefusedWithTheReason() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);
    String html =
        mvc.perform(
                post("/masterplans/" + plan + "/strategy/items/" + branch.mission() + "/delete")
                    .with(region.as(Role.EDITOR).user())
                    .with(csrf())
                    .header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(html).select(".flash.error").text()).contains("1 tujuan");
    assertThat(tree.items(region.id(), plan)).hasSize(3);
  }

  @Test
  void thePerformanceTreeMarksWhatIsMissing() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long mission = strategy.createMission(region.id(), plan);

    Document doc = page(region, Role.REVIEWER, "/masterplans/" + plan + "/strategy/tree");
    assertThat(doc.select("#node-VISION-" + plan + " .gap").text()).contains("Visi belum ditulis");
    assertThat(doc.select("#node-MISSION-" + mission + " .gap").eachText())
        .contains("Belum ada tujuan", "Belum dikaitkan dengan RPJMD");
  }

  @Test
  void theAlignmentMatrixTicksLinksAndFlagsUnlinkedItems() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long rpjmdMission =
        jdbc.sql(
                "insert into rpjmd_item (region_id, masterplan_id, kind, code, statement)"
                    + " values (?, ?, 'MISSION', 'RM1', 'Misi RPJMD') returning id")
            .params(region.id(), plan)
            .query(Long.class)
            .single();
    long linked =
        tree.addItem(
                region.id(),
                plan,
                new StrategyItemCommand(
                    StrategyItemKind.MISSION,
                    null,
                    "SM1",
                    "Misi terkait",
                    java.util.List.of(),
                    java.util.List.of(),
                    java.util.List.of(rpjmdMission),
                    null))
            .id();
    long unlinked = strategy.createMission(region.id(), plan);

    Document doc = page(region, Role.EDITOR, "/masterplans/" + plan + "/strategy/alignment");
    assertThat(doc.select("table.alignment thead th").eachText()).contains("RM1");
    assertThat(doc.select("table.alignment tbody tr")).hasSize(2);
    assertThat(doc.select("table.alignment tbody tr").get(0).select("td.on")).hasSize(1);
    assertThat(doc.select("table.alignment tbody tr").get(1).hasClass("unlinked")).isTrue();
    assertThat(doc.select("table.alignment tbody tr").get(1).text())
        .contains(tree.item(region.id(), plan, unlinked).statement());
    assertThat(linked).isNotEqualTo(unlinked);
  }

  private Document page(TestRegion region, Role role, String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).with(region.as(role).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
