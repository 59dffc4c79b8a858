package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.shared.PageRequest;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.WorkshopFixtures;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@RancangIntegrationTest
class WorkshopPagesTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired WorkshopFixtures workshops;
  @Autowired WorkshopCatalog catalog;
  @Autowired WorkshopInvitations invitations;
  @Autowired WorkshopPlanning planning;

  @Test
  void theMasterplanPageLeadsToItsWorkshops() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());

    Document page = page(get("/masterplans/" + masterplan), region.as(Role.PARTICIPANT).user());

    assertThat(page.select("a[href=/masterplans/" + masterplan + "/workshops]")).hasSize(1);
  }

  @Test
  void anEmptyListSaysSoAndOnlyOrganisersAreOfferedToPlanTheFirstWorkshop() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    String url = "/masterplans/" + masterplan + "/workshops";

    Document editor = page(get(url), region.as(Role.EDITOR).user());
    Document reviewer = page(get(url), region.as(Role.REVIEWER).user());

    assertThat(editor.select("#results .empty").text()).isNotBlank();
    assertThat(editor.select("#new-workshop")).hasSize(1);
    assertThat(reviewer.select("#results .empty")).hasSize(1);
    assertThat(reviewer.select("#new-workshop")).isEmpty();
  }

  @Test
  void anOrganiserPlansAWorkshopOnTheFormAndLandsOnItsPageWithTheLinkToItsIdeas() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());

    MvcResult created =
        mvc.perform(
                post("/masterplans/" + masterplan + "/workshops")
                    .with(region.as(Role.EDITOR).user())
                    .with(csrf())
                    .param("title", "Bimtek Tahap 2")
                    .param("stage", "TAHAP_2")
                    .param("startDate", "2023-07-31")
                    .param("endDate", "2023-08-01")
                    .param("venue", "Grand Dian Hotel, Slawi")
                    .param("description", "Program inovatif 5 dan 10 tahun"))
            .andExpect(status().isFound())
            .andReturn();
    String location = created.getResponse().getRedirectedUrl();
    long id = Long.parseLong(location.substring("/workshops/".length()));
    Workshop saved = catalog.get(region.id(), id);
    assertThat(saved.ideasOpen()).isFalse(); // the box was not ticked
    assertThat(saved.venue()).isEqualTo("Grand Dian Hotel, Slawi");

    Document page = page(get(location), region.as(Role.EDITOR).user());
    assertThat(page.select("h1").text()).isEqualTo("Bimtek Tahap 2");
    assertThat(page.select("a[href=/workshops/" + id + "/ideas]")).hasSize(1);
    assertThat(page.select("a[href=/workshops/" + id + "/edit]")).hasSize(1);
    assertThat(page.select("a[href=/workshops/" + id + "/invitations]")).hasSize(1);
    assertThat(page.text()).contains("31 Juli 2023").contains("1 Agustus 2023");
  }

  @Test
  void mistakesOnTheFormAreShownNextToTheirFieldsWithWhatWasTyped() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());

    Document page =
        page(
            post("/masterplans/" + masterplan + "/workshops")
                .with(csrf())
                .param("title", "Konsultasi publik")
                .param("stage", "CUSTOM")
                .param("stageLabel", "")
                .param("startDate", "2023-08-02")
                .param("endDate", "2023-08-01")
                .param("ideasOpen", "true"),
            region.as(Role.EDITOR).user());

    assertThat(page.select("#title").attr("value")).isEqualTo("Konsultasi publik");
    assertThat(page.select("#stage option[selected]").val()).isEqualTo("CUSTOM");
    assertThat(page.select("#stageLabel[aria-invalid=true]")).hasSize(1);
    assertThat(page.select("#endDate[aria-invalid=true]")).hasSize(1);
    assertThat(page.select("#startDate[aria-invalid=true]")).isEmpty();
    assertThat(page.select(".field-error")).hasSize(2);
    assertThat(page.select("#ideasOpen[checked]")).hasSize(1);
    assertThat(catalog.list(region.id(), masterplan, PageRequest.of(0, 5)).total()).isZero();
  }

  @Test
  void aStaleSaveShowsWhatTheOtherOrganiserSavedAndKeepsWhatWasTyped() throws Exception {
    TestRegion region = fixtures.newRegion();
    long id = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    Workshop current = catalog.get(region.id(), id);
    planning.update(
        region.id(),
        id,
        new WorkshopCommand(
            "Judul rekan",
            current.stage(),
            null,
            current.description(),
            current.startDate(),
            current.endDate(),
            current.venue(),
            true),
        current.version());

    Document page =
        page(
            post("/workshops/" + id)
                .with(csrf())
                .param("title", "Judul saya")
                .param("stage", "TAHAP_2")
                .param("startDate", "2023-07-31")
                .param("endDate", "2023-08-01")
                .param("version", Integer.toString(current.version())),
            region.as(Role.REGION_ADMIN).user());

    assertThat(page.select(".form-errors").text()).contains("Judul rekan");
    assertThat(page.select("#title").attr("value")).isEqualTo("Judul saya");
    assertThat(page.select("input[name=version]").val())
        .isEqualTo(Integer.toString(current.version() + 1));
    assertThat(catalog.get(region.id(), id).title()).isEqualTo("Judul rekan");
  }

  @Test
  void deletingAsksFirstAndSaysWhyNotWhileTheWorkshopHasIdeas() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long withIdeas = workshops.createWorkshop(region.id(), masterplan);
    workshops.createIdea(region.id(), masterplan, withIdeas, "Posyandu digital");
    workshops.createIdea(region.id(), masterplan, withIdeas, "Bank sampah");
    long plain = workshops.createWorkshop(region.id(), masterplan);

    Document refused =
        page(get("/workshops/" + withIdeas + "/delete"), region.as(Role.EDITOR).user());
    assertThat(refused.select(".form-errors").text()).contains("2 usulan");
    assertThat(refused.select("form[action=/workshops/" + withIdeas + "/delete]")).isEmpty();

    Document asked = page(get("/workshops/" + plain + "/delete"), region.as(Role.EDITOR).user());
    assertThat(asked.select("form[action=/workshops/" + plain + "/delete] button.danger"))
        .hasSize(1);

    mvc.perform(
            post("/workshops/" + withIdeas + "/delete")
                .with(region.as(Role.EDITOR).user())
                .with(csrf()))
        .andExpect(status().isFound())
        .andExpect(
            r -> assertThat(r.getFlashMap().get("flashError").toString()).contains("2 usulan"));
    mvc.perform(
            post("/workshops/" + plain + "/delete")
                .with(region.as(Role.EDITOR).user())
                .with(csrf()))
        .andExpect(status().isFound())
        .andExpect(
            r ->
                assertThat(r.getResponse().getRedirectedUrl())
                    .isEqualTo("/masterplans/" + masterplan + "/workshops"));
    assertThat(catalog.find(region.id(), withIdeas)).isPresent();
    assertThat(catalog.find(region.id(), plain)).isEmpty();
  }

  @Test
  void theListAnswersHtmxWithItsResultsAndPagesThroughThemNewestFirst() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    for (int month = 1; month <= 21; month++) {
      LocalDate day = LocalDate.of(2022, 1, 1).plusMonths(month);
      workshops.createWorkshop(region.id(), masterplan, day, day);
    }

    Document fragment =
        page(
            get("/masterplans/" + masterplan + "/workshops")
                .param("page", "1")
                .header("HX-Request", "true"),
            region.as(Role.OPD_CONTRIBUTOR).user());

    assertThat(fragment.select("h1")).isEmpty();
    assertThat(fragment.select("#results tbody tr")).hasSize(1);
    assertThat(fragment.select("#results tbody td").first().text()).isEqualTo("1 Feb 2022");
  }

  @Test
  void aParticipantSeesTheirWorkshopWithoutOrganiserControlsAndAcceptsTheInvitationInPlace()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long id = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    workshops.createSession(region.id(), id);
    workshops.inviteMember(region.id(), id, region.as(Role.PARTICIPANT).accountId());

    Document page = page(get("/workshops/" + id), region.as(Role.PARTICIPANT).user());
    assertThat(page.select("a[href=/workshops/" + id + "/edit]")).isEmpty();
    assertThat(page.select("a[href=/workshops/" + id + "/invitations]")).isEmpty();
    assertThat(page.select("#agenda form, #materials form, #minutes form")).isEmpty();
    assertThat(page.select("#agenda td").text()).contains("Paparan data profil daerah");
    assertThat(page.select("#registration form")).hasSize(2); // accept, decline

    Document fragment =
        page(
            post("/workshops/" + id + "/registration").with(csrf()).header("HX-Request", "true"),
            region.as(Role.PARTICIPANT).user());
    assertThat(fragment.select("#registration")).hasSize(1);
    assertThat(fragment.select("h1")).isEmpty();
    assertThat(fragment.select("#registration form")).hasSize(1); // withdraw
    assertThat(invitations.ofAccount(region.id(), id, region.as(Role.PARTICIPANT).accountId()))
        .hasValueSatisfying(i -> assertThat(i.status()).isEqualTo(InvitationStatus.REGISTERED));
  }

  @Test
  void theWorkshopPagesSpeakEnglishOnRequest() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long id = workshops.createWorkshop(region.id(), masterplan);

    Document list =
        page(
            get("/masterplans/" + masterplan + "/workshops?lang=en"),
            region.as(Role.EDITOR).user());
    Document detail = page(get("/workshops/" + id + "?lang=en"), region.as(Role.EDITOR).user());

    assertThat(list.select("h1").text()).isEqualTo("Workshops (Bimtek)");
    assertThat(detail.select("#agenda h2").text()).isEqualTo("Agenda");
    assertThat(detail.text()).contains("31 July 2023").contains("Stage 2");
  }

  private Document page(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      RequestPostProcessor user)
      throws Exception {
    String html =
        mvc.perform(request.with(user))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(html);
  }
}
