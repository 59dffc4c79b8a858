package id.rancang.workshop;

import java.time.LocalDate;

/** A person on the list and whether they were present on a day ({@code attendance} null: not). */
public record AttendanceEntry(Invitation invitation, LocalDate day, Attendance attendance) {

  public boolean present() {
    return attendance != null;
  }
}
