package id.rancang.prioritisation;

import id.rancang.programme.ProgrammeStatus;
import id.rancang.strategy.Dimension;
import java.util.Map;

/**
 * A programme on an evaluator's rating sheet, with their ratings by criterion id.
 *
 * @param ratable false for a cancelled programme, which is not rated
 */
public record RatedProgramme(
    long id,
    String code,
    String name,
    Dimension dimension,
    ProgrammeStatus status,
    boolean ratable,
    Map<Long, Rating> ratings) {

  public RatedProgramme {
    ratings = Map.copyOf(ratings);
  }
}
