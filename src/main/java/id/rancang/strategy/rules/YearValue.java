package id.rancang.strategy.rules;

import java.math.BigDecimal;
import java.util.Objects;

/** A value of an indicator for one year (a baseline, a target or a realisation). */
public record YearValue(int year, BigDecimal value) {

  public YearValue {
    Objects.requireNonNull(value, "value");
  }

  public static YearValue of(int year, String value) {
    return new YearValue(year, new BigDecimal(value));
  }
}
