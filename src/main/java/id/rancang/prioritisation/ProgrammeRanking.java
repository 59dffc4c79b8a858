package id.rancang.prioritisation;

import id.rancang.prioritisation.rules.QuickWin;
import id.rancang.prioritisation.rules.RankedAlternative;
import id.rancang.prioritisation.rules.RankingResult;
import id.rancang.prioritisation.rules.SensitivityReport;
import id.rancang.programme.Horizon;
import id.rancang.programme.Programme;
import id.rancang.strategy.Dimension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking of a masterplan's programmes in an exercise.
 *
 * @param weights the criteria weights it rests on
 * @param ranking every ranked programme, best first
 * @param byDimension the ranked programmes of each dimension, best first
 * @param quickWins the suggested quick win of each dimension that has an eligible programme
 * @param unranked programmes left out because ratings are missing
 * @param sensitivity how far each weight can move before the first place changes, and how stable
 *     the first ten are; null for a what-if ranking
 * @param quickWinTies for each quick win, the programmes tied with it (ids), or empty
 * @param changedCriterion the criterion whose weight a what-if ranking changed, or null
 * @param usedWeights the global weights of the leaf criteria the ranking used, in leaf order; null
 *     when there is no ranking
 */
public record ProgrammeRanking(
    CriteriaWeights weights,
    List<RankedProgramme> ranking,
    Map<Dimension, List<RankedProgramme>> byDimension,
    List<RankedProgramme> quickWins,
    List<UnrankedProgramme> unranked,
    SensitivityReport sensitivity,
    Map<Long, List<Long>> quickWinTies,
    Long changedCriterion,
    List<Double> usedWeights) {

  public ProgrammeRanking {
    ranking = List.copyOf(ranking);
    byDimension = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byDimension));
    quickWins = List.copyOf(quickWins);
    unranked = List.copyOf(unranked);
  }

  /** Whether programmes could be ranked (every weight known, at least one programme rated). */
  public boolean ranked() {
    return !ranking.isEmpty();
  }

  static ProgrammeRanking notYet(CriteriaWeights weights) {
    return new ProgrammeRanking(
        weights, List.of(), Map.of(), List.of(), List.of(), null, null, null, null);
  }

  static ProgrammeRanking of(
      CriteriaWeights weights,
      RankingResult result,
      Map<String, Programme> programmes,
      List<UnrankedProgramme> unranked,
      SensitivityReport sensitivity,
      Long changedCriterion,
      List<Double> usedWeights) {
    List<RankedProgramme> ranking = new ArrayList<>();
    Map<String, RankedProgramme> byId = new LinkedHashMap<>();
    for (RankedAlternative a : result.ranking()) {
      Programme p = programmes.get(a.id());
      RankedProgramme row =
          new RankedProgramme(
              p.id(),
              p.code(),
              p.name(),
              p.dimension(),
              p.quickWin() || p.horizon() == Horizon.QUICK_WIN,
              a);
      ranking.add(row);
      byId.put(a.id(), row);
    }
    Map<Dimension, List<RankedProgramme>> byDimension = new LinkedHashMap<>();
    result
        .byGroup()
        .forEach(
            (group, members) ->
                byDimension.put(
                    Dimension.valueOf(group),
                    members.stream().map(m -> byId.get(m.id())).toList()));
    List<RankedProgramme> quickWins = new ArrayList<>();
    Map<Long, List<Long>> ties = new LinkedHashMap<>();
    for (QuickWin q : result.quickWins().values()) {
      RankedProgramme row = byId.get(q.alternativeId());
      quickWins.add(row);
      ties.put(row.id(), q.tiedWith().stream().map(Long::valueOf).toList());
    }
    return new ProgrammeRanking(
        weights,
        ranking,
        byDimension,
        quickWins,
        unranked,
        sensitivity,
        ties,
        changedCriterion,
        usedWeights);
  }
}
