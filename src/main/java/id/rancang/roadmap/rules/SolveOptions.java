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

  /** The defaults: 10 s, 0.1 % gap, 2 workers, greedy hint on. */
  public static SolveOptions defaults() {
    return new SolveOptions(10, 0.001, 2, true);
  }
}
