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
import id.rancang.identity.AuditTrail;
import id.rancang.identity.Role;
import id.rancang.shared.PageRequest;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.WorkshopFixtures;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@RancangIntegrationTest
class WorkshopApiTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired WorkshopFixtures workshops;
  @Autowired WorkshopCatalog catalog;
  @Autowired AuditTrail audit;

  @Test
  void anEditorPlansTheSecondBimtekAndEveryMemberReadsIt() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());

    MvcResult created =
        mvc.perform(
                post("/api/v1/masterplans/" + masterplan + "/workshops")
                    .with(region.as(Role.EDITOR).bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"title":"Bimtek Tahap 2","stage":"TAHAP_2","startDate":"2023-07-31",
                         "endDate":"2023-08-01","venue":"Grand Dian Hotel, Slawi",
                         "description":"Program inovatif"}"""))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.ideasOpen").value(true))
            .andExpect(jsonPath("$.version").value(0))
            .andReturn();
    long id =
        ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
    assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/workshops/" + id);

    mvc.perform(get("/api/v1/workshops/" + id).with(region.as(Role.REVIEWER).bearer()))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.masterplanId").value(masterplan))
        .andExpect(jsonPath("$.stage").value("TAHAP_2"))
        .andExpect(jsonPath("$.startDate").value("2023-07-31"))
        .andExpect(jsonPath("$.endDate").value("2023-08-01"))
        .andExpect(jsonPath("$.venue").value("Grand Dian Hotel, Slawi"));
    assertThat(
            audit
                .history(region.id(), WorkshopCatalog.RECORD_TYPE, id, PageRequest.of(0, 10))
                .items())
        .extracting(e -> e.action())
        .containsExactly("CREATED");
  }

  @Test
  void aCustomStageNeedsItsNameAndAWorkshopLastsAtMostThirtyOneDays() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());

    mvc.perform(
            post("/api/v1/masterplans/" + masterplan + "/workshops")
                .with(region.as(Role.EDITOR).bearer())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"title":"Konsultasi","stage":"CUSTOM","startDate":"2024-02-01",
                     "endDate":"2024-03-03"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(jsonPath("$.errors[0].field").value("stageLabel"))
        .andExpect(jsonPath("$.errors[1].field").value("endDate"))
        .andExpect(jsonPath("$.errors[1].message", Matchers.containsString("31 days")))
        .andExpect(jsonPath("$.errors[1].message", Matchers.containsString("32 days")));
    mvc.perform(
            post("/api/v1/masterplans/" + masterplan + "/workshops")
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"title":" ","stage":"TAHAP_1","startDate":"2024-02-02","endDate":"2024-02-01"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", Matchers.contains("title", "endDate")));
    mvc.perform(
            post("/api/v1/masterplans/" + masterplan + "/workshops")
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"X\",\"stage\":\"TAHAP_9\",\"startDate\":\"2024-02-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("stage"));
    assertThat(catalog.list(region.id(), masterplan, PageRequest.of(0, 10)).total()).isZero();
  }

  @Test
  void theWorkshopsOfAMasterplanArePagedNewestFirst() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long otherMasterplan = fixtures.createMasterplan(region.id());
    long first =
        workshops.createWorkshop(region.id(), masterplan, day("2023-03-01"), day("2023-03-02"));
    long fourth =
        workshops.createWorkshop(region.id(), masterplan, day("2023-11-20"), day("2023-11-21"));
    long second =
        workshops.createWorkshop(region.id(), masterplan, day("2023-07-31"), day("2023-08-01"));
    long third =
        workshops.createWorkshop(region.id(), masterplan, day("2023-09-12"), day("2023-09-13"));
    workshops.createWorkshop(region.id(), otherMasterplan);

    String base = "/api/v1/masterplans/" + masterplan + "/workshops";
    mvc.perform(get(base + "?size=3").with(region.as(Role.OPD_CONTRIBUTOR).bearer()))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", "4"))
        .andExpect(jsonPath("$[*].id", Matchers.contains(num(fourth), num(third), num(second))));
    mvc.perform(get(base + "?size=3&page=1").with(region.as(Role.OPD_CONTRIBUTOR).bearer()))
        .andExpect(jsonPath("$[*].id", Matchers.contains(num(first))));
  }

  @Test
  void aChangeNeedsTheVersionReadAndAStaleOneIsAConflict() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long id = workshops.createWorkshop(region.id(), masterplan);
    String body =
        """
        {"title":"Bimtek Tahap 2 (diundur)","stage":"TAHAP_2","startDate":"2023-08-07",
         "endDate":"2023-08-08","ideasOpen":false,"version":%s}""";

    mvc.perform(
            put("/api/v1/workshops/" + id)
                .with(region.as(Role.REGION_ADMIN).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("0")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1))
        .andExpect(jsonPath("$.ideasOpen").value(false))
        .andExpect(jsonPath("$.startDate").value("2023-08-07"));
    mvc.perform(
            put("/api/v1/workshops/" + id)
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("0")))
        .andExpect(status().isConflict());
    mvc.perform(
            put("/api/v1/workshops/" + id)
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("null")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
    assertThat(catalog.get(region.id(), id).version()).isEqualTo(1);
  }

  @Test
  void newDatesMustStillHoldTheAgenda() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long id = workshops.createWorkshop(region.id(), masterplan);
    workshops.createSession(region.id(), id); // on 31 July

    mvc.perform(
            put("/api/v1/workshops/" + id)
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"title":"Bimtek","stage":"TAHAP_2","startDate":"2023-08-01",
                     "endDate":"2023-08-02","version":0}"""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("startDate"))
        .andExpect(jsonPath("$.errors[0].message", Matchers.startsWith("1 ")));
  }

  @Test
  void aWorkshopWithIdeasIsNotDeletedAndTheRefusalSaysHowManyThereAre() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long id = workshops.createWorkshop(region.id(), masterplan);
    workshops.createIdea(region.id(), masterplan, id, "Posyandu digital");
    workshops.createIdea(region.id(), masterplan, id, "Bank sampah desa");
    workshops.createIdea(region.id(), masterplan, id, "Wifi taman kota");

    mvc.perform(
            delete("/api/v1/workshops/" + id)
                .with(region.as(Role.EDITOR).bearer())
                .header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message", Matchers.containsString("3 ideas were raised in it")));
    assertThat(catalog.find(region.id(), id)).isPresent();
  }

  @Test
  void deletingAWorkshopTakesItsAgendaListMaterialsAndMinutesWithItAndIsRecorded()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long id = workshops.createWorkshop(region.id(), masterplan);
    long session = workshops.createSession(region.id(), id);
    long material = workshops.createMaterial(region.id(), id);
    workshops.inviteMember(region.id(), id, region.as(Role.PARTICIPANT).accountId());
    long decision = workshops.createDecision(region.id(), id);

    mvc.perform(delete("/api/v1/workshops/" + id).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNoContent());

    mvc.perform(get("/api/v1/workshops/" + id).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/materials/" + material).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            put("/api/v1/decisions/" + decision)
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\":\"x\",\"version\":0}"))
        .andExpect(status().isNotFound());
    assertThat(session).isPositive();
    assertThat(
            audit
                .history(region.id(), WorkshopCatalog.RECORD_TYPE, id, PageRequest.of(0, 10))
                .items())
        .extracting(e -> e.action())
        .containsExactly("DELETED", "CREATED");
  }

  @Test
  void aParticipantSeesOnlyTheWorkshopsTheyAreInvitedToOrRegisteredFor() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long invitedTo = workshops.createWorkshop(region.id(), masterplan);
    long declined =
        workshops.createWorkshop(region.id(), masterplan, day("2023-09-01"), day("2023-09-01"));
    long notInvited =
        workshops.createWorkshop(region.id(), masterplan, day("2023-10-01"), day("2023-10-02"));
    long participant = region.as(Role.PARTICIPANT).accountId();
    workshops.inviteMember(region.id(), invitedTo, participant);
    workshops.inviteMember(region.id(), declined, participant);
    mvc.perform(
            delete("/api/v1/workshops/" + declined + "/registration")
                .with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isNoContent());

    String list = "/api/v1/masterplans/" + masterplan + "/workshops";
    mvc.perform(get(list).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(header().string("X-Total-Count", "2"))
        .andExpect(jsonPath("$[*].id", Matchers.contains(num(declined), num(invitedTo))));
    mvc.perform(get(list).with(region.as(Role.REVIEWER).bearer()))
        .andExpect(header().string("X-Total-Count", "3"));
    mvc.perform(get("/api/v1/workshops/" + notInvited).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/workshops/" + notInvited + "/sessions")
                .with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/workshops/" + notInvited + "/registration")
                .with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isNotFound());

    WorkshopViewer viewer = new WorkshopViewer(participant, false);
    assertThat(catalog.visibleTo(region.id(), viewer))
        .extracting(Workshop::id)
        .containsExactly(declined, invitedTo);
    assertThat(catalog.isInvitedOrRegistered(region.id(), invitedTo, participant)).isTrue();
    assertThat(catalog.isInvitedOrRegistered(region.id(), declined, participant)).isFalse();
    assertThat(catalog.isInvitedOrRegistered(region.id(), notInvited, participant)).isFalse();
  }

  @Test
  void anotherRegionFindsNoneOfTheWorkshopsRecords() throws Exception {
    TestRegion region = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long id = workshops.createWorkshop(region.id(), masterplan);
    long material = workshops.createMaterial(region.id(), id);
    long decision = workshops.createDecision(region.id(), id);

    for (String path :
        new String[] {
          "/api/v1/workshops/" + id,
          "/api/v1/workshops/" + id + "/sessions",
          "/api/v1/workshops/" + id + "/invitations",
          "/api/v1/workshops/" + id + "/materials",
          "/api/v1/workshops/" + id + "/minutes",
          "/api/v1/materials/" + material,
          "/api/v1/masterplans/" + masterplan + "/workshops"
        }) {
      mvc.perform(get(path).with(other.as(Role.REGION_ADMIN).bearer()))
          .andExpect(status().isNotFound());
    }
    mvc.perform(delete("/api/v1/decisions/" + decision).with(other.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isNotFound());
    assertThat(catalog.find(other.id(), id)).isEmpty();
  }

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  private static Integer num(long id) {
    return (int) id;
  }
}
