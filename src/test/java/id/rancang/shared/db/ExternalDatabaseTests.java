package id.rancang.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.region.RegionCatalog;
import id.rancang.region.RegionCommand;
import id.rancang.region.RegionManagement;
import id.rancang.region.RegionType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * With {@code RANCANG_DB_URL} (here a PostgreSQL server started beforehand, reached over TCP like
 * any external server) Rancang migrates and uses that server and starts no embedded one.
 */
@SpringBootTest(properties = "rancang.demo.enabled=false")
@ContextConfiguration(initializers = ExternalDatabaseTests.ExternalServer.class)
class ExternalDatabaseTests {

  static class ExternalServer
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    static final Path SERVER_DIR;
    static final Path UNUSED_EMBEDDED_DIR;
    static final EmbeddedPostgres SERVER;

    static {
      try {
        SERVER_DIR = Files.createTempDirectory("rancang-external");
        UNUSED_EMBEDDED_DIR = SERVER_DIR.resolveSibling(SERVER_DIR.getFileName() + "-embedded");
        SERVER = EmbeddedPostgresServer.start(SERVER_DIR, 0);
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
                  "external-db",
                  Map.of(
                      "rancang.db.url",
                      "jdbc:postgresql://localhost:" + SERVER.getPort() + "/postgres",
                      "rancang.db.user",
                      "postgres",
                      "rancang.db.password",
                      "unused",
                      "rancang.db.embedded.data-dir",
                      UNUSED_EMBEDDED_DIR.toString())));
    }
  }

  @Autowired RegionManagement regions;
  @Autowired RegionCatalog catalog;

  @AfterAll
  static void stopServer() {
    EmbeddedPostgresServer.stop(ExternalServer.SERVER_DIR);
    id.rancang.support.TestDatabase.delete(ExternalServer.SERVER_DIR);
  }

  @Test
  void rancangMigratesAndUsesTheConfiguredServerAndStartsNoEmbeddedOne() throws Exception {
    regions.create(
        new RegionCommand(
            "33.28",
            "Kabupaten Tegal",
            RegionType.KABUPATEN,
            "Jawa Tengah",
            "Slawi",
            null,
            null,
            null,
            null));

    assertThat(catalog.findByCode("33.28")).isPresent();
    try (var connection = ExternalServer.SERVER.getPostgresDatabase().getConnection();
        var statement = connection.createStatement();
        var result = statement.executeQuery("select name from region where code = '33.28'")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getString(1)).isEqualTo("Kabupaten Tegal");
    }
    assertThat(ExternalServer.UNUSED_EMBEDDED_DIR).doesNotExist();
  }
}
