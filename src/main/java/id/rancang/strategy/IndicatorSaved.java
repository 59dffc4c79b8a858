package id.rancang.strategy;

import id.rancang.strategy.rules.TargetFinding;
import java.util.List;

/**
 * An indicator as saved, with the warnings about its targets that did not block saving (for example
 * targets that move against the polarity).
 */
public record IndicatorSaved(Indicator indicator, List<TargetFinding> warnings) {

  public IndicatorSaved {
    warnings = List.copyOf(warnings);
  }
}
