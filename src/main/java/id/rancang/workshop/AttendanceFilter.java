package id.rancang.workshop;

import id.rancang.region.PentahelixRole;
import java.time.LocalDate;

/**
 * Whom to list for a day: by pentahelix role, OPD and presence; null fields do not filter ({@code
 * presence} null lists everyone on the list).
 */
public record AttendanceFilter(LocalDate day, PentahelixRole role, Long opdId, Presence presence) {

  /** Present or not yet present on the day. */
  public enum Presence {
    PRESENT,
    ABSENT
  }

  public boolean any() {
    return role != null || opdId != null || presence != null;
  }
}
