package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.strategy.Dimension;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.Person;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ParticipationFixtures;
import id.rancang.support.RancangIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The organiser's console, the participants' phone page and the projector page. */
@RancangIntegrationTest
class LivePagesTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ParticipationFixtures participation;
  @Autowired LiveQuestions live;
  @Autowired Ideas ideas;

  private record Setting(TestRegion region, long workshop, long idea) {
    Person organiser() {
      return region.as(Role.EDITOR);
    }

    Participant editor() {
      return new Participant(organiser().accountId(), organiser().email(), true, false);
    }

    Person participant() {
      return region.as(Role.PARTICIPANT);
    }
  }

  private Setting setting() {
    TestRegion region = fixtures.newRegion();
    long workshop =
        participation.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    participation.invite(region.id(), workshop, region.as(Role.PARTICIPANT).accountId());
    Person editor = region.as(Role.EDITOR);
    long idea =
        ideas
            .submit(
                region.id(),
                workshop,
                new Participant(editor.accountId(), editor.email(), true, false),
                new IdeaCommand(
                    "<i>Posyandu</i> digital", null, null, Dimension.LIVING, null, null, null))
            .id();
    return new Setting(region, workshop, idea);
  }

  @Test
  void theOrganiserPreparesAndOpensAQuestionFromTheConsole() throws Exception {
    Setting s = setting();
    mvc.perform(
            post("/workshops/" + s.workshop() + "/live")
                .with(s.organiser().user())
                .with(csrf())
                .param("prompt", "Usulan Smart Living mana yang terpenting?")
                .param("dimension", "LIVING")
                .param("maxChoices", "2")
                .param("allowIdeas", "true"))
        .andExpect(status().is3xxRedirection());
    LiveQuestion question = live.ofWorkshop(s.region().id(), s.workshop(), s.editor()).get(0);
    assertThat(question.maxChoices()).isEqualTo(2);

    mvc.perform(post("/live/" + question.id() + "/open").with(s.organiser().user()).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/workshops/" + s.workshop() + "/live").with(s.organiser().user()))
        .andExpect(status().isOk())
        .andExpect(
            content().string(Matchers.containsString("Usulan Smart Living mana yang terpenting?")))
        .andExpect(
            content().string(Matchers.containsString("/live/" + question.id() + "/projector")));
  }

  @Test
  void aParticipantIsSentToTheOpenQuestionAndChoosesAnIdeaOnThePhone() throws Exception {
    Setting s = setting();
    mvc.perform(get("/workshops/" + s.workshop() + "/live").with(s.participant().user()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Belum ada pertanyaan yang dibuka")));
    long q =
        live.create(
                s.region().id(),
                s.workshop(),
                s.editor(),
                new LiveQuestionCommand("Pilih", null, 1, true))
            .id();
    live.open(s.region().id(), q, s.editor());
    mvc.perform(get("/workshops/" + s.workshop() + "/live").with(s.participant().user()))
        .andExpect(redirectedUrl("/live/" + q));

    mvc.perform(
            post("/live/" + q + "/choose")
                .with(s.participant().user())
                .with(csrf())
                .header("HX-Request", "true")
                .param("ideaId", Long.toString(s.idea()))
                .param("chosen", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("aria-pressed=\"true\"")))
        .andExpect(
            content().string(Matchers.containsString("&lt;i&gt;Posyandu&lt;/i&gt; digital")));
    assertThat(live.get(s.region().id(), q, s.editor()).totalVotes()).isEqualTo(1);
  }

  @Test
  void theProjectorShowsTheCountsAndTheFrozenResultAfterClosing() throws Exception {
    Setting s = setting();
    long q =
        live.create(
                s.region().id(),
                s.workshop(),
                s.editor(),
                new LiveQuestionCommand("Pilih", null, 1, true))
            .id();
    live.open(s.region().id(), q, s.editor());
    live.vote(s.region().id(), q, s.idea(), s.editor());
    live.close(s.region().id(), q, s.editor());

    mvc.perform(get("/live/" + q + "/projector").with(s.organiser().user()).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Voting closed: final result")))
        .andExpect(content().string(Matchers.containsString("data-votes=\"1\"")))
        .andExpect(content().string(Matchers.containsString("/live/" + q + "/events")));
    mvc.perform(
            post("/live/" + q + "/choose")
                .with(s.participant().user())
                .with(csrf())
                .header("HX-Request", "true")
                .param("ideaId", Long.toString(s.idea())))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("sudah ditutup")));
  }
}
