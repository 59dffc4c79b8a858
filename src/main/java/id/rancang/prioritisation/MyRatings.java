package id.rancang.prioritisation;

import id.rancang.shared.Page;
import java.util.List;

/**
 * An evaluator's rating sheet: the rated criteria with their scales, and a page of programmes with
 * the evaluator's ratings.
 *
 * @param rated how many ratings the evaluator has given over all programmes
 * @param total how many ratings a complete sheet has (ratable programmes × rated criteria)
 */
public record MyRatings(
    long exerciseId,
    String exerciseName,
    long masterplanId,
    long evaluatorId,
    boolean open,
    List<RatedCriterion> criteria,
    Page<RatedProgramme> programmes,
    long rated,
    long total) {

  public MyRatings {
    criteria = List.copyOf(criteria);
  }
}
