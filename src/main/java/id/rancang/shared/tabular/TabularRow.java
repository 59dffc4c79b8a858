package id.rancang.shared.tabular;

import java.util.Locale;
import java.util.Map;

/**
 * One data row of an imported file; {@code number} is the row number the user sees (header = 1).
 */
public record TabularRow(int number, Map<String, String> cells) {

  /** The trimmed cell under a header (case-insensitive), or null when empty or absent. */
  public String get(String header) {
    String value = cells.get(header.toLowerCase(Locale.ROOT));
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  public boolean isBlank() {
    return cells.values().stream().allMatch(v -> v == null || v.isBlank());
  }
}
