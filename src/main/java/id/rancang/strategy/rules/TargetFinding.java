package id.rancang.strategy.rules;

import java.util.List;

/**
 * Something wrong or doubtful about an indicator's targets. Errors block saving; warnings are shown
 * and saved anyway. {@code year} is null when the finding is about the whole row.
 */
public record TargetFinding(Severity severity, Integer year, String messageKey, List<Object> args) {

  public enum Severity {
    ERROR,
    WARNING
  }

  public TargetFinding {
    args = List.copyOf(args);
  }

  static TargetFinding error(Integer year, String key, Object... args) {
    return new TargetFinding(Severity.ERROR, year, key, List.of(args));
  }

  static TargetFinding warning(Integer year, String key, Object... args) {
    return new TargetFinding(Severity.WARNING, year, key, List.of(args));
  }
}
