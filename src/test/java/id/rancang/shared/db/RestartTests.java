package id.rancang.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rancang as a real process on its default embedded PostgreSQL: data written before the process is
 * killed (SIGKILL, so nothing is shut down cleanly and the PostgreSQL server is left running) is
 * there after the next start.
 */
class RestartTests {

  private static final String ADMIN = "admin@restart.test";
  private static final String PASSWORD = "kata-sandi-restart-1";

  @TempDir Path dataDir;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void dataSurvivesAKillOfTheProcess() throws Exception {
    int port = freePort();
    Process first = start(port);
    try {
      long cold = awaitReady(first, port);
      String token = token(port);
      HttpResponse<String> created =
          http.send(
              HttpRequest.newBuilder(uri(port, "/api/v1/regions"))
                  .header("Authorization", "Bearer " + token)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"code\":\"33.29\",\"name\":\"Kabupaten Brebes\",\"type\":\"KABUPATEN\","
                              + "\"province\":\"Jawa Tengah\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      System.out.printf("RestartTests: cold start to ready %d ms%n", cold);
    } finally {
      first.destroyForcibly().waitFor();
    }
    assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);

    Process second = start(port);
    try {
      long warm = awaitReady(second, port);
      System.out.printf("RestartTests: start after kill to ready %d ms%n", warm);
      String token = token(port);
      HttpResponse<String> region =
          http.send(
              HttpRequest.newBuilder(uri(port, "/api/v1/regions/33.29"))
                  .header("Authorization", "Bearer " + token)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(region.statusCode()).isEqualTo(200);
      assertThat(region.body()).contains("Kabupaten Brebes");
      assertThat(log()).contains("left running on").contains("by an earlier process");
    } finally {
      second.destroy();
      if (!second.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        second.destroyForcibly().waitFor();
      }
      stopLeftoverPostgres();
    }
  }

  private Process start(int port) throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-cp");
    command.add(classpath);
    command.add("id.rancang.RancangApplication");
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("RANCANG_DATA_DIR", dataDir.toString());
    builder.environment().put("RANCANG_ADMIN_EMAIL", ADMIN);
    builder.environment().put("RANCANG_ADMIN_PASSWORD", PASSWORD);
    builder.environment().remove("RANCANG_DB_URL");
    builder.environment().remove("RANCANG_DEMO");
    builder.redirectErrorStream(true);
    builder.redirectOutput(
        ProcessBuilder.Redirect.appendTo(new File(dataDir.toFile(), "rancang.log")));
    return builder.start();
  }

  private long awaitReady(Process process, int port) throws Exception {
    long started = System.nanoTime();
    long deadline = started + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError("Rancang exited early:\n" + log());
      }
      try {
        HttpResponse<String> health =
            http.send(
                HttpRequest.newBuilder(uri(port, "/actuator/health/readiness")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return Duration.ofNanos(System.nanoTime() - started).toMillis();
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("Rancang was not ready within 3 minutes:\n" + log());
  }

  private String token(int port) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri(port, "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + ADMIN + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
    assertThat(token.find()).isTrue();
    return token.group(1);
  }

  private void stopLeftoverPostgres() throws IOException {
    Path pid = dataDir.resolve("postgres").resolve("postmaster.pid");
    if (Files.exists(pid)) {
      ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip()))
          .ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  private String log() throws IOException {
    Path log = dataDir.resolve("rancang.log");
    return Files.exists(log) ? Files.readString(log) : "(no log)";
  }

  private static URI uri(int port, String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
