package id.rancang.prioritisation.rules;

import java.util.List;
import java.util.Map;

/**
 * A ranking of all alternatives under one set of criteria weights.
 *
 * @param weights the criteria weights used, summing to 1
 * @param ranking all alternatives, best first (ties listed as {@link RankedAlternative#tieReason()}
 *     says)
 * @param byGroup the alternatives of each group in the same order, groups in order of first
 *     appearance in the input
 * @param quickWins each group's suggested quick win; groups without an eligible alternative are
 *     absent
 */
public record RankingResult(
    List<Double> weights,
    List<RankedAlternative> ranking,
    Map<String, List<RankedAlternative>> byGroup,
    Map<String, QuickWin> quickWins) {

  public RankingResult {
    weights = List.copyOf(weights);
    ranking = List.copyOf(ranking);
    java.util.LinkedHashMap<String, List<RankedAlternative>> groups =
        new java.util.LinkedHashMap<>();
    byGroup.forEach((group, members) -> groups.put(group, List.copyOf(members)));
    byGroup = java.util.Collections.unmodifiableMap(groups);
    quickWins = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(quickWins));
  }

  /** The alternative listed first, or null when there are none. */
  public RankedAlternative leader() {
    return ranking.isEmpty() ? null : ranking.get(0);
  }
}
