package id.rancang.roadmap;

import id.rancang.strategy.Dimension;

/**
 * A programme a scenario schedules.
 *
 * @param currentStartYear the programme's start year now (before adoption)
 * @param greedyStartYear where the greedy schedule starts it, or null when it leaves it out
 */
public record ScheduledProgramme(
    long id,
    String code,
    String name,
    Dimension dimension,
    boolean quickWin,
    int startYear,
    int endYear,
    double value,
    long totalCost,
    int currentStartYear,
    Integer greedyStartYear) {

  /** Whether the scenario moves the programme from its current years. */
  public boolean moved() {
    return startYear != currentStartYear;
  }
}
