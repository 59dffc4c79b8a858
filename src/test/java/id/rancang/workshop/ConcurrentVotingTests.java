package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.Person;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ParticipationFixtures;
import id.rancang.support.RancangIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** 300 participants in the room vote at the same moment, through the API as their phones do. */
@RancangIntegrationTest
class ConcurrentVotingTests {

  private static final int PARTICIPANTS = 300;

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ParticipationFixtures participation;
  @Autowired Ideas ideas;

  @Test
  void threeHundredParticipantsVotingAtOnceEndWithExactlyTheExpectedCounts() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long workshop = participation.createWorkshop(region.id(), plan);
    long everybodys =
        participation.createIdea(region.id(), workshop, region.as(Role.EDITOR).accountId());
    long halfs =
        participation.createIdea(region.id(), workshop, region.as(Role.EDITOR).accountId());
    List<Person> people = participation.participants(region.id(), workshop, PARTICIPANTS);

    // Everybody taps "support" on the first idea twice (a double tap), every second person also
    // supports the second idea: 300 + 300 + 150 requests released together.
    List<Callable<Integer>> votes = new ArrayList<>();
    for (int i = 0; i < people.size(); i++) {
      Person person = people.get(i);
      votes.add(() -> vote(person, everybodys));
      votes.add(() -> vote(person, everybodys));
      if (i % 2 == 0) {
        votes.add(() -> vote(person, halfs));
      }
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(PARTICIPANTS);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (Callable<Integer> vote : votes) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return vote.call();
                }));
      }
      start.countDown();
      for (Future<Integer> answer : answers) {
        assertThat(answer.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }

    Participant editor = new Participant(region.as(Role.EDITOR).accountId(), "e", true, false);
    assertThat(ideas.get(region.id(), everybodys, editor).votes()).isEqualTo(PARTICIPANTS);
    assertThat(ideas.get(region.id(), halfs, editor).votes()).isEqualTo(PARTICIPANTS / 2);
    assertThat(ideas.supporters(region.id(), everybodys)).doesNotHaveDuplicates();
  }

  private int vote(Person person, long idea) throws Exception {
    return mvc.perform(post("/api/v1/ideas/" + idea + "/votes").with(person.user()).with(csrf()))
        .andReturn()
        .getResponse()
        .getStatus();
  }
}
