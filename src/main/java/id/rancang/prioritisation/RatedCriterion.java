package id.rancang.prioritisation;

import java.util.List;

/**
 * A criterion evaluators rate programmes on: a leaf criterion of kind RATED, with its scale.
 *
 * @param parentName the name of its parent criterion, or null for a top-level criterion
 */
public record RatedCriterion(
    long id, String code, String name, String parentName, List<ScaleLevel> levels) {

  public RatedCriterion {
    levels = List.copyOf(levels);
  }

  /** Whether the scale has this level. */
  public boolean hasLevel(int level) {
    return levels.stream().anyMatch(l -> l.level() == level);
  }

  /** The highest level of the scale (0 for a scale without levels). */
  public int topLevel() {
    return levels.stream().mapToInt(ScaleLevel::level).max().orElse(0);
  }
}
