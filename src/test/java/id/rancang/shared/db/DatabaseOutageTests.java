package id.rancang.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * While the database is down Rancang answers 503 (problem+json for the API, a page for people) and
 * reports itself not ready; when the database is back it serves again by itself.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"rancang.demo.enabled=false", "rancang.db.connection-timeout=1s"})
@ContextConfiguration(initializers = DatabaseOutageTests.OwnDatabase.class)
@Import(Fixtures.class)
class DatabaseOutageTests {

  /** A database of this test's own, on a fixed port so that it can be restarted. */
  static class OwnDatabase
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    static final Path DIR;
    static final int PORT;

    static {
      try {
        DIR = Files.createTempDirectory("rancang-outage");
        try (ServerSocket socket = new ServerSocket(0)) {
          PORT = socket.getLocalPort();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      context
          .getEnvironment()
          .getPropertySources()
          .addFirst(
              new MapPropertySource(
                  "outage-db",
                  Map.of(
                      "rancang.db.url", "",
                      "rancang.db.embedded.data-dir", DIR.toString(),
                      "rancang.db.embedded.port", Integer.toString(PORT))));
    }
  }

  @LocalServerPort int port;
  @Autowired Fixtures fixtures;

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterAll
  static void removeDatabase() {
    EmbeddedPostgresServer.stop(OwnDatabase.DIR);
    id.rancang.support.TestDatabase.delete(OwnDatabase.DIR);
  }

  @Test
  void rancangAnswers503WhileTheDatabaseIsDownAndRecoversByItself() throws Exception {
    TestRegion region = fixtures.newRegion();
    String token = region.as(Role.EDITOR).token();
    assertThat(get("/api/v1/regions/" + region.code(), token).statusCode()).isEqualTo(200);

    EmbeddedPostgresServer.stop(OwnDatabase.DIR);
    try {
      HttpResponse<String> api = get("/api/v1/regions/" + region.code(), token);
      assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
      assertThat(api.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(api.body()).contains("Basis data sedang tidak dapat dihubungi");

      HttpResponse<String> page = get("/login", null);
      assertThat(page.statusCode()).isIn(200, 503);
      HttpResponse<String> readiness = get("/actuator/health/readiness", null);
      assertThat(readiness.statusCode()).isEqualTo(503);
    } finally {
      EmbeddedPostgresServer.start(OwnDatabase.DIR, OwnDatabase.PORT);
    }

    HttpResponse<String> again = awaitStatus("/api/v1/regions/" + region.code(), token, 200);
    assertThat(again.body()).contains(region.code());
    assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
  }

  @Test
  void aPersonSeesAFriendly503PageWhileTheDatabaseIsDown() throws Exception {
    EmbeddedPostgresServer.stop(OwnDatabase.DIR);
    try {
      HttpResponse<String> page =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/password/forgot"))
                  .header("Accept", "text/html")
                  .POST(HttpRequest.BodyPublishers.ofString("email=x%40y.test"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> dashboard =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                  .header("Accept", "text/html")
                  .header("Cookie", "RANCANG_SESSION=does-not-exist")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(dashboard.statusCode()).isEqualTo(503);
      assertThat(dashboard.body())
          .contains("Layanan sementara tidak tersedia")
          .doesNotContain("Exception");
      assertThat(page.statusCode()).isNotEqualTo(500);
    } finally {
      EmbeddedPostgresServer.start(OwnDatabase.DIR, OwnDatabase.PORT);
    }
    awaitStatus("/actuator/health/readiness", null, 200);
  }

  private HttpResponse<String> awaitStatus(String path, String token, int status) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    HttpResponse<String> response = get(path, token);
    while (response.statusCode() != status && System.nanoTime() < deadline) {
      Thread.sleep(250);
      response = get(path, token);
    }
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return response;
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
