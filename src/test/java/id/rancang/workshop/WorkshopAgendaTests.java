package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.WorkshopFixtures;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@RancangIntegrationTest
class WorkshopAgendaTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired WorkshopFixtures workshops;
  @Autowired WorkshopAgenda agenda;

  @Test
  void theAgendaIsListedPerDayInTimeOrder() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    String sessions = "/api/v1/workshops/" + workshop + "/sessions";
    add(region, sessions, "2023-08-01", "08:30", "10:00", "Penyusunan rencana aksi");
    add(region, sessions, "2023-07-31", "13:00", "15:00", "Diskusi kelompok per dimensi");
    add(region, sessions, "2023-07-31", "08:00", "09:00", "Pembukaan");

    mvc.perform(get(sessions).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isNotFound()); // not invited
    workshops.inviteMember(region.id(), workshop, region.as(Role.PARTICIPANT).accountId());
    mvc.perform(get(sessions).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath(
                "$[*].topic",
                Matchers.contains(
                    "Pembukaan", "Diskusi kelompok per dimensi", "Penyusunan rencana aksi")))
        .andExpect(jsonPath("$[0].day").value("2023-07-31"))
        .andExpect(jsonPath("$[0].overlapsWith").isEmpty())
        .andExpect(jsonPath("$[0].warning").doesNotExist());
  }

  @Test
  void anOverlappingSessionIsSavedWithAWarningNamingTheOtherSession() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    String sessions = "/api/v1/workshops/" + workshop + "/sessions";
    add(region, sessions, "2023-07-31", "09:00", "10:00", "Paparan data");
    add(region, sessions, "2023-08-01", "09:30", "10:30", "Hari kedua, jam yang sama");

    mvc.perform(
            post(sessions)
                .with(region.as(Role.EDITOR).bearer())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"day":"2023-07-31","startsAt":"09:30","endsAt":"11:00",
                     "topic":"Kelas paralel: Smart Living","speaker":"Dr. Ani",
                     "speakerInstitution":"Universitas Indonesia"}"""))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.overlapsWith.length()").value(1))
        .andExpect(jsonPath("$.warning", Matchers.containsString("09:00-10:00 Paparan data")))
        .andExpect(jsonPath("$.warning", Matchers.containsString("saved all the same")));

    assertThat(agenda.days(region.id(), workshop))
        .first()
        .satisfies(
            day -> {
              assertThat(day.sessions()).hasSize(2);
              assertThat(day.sessions()).allMatch(s -> day.overlaps(s.id()));
            });
  }

  @Test
  void aSessionIsOnADayOfTheWorkshopAndEndsAfterItStarts() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));

    mvc.perform(
            post("/api/v1/workshops/" + workshop + "/sessions")
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"day\":\"2023-08-02\",\"startsAt\":\"10:00\",\"endsAt\":\"10:00\","
                        + "\"topic\":\"\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", Matchers.contains("day", "endsAt", "topic")))
        .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("2023-07-31")));
    assertThat(agenda.sessions(region.id(), workshop)).isEmpty();
  }

  @Test
  void aSessionChangedByTwoOrganisersKeepsTheFirstChange() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    long session = workshops.createSession(region.id(), workshop);
    String body =
        """
        {"day":"2023-08-01","startsAt":"13:00","endsAt":"14:00","topic":"%s","version":0}""";

    mvc.perform(
            put("/api/v1/workshops/" + workshop + "/sessions/" + session)
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("Dipindah ke hari kedua")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(
            put("/api/v1/workshops/" + workshop + "/sessions/" + session)
                .with(region.as(Role.REGION_ADMIN).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("Perubahan basi")))
        .andExpect(status().isConflict());

    assertThat(agenda.get(region.id(), workshop, session).topic())
        .isEqualTo("Dipindah ke hari kedua");
  }

  @Test
  void onThePageHtmxSwapsTheAgendaWithTheWarningAndWithoutJavaScriptTheWarningFollowsTheRedirect()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    workshops.createSession(region.id(), workshop); // 31 July 09:00-10:00

    String html =
        mvc.perform(
                post("/workshops/" + workshop + "/sessions")
                    .with(region.as(Role.EDITOR).user())
                    .with(csrf())
                    .header("HX-Request", "true")
                    .param("day", "2023-07-31")
                    .param("startsAt", "09:45")
                    .param("endsAt", "10:15")
                    .param("topic", "Sesi <b>tanya jawab</b>"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document fragment = Jsoup.parse(html);
    assertThat(fragment.select("#agenda")).hasSize(1);
    assertThat(fragment.select("h1")).isEmpty(); // only the agenda, not the page
    assertThat(fragment.select("p.flash.error").text()).contains("Paparan data profil daerah");
    assertThat(fragment.select("tr.overlap")).hasSize(2);
    // typed markup is shown as text
    assertThat(fragment.select("#agenda b")).isEmpty();
    assertThat(fragment.select("#agenda td").text()).contains("Sesi <b>tanya jawab</b>");

    mvc.perform(
            post("/workshops/" + workshop + "/sessions")
                .with(region.as(Role.EDITOR).user())
                .with(csrf())
                .param("day", "2023-07-31")
                .param("startsAt", "09:50")
                .param("endsAt", "10:20")
                .param("topic", "Sesi lain"))
        .andExpect(status().isFound())
        .andExpect(
            result ->
                assertThat(result.getFlashMap().get("flashError").toString())
                    .contains("Paparan data profil daerah"));
  }

  @Test
  void aMistakeInTheSessionFormIsShownNextToItsFieldWithWhatWasTyped() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));

    String html =
        mvc.perform(
                post("/workshops/" + workshop + "/sessions")
                    .with(region.as(Role.EDITOR).user())
                    .with(csrf())
                    .param("day", "2023-07-31")
                    .param("startsAt", "25:00")
                    .param("endsAt", "10:00")
                    .param("topic", "Pembukaan oleh Bupati"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);
    assertThat(page.select("#session-start[aria-invalid=true]")).hasSize(1);
    assertThat(page.select("#session-start + p.field-error").text()).isNotBlank();
    assertThat(page.select("#session-topic").attr("value")).isEqualTo("Pembukaan oleh Bupati");
    assertThat(agenda.sessions(region.id(), workshop)).isEmpty();
  }

  private void add(
      TestRegion region, String url, String day, String start, String end, String topic)
      throws Exception {
    mvc.perform(
            post(url)
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"day\":\"%s\",\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"topic\":\"%s\"}"
                        .formatted(day, start, end, topic)))
        .andExpect(status().isCreated());
  }
}
