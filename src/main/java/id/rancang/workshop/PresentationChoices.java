package id.rancang.workshop;

import id.rancang.strategy.Indicator;
import id.rancang.strategy.ProfileStat;
import java.util.List;

/**
 * What organisers may still add to a workshop's data presentation: the masterplan's profile
 * statistics and indicators not chosen yet, and whether the masterplan has any at all.
 */
public record PresentationChoices(
    List<ProfileStat> statistics,
    List<Indicator> indicators,
    boolean masterplanHasStatistics,
    boolean masterplanHasIndicators) {

  public PresentationChoices {
    statistics = List.copyOf(statistics);
    indicators = List.copyOf(indicators);
  }

  public boolean isEmpty() {
    return statistics.isEmpty() && indicators.isEmpty();
  }
}
