package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.support.ConsultationFixtures;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.Person;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ParticipationFixtures;
import id.rancang.support.RancangIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Floods are throttled per account: too many ideas, comments or votes in a window are refused. */
@RancangIntegrationTest
class IdeaThrottleTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ConsultationFixtures consultations;
  @Autowired ParticipationFixtures participation;
  @Autowired Ideas ideas;
  @Autowired WorkshopLimits limits;
  @Autowired JdbcClient jdbc;

  private long ideasIn(long consultation) {
    return jdbc.sql("select count(*) from idea where consultation_id = ?")
        .params(consultation)
        .query(Long.class)
        .single();
  }

  private MvcResult postIdea(long consultation, Person who, int n) throws Exception {
    return mvc.perform(
            post("/api/v1/consultations/" + consultation + "/ideas")
                .with(who.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Usulan " + n + "\",\"dimension\":\"SOCIETY\"}"))
        .andReturn();
  }

  private static Participant participant(Person who) {
    return new Participant(who.accountId(), who.email(), false, true);
  }

  @Test
  void theIdeaAfterTheLimitWithinTheWindowIsRefusedWith429AndRetryAfterAndNothingIsSaved()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long consultation = consultations.openConsultation(region.id(), plan);
    Person flooder = region.as(Role.PARTICIPANT);
    int limit = limits.ideasPerHour();
    for (int i = 0; i < limit; i++) {
      assertThat(postIdea(consultation, flooder, i).getResponse().getStatus()).isEqualTo(201);
    }

    MvcResult refused = postIdea(consultation, flooder, limit);

    assertThat(refused.getResponse().getStatus()).isEqualTo(429);
    long retryAfter = Long.parseLong(refused.getResponse().getHeader("Retry-After"));
    assertThat(retryAfter).isBetween(1L, 3600L);
    assertThat(refused.getResponse().getContentType()).contains("problem+json");
    assertThat(ideasIn(consultation)).isEqualTo(limit);
    // the limit is per person: somebody else still raises ideas
    assertThat(postIdea(consultation, region.as(Role.REVIEWER), 0).getResponse().getStatus())
        .isEqualTo(201);
    assertThat(ideasIn(consultation)).isEqualTo(limit + 1);
  }

  @Test
  void ideasInWorkshopsAndConsultationsShareOnePersonsLimit() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long consultation = consultations.openConsultation(region.id(), plan);
    long workshop = participation.createWorkshop(region.id(), plan);
    Person editor = region.as(Role.EDITOR);
    for (int i = 0; i < limits.ideasPerHour(); i++) {
      participation.createIdea(region.id(), workshop, editor.accountId());
    }

    assertThat(postIdea(consultation, editor, 1).getResponse().getStatus()).isEqualTo(429);
    assertThat(ideasIn(consultation)).isZero();
  }

  @Test
  void aCommentBeyondTheLimitIsRefusedAndNotSaved() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long consultation = consultations.openConsultation(region.id(), plan);
    Person talker = region.as(Role.REVIEWER);
    long idea =
        consultations.createIdea(
            region.id(), consultation, region.as(Role.EDITOR).accountId(), null);
    for (int i = 0; i < limits.commentsPerHour(); i++) {
      ideas.comment(region.id(), idea, participant(talker), null, "Komentar " + i);
    }

    mvc.perform(
            post("/api/v1/ideas/" + idea + "/comments")
                .with(talker.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\":\"Satu lagi\"}"))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));

    assertThat(
            jdbc.sql("select count(*) from idea_comment where idea_id = ?")
                .params(idea)
                .query(Long.class)
                .single())
        .isEqualTo(limits.commentsPerHour());
  }

  @Test
  void aThrottledSupportClickSwappedByHtmxShowsTheMessageInPlace() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long consultation = consultations.openConsultation(region.id(), plan);
    Person voter = region.as(Role.OPD_CONTRIBUTOR);
    long idea =
        consultations.createIdea(
            region.id(), consultation, region.as(Role.EDITOR).accountId(), null);
    // giving and withdrawing count alike, so a person cannot flood by toggling
    for (int i = 0; i < limits.votesPerTenMinutes(); i++) {
      if (i % 2 == 0) {
        ideas.vote(region.id(), idea, participant(voter));
      } else {
        ideas.withdrawVote(region.id(), idea, participant(voter));
      }
    }
    boolean supportedBefore = ideas.get(region.id(), idea, participant(voter)).supported();

    MvcResult htmx =
        mvc.perform(
                post("/ideas/" + idea + "/support")
                    .param("support", Boolean.toString(!supportedBefore))
                    .header("HX-Request", "true")
                    .with(voter.user())
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn();
    String fragment = htmx.getResponse().getContentAsString();
    assertThat(fragment).contains("Terlalu banyak permintaan").contains("support-" + idea);
    assertThat(ideas.get(region.id(), idea, participant(voter)).supported())
        .isEqualTo(supportedBefore);

    mvc.perform(
            post("/ideas/" + idea + "/support")
                .param("support", Boolean.toString(!supportedBefore))
                .with(voter.user())
                .with(csrf()))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
  }

  @Test
  void theIdeaFormAfterTheLimitAnswers429AndKeepsWhatWasTyped() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long consultation = consultations.openConsultation(region.id(), plan);
    Person participant = region.as(Role.PARTICIPANT);
    for (int i = 0; i < limits.ideasPerHour(); i++) {
      consultations.createIdea(region.id(), consultation, participant.accountId(), null);
    }

    MvcResult result =
        mvc.perform(
                post("/consultations/" + consultation + "/ideas")
                    .param("title", "Usulan yang panjang diketik")
                    .param("dimension", "LIVING")
                    .with(participant.user())
                    .with(csrf()))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().exists("Retry-After"))
            .andReturn();

    assertThat(result.getResponse().getContentAsString())
        .contains("Usulan yang panjang diketik")
        .contains("Terlalu banyak permintaan");
    assertThat(ideasIn(consultation)).isEqualTo(limits.ideasPerHour());
  }
}
