package id.rancang.roadmap;

/** Where a scenario's solving stands. */
public enum SolveState {
  /** Never solved, or its inputs changed since the last solve. */
  NEW,
  /** Waiting for a solver thread. */
  QUEUED,
  /** Being solved; progress is reported. */
  RUNNING,
  /** Solved (whatever the answer: optimal, feasible, infeasible, timed out or cancelled). */
  DONE,
  /** The solve broke off (an error, or the instance running it stopped). */
  FAILED;

  /** Whether a solve is waiting or running. */
  public boolean busy() {
    return this == QUEUED || this == RUNNING;
  }
}
