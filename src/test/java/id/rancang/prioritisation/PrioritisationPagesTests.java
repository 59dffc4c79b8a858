package id.rancang.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.shared.NotFoundException;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.PrioritisationFixtures;
import id.rancang.support.RancangIntegrationTest;
import java.util.List;
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
class PrioritisationPagesTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired PrioritisationFixtures prioritisation;
  @Autowired PrioritisationExercises exercises;
  @Autowired PrioritisationCriteria criteria;
  @Autowired PrioritisationEvaluators evaluators;
  @Autowired JdbcClient jdbc;

  @Test
  void theMasterplanPageLeadsToItsPrioritisation() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());

    Document page = page(get("/masterplans/" + plan), region.as(Role.REVIEWER).user());

    assertThat(page.select("a[href=/masterplans/" + plan + "/prioritisation]")).hasSize(1);
  }

  @Test
  void anEmptyListSaysSoAndOnlyTheTeamIsOfferedTheCreateForm() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    String url = "/masterplans/" + plan + "/prioritisation";

    Document editor = page(get(url), region.as(Role.EDITOR).user());
    Document reviewer = page(get(url), region.as(Role.REVIEWER).user());

    assertThat(editor.select("#results .empty").text()).isNotBlank();
    assertThat(editor.select("#new-exercise")).hasSize(1);
    assertThat(editor.select("#new-exercise input[name=riTable]")).hasSizeGreaterThanOrEqualTo(4);
    assertThat(editor.select("#new-exercise input[name=riTable][checked]").val())
        .isEqualTo("saaty-1980");
    assertThat(editor.select("#new-exercise #defaultCriteria[checked]")).hasSize(1);
    assertThat(reviewer.select("#results .empty")).hasSize(1);
    assertThat(reviewer.select("#new-exercise")).isEmpty();
  }

  @Test
  void anEditorCreatesAnExerciseFromTheDefaultsAndSeesWhatKeepsItFromOpening() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());

    MvcResult created =
        mvc.perform(
                post("/masterplans/" + plan + "/prioritisation")
                    .with(region.as(Role.EDITOR).user())
                    .with(csrf())
                    .param("name", "Prioritas program 2025")
                    .param("aggregation", "AIJ")
                    .param("riTable", "saaty-1980")
                    .param("incompleteMethod", "HARKER")
                    .param("workshopId", "")
                    .param("defaultCriteria", "true")
                    .param("defaultGroups", "true"))
            .andExpect(status().isFound())
            .andReturn();
    String location = created.getResponse().getRedirectedUrl();
    long id = Long.parseLong(location.substring("/prioritisation/".length()));

    Document page = page(get(location), region.as(Role.EDITOR).user());
    assertThat(page.select("h1").text()).contains("Prioritas program 2025");
    assertThat(page.select("#criteria ol.criteria > li")).hasSize(9);
    assertThat(page.select("#criteria").text()).contains("Dampak terhadap masyarakat");
    assertThat(page.select("#groups .group")).hasSize(5);
    assertThat(page.select("#opening-problems li").text()).contains("penilai");
    assertThat(page.select("#to-OPEN[disabled]")).hasSize(1);
    assertThat(page.select("#settings").text()).contains("Saaty (1980)");
    assertThat(exercises.get(region.id(), id).status()).isEqualTo(ExerciseStatus.DRAFT);
  }

  @Test
  void mistakesOnTheCreateFormAreShownNextToTheirFieldsWithWhatWasTyped() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    prioritisation.createExercise(region.id(), plan);
    String taken =
        exercises
            .list(
                region.id(),
                plan,
                ExerciseViewer.everything(),
                new id.rancang.shared.PageRequest(0, 1))
            .items()
            .get(0)
            .name();

    Document page =
        page(
            post("/masterplans/" + plan + "/prioritisation")
                .with(csrf())
                .param("name", taken)
                .param("description", "Dibahas pada Bimtek Tahap 3")
                .param("aggregation", "AIP")
                .param("riTable", "saaty-2005"),
            region.as(Role.EDITOR).user());

    assertThat(page.select("#name[aria-invalid=true]")).hasSize(1);
    assertThat(page.select("#name-error").text()).contains(taken);
    assertThat(page.select("#description").text()).isEqualTo("Dibahas pada Bimtek Tahap 3");
    assertThat(page.select("#aggregation option[selected]").val()).isEqualTo("AIP");
    assertThat(page.select("input[name=riTable][checked]").val()).isEqualTo("saaty-2005");
    assertThat(page.select("#results tbody tr")).hasSize(1);
  }

  @Test
  void aCriterionIsAddedWithItsScaleAsAListAndBlankRowsAreLeftOut() throws Exception {
    TestRegion region = fixtures.newRegion();
    long id = prioritisation.createExercise(region.id(), fixtures.createMasterplan(region.id()));
    long society = criteria.tree(region.id(), id).get(0).id();

    Document form =
        page(
            get("/prioritisation/" + id + "/criteria/new?parentId=" + society),
            region.as(Role.EDITOR).user());
    assertThat(form.select("input[name=label]")).hasSize(10);
    assertThat(form.select("#label-1").val())
        .as("the usual five levels offered")
        .isEqualTo("Sangat rendah");
    assertThat(form.select("#label-6").val()).isEmpty();
    assertThat(form.select("#parentId option[selected]").val()).isEqualTo(Long.toString(society));

    mvc.perform(
            post("/prioritisation/" + id + "/criteria")
                .with(region.as(Role.EDITOR).user())
                .with(csrf())
                .param("parentId", Long.toString(society))
                .param("code", "SOS-DIDIK")
                .param("name", "Pendidikan, kesehatan")
                .param("kind", "RATED")
                .param("direction", "BENEFIT")
                .param("label", "Rendah, sekali", "", "Tinggi", "", "", "", "", "", "", "")
                .param(
                    "definition", "", "", "Menjangkau semua sekolah", "", "", "", "", "", "", ""))
        .andExpect(status().isFound());

    Criterion child = criteria.get(region.id(), society).children().get(0);
    assertThat(child.code()).isEqualTo("SOS-DIDIK");
    assertThat(child.levels())
        .extracting(CriterionLevel::level, CriterionLevel::label, CriterionLevel::definition)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Rendah, sekali", null),
            org.assertj.core.groups.Tuple.tuple(2, "Tinggi", "Menjangkau semua sekolah"));
  }

  @Test
  void aDuplicateCodeAndAnUnlabelledLevelAreShownOnTheCriterionForm() throws Exception {
    TestRegion region = fixtures.newRegion();
    long id = prioritisation.createExercise(region.id(), fixtures.createMasterplan(region.id()));
    String taken = criteria.tree(region.id(), id).get(0).code();

    Document page =
        page(
            post("/prioritisation/" + id + "/criteria")
                .with(csrf())
                .param("code", taken)
                .param("name", "Ganda")
                .param("kind", "RATED")
                .param("direction", "BENEFIT")
                .param("label", "Rendah", "")
                .param("definition", "", "Tanpa label"),
            region.as(Role.EDITOR).user());

    assertThat(page.select("#code[aria-invalid=true]")).hasSize(1);
    assertThat(page.select("#code-error").text()).contains(taken);
    assertThat(page.select("#levels .form-errors").text()).contains("2");
    assertThat(page.select("#definition-2").val()).isEqualTo("Tanpa label");
    assertThat(criteria.tree(region.id(), id)).hasSize(9);
  }

  @Test
  void movingACriterionWithHtmxAnswersTheCriteriaTreeAndWithoutItTheOverview() throws Exception {
    TestRegion region = fixtures.newRegion();
    long id = prioritisation.createExercise(region.id(), fixtures.createMasterplan(region.id()));
    List<Criterion> before = criteria.tree(region.id(), id);

    String fragment =
        mvc.perform(
                post("/prioritisation/" + id + "/criteria/" + before.get(0).id() + "/move")
                    .with(region.as(Role.EDITOR).user())
                    .with(csrf())
                    .header("HX-Request", "true")
                    .param("direction", "DOWN"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document tree = Jsoup.parse(fragment);
    assertThat(tree.select("#criteria ol.criteria > li").first().id())
        .isEqualTo("criterion-" + before.get(1).id());
    assertThat(tree.select("html head title")).isEmpty();

    mvc.perform(
            post("/prioritisation/" + id + "/criteria/" + before.get(0).id() + "/move")
                .with(region.as(Role.EDITOR).user())
                .with(csrf())
                .param("direction", "UP"))
        .andExpect(status().isFound());
    assertThat(criteria.tree(region.id(), id).get(0).id()).isEqualTo(before.get(0).id());
  }

  @Test
  void deletingAnExerciseWithJudgementsAsksForTheBoxToBeTickedAndSaysHowManyWouldBeLost()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long id = prioritisation.createExercise(region.id(), plan);
    long evaluator =
        prioritisation.addEvaluator(region.id(), id, region.as(Role.PARTICIPANT).accountId());
    prioritisation.open(region.id(), id);
    List<Criterion> tree = criteria.tree(region.id(), id);
    jdbc.sql(
            "insert into judgement (evaluator_id, region_id, first_id, second_id, value)"
                + " values (?, ?, ?, ?, 0.2)")
        .params(evaluator, region.id(), tree.get(0).id(), tree.get(1).id())
        .update();

    Document ask = page(get("/prioritisation/" + id + "/delete"), region.as(Role.EDITOR).user());
    assertThat(ask.select("#input-loss").text()).contains("1 perbandingan");
    assertThat(ask.select("#confirm[required]")).hasSize(1);

    Document refused =
        page(post("/prioritisation/" + id + "/delete").with(csrf()), region.as(Role.EDITOR).user());
    assertThat(refused.select(".form-errors").text()).contains("1 perbandingan");
    assertThat(exercises.get(region.id(), id).id()).isEqualTo(id);

    mvc.perform(
            post("/prioritisation/" + id + "/delete")
                .with(region.as(Role.EDITOR).user())
                .with(csrf())
                .param("confirm", "true"))
        .andExpect(status().isFound());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> exercises.get(region.id(), id))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theTeamAddsEvaluatorsToAGroupAndOpensTheExercise() throws Exception {
    TestRegion region = fixtures.newRegion();
    long id = prioritisation.createExercise(region.id(), fixtures.createMasterplan(region.id()));
    long community = evaluators.groups(region.id(), id).get(3).id();

    Document choose =
        page(
            get("/prioritisation/" + id + "/evaluators/add?q=participant"),
            region.as(Role.EDITOR).user());
    assertThat(choose.select("input[name=accountId]")).hasSize(1);

    mvc.perform(
            post("/prioritisation/" + id + "/evaluators")
                .with(region.as(Role.EDITOR).user())
                .with(csrf())
                .param("groupId", Long.toString(community))
                .param(
                    "accountId",
                    Long.toString(region.as(Role.PARTICIPANT).accountId()),
                    Long.toString(region.as(Role.OPD_CONTRIBUTOR).accountId())))
        .andExpect(status().isFound());
    Document overview = page(get("/prioritisation/" + id), region.as(Role.EDITOR).user());
    assertThat(overview.select("#group-" + community + " tbody tr")).hasSize(2);
    assertThat(overview.select("#opening-problems")).isEmpty();

    mvc.perform(
            post("/prioritisation/" + id + "/status")
                .with(region.as(Role.EDITOR).user())
                .with(csrf())
                .param("status", "OPEN")
                .param("version", Integer.toString(exercises.get(region.id(), id).version())))
        .andExpect(status().isFound());
    assertThat(exercises.get(region.id(), id).status()).isEqualTo(ExerciseStatus.OPEN);
  }

  @Test
  void aParticipantSeesTheExerciseTheyEvaluateWithoutTheNamesOfTheOthersAndNoOtherExercise()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long theirs = prioritisation.createExercise(region.id(), plan);
    long other = prioritisation.createExercise(region.id(), plan);
    prioritisation.addEvaluator(region.id(), theirs, region.as(Role.PARTICIPANT).accountId());
    prioritisation.addEvaluator(region.id(), theirs, region.as(Role.REVIEWER).accountId());
    RequestPostProcessor participant = region.as(Role.PARTICIPANT).user();

    Document page = page(get("/prioritisation/" + theirs), participant);
    Document list = page(get("/masterplans/" + plan + "/prioritisation"), participant);
    Document reviewer = page(get("/prioritisation/" + theirs), region.as(Role.REVIEWER).user());

    assertThat(page.select("#criteria ol.criteria > li")).hasSize(9);
    assertThat(page.text()).doesNotContain("Uji REVIEWER");
    assertThat(page.select("#groups .hint").text()).contains("2 penilai");
    assertThat(page.select("#edit-settings, #lifecycle, #add-criterion")).isEmpty();
    assertThat(reviewer.text()).contains("Uji PARTICIPANT");
    assertThat(reviewer.select("#edit-settings")).isEmpty();
    assertThat(list.select("#results tbody tr")).hasSize(1);
    mvc.perform(get("/prioritisation/" + other).with(participant)).andExpect(status().isNotFound());
  }

  @Test
  void userTextIsShownEscaped() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    Exercise exercise =
        exercises.create(
            region.id(),
            plan,
            ExerciseCommand.of(
                "<script>alert(1)</script>", "<b>tebal</b>", null, null, null, null));

    String html =
        mvc.perform(get("/prioritisation/" + exercise.id()).with(region.as(Role.EDITOR).user()))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(html).doesNotContain("<script>alert(1)</script>").doesNotContain("<b>tebal</b>");
    assertThat(html).contains("&lt;script&gt;");
  }

  private Document page(MockHttpServletRequestBuilder request, RequestPostProcessor user)
      throws Exception {
    MvcResult result = mvc.perform(request.with(user)).andExpect(status().isOk()).andReturn();
    return Jsoup.parse(result.getResponse().getContentAsString());
  }
}
