package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.Person;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ParticipationFixtures;
import id.rancang.support.ProgrammeFixtures;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.workshop.IdeaStatus;
import id.rancang.workshop.Ideas;
import id.rancang.workshop.Participant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The best workshop ideas become draft programmes that remember where they came from. */
@RancangIntegrationTest
class IdeaPromotionTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ParticipationFixtures participation;
  @Autowired ProgrammeFixtures programmes;
  @Autowired ProgrammePortfolio portfolio;
  @Autowired Ideas ideas;

  private record Setting(TestRegion region, long masterplan, long workshop) {
    Person editor() {
      return region.as(Role.EDITOR);
    }

    Participant moderator() {
      return new Participant(editor().accountId(), editor().email(), true, false);
    }
  }

  private Setting setting() {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long workshop = participation.createWorkshop(region.id(), masterplan);
    participation.invite(region.id(), workshop, region.as(Role.PARTICIPANT).accountId());
    return new Setting(region, masterplan, workshop);
  }

  private long idea(Setting s, String title) throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/workshops/" + s.workshop() + "/ideas")
                    .with(s.region().as(Role.PARTICIPANT).bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        """
                        {"title":"%s","problem":"Warga antre lama","proposal":"Layanan daring",
                         "dimension":"GOVERNANCE","element":"PUBLIC_SERVICE","suggestedOpdId":%d,
                         "suggestedPartners":"Universitas Pancasakti"}"""
                            .formatted(title, s.region().opd().id())))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(body, "$.id")).longValue();
  }

  @Test
  void aPromotedIdeaBecomesADraftProgrammeThatNamesItsIdeaWorkshopAndSupporters() throws Exception {
    Setting s = setting();
    long idea = idea(s, "Perizinan daring");
    mvc.perform(
            post("/api/v1/ideas/" + idea + "/votes").with(s.region().as(Role.REVIEWER).bearer()))
        .andExpect(status().isOk());

    String answer =
        mvc.perform(
                post("/api/v1/ideas/" + idea + "/promote")
                    .with(s.editor().bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"code\":\"MPP-01\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.code").value("MPP-01"))
            .andExpect(jsonPath("$.name").value("Perizinan daring"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long programmeId = ((Number) JsonPath.read(answer, "$.programmeId")).longValue();

    Programme programme = portfolio.get(s.region().id(), s.masterplan(), programmeId);
    assertThat(programme.status()).isEqualTo(ProgrammeStatus.PROPOSED);
    assertThat(programme.dimension().name()).isEqualTo("GOVERNANCE");
    assertThat(programme.leadOpdId()).isEqualTo(s.region().opd().id());
    assertThat(programme.problem()).isEqualTo("Warga antre lama");
    assertThat(programme.description())
        .as("the proposal, and the partners under the label of the editor's language")
        .contains("Layanan daring", "Mitra yang diusulkan: Universitas Pancasakti");
    assertThat(ideas.get(s.region().id(), idea, s.moderator()).status())
        .isEqualTo(IdeaStatus.PROMOTED);

    mvc.perform(
            get("/masterplans/" + s.masterplan() + "/programmes/" + programmeId)
                .with(s.editor().user()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Perizinan daring")))
        .andExpect(content().string(Matchers.containsString("Bimtek Tahap 2")))
        .andExpect(content().string(Matchers.containsString("Uji REVIEWER")));
    mvc.perform(get("/api/v1/ideas/" + idea + "/programmes").with(s.editor().bearer()))
        .andExpect(jsonPath("$[0].code").value("MPP-01"));
  }

  @Test
  void twoIdeasJoinAnExistingProgrammeFromTheForm() throws Exception {
    Setting s = setting();
    long first = idea(s, "Kios layanan");
    long second = idea(s, "Antrean daring");
    long existing =
        programmes.createProgramme(s.region().id(), s.masterplan(), s.region().opd().id());

    mvc.perform(
            post("/ideas/" + first + "/promote")
                .with(s.editor().user())
                .with(csrf())
                .param("otherIdeas", Long.toString(second))
                .param("programmeId", Long.toString(existing)))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/masterplans/*/programmes/" + existing));
    mvc.perform(get("/ideas/" + second + "/programmes").with(s.editor().user()))
        .andExpect(
            content()
                .string(
                    Matchers.containsString(
                        programmes.code(s.region().id(), s.masterplan(), existing))));
    assertThat(ideas.get(s.region().id(), first, s.moderator()).status())
        .isEqualTo(IdeaStatus.PROMOTED);
  }

  @Test
  void promotingAgainOrWithATakenCodeIsRefusedAndChangesNothing() throws Exception {
    Setting s = setting();
    long promoted = idea(s, "Sudah program");
    long fresh = idea(s, "Masih terbuka");
    mvc.perform(
            post("/api/v1/ideas/" + promoted + "/promote")
                .with(s.editor().bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"DUP-1\"}"))
        .andExpect(status().isCreated());
    long before = portfolio.codes(s.region().id(), s.masterplan()).size();

    mvc.perform(
            post("/api/v1/ideas/" + fresh + "/promote")
                .with(s.editor().bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"ideaIds\":[%d]}".formatted(promoted)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("Sudah program")));
    mvc.perform(
            post("/api/v1/ideas/" + fresh + "/promote")
                .with(s.editor().bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"DUP-1\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("code"));

    assertThat(portfolio.codes(s.region().id(), s.masterplan())).hasSize((int) before);
    assertThat(ideas.get(s.region().id(), fresh, s.moderator()).status())
        .isEqualTo(IdeaStatus.OPEN);
  }
}
