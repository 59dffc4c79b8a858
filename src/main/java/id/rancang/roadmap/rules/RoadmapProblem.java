package id.rancang.roadmap.rules;

import java.util.List;
import java.util.Map;

/**
 * A roadmap to optimise: candidate programmes scheduled within the years {@code firstYear} to
 * {@code lastYear} (each must also finish by {@code lastYear}), within the ceiling of every year
 * and funding source, every dependency and the rules.
 *
 * @param firstYear the masterplan's first year
 * @param lastYear the masterplan's last year
 * @param candidates the programmes, in a stable order (the order of ids breaks ties)
 * @param ceilings per year, per funding source code, the most that may be spent in whole rupiah; a
 *     source without a ceiling in a year allows no spending from it that year
 * @param rules the scenario's rules
 */
public record RoadmapProblem(
    int firstYear,
    int lastYear,
    List<Candidate> candidates,
    Map<Integer, Map<String, Long>> ceilings,
    RoadmapRules rules) {

  public RoadmapProblem {
    candidates = List.copyOf(candidates);
    ceilings =
        ceilings.entrySet().stream()
            .collect(
                java.util.stream.Collectors.toUnmodifiableMap(
                    Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
  }

  /** The ceiling of a year and source; 0 when none is set. */
  public long ceiling(int year, String source) {
    return ceilings.getOrDefault(year, Map.of()).getOrDefault(source, 0L);
  }
}
