package id.rancang.programme.rules;

import id.rancang.programme.Horizon;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Checks a programme's start and end year against its horizon, the masterplan period, and the years
 * of its budget lines and actions.
 *
 * <p>A programme runs {@code endYear - startYear + 1} calendar years, both years included. A {@link
 * Horizon#QUICK_WIN quick win} ("within 1 year") is therefore done within the year it starts
 * ({@code endYear == startYear}): a quick win from 2025 to 2026 spans two budget years and is not
 * one. {@link Horizon#MEDIUM Medium} programmes run at most 5 years, {@link Horizon#LONG long} ones
 * at most 10.
 *
 * <ul>
 *   <li>error: the end before the start; a start or end outside the masterplan period; a programme
 *       longer than its horizon allows; a budget line or an action in a year the programme does not
 *       run (money or work outside the programme would be lost from the roadmap);
 *   <li>warning: a programme short enough for a shorter horizon (e.g. a "long" programme of three
 *       years), naming the horizon that fits.
 * </ul>
 */
public final class ProgrammeYears {

  private ProgrammeYears() {}

  /**
   * {@link #check(Horizon, int, int, int, int, Collection, Collection)} without budget or actions.
   */
  public static List<ProgrammeFinding> check(
      Horizon horizon, int startYear, int endYear, int firstYear, int lastYear) {
    return check(horizon, startYear, endYear, firstYear, lastYear, List.of(), List.of());
  }

  /**
   * All findings about the years of one programme.
   *
   * @param horizon the chosen horizon, {@code null} while not chosen (then only the years are
   *     checked)
   * @param firstYear the first year of the masterplan period
   * @param lastYear the last year of the masterplan period
   * @param budgetYears the years of the programme's budget lines (repeats allowed)
   * @param actionYears the years of the programme's actions (repeats allowed)
   */
  public static List<ProgrammeFinding> check(
      Horizon horizon,
      int startYear,
      int endYear,
      int firstYear,
      int lastYear,
      Collection<Integer> budgetYears,
      Collection<Integer> actionYears) {
    List<ProgrammeFinding> findings = new ArrayList<>();
    if (startYear < firstYear || startYear > lastYear) {
      findings.add(
          ProgrammeFinding.error(
              "startYear", "programme.years.startOutsidePeriod", startYear, firstYear, lastYear));
    }
    if (endYear < firstYear || endYear > lastYear) {
      findings.add(
          ProgrammeFinding.error(
              "endYear", "programme.years.endOutsidePeriod", endYear, firstYear, lastYear));
    }
    if (endYear < startYear) {
      findings.add(
          ProgrammeFinding.error("endYear", "programme.years.endBeforeStart", endYear, startYear));
      return findings; // no duration to compare, no years to hold budget lines or actions
    }
    int years = endYear - startYear + 1;
    if (horizon != null) {
      Horizon fitting = horizonFor(startYear, endYear).orElse(null);
      if (years > horizon.maxYears()) {
        findings.add(ProgrammeFinding.error("endYear", tooLongKey(horizon), years));
      } else if (fitting != null && fitting.compareTo(horizon) < 0) {
        findings.add(ProgrammeFinding.warning("horizon", fitsKey(fitting), years));
      }
    }
    for (int year : new TreeSet<>(budgetYears)) {
      if (year < startYear || year > endYear) {
        findings.add(
            ProgrammeFinding.error(
                "budgetLines", "programme.years.budgetOutsideProgramme", year, startYear, endYear));
      }
    }
    for (int year : new TreeSet<>(actionYears)) {
      if (year < startYear || year > endYear) {
        findings.add(
            ProgrammeFinding.error(
                "actions", "programme.years.actionOutsideProgramme", year, startYear, endYear));
      }
    }
    return findings;
  }

  private static String tooLongKey(Horizon horizon) {
    return switch (horizon) {
      case QUICK_WIN -> "programme.years.quickWinTooLong";
      case MEDIUM -> "programme.years.mediumTooLong";
      case LONG -> "programme.years.longTooLong";
    };
  }

  private static String fitsKey(Horizon shorter) {
    return switch (shorter) {
      case QUICK_WIN -> "programme.years.fitsQuickWin";
      case MEDIUM -> "programme.years.fitsMedium";
      case LONG -> throw new IllegalArgumentException("no horizon is longer than LONG");
    };
  }

  /**
   * The shortest horizon a programme from {@code startYear} to {@code endYear} fits in; empty when
   * the end is before the start or the programme runs longer than 10 years.
   */
  public static Optional<Horizon> horizonFor(int startYear, int endYear) {
    int years = endYear - startYear + 1;
    if (years < 1) {
      return Optional.empty();
    }
    for (Horizon horizon : Horizon.values()) {
      if (years <= horizon.maxYears()) {
        return Optional.of(horizon);
      }
    }
    return Optional.empty();
  }
}
