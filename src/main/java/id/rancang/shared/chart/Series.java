package id.rancang.shared.chart;

import java.math.BigDecimal;
import java.util.List;

/** A named row of values, one per category of a chart, drawn in one colour. */
public record Series(String name, String colour, List<BigDecimal> values) {

  public Series {
    values = List.copyOf(values);
  }
}
