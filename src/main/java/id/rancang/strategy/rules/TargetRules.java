package id.rancang.strategy.rules;

import id.rancang.strategy.Polarity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the yearly targets of an indicator against the masterplan period and its polarity.
 *
 * <ul>
 *   <li>error: a target outside the period, two targets for one year, a baseline after the period
 *       starts;
 *   <li>warning: a year of the period without a target; targets that move against the polarity (a
 *       positive indicator whose end target is below the baseline, a negative one above it, or a
 *       year that undoes the previous year's progress).
 * </ul>
 */
public final class TargetRules {

  private TargetRules() {}

  public static List<TargetFinding> check(
      Polarity polarity, YearValue baseline, List<YearValue> targets, int firstYear, int lastYear) {
    List<TargetFinding> findings = new ArrayList<>();
    if (baseline != null && baseline.year() > firstYear) {
      findings.add(
          TargetFinding.error(
              baseline.year(), "strategy.target.baselineAfterStart", baseline.year(), firstYear));
    }
    Set<Integer> seen = new HashSet<>();
    for (YearValue target : targets) {
      if (target.year() < firstYear || target.year() > lastYear) {
        findings.add(
            TargetFinding.error(
                target.year(),
                "strategy.target.outsidePeriod",
                target.year(),
                firstYear,
                lastYear));
      }
      if (!seen.add(target.year())) {
        findings.add(
            TargetFinding.error(target.year(), "strategy.target.duplicateYear", target.year()));
      }
    }
    for (int year = firstYear; year <= lastYear; year++) {
      if (!seen.contains(year)) {
        findings.add(TargetFinding.warning(year, "strategy.target.missingYear", year));
      }
    }
    if (polarity != null && polarity != Polarity.FINAL_VALUE && baseline != null) {
      findings.addAll(direction(polarity, baseline, targets, firstYear, lastYear));
    }
    return findings;
  }

  /** Whether any finding blocks saving. */
  public static boolean blocks(List<TargetFinding> findings) {
    return findings.stream().anyMatch(f -> f.severity() == TargetFinding.Severity.ERROR);
  }

  private static List<TargetFinding> direction(
      Polarity polarity, YearValue baseline, List<YearValue> targets, int firstYear, int lastYear) {
    List<TargetFinding> findings = new ArrayList<>();
    int sign = polarity == Polarity.POSITIVE ? 1 : -1;
    List<YearValue> inPeriod =
        targets.stream()
            .filter(t -> t.year() >= firstYear && t.year() <= lastYear)
            .sorted(Comparator.comparingInt(YearValue::year))
            .toList();
    if (inPeriod.isEmpty()) {
      return findings;
    }
    YearValue end = inPeriod.get(inPeriod.size() - 1);
    if (end.value().compareTo(baseline.value()) * sign < 0) {
      findings.add(
          TargetFinding.warning(
              null,
              polarity == Polarity.POSITIVE
                  ? "strategy.target.positiveGoesDown"
                  : "strategy.target.negativeGoesUp",
              baseline.value().toPlainString(),
              end.value().toPlainString()));
      return findings;
    }
    BigDecimal previous = baseline.value();
    for (YearValue target : inPeriod) {
      if (target.value().compareTo(previous) * sign < 0) {
        findings.add(
            TargetFinding.warning(
                target.year(),
                "strategy.target.stepBack",
                target.year(),
                previous.toPlainString(),
                target.value().toPlainString()));
      }
      previous = target.value();
    }
    return findings;
  }
}
