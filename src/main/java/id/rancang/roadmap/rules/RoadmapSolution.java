package id.rancang.roadmap.rules;

import java.util.List;
import java.util.Map;

/**
 * The answer to a problem.
 *
 * @param status how the solve ended
 * @param objective the value of the schedule (the sum of the scheduled programmes' values), 0
 *     without one
 * @param bound the proven upper bound of any schedule's value
 * @param gap (bound - objective) / bound computed from the two, not the solver's own status
 * @param starts the start year of each scheduled programme by id; empty without a schedule
 * @param greedyObjective the value of the greedy schedule on the same problem
 * @param greedyStarts the greedy schedule
 * @param conflicts when infeasible, why, in words the web layer fills in
 * @param wallMillis how long the solve took
 */
public record RoadmapSolution(
    SolveStatus status,
    double objective,
    double bound,
    double gap,
    Map<Long, Integer> starts,
    double greedyObjective,
    Map<Long, Integer> greedyStarts,
    List<Finding> conflicts,
    long wallMillis) {

  public RoadmapSolution {
    starts = Map.copyOf(starts);
    greedyStarts = Map.copyOf(greedyStarts);
    conflicts = List.copyOf(conflicts);
  }

  /** A schedule was found (optimal, feasible, or the best before a cancel). */
  public boolean hasSchedule() {
    return status == SolveStatus.OPTIMAL
        || status == SolveStatus.FEASIBLE
        || (status == SolveStatus.CANCELLED && !starts.isEmpty());
  }
}
