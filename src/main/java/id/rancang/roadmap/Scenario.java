package id.rancang.roadmap;

import id.rancang.roadmap.rules.SolveStatus;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A roadmap scenario: its settings, where its solving stands, and the answer of its last solve.
 *
 * @param progressObjective while running, the value of the best schedule found so far
 * @param progressBound while running, the proven bound
 * @param status the last solve's answer, null before the first
 * @param gap (bound - objective) / bound of the last solve
 * @param editedByHand the schedule was changed by hand after the solve
 */
public record Scenario(
    long id,
    long masterplanId,
    String name,
    String description,
    int timeLimitSeconds,
    BigDecimal gapLimit,
    boolean quickWinsInFirstYear,
    Integer lockedThrough,
    String createdBy,
    Instant createdAt,
    int version,
    SolveState solveState,
    Double progressObjective,
    Double progressBound,
    Long progressMillis,
    SolveStatus status,
    Double objective,
    Double bound,
    Double gap,
    Double greedyObjective,
    Long wallMillis,
    Instant solvedAt,
    String failure,
    boolean editedByHand,
    Instant adoptedAt,
    String adoptedBy) {

  /** Whether this scenario is the masterplan's adopted roadmap. */
  public boolean adopted() {
    return adoptedAt != null;
  }

  /** Whether the last solve left a schedule to show. */
  public boolean hasSchedule() {
    return solveState == SolveState.DONE
        && status != null
        && status != SolveStatus.INFEASIBLE
        && status != SolveStatus.TIMED_OUT
        && objective != null;
  }
}
