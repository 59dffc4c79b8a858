package id.rancang.monitoring.rules;

import id.rancang.monitoring.rules.MonitoringInputException.Problem;
import id.rancang.strategy.Polarity;
import id.rancang.strategy.rules.YearValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the achievement of an indicator over the years needs: its polarity, baseline, end target,
 * yearly targets and the realisations known so far by year (a year without one, or with a null
 * value, is missing). Refused with a {@link MonitoringInputException} ({@code polarityMissing},
 * {@code baselineMissing}, {@code endTargetMissing}, {@code endNotAfterBaseline}, {@code
 * targetNull}, {@code duplicateTargetYear}).
 */
public record IndicatorSeries(
    Polarity polarity,
    YearValue baseline,
    YearValue endTarget,
    List<YearValue> targets,
    Map<Integer, BigDecimal> realisations) {

  public IndicatorSeries {
    List<Problem> problems = new ArrayList<>();
    if (polarity == null) {
      problems.add(Problem.of("polarityMissing"));
    }
    if (baseline == null) {
      problems.add(Problem.of("baselineMissing"));
    }
    if (endTarget == null) {
      problems.add(Problem.of("endTargetMissing"));
    }
    if (baseline != null && endTarget != null && endTarget.year() <= baseline.year()) {
      problems.add(Problem.of("endNotAfterBaseline", baseline.year(), endTarget.year()));
    }
    List<YearValue> given = targets == null ? List.of() : targets;
    Set<Integer> years = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      YearValue target = given.get(i);
      if (target == null) {
        problems.add(Problem.of("targetNull", i + 1));
      } else if (!years.add(target.year())) {
        problems.add(Problem.of("duplicateTargetYear", target.year()));
      }
    }
    MonitoringInputException.throwIfAny(problems);
    targets = List.copyOf(given);
    Map<Integer, BigDecimal> known = new LinkedHashMap<>();
    if (realisations != null) {
      realisations.forEach(
          (year, value) -> {
            if (year != null && value != null) {
              known.put(year, value);
            }
          });
    }
    realisations = Collections.unmodifiableMap(known);
  }
}
