package id.rancang.roadmap.rules;

/** How a solve ended. */
public enum SolveStatus {
  /** The schedule is proven optimal (gap 0 within the solver's tolerance). */
  OPTIMAL,
  /** A schedule was found; the gap to the proven bound is reported. */
  FEASIBLE,
  /** No schedule satisfies every constraint; the conflicts say why. */
  INFEASIBLE,
  /** The time limit passed before any schedule was found. */
  TIMED_OUT,
  /** Cancelled by the user; the best schedule found so far, if any, is reported. */
  CANCELLED
}
