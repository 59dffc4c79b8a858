package id.rancang.shared;

import java.util.Locale;

/** Turns what a person typed into a search box into a safe, case-insensitive LIKE pattern. */
public final class Search {

  private Search() {}

  /**
   * {@code %text%} in lower case, with {@code %}, {@code _} and {@code \} escaped so they match
   * themselves (PostgreSQL's default LIKE escape character is the backslash).
   */
  public static String containsPattern(String text) {
    String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    String escaped = typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
