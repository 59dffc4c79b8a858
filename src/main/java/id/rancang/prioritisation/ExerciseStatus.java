package id.rancang.prioritisation;

import java.util.List;

/**
 * Where a prioritisation exercise stands. The team sets it up while {@code DRAFT}; evaluators judge
 * the criteria and rate the programmes while it is {@code OPEN}; input ends when it is {@code
 * CLOSED}; evaluators see the combined results once it is {@code PUBLISHED}. A closed or published
 * exercise may be reopened.
 */
public enum ExerciseStatus {
  DRAFT,
  OPEN,
  CLOSED,
  PUBLISHED;

  /** The statuses this one may change to, in the order a page offers them. */
  public List<ExerciseStatus> transitions() {
    return switch (this) {
      case DRAFT -> List.of(OPEN);
      case OPEN -> List.of(CLOSED);
      case CLOSED -> List.of(PUBLISHED, OPEN);
      case PUBLISHED -> List.of(OPEN);
    };
  }

  public boolean mayBecome(ExerciseStatus target) {
    return transitions().contains(target);
  }
}
