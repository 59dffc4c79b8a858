package id.rancang.roadmap.rules;

import java.util.List;

/**
 * A problem the engine refuses before solving: every {@link Finding} found (message key {@code
 * roadmap.input.<code>}), not only the first. A list of programme codes is one argument, the codes
 * joined with ", ". The codes, with their arguments in order:
 *
 * <ul>
 *   <li>{@code period}: first year, last year (the first is after the last)
 *   <li>{@code duplicateId}: id, code (a second candidate with the same id)
 *   <li>{@code invalidValue}: code, value (not a number or infinite)
 *   <li>{@code negativeValue}: code, value
 *   <li>{@code valueTooLarge}: code, value, the largest allowed ({@link
 *       RoadmapValidation#MAX_VALUE})
 *   <li>{@code duration}: code, duration (less than 1 year)
 *   <li>{@code costYears}: code, duration, number of yearly cost entries (they differ)
 *   <li>{@code negativeCost}: code, year offset (0 = its first year), source, amount
 *   <li>{@code unknownDependency}: code, the unknown programme id it depends on
 *   <li>{@code dependencyCycle}: the codes along the cycle, back to the first ("A, B, A")
 *   <li>{@code emptyWindow}: code, earliest start, latest start, duration, last year (no start year
 *       within the period lets it start in its window and finish by the last year)
 *   <li>{@code mandatoryExcluded}: code
 *   <li>{@code lockWithoutLockedThrough}: code, locked start (a locked start but no locked years)
 *   <li>{@code lockAfterLockedThrough}: code, locked start, last locked year
 *   <li>{@code lockOutsideWindow}: code, locked start, first and last start of its window
 *   <li>{@code lockedExcluded}: code, locked start
 *   <li>{@code lockedPrerequisiteNotLocked}: code, locked start, prerequisite's code
 *   <li>{@code lockedPrerequisiteLate}: code, locked start, prerequisite's code, the year the
 *       prerequisite's locked start makes it end (not before the locked start)
 *   <li>{@code missingCeilingYear}: year (a year of the period has no ceilings at all; a source
 *       missing in a year that has ceilings means no spending from it)
 *   <li>{@code negativeCeiling}: year, source, amount
 *   <li>{@code unknownGroupMember}: group number (from 1), the unknown programme id
 *   <li>{@code groupMandatory}: group number (from 1), codes of its mandatory programmes
 *   <li>{@code invalidShare}: dimension, share (negative, above 1 or not a number)
 *   <li>{@code sharesAboveOne}: the sum of the minimum shares
 * </ul>
 *
 * A dimension in the minimum shares without any programme is not an input error: the problem is
 * then infeasible unless the share is 0, which {@link InfeasibilityExplainer} says.
 */
public final class RoadmapInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Finding> problems;

  public RoadmapInputException(List<Finding> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  public List<Finding> problems() {
    return problems;
  }
}
