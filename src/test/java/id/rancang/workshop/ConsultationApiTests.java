package id.rancang.workshop;

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
import id.rancang.support.ConsultationFixtures;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.Person;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@RancangIntegrationTest
class ConsultationApiTests {

  private static final String MARCH =
      "{\"title\":\"%s\",\"description\":\"Usulan warga\",\"opensOn\":\"2026-03-01\","
          + "\"closesOn\":\"2026-03-31\"}";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ConsultationFixtures consultations;
  @Autowired Ideas ideas;
  @Autowired JdbcClient jdbc;

  private ResultActions send(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      Person who,
      String json)
      throws Exception {
    request.with(who.bearer());
    if (json != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json);
    }
    return mvc.perform(request);
  }

  private static long id(ResultActions result) throws Exception {
    return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id"))
        .longValue();
  }

  private long raise(long consultation, Person who, String title) throws Exception {
    return id(
        send(
                post("/api/v1/consultations/" + consultation + "/ideas"),
                who,
                "{\"title\":\"" + title + "\",\"dimension\":\"ENVIRONMENT\"}")
            .andExpect(status().isCreated()));
  }

  @Test
  void anOrganiserCreatesAConsultationAsADraftThenOpensAndClosesIt() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    Person editor = region.as(Role.EDITOR);

    long id =
        id(
            send(
                    post("/api/v1/masterplans/" + plan + "/consultations"),
                    editor,
                    MARCH.formatted("Kota Cerdas Bersama Warga"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.opensOn").value("2026-03-01")));

    send(get("/api/v1/masterplans/" + plan + "/consultations"), region.as(Role.PARTICIPANT), null)
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", "1"))
        .andExpect(jsonPath("$[0].title").value("Kota Cerdas Bersama Warga"));
    send(post("/api/v1/consultations/" + id + "/open"), editor, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("OPEN"));
    send(post("/api/v1/consultations/" + id + "/close"), region.as(Role.REGION_ADMIN), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"));
    send(get("/api/v1/consultations/" + id), region.as(Role.REVIEWER), null)
        .andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.version").value(2));
  }

  @Test
  void aDraftCannotBeClosedAndAPeriodEndingBeforeItBeginsIsRefused() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    Person editor = region.as(Role.EDITOR);
    long draft = consultations.createConsultation(region.id(), plan, ConsultationStatus.DRAFT);

    send(post("/api/v1/consultations/" + draft + "/close"), editor, null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"));
    send(
            post("/api/v1/masterplans/" + plan + "/consultations"),
            editor,
            "{\"title\":\"\",\"opensOn\":\"2026-03-31\",\"closesOn\":\"2026-03-01\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", Matchers.contains("title", "closesOn")));
    send(get("/api/v1/masterplans/" + plan + "/consultations"), editor, null)
        .andExpect(header().string("X-Total-Count", "1"));
  }

  @Test
  void aStaleEditIsRefusedWithConflictAndTheFirstEditStays() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long id = consultations.openConsultation(region.id(), plan);
    String edit =
        "{\"title\":\"%s\",\"opensOn\":\"2026-04-01\",\"closesOn\":\"2026-04-30\",\"version\":0}";

    send(put("/api/v1/consultations/" + id), region.as(Role.EDITOR), edit.formatted("Pertama"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1));
    send(put("/api/v1/consultations/" + id), region.as(Role.REGION_ADMIN), edit.formatted("Kedua"))
        .andExpect(status().isConflict());

    send(get("/api/v1/consultations/" + id), region.as(Role.EDITOR), null)
        .andExpect(jsonPath("$.title").value("Pertama"))
        .andExpect(jsonPath("$.closesOn").value("2026-04-30"));
  }

  @Test
  void aConsultationWithIdeasCannotBeDeletedButAnEmptyOneCan() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long used = consultations.openConsultation(region.id(), plan);
    long empty = consultations.openConsultation(region.id(), plan);
    raise(used, region.as(Role.PARTICIPANT), "Bank sampah");

    send(delete("/api/v1/consultations/" + used), region.as(Role.EDITOR), null)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("1")));
    send(delete("/api/v1/consultations/" + empty), region.as(Role.EDITOR), null)
        .andExpect(status().isNoContent());

    send(get("/api/v1/consultations/" + used), region.as(Role.EDITOR), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ideas").value(1));
    send(get("/api/v1/consultations/" + empty), region.as(Role.EDITOR), null)
        .andExpect(status().isNotFound());
  }

  @Test
  void everyMemberTakesPartWhileItIsOpenAndNothingIsTakenAfterItCloses() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long consultation = consultations.openConsultation(region.id(), plan);
    // a participant invited to no workshop at all
    Person participant = region.as(Role.PARTICIPANT);

    long idea = raise(consultation, participant, "Taman kota ramah anak");
    send(post("/api/v1/ideas/" + idea + "/votes"), region.as(Role.OPD_CONTRIBUTOR), null)
        .andExpect(jsonPath("$.votes").value(1));
    send(post("/api/v1/ideas/" + idea + "/comments"), region.as(Role.REVIEWER), "{\"body\":\"Ya\"}")
        .andExpect(status().isCreated());
    send(get("/api/v1/consultations/" + consultation + "/ideas"), region.as(Role.REVIEWER), null)
        .andExpect(header().string("X-Total-Count", "1"))
        .andExpect(jsonPath("$[0].consultationId").value(consultation))
        .andExpect(jsonPath("$[0].workshopId").doesNotExist())
        .andExpect(jsonPath("$[0].votes").value(1));

    send(post("/api/v1/consultations/" + consultation + "/close"), region.as(Role.EDITOR), null)
        .andExpect(status().isOk());

    String closed = "Konsultasi publik ini tidak sedang dibuka";
    send(
            post("/api/v1/consultations/" + consultation + "/ideas"),
            participant,
            "{\"title\":\"Terlambat\",\"dimension\":\"LIVING\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", Matchers.containsString(closed)));
    send(post("/api/v1/ideas/" + idea + "/votes"), region.as(Role.REVIEWER), null)
        .andExpect(status().isBadRequest());
    send(post("/api/v1/ideas/" + idea + "/comments"), participant, "{\"body\":\"Lagi\"}")
        .andExpect(status().isBadRequest());
    send(post("/api/v1/ideas/" + idea + "/reports"), region.as(Role.REVIEWER), "{}")
        .andExpect(status().isBadRequest());
    send(get("/api/v1/ideas/" + idea), participant, null)
        .andExpect(jsonPath("$.votes").value(1))
        .andExpect(jsonPath("$.comments").value(1));
  }

  @Test
  void reportsHideAConsultationIdeaUntilAModeratorDecidesFromTheQueue() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long consultation = consultations.openConsultation(region.id(), plan);
    long idea = raise(consultation, region.as(Role.EDITOR), "Iklan pinjaman daring");
    long other = raise(consultation, region.as(Role.EDITOR), "Jalur sepeda");
    Role[] reporters = {Role.PARTICIPANT, Role.REVIEWER, Role.OPD_CONTRIBUTOR};
    for (int i = 0; i < ideas.reportThreshold(); i++) {
      send(
              post("/api/v1/ideas/" + idea + "/reports"),
              region.as(reporters[i % reporters.length]),
              "{\"reason\":\"Spam " + i + "\"}")
          .andExpect(status().isOk());
    }

    send(get("/api/v1/consultations/" + consultation + "/ideas"), region.as(Role.PARTICIPANT), null)
        .andExpect(header().string("X-Total-Count", "1"))
        .andExpect(jsonPath("$[0].id").value(other));
    send(get("/api/v1/consultations/" + consultation + "/moderation"), region.as(Role.EDITOR), null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ideas[*].id", Matchers.contains((int) idea)))
        .andExpect(jsonPath("$.ideaReasons." + idea, Matchers.hasItem("Spam 0")));

    send(
            put("/api/v1/ideas/" + idea + "/moderation"),
            region.as(Role.REGION_ADMIN),
            "{\"decision\":\"KEPT\"}")
        .andExpect(status().isOk());
    send(get("/api/v1/consultations/" + consultation + "/ideas"), region.as(Role.PARTICIPANT), null)
        .andExpect(header().string("X-Total-Count", "2"));
    send(get("/api/v1/consultations/" + consultation + "/moderation"), region.as(Role.EDITOR), null)
        .andExpect(jsonPath("$.ideas").isEmpty());
  }

  @Test
  void theConsultationsOfAnotherRegionAreNotFound() throws Exception {
    TestRegion region = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long consultation = consultations.openConsultation(region.id(), plan);
    long idea =
        consultations.createIdea(
            region.id(), consultation, region.as(Role.PARTICIPANT).accountId(), null);

    send(get("/api/v1/consultations/" + consultation), other.as(Role.PARTICIPANT), null)
        .andExpect(status().isNotFound());
    send(get("/api/v1/ideas/" + idea), other.as(Role.REGION_ADMIN), null)
        .andExpect(status().isNotFound());
    assertThat(
            jdbc.sql("select count(*) from idea where consultation_id = ?")
                .params(consultation)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
