package id.rancang.programme.rules;

import java.util.Collection;
import java.util.List;

/**
 * Something wrong or doubtful about a programme. Errors block saving; warnings are shown and saved
 * anyway. {@code field} names the form field the finding belongs to ({@code null} when it is about
 * the whole programme or masterplan); {@code messageKey} is resolved in the user's language with
 * {@code args}.
 */
public record ProgrammeFinding(
    Severity severity, String field, String messageKey, List<Object> args) {

  public enum Severity {
    ERROR,
    WARNING
  }

  public ProgrammeFinding {
    args = args == null ? List.of() : List.copyOf(args);
  }

  static ProgrammeFinding error(String field, String key, Object... args) {
    return new ProgrammeFinding(Severity.ERROR, field, key, List.of(args));
  }

  static ProgrammeFinding warning(String field, String key, Object... args) {
    return new ProgrammeFinding(Severity.WARNING, field, key, List.of(args));
  }

  /** Whether this finding blocks saving. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Whether any of the findings blocks saving. */
  public static boolean blocks(Collection<ProgrammeFinding> findings) {
    return findings.stream().anyMatch(ProgrammeFinding::isError);
  }
}
