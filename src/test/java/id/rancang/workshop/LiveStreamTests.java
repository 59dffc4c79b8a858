package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.RancangApplication;
import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.Person;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ParticipationFixtures;
import id.rancang.support.TestDatabase;
import id.rancang.support.WorkshopFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The projector's stream over real HTTP: a vote reaches a subscribed client as a server-sent event,
 * also when the vote is taken by one Rancang instance and the projector is served by another that
 * shares the database (the signal travels through PostgreSQL LISTEN/NOTIFY).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"rancang.demo.enabled=false", "server.servlet.session.cookie.secure=false"})
@ContextConfiguration(initializers = TestDatabase.class)
@Import({Fixtures.class, WorkshopFixtures.class, ParticipationFixtures.class})
class LiveStreamTests {

  /** How long a test waits for an event before it fails (a bound, not a measurement). */
  private static final long PATIENCE_SECONDS = 30;

  private static ConfigurableApplicationContext secondInstance;

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;
  @Autowired ParticipationFixtures participation;
  @Autowired LiveQuestions live;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void startSecondInstance() {
    secondInstance =
        new SpringApplicationBuilder(RancangApplication.class)
            .initializers(new TestDatabase())
            .properties(
                "server.port=0",
                "rancang.demo.enabled=false",
                "spring.application.name=rancang-second",
                "spring.jmx.enabled=false")
            .run();
  }

  @AfterAll
  static void stopSecondInstance() {
    if (secondInstance != null) {
      secondInstance.close();
    }
  }

  private record Setting(TestRegion region, long question, long idea) {
    Participant organiser() {
      Person editor = region.as(Role.EDITOR);
      return new Participant(editor.accountId(), editor.email(), true, false);
    }
  }

  private Setting openQuestion() {
    TestRegion region = fixtures.newRegion();
    long workshop =
        participation.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    participation.invite(region.id(), workshop, region.as(Role.PARTICIPANT).accountId());
    long idea = participation.createIdea(region.id(), workshop, region.as(Role.EDITOR).accountId());
    Person editor = region.as(Role.EDITOR);
    Participant organiser = new Participant(editor.accountId(), editor.email(), true, false);
    long question =
        live.create(
                region.id(),
                workshop,
                organiser,
                new LiveQuestionCommand("Usulan mana yang terpenting?", null, 3, true))
            .id();
    live.open(region.id(), question, organiser);
    return new Setting(region, question, idea);
  }

  @Test
  void aVoteReachesTheSubscribedProjectorAsAnEvent() throws Exception {
    Setting s = openQuestion();
    BlockingQueue<String> lines = subscribe(port, s);

    vote(port, s.region().as(Role.PARTICIPANT), s);

    String data = awaitEvent(lines, "votes");
    assertThat(data).contains("\"ideaId\":" + s.idea()).contains("\"votes\":1");
  }

  @Test
  void aVoteTakenByOneInstanceReachesTheProjectorServedByTheOther() throws Exception {
    Setting s = openQuestion();
    int secondPort =
        Integer.parseInt(secondInstance.getEnvironment().getProperty("local.server.port"));
    BlockingQueue<String> lines = subscribe(secondPort, s);

    vote(port, s.region().as(Role.PARTICIPANT), s);
    vote(port, s.region().as(Role.REVIEWER), s);

    assertThat(awaitEvent(lines, "votes")).contains("\"votes\":1");
    assertThat(awaitEvent(lines, "votes")).contains("\"votes\":2");
    live.close(s.region().id(), s.question(), s.organiser());
    assertThat(awaitEvent(lines, "closed")).contains("\"questionId\":" + s.question());
  }

  /** Opens the event stream as the projector (the editor) and queues its lines. */
  private BlockingQueue<String> subscribe(int serverPort, Setting s) throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + serverPort
                        + "/api/v1/live-questions/"
                        + s.question()
                        + "/events"))
            .header("Authorization", "Bearer " + s.region().as(Role.EDITOR).token())
            .header("Accept", "text/event-stream")
            .GET()
            .build();
    CompletableFuture<HttpResponse<Stream<String>>> response =
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
    HttpResponse<Stream<String>> answer = response.get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    assertThat(answer.statusCode()).isEqualTo(200);
    Thread reader = new Thread(() -> answer.body().forEach(lines::add), "sse-reader");
    reader.setDaemon(true);
    reader.start();
    assertThat(awaitEvent(lines, "snapshot")).contains("\"status\":\"OPEN\"");
    return lines;
  }

  private void vote(int serverPort, Person who, Setting s) throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + serverPort
                            + "/api/v1/live-questions/"
                            + s.question()
                            + "/votes"))
                .header("Authorization", "Bearer " + who.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ideaId\":" + s.idea() + "}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  /** The data of the next event with this name (events of other names are skipped). */
  private static String awaitEvent(BlockingQueue<String> lines, String name) throws Exception {
    String event = null;
    while (true) {
      String line = lines.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
      assertThat(line).as("an event '" + name + "' within " + PATIENCE_SECONDS + " s").isNotNull();
      if (line.startsWith("event:")) {
        event = line.substring(6).strip();
      } else if (line.startsWith("data:") && name.equals(event)) {
        return line.substring(5).strip();
      }
    }
  }
}
