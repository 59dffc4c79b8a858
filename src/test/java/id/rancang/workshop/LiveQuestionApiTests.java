package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.Person;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ParticipationFixtures;
import id.rancang.support.RancangIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@RancangIntegrationTest
class LiveQuestionApiTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ParticipationFixtures participation;
  @Autowired LiveQuestions live;
  @Autowired Ideas ideas;
  @Autowired WorkshopLimits limits;

  private record Setting(
      TestRegion region, long workshop, long living, long living2, long economy) {
    Person organiser() {
      return region.as(Role.EDITOR);
    }

    Participant editor() {
      return new Participant(organiser().accountId(), organiser().email(), true, false);
    }
  }

  private Setting setting() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop =
        participation.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    participation.invite(region.id(), workshop, region.as(Role.PARTICIPANT).accountId());
    long author = region.as(Role.EDITOR).accountId();
    long living = participation.createIdea(region.id(), workshop, author);
    long living2 = participation.createIdea(region.id(), workshop, author);
    long economy =
        id(
            mvc.perform(
                post("/api/v1/workshops/" + workshop + "/ideas")
                    .with(region.as(Role.EDITOR).bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\":\"Pasar daring\",\"dimension\":\"ECONOMY\"}")));
    return new Setting(region, workshop, living, living2, economy);
  }

  private long question(Setting s, String body) throws Exception {
    return id(
        mvc.perform(
            post("/api/v1/workshops/" + s.workshop() + "/live-questions")
                .with(s.organiser().bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)));
  }

  private static long id(org.springframework.test.web.servlet.ResultActions result)
      throws Exception {
    return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id"))
        .longValue();
  }

  private org.springframework.test.web.servlet.ResultActions vote(
      Person who, long question, long idea) throws Exception {
    return mvc.perform(
        post("/api/v1/live-questions/" + question + "/votes")
            .with(who.bearer())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"ideaId\":" + idea + "}"));
  }

  @Test
  void aQuestionOfOneDimensionOffersItsIdeasAndCountsVotesWhileOpen() throws Exception {
    Setting s = setting();
    long q =
        question(
            s,
            "{\"prompt\":\"Usulan Smart Living mana yang terpenting?\",\"dimension\":\"LIVING\",\"maxChoices\":2}");
    Person participant = s.region().as(Role.PARTICIPANT);

    vote(participant, q, s.living())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("ditutup")));
    mvc.perform(post("/api/v1/live-questions/" + q + "/open").with(s.organiser().bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("OPEN"))
        .andExpect(
            jsonPath(
                "$.results[*].ideaId",
                Matchers.containsInAnyOrder((int) s.living(), (int) s.living2())));

    vote(participant, q, s.living())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.votes").value(1));
    vote(participant, q, s.living()).andExpect(jsonPath("$.votes").value(1));
    vote(s.organiser(), q, s.living()).andExpect(jsonPath("$.votes").value(2));
    vote(participant, q, s.economy())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("ideaId"));
    vote(participant, q, s.living2()).andExpect(status().isOk());

    mvc.perform(get("/api/v1/live-questions/" + q).with(participant.bearer()))
        .andExpect(jsonPath("$.results[0].ideaId").value(s.living()))
        .andExpect(jsonPath("$.results[0].votes").value(2))
        .andExpect(jsonPath("$.voters").value(2))
        .andExpect(
            jsonPath(
                "$.myVotes", Matchers.containsInAnyOrder((int) s.living(), (int) s.living2())));
  }

  @Test
  void aParticipantCannotChooseMoreThanAllowedUntilTakingOneBack() throws Exception {
    Setting s = setting();
    long q = question(s, "{\"prompt\":\"Satu pilihan\",\"maxChoices\":1}");
    live.open(s.region().id(), q, s.editor());
    Person participant = s.region().as(Role.PARTICIPANT);

    vote(participant, q, s.living()).andExpect(status().isOk());
    vote(participant, q, s.economy())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("1 usulan")));
    mvc.perform(
            delete("/api/v1/live-questions/" + q + "/votes/" + s.living())
                .with(participant.bearer()))
        .andExpect(jsonPath("$.votes").value(0));
    vote(participant, q, s.economy()).andExpect(status().isOk());
  }

  @Test
  void closingFreezesTheResultAndLaterVotesAreRefused() throws Exception {
    Setting s = setting();
    long q = question(s, "{\"prompt\":\"Prioritas\"}");
    live.open(s.region().id(), q, s.editor());
    vote(s.region().as(Role.PARTICIPANT), q, s.economy()).andExpect(status().isOk());
    mvc.perform(post("/api/v1/live-questions/" + q + "/close").with(s.organiser().bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLOSED"))
        .andExpect(jsonPath("$.results[0].ideaId").value(s.economy()))
        .andExpect(jsonPath("$.results[0].votes").value(1));

    vote(s.region().as(Role.REVIEWER), q, s.economy())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("ditutup")));
    // an idea raised after closing does not enter the frozen result
    participation.createIdea(s.region().id(), s.workshop(), s.organiser().accountId());
    LiveQuestion frozen = live.get(s.region().id(), q, s.editor());
    assertThat(frozen.results()).hasSize(3);
    assertThat(frozen.totalVotes()).isEqualTo(1);
  }

  @Test
  void aParticipantWhoUsedUpTheVoteLimitIsToldToWaitAndTheChoiceIsNotCounted() throws Exception {
    Setting s = setting();
    long q = question(s, "{\"prompt\":\"Batas\"}");
    live.open(s.region().id(), q, s.editor());
    Person participant = s.region().as(Role.PARTICIPANT);
    Participant voter = new Participant(participant.accountId(), participant.email(), false, true);
    // support votes and live choices share one budget per person
    for (int i = 0; i < limits.votesPerTenMinutes(); i++) {
      if (i % 2 == 0) {
        ideas.vote(s.region().id(), s.economy(), voter);
      } else {
        ideas.withdrawVote(s.region().id(), s.economy(), voter);
      }
    }
    vote(participant, q, s.living())
        .andExpect(status().isTooManyRequests())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .exists("Retry-After"));
    assertThat(live.get(s.region().id(), q, s.editor()).totalVotes()).isZero();
  }

  @Test
  void onlyOneQuestionOfAWorkshopIsOpenAtATime() throws Exception {
    Setting s = setting();
    long first = question(s, "{\"prompt\":\"Pertama\"}");
    long second = question(s, "{\"prompt\":\"Kedua\"}");
    live.open(s.region().id(), first, s.editor());
    mvc.perform(post("/api/v1/live-questions/" + second + "/open").with(s.organiser().bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("Pertama")));
  }

  @Test
  void anIdeaAddedDuringTheQuestionBecomesAChoiceOfItsDimension() throws Exception {
    Setting s = setting();
    long q = question(s, "{\"prompt\":\"Living\",\"dimension\":\"LIVING\"}");
    live.open(s.region().id(), q, s.editor());
    long added =
        id(
            mvc.perform(
                    post("/api/v1/live-questions/" + q + "/ideas")
                        .with(s.region().as(Role.PARTICIPANT).bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Posyandu digital\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.dimension").value("LIVING")));
    vote(s.region().as(Role.PARTICIPANT), q, added).andExpect(status().isOk());
  }

  @Test
  void votesArrivingWhileTheOrganiserClosesAreEitherInTheFrozenResultOrRefused() throws Exception {
    Setting s = setting();
    long q = question(s, "{\"prompt\":\"Serentak\",\"maxChoices\":1}");
    live.open(s.region().id(), q, s.editor());
    List<Person> people = participation.participants(s.region().id(), s.workshop(), 120);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(64);
    List<Future<Integer>> answers = new ArrayList<>();
    try {
      for (Person person : people) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return mvc.perform(
                          post("/api/v1/live-questions/" + q + "/votes")
                              .with(person.user())
                              .with(csrf())
                              .contentType(MediaType.APPLICATION_JSON)
                              .content("{\"ideaId\":" + s.living() + "}"))
                      .andReturn()
                      .getResponse()
                      .getStatus();
                }));
      }
      Future<?> closing =
          pool.submit(
              () -> {
                start.await();
                Thread.sleep(20);
                return live.close(s.region().id(), q, s.editor());
              });
      start.countDown();
      closing.get();
      long accepted = 0;
      for (Future<Integer> answer : answers) {
        int status = answer.get();
        assertThat(status).isIn(200, 400);
        accepted += status == 200 ? 1 : 0;
      }
      LiveQuestion frozen = live.get(s.region().id(), q, s.editor());
      assertThat(frozen.totalVotes()).isEqualTo(accepted);
      assertThat(frozen.results().get(0).votes()).isEqualTo(accepted);
    } finally {
      pool.shutdownNow();
    }
  }
}
