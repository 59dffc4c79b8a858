package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.IdentityProperties;
import id.rancang.identity.Role;
import id.rancang.region.PentahelixRole;
import id.rancang.shared.web.QrCodes;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.TestClock;
import id.rancang.support.WorkshopFixtures;
import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Check-in by QR code: the organiser's screen, the link a participant opens on their phone, and the
 * same through the API. The clock is fixed on the second Bimtek of Kabupaten Tegal (31 July - 1
 * August 2023), where 02:15 UTC is 09:15 WIB.
 */
@RancangIntegrationTest
class CheckInTests {

  /** 09:15 WIB on Monday 31 July 2023. */
  private static final Instant MONDAY_MORNING = Instant.parse("2023-07-31T02:15:00Z");

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired WorkshopFixtures workshops;
  @Autowired WorkshopAttendance attendance;
  @Autowired WorkshopInvitations invitations;
  @Autowired IdentityProperties identity;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void realTimeAgain() {
    clock.reset();
  }

  @Test
  void anInvitedParticipantWhoScansTheCodeOnTheDayIsCheckedInOnceAndASecondScanSaysSinceWhen()
      throws Exception {
    clock.fix(MONDAY_MORNING);
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    long invitation =
        workshops.inviteMember(region.id(), workshop, region.as(Role.PARTICIPANT).accountId());
    String code = attendance.dayCode(region.id(), workshop, WorkshopFixtures.FIRST_DAY).code();
    var participant = region.as(Role.PARTICIPANT).user();

    Document page =
        Jsoup.parse(
            mvc.perform(get("/check-in/" + code).with(participant))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.select("form[action=/check-in/" + code + "] button")).hasSize(1);
    assertThat(page.text()).contains("Senin, 31 Juli 2023");

    MvcResult first =
        mvc.perform(post("/check-in/" + code).with(participant).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/check-in/" + code);
    assertThat(first.getFlashMap().get("flash").toString()).contains("09:15");

    clock.fix(MONDAY_MORNING.plusSeconds(25 * 60));
    MvcResult second =
        mvc.perform(post("/check-in/" + code).with(participant).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(second.getFlashMap().get("flash").toString())
        .contains("sudah tercatat hadir pukul 09:15")
        .doesNotContain("09:40");

    assertThat(rows(invitation)).hasSize(1);
    assertThat(rows(invitation).get(0))
        .containsEntry("method", "QR")
        .containsEntry("day", java.sql.Date.valueOf(WorkshopFixtures.FIRST_DAY));
    assertThat(invitations.get(region.id(), workshop, invitation).status())
        .isEqualTo(InvitationStatus.REGISTERED);
    String after =
        mvc.perform(get("/check-in/" + code).with(participant))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(after).select("form[action=/check-in/" + code + "]")).isEmpty();
    assertThat(after).contains("09:15");
  }

  @Test
  void aMemberWhoIsNotOnTheListBecomesAWalkInForTheCommunityOrForTheGovernmentWithTheirOpd()
      throws Exception {
    clock.fix(MONDAY_MORNING);
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    String code = attendance.dayCode(region.id(), workshop, WorkshopFixtures.FIRST_DAY).code();
    String body = "{\"code\":\"" + code + "\"}";

    mvc.perform(get("/api/v1/workshops/" + workshop).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/check-in")
                .with(region.as(Role.PARTICIPANT).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.walkIn").value(true))
        .andExpect(jsonPath("$.alreadyCheckedIn").value(false))
        .andExpect(jsonPath("$.workshopId").value(workshop))
        .andExpect(jsonPath("$.day").value("2023-07-31"));
    mvc.perform(
            post("/api/v1/check-in")
                .with(region.as(Role.OPD_CONTRIBUTOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isCreated());
    mvc.perform(
            post("/api/v1/check-in")
                .with(region.as(Role.PARTICIPANT).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.alreadyCheckedIn").value(true))
        .andExpect(jsonPath("$.walkIn").value(false));

    Invitation participant =
        invitations
            .ofAccount(region.id(), workshop, region.as(Role.PARTICIPANT).accountId())
            .orElseThrow();
    assertThat(participant.source()).isEqualTo(InvitationSource.WALK_IN);
    assertThat(participant.status()).isEqualTo(InvitationStatus.REGISTERED);
    assertThat(participant.pentahelixRole()).isEqualTo(PentahelixRole.COMMUNITY);
    assertThat(participant.opdId()).isNull();
    Invitation contributor =
        invitations
            .ofAccount(region.id(), workshop, region.as(Role.OPD_CONTRIBUTOR).accountId())
            .orElseThrow();
    assertThat(contributor.pentahelixRole()).isEqualTo(PentahelixRole.GOVERNMENT);
    assertThat(contributor.opdId()).isEqualTo(region.opd().id());
    assertThat(rows(participant.id())).hasSize(1);
    // on the list now, the participant sees the workshop
    mvc.perform(get("/api/v1/workshops/" + workshop).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk());
  }

  @Test
  void checkInIsRefusedTheEveningBeforeAndOpensAtMidnightInJakarta() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    String code = attendance.dayCode(region.id(), workshop, WorkshopFixtures.FIRST_DAY).code();
    long account = region.as(Role.REVIEWER).accountId();

    // 23:30 WIB on Sunday 30 July
    clock.fix(Instant.parse("2023-07-30T16:30:00Z"));
    mvc.perform(
            post("/api/v1/check-in")
                .with(region.as(Role.REVIEWER).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
    MvcResult page =
        mvc.perform(post("/check-in/" + code).with(region.as(Role.REVIEWER).user()).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(page.getFlashMap().get("flashError").toString()).contains("belum dibuka");
    assertThat(attendance.ofAccount(region.id(), workshop, account, WorkshopFixtures.FIRST_DAY))
        .isEmpty();

    // 00:30 WIB on Monday 31 July, still Sunday in UTC
    clock.fix(Instant.parse("2023-07-30T17:30:00Z"));
    mvc.perform(
            post("/api/v1/check-in")
                .with(region.as(Role.REVIEWER).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\"}"))
        .andExpect(status().isCreated());

    // the code of Monday no longer works on Tuesday
    clock.fix(Instant.parse("2023-08-01T01:00:00Z"));
    mvc.perform(
            post("/api/v1/check-in")
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\"}"))
        .andExpect(status().isBadRequest());
    assertThat(
            attendance.ofAccount(
                region.id(),
                workshop,
                region.as(Role.EDITOR).accountId(),
                WorkshopFixtures.FIRST_DAY))
        .isEmpty();
  }

  @Test
  void aRenewedOrUnknownCodeAnswersNotFoundWithAClearMessageAndTheNewCodeWorks() throws Exception {
    clock.fix(MONDAY_MORNING);
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    String old = attendance.dayCode(region.id(), workshop, WorkshopFixtures.FIRST_DAY).code();

    mvc.perform(
            post("/workshops/" + workshop + "/days/2023-07-31/check-in/renew")
                .with(region.as(Role.EDITOR).user())
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    String renewed = attendance.dayCode(region.id(), workshop, WorkshopFixtures.FIRST_DAY).code();

    assertThat(renewed).isNotEqualTo(old);
    for (String code : new String[] {old, "bukan-kode-yang-benar", "x".repeat(80)}) {
      MockHttpServletResponse response =
          mvc.perform(get("/check-in/" + code).with(region.as(Role.PARTICIPANT).user()))
              .andReturn()
              .getResponse();
      assertThat(response.getStatus()).as(code).isEqualTo(404);
      assertThat(response.getContentAsString()).contains("Kode check-in ini tidak berlaku");
    }
    mvc.perform(post("/check-in/" + old).with(region.as(Role.PARTICIPANT).user()).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/check-in")
                .with(region.as(Role.PARTICIPANT).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + old + "\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/check-in")
                .with(region.as(Role.PARTICIPANT).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + renewed + "\"}"))
        .andExpect(status().isCreated());
  }

  @Test
  void aMemberOfAnotherRegionFindsNothingBehindTheCode() throws Exception {
    clock.fix(MONDAY_MORNING);
    TestRegion region = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    String code = attendance.dayCode(region.id(), workshop, WorkshopFixtures.FIRST_DAY).code();

    mvc.perform(get("/check-in/" + code).with(other.as(Role.REGION_ADMIN).user()))
        .andExpect(status().isNotFound());
    mvc.perform(post("/check-in/" + code).with(other.as(Role.PARTICIPANT).user()).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/check-in")
                .with(other.as(Role.PARTICIPANT).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\"}"))
        .andExpect(status().isNotFound());

    assertThat(invitations.all(region.id(), workshop)).isEmpty();
  }

  @Test
  void theSignInPageComesFirstAndLeadsBackToTheCheckInLink() throws Exception {
    clock.fix(MONDAY_MORNING);
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    String code = attendance.dayCode(region.id(), workshop, WorkshopFixtures.FIRST_DAY).code();
    MvcResult anonymous =
        mvc.perform(get("/check-in/" + code)).andExpect(status().is3xxRedirection()).andReturn();
    assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
    // the session (Spring Session in PostgreSQL) travels in its cookie
    Cookie[] session = anonymous.getResponse().getCookies();
    assertThat(session).isNotEmpty();

    MvcResult signedIn =
        mvc.perform(
                post("/login")
                    .cookie(session)
                    .param("email", region.as(Role.PARTICIPANT).email())
                    .param("password", "kata-sandi-uji-123")
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(signedIn.getResponse().getRedirectedUrl()).contains("/check-in/" + code);
  }

  @Test
  void theOrganisersScreenShowsTheQrCodeOfTheAbsoluteLinkAndCountsCheckInsEveryFiveSeconds()
      throws Exception {
    clock.fix(MONDAY_MORNING);
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    String screen = "/workshops/" + workshop + "/days/2023-07-31/check-in";

    Document page =
        Jsoup.parse(
            mvc.perform(get(screen).with(region.as(Role.EDITOR).user()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    String code = attendance.dayCode(region.id(), workshop, WorkshopFixtures.FIRST_DAY).code();
    String base = identity.baseUrl().replaceAll("/+$", "");
    String url = base + "/check-in/" + code;

    assertThat(url).startsWith("http");
    assertThat(page.select(".screen-url").text()).isEqualTo(url);
    assertThat(page.select("figure.qr svg path").attr("d"))
        .isEqualTo(Jsoup.parse(QrCodes.svg(url)).select("path").attr("d"));
    assertThat(page.select("#count").attr("hx-trigger")).isEqualTo("every 5s");
    assertThat(page.select("#count").text()).startsWith("0 ");

    workshops.inviteMember(region.id(), workshop, region.as(Role.PARTICIPANT).accountId());
    attendance.checkIn(code, region.as(Role.PARTICIPANT).accountId(), false);
    String count =
        mvc.perform(get(screen).header("HX-Request", "true").with(region.as(Role.EDITOR).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(count).select("#count").text()).startsWith("1 ");
    assertThat(count).doesNotContain("<svg");

    mvc.perform(
            get("/workshops/" + workshop + "/days/2023-08-02/check-in")
                .with(region.as(Role.EDITOR).user()))
        .andExpect(status().isNotFound());
  }

  @Test
  void eachDayHasItsOwnUnguessableCodeThatStaysUntilRenewed() {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));

    String monday = attendance.dayCode(region.id(), workshop, WorkshopFixtures.FIRST_DAY).code();
    String tuesday = attendance.dayCode(region.id(), workshop, WorkshopFixtures.LAST_DAY).code();

    assertThat(monday).isNotEqualTo(tuesday).matches("[A-Za-z0-9_-]{32}");
    assertThat(attendance.dayCode(region.id(), workshop, WorkshopFixtures.FIRST_DAY).code())
        .isEqualTo(monday);
    assertThat(
            jdbc.sql("select count(*) from audit_entry where record_type = ? and record_id = ?")
                .params(WorkshopAttendance.CODE_RECORD, workshop)
                .query(Long.class)
                .single())
        .isEqualTo(2);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where record_id = ?"
                        + " and (before_state::text like ? or after_state::text like ?)")
                .params(workshop, "%" + monday + "%", "%" + monday + "%")
                .query(Long.class)
                .single())
        .as("the audit trail never holds a code")
        .isZero();
    LocalDate outside = WorkshopFixtures.LAST_DAY.plusDays(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> attendance.dayCode(region.id(), workshop, outside))
        .isInstanceOf(id.rancang.shared.NotFoundException.class);
  }

  @Test
  void aPhoneThatSendsTheCheckInTenTimesAtOnceIsRecordedOnceAsOneWalkIn() throws Exception {
    clock.fix(MONDAY_MORNING);
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    String code = attendance.dayCode(region.id(), workshop, WorkshopFixtures.FIRST_DAY).code();
    long account = region.as(Role.PARTICIPANT).accountId();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(10);
    var start = new java.util.concurrent.CountDownLatch(1);
    java.util.List<java.util.concurrent.Future<CheckIn>> answers = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return attendance.checkIn(code, account, false);
              }));
    }
    start.countDown();
    java.util.List<CheckIn> results = new java.util.ArrayList<>();
    for (var answer : answers) {
      results.add(answer.get(30, java.util.concurrent.TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(results.stream().filter(CheckIn::recorded)).hasSize(1);
    assertThat(results.stream().filter(CheckIn::walkIn)).hasSize(1);
    assertThat(invitations.all(region.id(), workshop)).hasSize(1);
    assertThat(rows(results.get(0).invitation().id())).hasSize(1);
  }

  private java.util.List<Map<String, Object>> rows(long invitation) {
    return jdbc.sql("select * from workshop_attendance where invitation_id = ?")
        .params(invitation)
        .query()
        .listOfRows();
  }
}
