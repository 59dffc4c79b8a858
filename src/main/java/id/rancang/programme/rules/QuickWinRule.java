package id.rancang.programme.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the quick wins of a masterplan spread over the dimensions. Kominfo's practice is one quick
 * win per dimension (Kabupaten Tegal: "MPP Digital" for governance, "Kepo Sate Tegal" for branding,
 * and so on); the expected number is a parameter so a region can ask for more. All findings are
 * warnings on no field; their first argument is the dimension's code, to be shown by its name.
 */
public final class QuickWinRule {

  /** Kominfo's practice. */
  public static final int KOMINFO_PER_DIMENSION = 1;

  private QuickWinRule() {}

  /**
   * Warnings for the dimensions with no quick win, with fewer than expected, and with more than
   * expected, in the order of {@code dimensions}.
   *
   * @param dimensions the codes of all dimensions, in the order the warnings should follow
   * @param quickWinDimensions the dimension code of each quick-win programme (repeats count)
   * @param expectedPerDimension how many quick wins each dimension should have, at least 1
   * @throws IllegalArgumentException when the expected number is below 1 or a quick win names a
   *     dimension not among {@code dimensions}
   */
  public static List<ProgrammeFinding> check(
      List<String> dimensions, Collection<String> quickWinDimensions, int expectedPerDimension) {
    if (expectedPerDimension < 1) {
      throw new IllegalArgumentException(
          "expected quick wins per dimension must be at least 1: " + expectedPerDimension);
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String dimension : dimensions) {
      counts.put(dimension, 0);
    }
    for (String dimension : quickWinDimensions) {
      if (counts.computeIfPresent(dimension, (k, count) -> count + 1) == null) {
        throw new IllegalArgumentException("unknown dimension of a quick win: " + dimension);
      }
    }
    List<ProgrammeFinding> findings = new ArrayList<>();
    counts.forEach(
        (dimension, count) -> {
          if (count == 0) {
            findings.add(
                ProgrammeFinding.warning(
                    null, "programme.quickWin.none", dimension, expectedPerDimension));
          } else if (count < expectedPerDimension) {
            findings.add(
                ProgrammeFinding.warning(
                    null, "programme.quickWin.tooFew", dimension, count, expectedPerDimension));
          } else if (count > expectedPerDimension) {
            findings.add(
                ProgrammeFinding.warning(
                    null, "programme.quickWin.tooMany", dimension, count, expectedPerDimension));
          }
        });
    return findings;
  }

  /** {@link #check(List, Collection, int)} with Kominfo's one quick win per dimension. */
  public static List<ProgrammeFinding> check(
      List<String> dimensions, Collection<String> quickWinDimensions) {
    return check(dimensions, quickWinDimensions, KOMINFO_PER_DIMENSION);
  }
}
