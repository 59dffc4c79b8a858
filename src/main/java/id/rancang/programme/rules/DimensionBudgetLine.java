package id.rancang.programme.rules;

import java.util.Objects;

/** A budget line of a programme together with the code of the programme's dimension. */
public record DimensionBudgetLine(String dimension, BudgetLine line) {

  public DimensionBudgetLine {
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(line, "line");
  }
}
