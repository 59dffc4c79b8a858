package id.rancang.roadmap;

import java.util.List;

/** What a schedule spends from one funding source each year, against the year's ceiling. */
public record SourceSpend(String source, List<YearSpend> years) {

  /** One year: spent and the ceiling (0 when none is set), whole rupiah. */
  public record YearSpend(int year, long spent, long ceiling) {

    public boolean over() {
      return spent > ceiling;
    }

    /** Spent as a share of the ceiling, 0..1+ (0 without a ceiling and no spending). */
    public double share() {
      return ceiling == 0 ? (spent == 0 ? 0 : 1) : (double) spent / ceiling;
    }
  }
}
