package id.rancang.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations on a new, empty PostgreSQL (no Spring), and the embedded server's start after a
 * crash left a lock file behind.
 */
class MigrationTests {

  private static final List<String> TABLES =
      List.of(
          "region",
          "opd",
          "stakeholder",
          "masterplan",
          "account",
          "membership",
          "api_token",
          "audit_entry",
          "spring_session");

  @TempDir Path tempDir;
  private final List<Path> started = new ArrayList<>();

  @AfterEach
  void stopServers() {
    started.forEach(EmbeddedPostgresServer::stop);
  }

  @Test
  void everyMigrationAppliesToAnEmptyDatabaseValidatesAndIsNotAppliedTwice() throws Exception {
    Set<String> scripts = migrationScripts();
    assertThat(scripts).isNotEmpty();
    DataSource db = start(tempDir.resolve("pg")).getPostgresDatabase();
    assertThat(userTables(db)).isEmpty();
    Flyway flyway = Flyway.configure().dataSource(db).locations("classpath:db/migration").load();

    MigrateResult first = flyway.migrate();

    assertThat(first.success).isTrue();
    assertThat(first.migrationsExecuted).isEqualTo(scripts.size());
    assertThat(Arrays.stream(flyway.info().applied()).map(MigrationInfo::getScript))
        .containsExactlyInAnyOrderElementsOf(scripts);
    flyway.validate();
    assertThat(userTables(db)).containsAll(TABLES);

    MigrateResult second = flyway.migrate();

    assertThat(second.migrationsExecuted).isZero();
    assertThat(flyway.info().applied()).hasSize(scripts.size());
  }

  @Test
  void aLockFileNamingAProcessThatIsGoneDoesNotBlockTheNextStartAndTheDataStays() throws Exception {
    Path dir = tempDir.resolve("pg");
    keepSomeData(dir);
    Process gone = new ProcessBuilder("true").start();
    assertThat(gone.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(ProcessHandle.of(gone.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    writeLockFile(dir, Long.toString(gone.pid()));

    EmbeddedPostgres again = start(dir);

    assertThat(keptData(again)).containsExactly("tetap ada");
  }

  @Test
  void aLockFileNamingAnUnrelatedLiveProcessIsRemovedWithoutStoppingThatProcess() throws Exception {
    Path dir = tempDir.resolve("pg");
    keepSomeData(dir);
    Process unrelated = new ProcessBuilder("sleep", "120").start();
    try {
      writeLockFile(dir, Long.toString(unrelated.pid()));

      EmbeddedPostgres again = start(dir);

      assertThat(keptData(again)).containsExactly("tetap ada");
      assertThat(unrelated.isAlive()).isTrue();
    } finally {
      unrelated.destroyForcibly();
    }
  }

  @Test
  void aLockFileWithoutAProcessNumberIsRemoved() throws Exception {
    Path dir = tempDir.resolve("pg");
    keepSomeData(dir);
    writeLockFile(dir, "bukan-angka");

    EmbeddedPostgres again = start(dir);

    assertThat(keptData(again)).containsExactly("tetap ada");
  }

  /** Creates a table with a row in a new server for the directory, then stops the server. */
  private void keepSomeData(Path dir) throws SQLException {
    EmbeddedPostgres pg = start(dir);
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("create table catatan (isi text not null)");
      s.execute("insert into catatan (isi) values ('tetap ada')");
    }
    EmbeddedPostgresServer.stop(dir);
    assertThat(dir.resolve("postmaster.pid")).doesNotExist();
  }

  private static List<String> keptData(EmbeddedPostgres pg) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select isi from catatan")) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  /** A lock file as a PostgreSQL 17 postmaster writes it, naming {@code pid} as its owner. */
  private static void writeLockFile(Path dir, String pid) throws Exception {
    Files.writeString(
        dir.resolve("postmaster.pid"),
        String.join(
            "\n",
            pid,
            dir.toAbsolutePath().toString(),
            Long.toString(System.currentTimeMillis() / 1000),
            "54329",
            "",
            "localhost",
            "  5432001         0",
            "ready   ",
            ""));
  }

  private EmbeddedPostgres start(Path dir) {
    started.add(dir);
    return EmbeddedPostgresServer.start(dir, 0);
  }

  private static Set<String> migrationScripts() throws Exception {
    URL location = MigrationTests.class.getClassLoader().getResource("db/migration");
    assertThat(location).as("db/migration on the class path").isNotNull();
    try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.matches("[VR]\\d*(?:[._]\\d+)*__.+\\.sql"))
          .collect(Collectors.toSet());
    }
  }

  private static List<String> userTables(DataSource db) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public'"
                    + " and table_name <> 'flyway_schema_history'")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }
}
