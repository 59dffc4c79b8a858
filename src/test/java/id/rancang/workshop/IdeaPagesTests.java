package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.shared.PageRequest;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.Person;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ParticipationFixtures;
import id.rancang.support.RancangIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The idea pages of a workshop, with and without htmx. */
@RancangIntegrationTest
class IdeaPagesTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ParticipationFixtures participation;
  @Autowired Ideas ideas;

  private record Setting(TestRegion region, long workshop) {
    Person participant() {
      return region.as(Role.PARTICIPANT);
    }
  }

  private Setting setting() {
    TestRegion region = fixtures.newRegion();
    long workshop =
        participation.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    participation.invite(region.id(), workshop, region.as(Role.PARTICIPANT).accountId());
    return new Setting(region, workshop);
  }

  @Test
  void aParticipantSendsAnIdeaFromTheFormAndScriptInItIsShownAsText() throws Exception {
    Setting s = setting();
    mvc.perform(
            post("/workshops/" + s.workshop() + "/ideas")
                .with(s.participant().user())
                .with(csrf())
                .param("title", "<script>alert('x')</script> Ojek daring desa")
                .param("problem", "Angkutan desa jarang")
                .param("dimension", "LIVING")
                .param("element", "TRANSPORT"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrlPattern("/ideas/*"));

    mvc.perform(get("/workshops/" + s.workshop() + "/ideas").with(s.participant().user()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("&lt;script&gt;alert(")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert("))))
        .andExpect(content().string(Matchers.containsString("Angkutan desa jarang")));
  }

  @Test
  void anIdeaWithoutTitleIsShownAgainWithTheProblemNextToTheFieldAndNothingSaved()
      throws Exception {
    Setting s = setting();
    mvc.perform(
            post("/workshops/" + s.workshop() + "/ideas")
                .with(s.participant().user())
                .with(csrf())
                .param("title", "")
                .param("problem", "Masalah yang sudah diketik")
                .param("dimension", "ECONOMY"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Judul usulan wajib diisi.")))
        .andExpect(content().string(Matchers.containsString("Masalah yang sudah diketik")));
    assertThat(total(s)).isZero();
  }

  @Test
  void supportWithHtmxSwapsTheButtonAndCountsTheVote() throws Exception {
    Setting s = setting();
    long idea =
        participation.createIdea(
            s.region().id(), s.workshop(), s.region().as(Role.EDITOR).accountId());
    mvc.perform(
            post("/ideas/" + idea + "/support")
                .with(s.participant().user())
                .with(csrf())
                .header("HX-Request", "true")
                .param("support", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("1 dukungan")))
        .andExpect(content().string(Matchers.containsString("Batalkan dukungan")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
  }

  @Test
  void aSupportAfterTheCollectionClosedIsExplainedAndNotCounted() throws Exception {
    Setting s = setting();
    long idea =
        participation.createIdea(
            s.region().id(), s.workshop(), s.region().as(Role.EDITOR).accountId());
    participation.closeIdeas(s.workshop());
    mvc.perform(
            post("/ideas/" + idea + "/support")
                .with(s.participant().user())
                .with(csrf())
                .header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("sudah ditutup")));
    assertThat(ideas.get(s.region().id(), idea, new Participant(0, "x", true, false)).votes())
        .isZero();
  }

  @Test
  void aCommentAndItsReplyAppearInTheThreadInEnglishToo() throws Exception {
    Setting s = setting();
    long idea =
        participation.createIdea(
            s.region().id(), s.workshop(), s.region().as(Role.EDITOR).accountId());
    long first =
        participation.createComment(s.region().id(), idea, s.region().as(Role.EDITOR).accountId());
    mvc.perform(
            post("/ideas/" + idea + "/comments")
                .with(s.participant().user())
                .with(csrf())
                .header("HX-Request", "true")
                .param("parentId", Long.toString(first))
                .param("body", "<b>Setuju</b> sekali"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("&lt;b&gt;Setuju&lt;/b&gt; sekali")));

    mvc.perform(get("/ideas/" + idea).with(s.participant().user()).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Comments")))
        .andExpect(content().string(Matchers.containsString("Setuju, perlu data antrean")));
  }

  @Test
  void theModerationQueueIsForModeratorsOnly() throws Exception {
    Setting s = setting();
    mvc.perform(
            get("/workshops/" + s.workshop() + "/moderation")
                .with(s.region().as(Role.EDITOR).user()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Tidak ada yang menunggu moderasi.")));
    mvc.perform(get("/workshops/" + s.workshop() + "/moderation").with(s.participant().user()))
        .andExpect(status().isForbidden());
  }

  private long total(Setting s) {
    return ideas
        .ofWorkshop(
            s.region().id(),
            s.workshop(),
            new Participant(0, "x", true, false),
            IdeaFilter.all(),
            new PageRequest(0, 5))
        .total();
  }
}
