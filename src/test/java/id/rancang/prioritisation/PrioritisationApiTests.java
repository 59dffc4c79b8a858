package id.rancang.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.PrioritisationFixtures;
import id.rancang.support.RancangIntegrationTest;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@RancangIntegrationTest
class PrioritisationApiTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired PrioritisationFixtures prioritisation;
  @Autowired PrioritisationCriteria criteria;
  @Autowired PrioritisationExercises exercises;
  @Autowired JdbcClient jdbc;

  @Test
  void anEditorCreatesAnExerciseFromTheDefaultsInEnglishAndReadsItsCriteriaTree() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());

    String created =
        mvc.perform(
                json(
                        post("/api/v1/masterplans/" + plan + "/prioritisation/exercises"),
                        region,
                        """
                        {"name":"Priorities 2025","aggregation":"AIP","riTable":"saaty-2005",
                         "defaultCriteria":true,"defaultGroups":true}""")
                    .header("Accept-Language", "en"))
            .andExpect(status().isCreated())
            .andExpect(header().string("ETag", "\"0\""))
            .andExpect(jsonPath("$.status").value("DRAFT"))
            .andExpect(jsonPath("$.riTable").value("saaty-2005"))
            .andExpect(jsonPath("$.riTableSource").value(Matchers.containsString("Saaty (2005)")))
            .andExpect(jsonPath("$.transitions[0]").value("OPEN"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = ((Number) JsonPath.read(created, "$.id")).longValue();

    mvc.perform(
            get("/api/v1/prioritisation/exercises/" + id + "/criteria")
                .with(region.as(Role.REVIEWER).bearer()))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", "9"))
        .andExpect(jsonPath("$[0].name").value("Impact on society"))
        .andExpect(jsonPath("$[0].levels.length()").value(5))
        .andExpect(jsonPath("$[8].kind").value("MEASURED"))
        .andExpect(jsonPath("$[8].measure").value("TOTAL_COST"))
        .andExpect(jsonPath("$[8].direction").value("COST"))
        .andExpect(jsonPath("$[8].levels.length()").value(0));
    mvc.perform(
            get("/api/v1/prioritisation/exercises/" + id + "/groups")
                .with(region.as(Role.OPD_CONTRIBUTOR).bearer()))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[*].pentahelixRole")
                .value(
                    Matchers.contains("GOVERNMENT", "BUSINESS", "ACADEMIA", "COMMUNITY", "MEDIA")));
    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/prioritisation/exercises")
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(header().string("X-Total-Count", "1"))
        .andExpect(jsonPath("$[0].aggregation").value("AIP"));
  }

  @Test
  void subCriteriaNestOneLevelAndADeeperOneIsRefusedWithTheField() throws Exception {
    TestRegion region = fixtures.newRegion();
    long id = prioritisation.createExercise(region.id(), fixtures.createMasterplan(region.id()));
    long society = criteria.tree(region.id(), id).get(0).id();
    String url = "/api/v1/prioritisation/exercises/" + id + "/criteria";

    String child =
        mvc.perform(
                json(
                    post(url),
                    region,
                    """
                    {"parentId":%d,"code":"SOS-KES","name":"Kesehatan",
                     "levels":[{"label":"Rendah"},{"label":"Sedang"},{"label":"Tinggi",
                     "definition":"Layanan kesehatan menjangkau seluruh kecamatan"}]}"""
                        .formatted(society)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.parentId").value(society))
            .andExpect(jsonPath("$.levels[2].level").value(3))
            .andExpect(
                jsonPath("$.levels[2].definition").value(Matchers.containsString("kecamatan")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long childId = ((Number) JsonPath.read(child, "$.id")).longValue();

    mvc.perform(
            json(
                post(url),
                region,
                "{\"parentId\":%d,\"code\":\"X\",\"name\":\"X\"}".formatted(childId)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("parentId"))
        .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("SOS-KES")));
    mvc.perform(get(url).with(region.as(Role.EDITOR).bearer()))
        .andExpect(jsonPath("$[0].children[0].code").value("SOS-KES"))
        .andExpect(jsonPath("$[0].children[0].children.length()").value(0));
  }

  @Test
  void aDuplicateCodeIsRefusedOnTheCodeField() throws Exception {
    TestRegion region = fixtures.newRegion();
    long id = prioritisation.createExercise(region.id(), fixtures.createMasterplan(region.id()));
    String taken = criteria.tree(region.id(), id).get(2).code();

    mvc.perform(
            json(
                post("/api/v1/prioritisation/exercises/" + id + "/criteria"),
                region,
                "{\"code\":\"%s\",\"name\":\"Lagi\"}".formatted(taken.toLowerCase())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(1))
        .andExpect(jsonPath("$.errors[0].field").value("code"))
        .andExpect(
            jsonPath("$.errors[0].message").value(Matchers.containsString(taken.toLowerCase())));
  }

  @Test
  void aChangeWithAStaleVersionAnswers409AndTheIfMatchHeaderWorksToo() throws Exception {
    TestRegion region = fixtures.newRegion();
    long id = prioritisation.createExercise(region.id(), fixtures.createMasterplan(region.id()));
    Criterion first = criteria.tree(region.id(), id).get(0);
    String url = "/api/v1/prioritisation/criteria/" + first.id();
    String body =
        "{\"code\":\"%s\",\"name\":\"Nama baru\",\"levels\":[{\"label\":\"A\"},{\"label\":\"B\"}]"
            .formatted(first.code());

    mvc.perform(json(put(url), region, body + "}").header("If-Match", "\"0\""))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"1\""))
        .andExpect(jsonPath("$.levels.length()").value(2));
    mvc.perform(json(put(url), region, body + ",\"version\":0}"))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(
            json(
                put("/api/v1/prioritisation/exercises/" + id),
                region,
                "{\"name\":\"Lain\",\"version\":7}"))
        .andExpect(status().isConflict());
  }

  @Test
  void openingWithoutEvaluatorsIsRefusedWithTheReasonAndWithOneItOpens() throws Exception {
    TestRegion region = fixtures.newRegion();
    long id = prioritisation.createExercise(region.id(), fixtures.createMasterplan(region.id()));
    String url = "/api/v1/prioritisation/exercises/" + id + "/status";

    mvc.perform(json(post(url), region, "{\"status\":\"OPEN\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"))
        .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("penilai")));

    String groups =
        mvc.perform(
                get("/api/v1/prioritisation/exercises/" + id + "/groups")
                    .with(region.as(Role.EDITOR).bearer()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long group = ((Number) JsonPath.read(groups, "$[3].id")).longValue();
    mvc.perform(
            json(
                post("/api/v1/prioritisation/exercises/" + id + "/evaluators"),
                region,
                "{\"groupId\":%d,\"accountIds\":[%d,%d]}"
                    .formatted(
                        group,
                        region.as(Role.PARTICIPANT).accountId(),
                        region.as(Role.REVIEWER).accountId())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.added.length()").value(2))
        .andExpect(jsonPath("$.already.length()").value(0));
    mvc.perform(json(post(url), region, "{\"status\":\"OPEN\",\"version\":0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andExpect(jsonPath("$.transitions[0]").value("CLOSED"));
    mvc.perform(json(post(url), region, "{\"status\":\"PUBLISHED\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"));
  }

  @Test
  void deletingAnExerciseWithJudgementsNeedsConfirmTrue() throws Exception {
    TestRegion region = fixtures.newRegion();
    long id = prioritisation.createExercise(region.id(), fixtures.createMasterplan(region.id()));
    long evaluator =
        prioritisation.addEvaluator(region.id(), id, region.as(Role.PARTICIPANT).accountId());
    prioritisation.open(region.id(), id);
    List<Criterion> tree = criteria.tree(region.id(), id);
    for (int i = 1; i < 3; i++) {
      jdbc.sql(
              "insert into judgement (evaluator_id, region_id, first_id, second_id, value)"
                  + " values (?, ?, ?, ?, 5)")
          .params(evaluator, region.id(), tree.get(0).id(), tree.get(i).id())
          .update();
    }

    mvc.perform(
            delete("/api/v1/prioritisation/exercises/" + id).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("confirm"))
        .andExpect(
            jsonPath("$.errors[0].message").value(Matchers.containsString("2 perbandingan")));
    mvc.perform(
            delete("/api/v1/prioritisation/exercises/" + id + "?confirm=true")
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/prioritisation/exercises/" + id).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
  }

  @Test
  void aParticipantReadsOnlyTheExerciseTheyEvaluateAndNotWhoElseDoes() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long theirs = prioritisation.createExercise(region.id(), plan);
    long other = prioritisation.createExercise(region.id(), plan);
    prioritisation.addEvaluator(region.id(), theirs, region.as(Role.PARTICIPANT).accountId());
    var participant = region.as(Role.PARTICIPANT).bearer();

    mvc.perform(get("/api/v1/prioritisation/exercises/" + theirs).with(participant))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/prioritisation/exercises/" + theirs + "/criteria").with(participant))
        .andExpect(status().isOk());
    mvc.perform(get("/api/v1/prioritisation/exercises/" + other).with(participant))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/prioritisation/exercises/" + other + "/groups").with(participant))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/prioritisation/exercises/" + theirs + "/evaluators").with(participant))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/v1/masterplans/" + plan + "/prioritisation/exercises").with(participant))
        .andExpect(header().string("X-Total-Count", "1"))
        .andExpect(jsonPath("$[0].id").value(theirs));
  }

  @Test
  void anotherRegionsAdministratorFindsNothing() throws Exception {
    TestRegion region = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    long id = prioritisation.createExercise(region.id(), fixtures.createMasterplan(region.id()));
    long criterion = criteria.tree(region.id(), id).get(0).id();

    mvc.perform(
            get("/api/v1/prioritisation/exercises/" + id)
                .with(other.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            delete("/api/v1/prioritisation/criteria/" + criterion)
                .with(other.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isNotFound());
    assertThat(criteria.tree(region.id(), id)).hasSize(9);
  }

  @Test
  void anEvaluatorIsMovedReweightedAndRemoved() throws Exception {
    TestRegion region = fixtures.newRegion();
    long id = prioritisation.createExercise(region.id(), fixtures.createMasterplan(region.id()));
    long evaluator =
        prioritisation.addEvaluator(region.id(), id, region.as(Role.PARTICIPANT).accountId());
    String groups =
        mvc.perform(
                get("/api/v1/prioritisation/exercises/" + id + "/groups")
                    .with(region.as(Role.EDITOR).bearer()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long media = ((Number) JsonPath.read(groups, "$[4].id")).longValue();

    mvc.perform(
            json(
                put("/api/v1/prioritisation/evaluators/" + evaluator),
                region,
                "{\"groupId\":%d,\"weight\":0.75,\"version\":0}".formatted(media)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.groupId").value(media))
        .andExpect(jsonPath("$.weight").value(0.75))
        .andExpect(jsonPath("$.name").value("Uji PARTICIPANT"))
        .andExpect(jsonPath("$.started").value(false));
    mvc.perform(
            get("/api/v1/prioritisation/groups/" + media).with(region.as(Role.REVIEWER).bearer()))
        .andExpect(jsonPath("$.evaluators").value(1));
    mvc.perform(
            delete("/api/v1/prioritisation/groups/" + media).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest());
    mvc.perform(
            delete("/api/v1/prioritisation/evaluators/" + evaluator)
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNoContent());
    mvc.perform(
            delete("/api/v1/prioritisation/groups/" + media).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNoContent());
  }

  private static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder request, TestRegion region, String body) {
    return request
        .with(region.as(Role.EDITOR).bearer())
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }
}
