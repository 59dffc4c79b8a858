package id.rancang.roadmap.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a scenario sets beyond budgets and dependencies.
 *
 * @param exclusiveGroups groups of programmes of which at most one is scheduled
 * @param minimumDimensionShare per dimension code, the least share (0..1) of all scheduled spending
 *     that goes to the dimension's programmes
 * @param quickWinsInFirstYear quick wins, when scheduled, start in the first open year
 * @param lockedThrough the last approved year, or {@code null}: every programme with a {@link
 *     Candidate#lockedStart()} keeps it and no other programme starts in or before this year
 */
public record RoadmapRules(
    List<Set<Long>> exclusiveGroups,
    Map<String, Double> minimumDimensionShare,
    boolean quickWinsInFirstYear,
    Integer lockedThrough) {

  public RoadmapRules {
    exclusiveGroups = exclusiveGroups.stream().map(Set::copyOf).toList();
    minimumDimensionShare = Map.copyOf(minimumDimensionShare);
  }

  /** No rule beyond budgets and dependencies. */
  public static RoadmapRules none() {
    return new RoadmapRules(List.of(), Map.of(), false, null);
  }
}
