package id.rancang.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by Rancang itself, with its data in a directory that survives restarts.
 * One server per data directory and JVM. A server left running by a killed process is stopped
 * first, and a stale {@code postmaster.pid} is removed, so a crash never blocks the next start.
 */
public final class EmbeddedPostgresServer {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final ConcurrentHashMap<Path, EmbeddedPostgres> RUNNING =
      new ConcurrentHashMap<>();

  private EmbeddedPostgresServer() {}

  /** Starts (or returns the already started) server for the directory; port 0 picks a free one. */
  public static EmbeddedPostgres start(Path dataDirectory, int port) {
    Path dir = dataDirectory.toAbsolutePath().normalize();
    return RUNNING.computeIfAbsent(dir, d -> launch(d, port));
  }

  /**
   * Stops the server of a data directory (the data stays); a later {@link #start} runs it again.
   */
  public static void stop(Path dataDirectory) {
    EmbeddedPostgres pg = RUNNING.remove(dataDirectory.toAbsolutePath().normalize());
    if (pg != null) {
      try {
        pg.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static EmbeddedPostgres launch(Path dir, int port) {
    try {
      Files.createDirectories(dir);
      clearStaleServer(dir);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir)
              .setCleanDataDirectory(false)
              .setPGStartupWait(Duration.ofSeconds(60))
              .setServerConfig("max_connections", "100")
              .setServerConfig("unix_socket_directories", "");
      if (port > 0) {
        builder.setPort(port);
      }
      EmbeddedPostgres pg = builder.start();
      log.info("Embedded PostgreSQL on port {} with data in {}", pg.getPort(), dir);
      return pg;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
    }
  }

  /**
   * Makes the data directory usable after a crash: a postmaster still running from a killed process
   * is asked to shut down fast, then a leftover {@code postmaster.pid} is deleted.
   */
  static void clearStaleServer(Path dir) throws IOException {
    Path pidFile = dir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    List<String> lines = Files.readAllLines(pidFile);
    Optional<ProcessHandle> owner = Optional.empty();
    if (!lines.isEmpty()) {
      try {
        owner = ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
      } catch (NumberFormatException e) {
        owner = Optional.empty();
      }
    }
    if (owner.isPresent() && owner.get().isAlive() && isPostgres(owner.get())) {
      ProcessHandle postmaster = owner.get();
      log.warn("Stopping PostgreSQL {} left running on {} by an earlier process", postmaster, dir);
      new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid())).start();
      try {
        postmaster.onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        log.warn("PostgreSQL {} did not stop in time, killing it", postmaster);
        postmaster.destroyForcibly();
        postmaster.onExit().join();
      }
    }
    if (Files.deleteIfExists(pidFile)) {
      log.warn("Removed stale lock file {}", pidFile);
    }
  }

  private static boolean isPostgres(ProcessHandle handle) {
    return handle
        .info()
        .command()
        .map(c -> c.endsWith("/postgres") || c.endsWith("/postmaster"))
        .orElse(false);
  }
}
