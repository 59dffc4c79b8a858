package id.rancang.roadmap.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A programme the roadmap may schedule.
 *
 * @param id the programme's id
 * @param code the programme's code, for messages
 * @param dimension the smart dimension's code, for the minimum share per dimension
 * @param value what the programme is worth when scheduled (its prioritisation score or a value set
 *     by hand), not negative
 * @param duration years the programme runs, at least 1
 * @param yearlyCosts the cost of each year the programme runs ({@code duration} entries, the first
 *     for its first year), per funding source code, whole rupiah, not negative
 * @param earliestStart the first year it may start
 * @param latestStart the last year it may start
 * @param mandatory it must be scheduled
 * @param excluded it must not be scheduled
 * @param quickWin a quick win: with {@link RoadmapRules#quickWinsInFirstYear()} it starts in the
 *     first open year when scheduled
 * @param lockedStart the start year approved in a locked year (see {@link
 *     RoadmapRules#lockedThrough()}), or {@code null}
 * @param dependsOn the programmes that must finish before this one starts
 */
public record Candidate(
    long id,
    String code,
    String dimension,
    double value,
    int duration,
    List<Map<String, Long>> yearlyCosts,
    int earliestStart,
    int latestStart,
    boolean mandatory,
    boolean excluded,
    boolean quickWin,
    Integer lockedStart,
    Set<Long> dependsOn) {

  public Candidate {
    yearlyCosts = yearlyCosts.stream().map(Map::copyOf).toList();
    dependsOn = Set.copyOf(dependsOn);
  }

  /** The cost in the {@code offset}-th year it runs (0 = its first year) from a source. */
  public long cost(int offset, String source) {
    if (offset < 0 || offset >= yearlyCosts.size()) {
      return 0;
    }
    return yearlyCosts.get(offset).getOrDefault(source, 0L);
  }

  /** What it costs over all its years and sources. */
  public long totalCost() {
    return yearlyCosts.stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
  }

  /** The last year it runs when it starts in {@code start}. */
  public int endYear(int start) {
    return start + duration - 1;
  }
}
