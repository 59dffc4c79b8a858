package id.rancang.roadmap;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A scenario's inputs as stored: the ceilings (by year, then source), the programmes it considers
 * with what it sets for each, the exclusive groups and the minimum shares per dimension.
 */
public record ScenarioInputs(
    List<CeilingEntry> ceilings,
    List<CandidateSetting> candidates,
    List<List<Long>> exclusiveGroups,
    Map<String, BigDecimal> minimumDimensionShare) {

  /**
   * What a scenario sets for one programme; nulls take the programme's own value or the
   * masterplan's period.
   */
  public record CandidateSetting(
      long programmeId,
      Double value,
      Integer earliestStart,
      Integer latestStart,
      boolean mandatory,
      boolean excluded) {}

  /** The ceiling of a year and source, or null. */
  public BigDecimal ceiling(int year, String source) {
    return ceilings.stream()
        .filter(c -> c.year() == year && c.source().equals(source))
        .map(CeilingEntry::amount)
        .findFirst()
        .orElse(null);
  }
}
