package id.rancang.workshop.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a workshop day's check-in is open: on that calendar day in the region's time zone, from
 * midnight to midnight. A code scanned the evening before (or a day later) is refused, also when
 * the server's own clock runs in UTC.
 */
public final class CheckInWindow {

  /** Where a moment lies compared with a day's check-in. */
  public enum State {
    /** Before the day starts: check-in opens at midnight. */
    EARLY,
    OPEN,
    /** The day is over. */
    CLOSED
  }

  private CheckInWindow() {}

  /** The calendar day it is at {@code now} in {@code zone}. */
  public static LocalDate today(Instant now, ZoneId zone) {
    return now.atZone(zone).toLocalDate();
  }

  public static State of(LocalDate day, Instant now, ZoneId zone) {
    LocalDate today = today(now, zone);
    if (today.isBefore(day)) {
      return State.EARLY;
    }
    return today.isAfter(day) ? State.CLOSED : State.OPEN;
  }
}
