package id.rancang.workshop.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for a workshop's dates: it ends on or after its first day and lasts at most 31 days.
 */
public final class WorkshopDates {

  public static final int MAX_DAYS = 31;

  private WorkshopDates() {}

  /** What is wrong with the dates: none, END_BEFORE_START or TOO_LONG. */
  public enum Problem {
    END_BEFORE_START,
    TOO_LONG
  }

  public static Problem check(LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      return Problem.END_BEFORE_START;
    }
    if (days(start, end) > MAX_DAYS) {
      return Problem.TOO_LONG;
    }
    return null;
  }

  /** The number of days from {@code start} to {@code end}, both counted. */
  public static long days(LocalDate start, LocalDate end) {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** Every day from {@code start} to {@code end}. */
  public static List<LocalDate> each(LocalDate start, LocalDate end) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
      days.add(d);
    }
    return days;
  }
}
