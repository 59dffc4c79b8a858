package id.rancang.roadmap.rules;

/**
 * A solver's progress: the value of the best schedule found so far, the proven bound (no schedule
 * is worth more), and the time since the solve began.
 */
public record SolveProgress(double objective, double bound, long elapsedMillis) {

  /** (bound - objective) / bound, 0 when the bound is 0. */
  public double gap() {
    return bound <= 0 ? 0 : Math.max(0, (bound - objective) / bound);
  }
}
