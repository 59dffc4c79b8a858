package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.PageRequest;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.WorkshopFixtures;
import java.util.List;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@RancangIntegrationTest
class WorkshopInvitationTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired WorkshopFixtures workshops;
  @Autowired WorkshopInvitations invitations;
  @Autowired StakeholderRegister stakeholders;
  @Autowired JdbcClient jdbc;

  @Test
  void membersAndStakeholdersAreInvitedAtOnceEachInTheirRoleAndSomeoneInvitedTwiceIsReported()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    long academic = stakeholder(region, "Prof. Budi", PentahelixRole.ACADEMIA);
    long radio = stakeholder(region, "Radio Slawi FM", PentahelixRole.MEDIA);
    long contributor = region.as(Role.OPD_CONTRIBUTOR).accountId();
    long reviewer = region.as(Role.REVIEWER).accountId();
    String url = "/api/v1/workshops/" + workshop + "/invitations";

    mvc.perform(
            post(url)
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"accountIds\":[%d,%d],\"stakeholderIds\":[%d]}"
                        .formatted(contributor, reviewer, academic)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.invited.length()").value(3))
        .andExpect(jsonPath("$.alreadyInvited").isEmpty());
    mvc.perform(
            post(url)
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"accountIds\":[%d],\"stakeholderIds\":[%d,%d,%d]}"
                        .formatted(contributor, academic, radio, radio)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.invited[*].name", Matchers.contains("Radio Slawi FM")))
        .andExpect(
            jsonPath(
                "$.alreadyInvited[*].name",
                Matchers.containsInAnyOrder("Uji OPD_CONTRIBUTOR", "Prof. Budi")));

    List<Invitation> list = invitations.all(region.id(), workshop);
    assertThat(list)
        .extracting(Invitation::name, Invitation::pentahelixRole, Invitation::opdId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Prof. Budi", PentahelixRole.ACADEMIA, null),
            org.assertj.core.groups.Tuple.tuple("Radio Slawi FM", PentahelixRole.MEDIA, null),
            org.assertj.core.groups.Tuple.tuple(
                "Uji OPD_CONTRIBUTOR", PentahelixRole.GOVERNMENT, region.opd().id()),
            org.assertj.core.groups.Tuple.tuple("Uji REVIEWER", PentahelixRole.GOVERNMENT, null));
    assertThat(list)
        .allSatisfy(
            i -> {
              assertThat(i.status()).isEqualTo(InvitationStatus.INVITED);
              assertThat(i.source()).isEqualTo(InvitationSource.INVITED);
            });
    assertThat(
            jdbc.sql("select count(*) from workshop_invitation where workshop_id = ?")
                .params(workshop)
                .query(Long.class)
                .single())
        .isEqualTo(4);
  }

  @Test
  void theOrganiserMayInviteEveryoneChosenForOneRoleAndOpd() {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    long bappeda = fixtures.createOpd(region.id(), "Bappeda Uji", "BPD" + region.id());

    InviteResult result =
        invitations.invite(
            region.id(),
            workshop,
            new InviteCommand(
                List.of(region.as(Role.REVIEWER).accountId()),
                List.of(stakeholder(region, "Kadin", PentahelixRole.BUSINESS)),
                PentahelixRole.ACADEMIA,
                bappeda));

    assertThat(result.invited())
        .extracting(Invitation::pentahelixRole, Invitation::opdId, Invitation::opdName)
        .containsOnly(
            org.assertj.core.groups.Tuple.tuple(PentahelixRole.ACADEMIA, bappeda, "Bappeda Uji"));
  }

  @Test
  void onlyMembersAndStakeholdersOfTheRegionCanBeInvited() {
    TestRegion region = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    long foreignStakeholder = fixtures.createPersonStakeholder(other.id());

    assertThatThrownBy(
            () ->
                invitations.invite(
                    region.id(),
                    workshop,
                    new InviteCommand(
                        List.of(other.as(Role.EDITOR).accountId()),
                        List.of(foreignStakeholder),
                        null,
                        other.opd().id())))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::messageKey)
                    .containsExactly(
                        "workshop.invitation.notMember",
                        "workshop.invitation.unknownStakeholder",
                        "workshop.invitation.unknownOpd"));
    assertThatThrownBy(
            () ->
                invitations.invite(
                    region.id(), workshop, new InviteCommand(null, null, null, null)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(invitations.all(region.id(), workshop)).isEmpty();
  }

  @Test
  void theListIsFilteredByStatusRoleAndOpdAndCountedPerStatusAndRole() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    workshops.inviteMember(region.id(), workshop, region.as(Role.OPD_CONTRIBUTOR).accountId());
    workshops.inviteMember(region.id(), workshop, region.as(Role.PARTICIPANT).accountId());
    workshops.inviteStakeholder(
        region.id(), workshop, stakeholder(region, "UPS Tegal", PentahelixRole.ACADEMIA));
    workshops.inviteStakeholder(
        region.id(), workshop, stakeholder(region, "Kadin", PentahelixRole.BUSINESS));
    invitations.register(region.id(), workshop, region.as(Role.PARTICIPANT).accountId());
    invitations.register(region.id(), workshop, region.as(Role.EDITOR).accountId());

    InvitationCounts counts = invitations.counts(region.id(), workshop);
    assertThat(counts.total()).isEqualTo(5);
    assertThat(counts.status(InvitationStatus.INVITED)).isEqualTo(3);
    assertThat(counts.status(InvitationStatus.REGISTERED)).isEqualTo(2);
    assertThat(counts.status(InvitationStatus.DECLINED)).isZero();
    assertThat(counts.role(PentahelixRole.GOVERNMENT)).isEqualTo(3);
    assertThat(counts.role(PentahelixRole.MEDIA)).isZero();
    assertThat(counts.byOpd().get(region.opd().id())).isEqualTo(1);

    String url = "/api/v1/workshops/" + workshop + "/invitations";
    mvc.perform(get(url + "?status=REGISTERED").with(region.as(Role.REVIEWER).bearer()))
        .andExpect(header().string("X-Total-Count", "2"))
        .andExpect(jsonPath("$[*].name", Matchers.contains("Uji EDITOR", "Uji PARTICIPANT")))
        .andExpect(jsonPath("$[0].source").value("SELF"))
        .andExpect(jsonPath("$[1].source").value("INVITED"));
    mvc.perform(
            get(url + "?role=GOVERNMENT&opdId=" + region.opd().id())
                .with(region.as(Role.REVIEWER).bearer()))
        .andExpect(header().string("X-Total-Count", "1"))
        .andExpect(jsonPath("$[0].name").value("Uji OPD_CONTRIBUTOR"));
    mvc.perform(get(url + "?role=ACADEMIA").with(region.as(Role.REVIEWER).bearer()))
        .andExpect(jsonPath("$[*].name", Matchers.contains("UPS Tegal")))
        .andExpect(jsonPath("$[0].kind").value("STAKEHOLDER"));
    mvc.perform(get(url).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isForbidden());
  }

  @Test
  void aMemberRegistersThemselvesAndWithdrawingTakesTheirOwnRegistrationOffTheList()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    String url = "/api/v1/workshops/" + workshop + "/registration";

    mvc.perform(post(url).with(region.as(Role.OPD_CONTRIBUTOR).bearer()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("REGISTERED"))
        .andExpect(jsonPath("$.source").value("SELF"))
        .andExpect(jsonPath("$.pentahelixRole").value("GOVERNMENT"))
        .andExpect(jsonPath("$.opdId").value(region.opd().id()))
        .andExpect(jsonPath("$.respondedAt").isNotEmpty());
    mvc.perform(post(url).with(region.as(Role.OPD_CONTRIBUTOR).bearer()))
        .andExpect(status().isOk());
    assertThat(invitations.all(region.id(), workshop)).hasSize(1);

    mvc.perform(delete(url).with(region.as(Role.OPD_CONTRIBUTOR).bearer()))
        .andExpect(status().isNoContent());
    assertThat(invitations.all(region.id(), workshop)).isEmpty();
  }

  @Test
  void anInvitedPersonAcceptsThenDeclinesAndStaysOnTheList() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    long participant = region.as(Role.PARTICIPANT).accountId();
    long invitation = workshops.inviteMember(region.id(), workshop, participant);
    String url = "/api/v1/workshops/" + workshop + "/registration";

    mvc.perform(post(url).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(invitation))
        .andExpect(jsonPath("$.status").value("REGISTERED"))
        .andExpect(jsonPath("$.source").value("INVITED"));
    mvc.perform(delete(url).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isNoContent());

    Invitation after = invitations.get(region.id(), workshop, invitation);
    assertThat(after.status()).isEqualTo(InvitationStatus.DECLINED);
    assertThat(after.version()).isEqualTo(2);
  }

  @Test
  void someoneWhoCheckedInIsNotTakenOffTheList() {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    long invitation =
        workshops.inviteMember(region.id(), workshop, region.as(Role.PARTICIPANT).accountId());
    jdbc.sql(
            "insert into workshop_attendance (invitation_id, day, workshop_id, region_id, method)"
                + " values (?, ?, ?, ?, 'ORGANISER')")
        .params(invitation, WorkshopFixtures.FIRST_DAY, workshop, region.id())
        .update();

    assertThatThrownBy(() -> invitations.remove(region.id(), workshop, invitation))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("workshop.invitation.attended"));
    assertThat(invitations.all(region.id(), workshop)).hasSize(1);
  }

  @Test
  void onTheListPageAnOrganiserInvitesTheChosenAndSeesWhoWasOnTheListAlready() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    long academic = stakeholder(region, "Prof. Budi", PentahelixRole.ACADEMIA);
    workshops.inviteStakeholder(region.id(), workshop, academic);

    String page =
        mvc.perform(
                get("/workshops/" + workshop + "/invitations")
                    .param("kind", "STAKEHOLDER")
                    .with(region.as(Role.EDITOR).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document doc = Jsoup.parse(page);
    assertThat(doc.select("#STAKEHOLDER-" + academic).hasAttr("disabled")).isTrue();
    assertThat(doc.select("#results td").text()).contains("Prof. Budi");

    long radio = stakeholder(region, "Radio Slawi FM", PentahelixRole.MEDIA);
    mvc.perform(
            post("/workshops/" + workshop + "/invitations")
                .with(region.as(Role.EDITOR).user())
                .with(csrf())
                .param("stakeholderIds", Long.toString(academic), Long.toString(radio)))
        .andExpect(status().isFound())
        .andExpect(
            result -> {
              assertThat(result.getFlashMap().get("flash").toString()).startsWith("1 ");
              assertThat(result.getFlashMap().get("flashError").toString()).contains("Prof. Budi");
            });
    assertThat(
            invitations
                .list(region.id(), workshop, InvitationFilter.none(), PageRequest.of(0, 10))
                .total())
        .isEqualTo(2);
  }

  private long stakeholder(TestRegion region, String name, PentahelixRole role) {
    return stakeholders
        .create(
            region.id(),
            new StakeholderCommand(
                StakeholderKind.ORGANISATION, name, role, null, null, null, null, false, null),
            "test")
        .id();
  }
}
