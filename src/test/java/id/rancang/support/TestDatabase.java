package id.rancang.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test context of this JVM at one embedded PostgreSQL whose data lives in {@code
 * target/test-pg/<pid>}, a fresh directory per test run. Directories of earlier runs are removed.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final Path ROOT = Path.of("target", "test-pg");
  private static final Path DIR = ROOT.resolve(Long.toString(ProcessHandle.current().pid()));

  static {
    try {
      Files.createDirectories(ROOT);
      try (Stream<Path> runs = Files.list(ROOT)) {
        runs.filter(p -> !p.equals(DIR))
            .filter(TestDatabase::ownerGone)
            .forEach(TestDatabase::delete);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path dataDirectory() {
    return DIR;
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "rancang-test-db",
                Map.of(
                    "rancang.db.url", "",
                    "rancang.db.embedded.data-dir", DIR.toString(),
                    "rancang.db.embedded.port", "0")));
  }

  private static boolean ownerGone(Path run) {
    try {
      return ProcessHandle.of(Long.parseLong(run.getFileName().toString()))
          .map(h -> !h.isAlive())
          .orElse(true);
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /** Deletes a directory tree, ignoring what cannot be deleted. */
  public static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a left-over directory does no harm; the next run tries again
    }
  }
}
