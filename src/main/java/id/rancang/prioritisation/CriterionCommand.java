package id.rancang.prioritisation;

import id.rancang.prioritisation.rules.Direction;
import java.util.List;

/**
 * A criterion as the team enters it. {@code parentId} names a top-level criterion of the same
 * exercise (null for a top-level criterion). {@code kind} defaults to RATED and {@code direction}
 * to BENEFIT when null. A rated criterion's {@code levels} are its whole scale, lowest first (2 to
 * 10 levels, or none yet; their numbers are given by their order); a measured criterion names its
 * {@code measure} and has no levels.
 */
public record CriterionCommand(
    Long parentId,
    String code,
    String name,
    String description,
    CriterionKind kind,
    Measure measure,
    Direction direction,
    List<CriterionLevel> levels) {

  public CriterionCommand {
    levels = levels == null ? List.of() : List.copyOf(levels);
  }
}
