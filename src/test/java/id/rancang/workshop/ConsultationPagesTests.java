package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.shared.PageRequest;
import id.rancang.support.ConsultationFixtures;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.Person;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The consultation pages of organisers and members. */
@RancangIntegrationTest
class ConsultationPagesTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ConsultationFixtures consultations;
  @Autowired Consultations service;

  @Test
  void theMasterplanPageLinksToItsConsultationsWhichSayWhenThereIsNoneYet() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    String list = "/masterplans/" + plan + "/consultations";

    mvc.perform(get("/masterplans/" + plan).with(region.as(Role.PARTICIPANT).user()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("href=\"" + list + "\"")));
    mvc.perform(get(list).with(region.as(Role.PARTICIPANT).user()))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    Matchers.containsString("Belum ada konsultasi publik untuk masterplan ini.")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("new-consultation"))));
    mvc.perform(get(list).with(region.as(Role.EDITOR).user()))
        .andExpect(content().string(Matchers.containsString("id=\"new-consultation\"")));
    // htmx paging swaps the list only
    mvc.perform(get(list).header("HX-Request", "true").with(region.as(Role.EDITOR).user()))
        .andExpect(content().string(Matchers.containsString("id=\"consultations\"")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("new-consultation"))));
  }

  @Test
  void anOrganiserCreatesAConsultationWithTheFormAndAMissingDateIsNamedNextToItsField()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    Person editor = region.as(Role.EDITOR);
    String list = "/masterplans/" + plan + "/consultations";

    mvc.perform(
            post(list)
                .with(editor.user())
                .with(csrf())
                .param("title", "Judul yang sudah diketik")
                .param("opensOn", "2026-03-01")
                .param("closesOn", "31/03/2026"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("format tttt-bb-hh")))
        .andExpect(content().string(Matchers.containsString("Judul yang sudah diketik")));
    assertThat(service.ofMasterplan(region.id(), plan, new PageRequest(0, 10)).total()).isZero();

    MvcResult created =
        mvc.perform(
                post(list)
                    .with(editor.user())
                    .with(csrf())
                    .param("title", "Suara Warga 2026")
                    .param("description", "Apa yang perlu kota kita?")
                    .param("opensOn", "2026-03-01")
                    .param("closesOn", "2026-03-31"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrlPattern("/consultations/*"))
            .andReturn();
    String page = created.getResponse().getRedirectedUrl();

    mvc.perform(get(page).with(region.as(Role.REVIEWER).user()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Suara Warga 2026")))
        .andExpect(content().string(Matchers.containsString("Draf")))
        // a draft has no public page yet
        .andExpect(
            content().string(Matchers.not(Matchers.containsString("/public/consultations/"))));
  }

  @Test
  void openingMakesTheConsultationPublicAndDeletingOneWithIdeasIsRefusedWithTheReason()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long id = consultations.createConsultation(region.id(), plan, ConsultationStatus.DRAFT);
    Person admin = region.as(Role.REGION_ADMIN);

    mvc.perform(post("/consultations/" + id + "/open").with(admin.user()).with(csrf()))
        .andExpect(redirectedUrl("/consultations/" + id));
    mvc.perform(get("/consultations/" + id).with(admin.user()))
        .andExpect(content().string(Matchers.containsString("/public/consultations/" + id)));
    consultations.createIdea(region.id(), id, region.as(Role.PARTICIPANT).accountId(), null);

    mvc.perform(post("/consultations/" + id + "/delete").with(admin.user()).with(csrf()))
        .andExpect(redirectedUrl("/consultations/" + id))
        .andExpect(flash().attribute("flashError", Matchers.containsString("1 usulan")));
    assertThat(service.get(region.id(), id).status()).isEqualTo(ConsultationStatus.OPEN);
  }

  @Test
  void aStaleEditShowsWhatTheOtherPersonSavedAndKeepsWhatWasTyped() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long id = consultations.openConsultation(region.id(), plan);
    service.update(
        region.id(),
        id,
        new ConsultationCommand(
            "Disimpan lebih dulu",
            null,
            java.time.LocalDate.of(2026, 3, 1),
            java.time.LocalDate.of(2026, 3, 31)),
        0);

    mvc.perform(
            post("/consultations/" + id)
                .with(region.as(Role.EDITOR).user())
                .with(csrf())
                .param("title", "Ketikan saya")
                .param("opensOn", "2026-03-01")
                .param("closesOn", "2026-03-31")
                .param("version", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Disimpan lebih dulu")))
        .andExpect(content().string(Matchers.containsString("value=\"Ketikan saya\"")))
        .andExpect(content().string(Matchers.containsString("Orang lain menyimpan")));
    assertThat(service.get(region.id(), id).title()).isEqualTo("Disimpan lebih dulu");
  }

  @Test
  void aParticipantRaisesAnIdeaInAnOpenConsultationAndItsPageLeadsBackToTheConsultation()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long id = consultations.openConsultation(region.id(), plan);
    Person participant = region.as(Role.PARTICIPANT);

    MvcResult raised =
        mvc.perform(
                post("/consultations/" + id + "/ideas")
                    .with(participant.user())
                    .with(csrf())
                    .param("title", "Posyandu digital")
                    .param("dimension", "LIVING"))
            .andExpect(redirectedUrlPattern("/ideas/*"))
            .andReturn();

    mvc.perform(get(raised.getResponse().getRedirectedUrl()).with(participant.user()))
        .andExpect(status().isOk())
        .andExpect(
            content().string(Matchers.containsString("href=\"/consultations/" + id + "/ideas\"")));
    mvc.perform(get("/consultations/" + id + "/ideas").with(region.as(Role.REVIEWER).user()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Posyandu digital")))
        .andExpect(content().string(Matchers.containsString("href=\"/consultations/" + id + "\"")));
  }
}
