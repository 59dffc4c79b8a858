package id.rancang.roadmap.rules;

/**
 * How long and how hard to search.
 *
 * @param timeLimitSeconds wall-clock limit, more than 0
 * @param relativeGapLimit stop when (bound - objective) / bound is at most this (0 = prove
 *     optimality)
 * @param workers solver threads, at least 1
 * @param greedyHint start the search from the greedy schedule
 */
public record SolveOptions(
    double timeLimitSeconds, double relativeGapLimit, int workers, boolean greedyHint) {

  /**
   * The defaults: 10 s, 0.1 % gap, 2 workers, greedy hint on. Measured (bench/README.md, ADR 15):
   * within 10 s 50 programmes are proven optimal, 100-300 usually end 0.2-3 % from the proven
   * bound; the hint gives better schedules; the gap limit only ends a search that is that close.
   */
  public static SolveOptions defaults() {
    return new SolveOptions(10, 0.001, 2, true);
  }
}
