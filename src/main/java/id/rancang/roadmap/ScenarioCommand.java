package id.rancang.roadmap;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a scenario asks for.
 *
 * @param name unique in the masterplan (whatever its case)
 * @param description optional
 * @param ceilings the yearly ceilings per funding source; every year of the masterplan needs at
 *     least one
 * @param programmeIds the programmes considered; null = every selected, planned, running or done
 *     programme of the masterplan
 * @param values a value set by hand per programme (else its prioritisation score)
 * @param windows start windows narrower than the masterplan's period
 * @param mandatory programmes that must be scheduled
 * @param excluded programmes that must not be scheduled
 * @param exclusiveGroups groups of which at most one programme is scheduled
 * @param minimumDimensionShare per dimension code, the least share (0..1) of scheduled spending
 * @param quickWinsInFirstYear quick wins start in the first open year
 * @param lockedThrough the last approved year: programmes starting by then keep their year
 * @param timeLimitSeconds 1..600, null = 10
 * @param gapLimit the relative gap at which the solver may stop, 0..0.5, null = 0.001
 */
public record ScenarioCommand(
    String name,
    String description,
    List<CeilingEntry> ceilings,
    List<Long> programmeIds,
    Map<Long, Double> values,
    List<StartWindow> windows,
    List<Long> mandatory,
    List<Long> excluded,
    List<List<Long>> exclusiveGroups,
    Map<String, BigDecimal> minimumDimensionShare,
    boolean quickWinsInFirstYear,
    Integer lockedThrough,
    Integer timeLimitSeconds,
    BigDecimal gapLimit) {

  public ScenarioCommand {
    ceilings = ceilings == null ? List.of() : java.util.Collections.unmodifiableList(ceilings);
    values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(values);
    windows = windows == null ? List.of() : java.util.Collections.unmodifiableList(windows);
    mandatory = mandatory == null ? List.of() : java.util.Collections.unmodifiableList(mandatory);
    excluded = excluded == null ? List.of() : java.util.Collections.unmodifiableList(excluded);
    exclusiveGroups =
        exclusiveGroups == null
            ? List.of()
            : java.util.Collections.unmodifiableList(exclusiveGroups);
    minimumDimensionShare =
        minimumDimensionShare == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(minimumDimensionShare);
  }
}
