package id.rancang.document;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * LibreOffice headless, as CI installs it: converts a DOCX to PDF the way a user's office would.
 */
public final class LibreOffice {

  private LibreOffice() {}

  /** The soffice program, if installed. */
  public static Optional<String> program() {
    for (String candidate :
        List.of(
            "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice")) {
      if (new File(candidate).canExecute()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The result of a conversion: the PDF (null when none came out), the exit code and the log. */
  public record Conversion(byte[] pdf, int exitCode, String log) {}

  /** Converts the DOCX with a profile of its own, so parallel runs do not lock each other out. */
  public static Conversion toPdf(String soffice, byte[] docx)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("rancang-lo");
    try {
      Path input = dir.resolve("book.docx");
      Files.write(input, docx);
      Process process =
          new ProcessBuilder(
                  soffice,
                  "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                  "--headless",
                  "--convert-to",
                  "pdf",
                  "--outdir",
                  dir.toString(),
                  input.toString())
              .redirectErrorStream(true)
              .start();
      String log;
      boolean finished = process.waitFor(180, TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly();
      }
      log = new String(process.getInputStream().readAllBytes());
      Path pdf = dir.resolve("book.pdf");
      return new Conversion(
          Files.exists(pdf) ? Files.readAllBytes(pdf) : null,
          finished ? process.exitValue() : -1,
          log);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
