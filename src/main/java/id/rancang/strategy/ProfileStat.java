package id.rancang.strategy;

import java.math.BigDecimal;
import java.util.List;

/** A statistic of a masterplan's regional profile (population, area, IPM, ...). */
public record ProfileStat(
    long id,
    long regionId,
    long masterplanId,
    String name,
    BigDecimal value,
    String unit,
    int year,
    String source,
    List<BreakdownItem> breakdown,
    int position,
    int version) {

  public ProfileStat {
    breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
  }
}
