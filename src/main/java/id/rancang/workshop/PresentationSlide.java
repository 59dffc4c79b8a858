package id.rancang.workshop;

import id.rancang.strategy.Indicator;
import id.rancang.strategy.ProfileStat;

/**
 * An item of a workshop's data presentation with what it shows, read from the masterplan's
 * strategy: {@code statistic} for a profile statistic, {@code indicator} for an indicator.
 */
public record PresentationSlide(PresentationItem item, ProfileStat statistic, Indicator indicator) {

  public PresentationItem.Kind kind() {
    return item.kind();
  }
}
