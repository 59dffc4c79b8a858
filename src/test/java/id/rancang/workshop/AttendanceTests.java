package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.region.PentahelixRole;
import id.rancang.region.StakeholderCommand;
import id.rancang.region.StakeholderKind;
import id.rancang.region.StakeholderRegister;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.TestClock;
import id.rancang.support.WorkshopFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Organisers mark attendance; the attendance page, its counts and the API. */
@RancangIntegrationTest
class AttendanceTests {

  private static final LocalDate MONDAY = WorkshopFixtures.FIRST_DAY;
  private static final LocalDate TUESDAY = WorkshopFixtures.LAST_DAY;

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired WorkshopFixtures workshops;
  @Autowired WorkshopAttendance attendance;
  @Autowired WorkshopInvitations invitations;
  @Autowired StakeholderRegister stakeholders;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void realTimeAgain() {
    clock.reset();
  }

  @Test
  void anOrganiserMarksAStakeholderWithoutAnAccountPresentAndTakesTheMarkBackAfterConfirming()
      throws Exception {
    clock.fix(Instant.parse("2023-07-31T03:05:00Z"));
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    long stakeholder = stakeholder(region, "Prof. Budi Santoso", PentahelixRole.ACADEMIA);
    long invitation = workshops.inviteStakeholder(region.id(), workshop, stakeholder);
    var editor = region.as(Role.EDITOR);

    MvcResult marked =
        mvc.perform(
                post("/workshops/" + workshop + "/attendance")
                    .param("invitationId", Long.toString(invitation))
                    .param("day", "2023-07-31")
                    .param("role", "ACADEMIA")
                    .with(editor.user())
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();

    assertThat(marked.getResponse().getRedirectedUrl())
        .isEqualTo("/workshops/" + workshop + "/attendance?day=2023-07-31&role=ACADEMIA");
    assertThat(marked.getFlashMap().get("flash").toString())
        .contains("Prof. Budi Santoso", "10:05");
    Attendance recorded = attendance.find(region.id(), workshop, invitation, MONDAY).orElseThrow();
    assertThat(recorded.method()).isEqualTo(AttendanceMethod.ORGANISER);
    assertThat(recorded.recordedBy()).isEqualTo(editor.email());
    assertThat(invitations.get(region.id(), workshop, invitation).status())
        .isEqualTo(InvitationStatus.REGISTERED);

    String confirm = "/workshops/" + workshop + "/attendance/" + invitation + "/2023-07-31/delete";
    Document question =
        Jsoup.parse(
            mvc.perform(get(confirm).with(editor.user()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(question.text()).contains("Prof. Budi Santoso", "10:05");
    assertThat(question.select("form[action=" + confirm + "] button")).hasSize(1);
    assertThat(attendance.find(region.id(), workshop, invitation, MONDAY))
        .as("asking changes nothing")
        .isPresent();

    mvc.perform(post(confirm).with(editor.user()).with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(attendance.find(region.id(), workshop, invitation, MONDAY)).isEmpty();
    assertThat(
            jdbc.sql(
                    "select action from audit_entry where record_type = ? and record_id = ?"
                        + " order by id")
                .params(WorkshopAttendance.RECORD_TYPE, invitation)
                .query(String.class)
                .list())
        .containsExactly("CREATED", "DELETED");
    mvc.perform(get(confirm).with(editor.user())).andExpect(status().isNotFound());
  }

  @Test
  void markingTwiceRecordsOnceAndADayOutsideTheWorkshopOrStillToComeIsRefused() throws Exception {
    clock.fix(Instant.parse("2023-07-31T02:00:00Z"));
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    long invitation =
        workshops.inviteMember(region.id(), workshop, region.as(Role.REVIEWER).accountId());
    String url = "/api/v1/workshops/" + workshop + "/attendance";
    var editor = region.as(Role.EDITOR).bearer();

    mvc.perform(
            post(url)
                .with(editor)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"invitationId\":" + invitation + ",\"day\":\"2023-07-31\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.method").value("ORGANISER"))
        .andExpect(jsonPath("$.name").value("Uji REVIEWER"));
    clock.fix(Instant.parse("2023-07-31T04:00:00Z"));
    mvc.perform(
            post(url)
                .with(editor)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"invitationId\":" + invitation + ",\"day\":\"2023-07-31\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.checkedInAt").value(Matchers.startsWith("2023-07-31T09:00")));
    mvc.perform(
            post(url)
                .with(editor)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"invitationId\":" + invitation + ",\"day\":\"2023-08-05\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("day"));
    mvc.perform(
            post(url)
                .with(editor)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"invitationId\":" + invitation + ",\"day\":\"2023-08-01\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("belum tiba")));
    mvc.perform(
            post(url)
                .with(editor)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"day\":\"2023-07-31\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("invitationId"));

    assertThat(attendance.attendances(region.id(), workshop, null)).hasSize(1);

    mvc.perform(delete(url + "/" + invitation + "/2023-07-31").with(editor))
        .andExpect(status().isNoContent());
    mvc.perform(delete(url + "/" + invitation + "/2023-07-31").with(editor))
        .andExpect(status().isNotFound());
  }

  @Test
  void theAttendancePageListsEveryoneOnTheDayFilteredByRoleOpdAndPresenceWithCountsPerDay()
      throws Exception {
    clock.fix(Instant.parse("2023-08-01T05:00:00Z"));
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    long academic =
        workshops.inviteStakeholder(
            region.id(), workshop, stakeholder(region, "Dr. Sari", PentahelixRole.ACADEMIA));
    long contributor =
        workshops.inviteMember(region.id(), workshop, region.as(Role.OPD_CONTRIBUTOR).accountId());
    long reviewer =
        workshops.inviteMember(region.id(), workshop, region.as(Role.REVIEWER).accountId());
    attendance.mark(region.id(), workshop, academic, MONDAY, "panitia@uji.test");
    attendance.mark(region.id(), workshop, contributor, MONDAY, "panitia@uji.test");
    attendance.mark(region.id(), workshop, contributor, TUESDAY, "panitia@uji.test");
    String page = "/workshops/" + workshop + "/attendance";
    var reader = region.as(Role.REVIEWER).user();

    Document monday = html(get(page).param("day", "2023-07-31").with(reader));
    assertThat(ids(monday)).containsExactlyInAnyOrder(academic, contributor, reviewer);
    assertThat(monday.select(".day-tabs li").eachText())
        .containsExactly("Senin, 31 Juli 2023: 2 hadir", "Selasa, 1 Agustus 2023: 1 hadir");
    assertThat(monday.select("#attendance-" + reviewer).text()).contains("Belum hadir");
    assertThat(monday.select("#attendance-" + academic).text()).contains("Hadir");
    assertThat(monday.select("form:has(input[name=invitationId]) button"))
        .as("a reader marks nobody")
        .isEmpty();

    assertThat(
            ids(
                html(
                    get(page)
                        .param("day", "2023-07-31")
                        .param("presence", "PRESENT")
                        .with(reader))))
        .containsExactlyInAnyOrder(academic, contributor);
    assertThat(
            ids(
                html(
                    get(page).param("day", "2023-07-31").param("presence", "ABSENT").with(reader))))
        .containsExactly(reviewer);
    assertThat(
            ids(html(get(page).param("day", "2023-07-31").param("role", "ACADEMIA").with(reader))))
        .containsExactly(academic);
    assertThat(
            ids(
                html(
                    get(page)
                        .param("day", "2023-08-01")
                        .param("opdId", Long.toString(region.opd().id()))
                        .param("presence", "PRESENT")
                        .with(reader))))
        .containsExactly(contributor);
    // without a day, the page opens on today while the workshop runs
    Document today = html(get(page).with(reader));
    assertThat(today.select(".day-tabs li.current").text()).startsWith("Selasa, 1 Agustus 2023");

    Document filtered =
        html(
            get(page)
                .param("day", "2023-07-31")
                .param("presence", "ABSENT")
                .header("HX-Request", "true")
                .header("HX-Target", "results")
                .with(reader));
    assertThat(filtered.select("h1")).as("htmx gets the results alone").isEmpty();
    assertThat(ids(filtered)).containsExactly(reviewer);
  }

  @Test
  void anOrganiserMarksFromTheListAndHtmxSwapsTheRow() throws Exception {
    clock.fix(Instant.parse("2023-07-31T01:30:00Z"));
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    long invitation =
        workshops.inviteMember(region.id(), workshop, region.as(Role.PARTICIPANT).accountId());
    String page = "/workshops/" + workshop + "/attendance";

    Document before =
        html(get(page).param("day", "2023-07-31").with(region.as(Role.EDITOR).user()));
    assertThat(
            before.select(
                "#attendance-" + invitation + " form:has(input[name=invitationId]) button"))
        .hasSize(1);

    Document row =
        tableRow(
            post(page)
                .param("invitationId", Long.toString(invitation))
                .param("day", "2023-07-31")
                .header("HX-Request", "true")
                .with(region.as(Role.EDITOR).user())
                .with(csrf()));

    assertThat(row.select("tr#attendance-" + invitation)).hasSize(1);
    assertThat(row.text())
        .contains("Hadir 08:30 (ditandai panitia)", "Uji PARTICIPANT ditandai hadir");
    assertThat(row.select("a[href$=/2023-07-31/delete]")).hasSize(1);
    assertThat(row.select("h1")).isEmpty();
  }

  @Test
  void theListPagesTwentyPeopleAtATimeAndTheApiListsOnlyThosePresent() throws Exception {
    clock.fix(Instant.parse("2023-07-31T03:00:00Z"));
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    for (int i = 1; i <= 25; i++) {
      long invitation =
          workshops.inviteStakeholder(
              region.id(),
              workshop,
              stakeholder(region, "Peserta %02d".formatted(i), PentahelixRole.COMMUNITY));
      if (i % 5 == 0) {
        attendance.mark(region.id(), workshop, invitation, MONDAY, "panitia@uji.test");
      }
    }
    String page = "/workshops/" + workshop + "/attendance";

    Document second =
        html(
            get(page)
                .param("day", "2023-07-31")
                .param("page", "1")
                .with(region.as(Role.EDITOR).user()));
    assertThat(
            second.select("tbody tr[id^=attendance-] td:first-child span:first-child").eachText())
        .containsExactly("Peserta 21", "Peserta 22", "Peserta 23", "Peserta 24", "Peserta 25");

    mvc.perform(
            get("/api/v1/workshops/" + workshop + "/attendance")
                .param("day", "2023-07-31")
                .param("size", "3")
                .with(region.as(Role.REVIEWER).bearer()))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", "5"))
        .andExpect(
            jsonPath("$[*].name", Matchers.contains("Peserta 05", "Peserta 10", "Peserta 15")))
        .andExpect(jsonPath("$[0].kind").value("STAKEHOLDER"))
        .andExpect(jsonPath("$[0].recordedBy").value("panitia@uji.test"));
    mvc.perform(
            get("/api/v1/workshops/" + workshop + "/attendance")
                .with(region.as(Role.REVIEWER).bearer()))
        .andExpect(header().string("X-Total-Count", "5"))
        .andExpect(jsonPath("$[*].day", Matchers.everyItem(Matchers.is("2023-07-31"))));
    mvc.perform(
            get("/api/v1/workshops/" + workshop + "/attendance")
                .param("day", "2023-08-01")
                .with(region.as(Role.REVIEWER).bearer()))
        .andExpect(header().string("X-Total-Count", "0"));
  }

  @Test
  void theSummaryCountsEachDayAndTheWholeWorkshopOncePerPersonByRoleAndOpd() throws Exception {
    clock.fix(Instant.parse("2023-08-01T08:00:00Z"));
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    long media =
        workshops.inviteStakeholder(
            region.id(), workshop, stakeholder(region, "Radar Tegal", PentahelixRole.MEDIA));
    long contributor =
        workshops.inviteMember(region.id(), workshop, region.as(Role.OPD_CONTRIBUTOR).accountId());
    workshops.inviteMember(region.id(), workshop, region.as(Role.REVIEWER).accountId());
    attendance.mark(region.id(), workshop, media, MONDAY, "panitia@uji.test");
    attendance.mark(region.id(), workshop, contributor, MONDAY, "panitia@uji.test");
    attendance.mark(region.id(), workshop, contributor, TUESDAY, "panitia@uji.test");
    String opd = Long.toString(region.opd().id());

    mvc.perform(
            get("/api/v1/workshops/" + workshop + "/attendance/summary")
                .with(region.as(Role.OPD_CONTRIBUTOR).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.onList").value(3))
        .andExpect(jsonPath("$.days[*].day", Matchers.contains("2023-07-31", "2023-08-01")))
        .andExpect(jsonPath("$.days[0].present").value(2))
        .andExpect(jsonPath("$.days[0].byRole.MEDIA").value(1))
        .andExpect(jsonPath("$.days[0].byRole.GOVERNMENT").value(1))
        .andExpect(jsonPath("$.days[0].byRole.ACADEMIA").value(0))
        .andExpect(jsonPath("$.days[1].present").value(1))
        .andExpect(jsonPath("$.days[1].byOpd[0].opdId").value(region.opd().id()))
        .andExpect(jsonPath("$.days[1].byOpd[0].opdName").value(region.opd().name()))
        .andExpect(jsonPath("$.whole.present").value(2))
        .andExpect(jsonPath("$.whole.byRole.GOVERNMENT").value(1))
        .andExpect(jsonPath("$.whole.byOpd[*].present", Matchers.contains(1, 1)));

    Document page =
        html(get("/workshops/" + workshop + "/attendance").with(region.as(Role.EDITOR).user()));
    var governmentRow =
        page.select("table.breakdown tr:has(th:contains(Pemerintah))").first().select("td");
    assertThat(governmentRow.eachText()).containsExactly("1", "1", "1");
    var opdRow =
        page.select("table.breakdown tr:has(th:contains(" + region.opd().name() + "))").first();
    assertThat(opdRow.select("td").eachText()).containsExactly("1", "1", "1");
    assertThat(page.select("#breakdown figure.chart svg")).hasSize(2);
    assertThat(page.select("#breakdown figure.chart svg title").eachText())
        .anyMatch(t -> t.contains(opd) || t.contains(region.opd().name()));
  }

  @Test
  void theWorkshopPageLinksToTheDataForEveryoneAndToTheAttendanceForThoseWhoMayReadIt()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    workshops.inviteMember(region.id(), workshop, region.as(Role.PARTICIPANT).accountId());
    String attendancePage = "/workshops/" + workshop + "/attendance";
    String dataPage = "/workshops/" + workshop + "/data";

    Document reviewer = html(get("/workshops/" + workshop).with(region.as(Role.REVIEWER).user()));
    assertThat(reviewer.select("a[href=" + attendancePage + "]")).hasSize(1);
    assertThat(reviewer.select("a[href=" + dataPage + "]")).hasSize(1);
    Document participant =
        html(get("/workshops/" + workshop).with(region.as(Role.PARTICIPANT).user()));
    assertThat(participant.select("a[href=" + attendancePage + "]")).isEmpty();
    assertThat(participant.select("a[href=" + dataPage + "]")).hasSize(1);
  }

  private Document html(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
      throws Exception {
    return Jsoup.parse(
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  /** A row answered alone (htmx), parsed inside a table so that the parser keeps it. */
  private Document tableRow(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
      throws Exception {
    return Jsoup.parse(
        "<table>"
            + mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString()
            + "</table>");
  }

  private static List<Long> ids(Document page) {
    return page.select("tr[id^=attendance-]").eachAttr("id").stream()
        .map(id -> Long.parseLong(id.substring("attendance-".length())))
        .toList();
  }

  private long stakeholder(TestRegion region, String name, PentahelixRole role) {
    return stakeholders
        .create(
            region.id(),
            new StakeholderCommand(
                StakeholderKind.PERSON, name, role, null, null, null, null, false, null),
            "test")
        .id();
  }
}
