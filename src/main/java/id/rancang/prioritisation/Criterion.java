package id.rancang.prioritisation;

import id.rancang.prioritisation.rules.Direction;
import java.util.List;

/**
 * A criterion of an exercise. A top-level criterion ({@code parentId} null) may have one level of
 * sub-criteria ({@code children}, in order; always empty for a sub-criterion). A {@code RATED}
 * criterion has its scale in {@code levels} (lowest first; empty until the team defines it); a
 * {@code MEASURED} one names its {@code measure} and has no levels. {@code direction} says whether
 * more is better (BENEFIT) or worse (COST). {@code position} orders siblings.
 */
public record Criterion(
    long id,
    long exerciseId,
    Long parentId,
    String code,
    String name,
    String description,
    CriterionKind kind,
    Measure measure,
    Direction direction,
    int position,
    List<CriterionLevel> levels,
    List<Criterion> children,
    int version) {

  public Criterion {
    levels = List.copyOf(levels);
    children = List.copyOf(children);
  }

  public boolean topLevel() {
    return parentId == null;
  }

  /** Whether programmes are rated or measured on this criterion itself (it has no children). */
  public boolean leaf() {
    return children.isEmpty();
  }

  public boolean rated() {
    return kind == CriterionKind.RATED;
  }
}
