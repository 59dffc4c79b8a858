package id.rancang.roadmap;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Scenarios side by side: a column per scenario, a row per programme any of them considers. */
public record ScenarioComparison(List<Column> columns, List<Row> rows) {

  /** A scenario's totals: schedule value, programmes in and out, spending and ceilings per year. */
  public record Column(
      Scenario scenario,
      double value,
      int scheduled,
      int leftOut,
      Map<Integer, Long> spendPerYear,
      Map<Integer, Long> ceilingPerYear) {}

  /** A programme's start year in each scenario (null = left out). */
  public record Row(long programmeId, String code, String name, List<Integer> starts) {

    /** Whether the scenarios disagree on this programme (in or out, or its year). */
    public boolean differs() {
      return starts.stream().distinct().count() > 1;
    }

    /** Whether the programme is in some scenarios and out of others. */
    public boolean inOrOut() {
      return starts.stream().anyMatch(Objects::isNull)
          && starts.stream().anyMatch(Objects::nonNull);
    }
  }
}
