package id.rancang.monitoring.rules;

import id.rancang.monitoring.rules.MonitoringInputException.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A year's value from the values of its quarters, by the indicator's {@link Rule}: {@code SUM} (a
 * count over the year), {@code AVERAGE} (a level measured each quarter, rounded half-up to 4
 * decimals, trailing zeros dropped) or {@code LAST} (the latest quarter given). Missing quarters
 * (or null values) are left out: {@code SUM} and {@code AVERAGE} use the quarters given and {@link
 * #complete()} says whether all four were. No quarter at all gives a null value. Refused with a
 * {@link MonitoringInputException}: {@code ruleMissing}, {@code quarterOutOfRange} (a quarter not 1
 * to 4).
 */
public record QuarterRollup(BigDecimal value, boolean complete, int quartersGiven) {

  /** How the quarters make the year. */
  public enum Rule {
    SUM,
    AVERAGE,
    LAST
  }

  public static QuarterRollup of(Rule rule, Map<Integer, BigDecimal> quarters) {
    List<Problem> problems = new ArrayList<>();
    if (rule == null) {
      problems.add(Problem.of("ruleMissing"));
    }
    TreeMap<Integer, BigDecimal> given = new TreeMap<>();
    if (quarters != null) {
      quarters.forEach(
          (quarter, value) -> {
            if (quarter == null || quarter < 1 || quarter > 4) {
              problems.add(Problem.of("quarterOutOfRange", quarter));
            } else if (value != null) {
              given.put(quarter, value);
            }
          });
    }
    MonitoringInputException.throwIfAny(problems);
    boolean complete = given.size() == 4;
    if (given.isEmpty()) {
      return new QuarterRollup(null, false, 0);
    }
    BigDecimal sum = given.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal value =
        switch (rule) {
          case SUM -> sum;
          case AVERAGE ->
              tidy(sum.divide(BigDecimal.valueOf(given.size()), 4, RoundingMode.HALF_UP));
          case LAST -> given.lastEntry().getValue();
        };
    return new QuarterRollup(value, complete, given.size());
  }

  private static BigDecimal tidy(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
