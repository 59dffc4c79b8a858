package id.rancang.prioritisation.rules;

import java.util.List;

/**
 * A programme to rank.
 *
 * @param id identifies the programme in results
 * @param group the grouping key for per-group ranking and quick wins (e.g. the smart-city
 *     dimension), or null for none
 * @param quickWinEligible whether the programme may be proposed as its group's quick win
 * @param ratings one per criterion, in the criteria's order: the level for a scaled criterion, the
 *     raw value for a measured one
 */
public record Alternative(String id, String group, boolean quickWinEligible, List<Double> ratings) {

  public Alternative {
    ratings = List.copyOf(ratings);
  }
}
