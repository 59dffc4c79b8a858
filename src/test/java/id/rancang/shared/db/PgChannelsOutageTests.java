package id.rancang.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.shared.db.PgChannelsTests.Inbox;
import id.rancang.support.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database of this test's own, stopped and started again on the same port: the hub keeps trying
 * to connect, pausing longer each time, and listens to its channels again once the server is back.
 */
class PgChannelsOutageTests {

  private static final PgChannels.Tuning QUICK =
      new PgChannels.Tuning(
          Duration.ofMillis(100),
          Duration.ofMillis(100),
          Duration.ofMillis(800),
          Duration.ofSeconds(30),
          Duration.ofMillis(500));

  static Path dir;
  static int port;
  static ConnectionSettings settings;
  static DriverManagerDataSource dataSource;

  @BeforeAll
  static void startDatabase() throws IOException {
    dir = Files.createTempDirectory("rancang-channels-outage");
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    EmbeddedPostgres pg = EmbeddedPostgresServer.start(dir, port);
    settings = new ConnectionSettings(pg.getJdbcUrl("postgres", "postgres"), "postgres", null);
    dataSource = new DriverManagerDataSource(settings.url(), "postgres", "");
  }

  @AfterAll
  static void removeDatabase() {
    EmbeddedPostgresServer.stop(dir);
    TestDatabase.delete(dir);
  }

  @Test
  void whileTheDatabaseIsDownTheHubKeepsTryingAndListensAgainWhenItIsBack() throws Exception {
    Inbox before = new Inbox();
    Inbox during = new Inbox();
    try (PgChannels hub = new PgChannels(dataSource, settings, QUICK)) {
      hub.subscribe("before_outage", before);
      int firstPid = hub.backendPid();

      EmbeddedPostgresServer.stop(dir);
      try {
        // subscribing while the database is down returns; the channel is listened to later
        hub.subscribe("during_outage", during);
      } finally {
        EmbeddedPostgresServer.start(dir, port);
      }

      String arrived = null;
      for (int attempt = 0; arrived == null && attempt < 150; attempt++) {
        hub.publish("before_outage", "back " + attempt);
        arrived = before.poll(Duration.ofMillis(200));
      }
      hub.publish("during_outage", "also listened to");

      assertThat(arrived).startsWith("back ");
      assertThat(during.next()).isEqualTo("also listened to");
      assertThat(hub.backendPid()).isPositive().isNotEqualTo(firstPid);
    }
  }
}
