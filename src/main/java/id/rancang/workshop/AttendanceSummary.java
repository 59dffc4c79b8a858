package id.rancang.workshop;

import id.rancang.region.PentahelixRole;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Who came to a workshop: how many are on the list, and the counts of each day and of the whole
 * workshop (a person present on several days counts once there), by pentahelix role and by OPD.
 */
public record AttendanceSummary(long workshopId, long onList, List<Day> days, Counts whole) {

  public AttendanceSummary {
    days = List.copyOf(days);
  }

  /** The counts of one day. */
  public record Day(LocalDate day, Counts counts) {}

  /**
   * How many were present: in all, per pentahelix role (every role, also when 0) and per OPD (most
   * first; an entry with {@code opdId} null counts those without an OPD, e.g. stakeholders).
   */
  public record Counts(long present, Map<PentahelixRole, Long> byRole, List<OpdCount> byOpd) {

    public Counts {
      Map<PentahelixRole, Long> roles = new EnumMap<>(PentahelixRole.class);
      for (PentahelixRole role : PentahelixRole.values()) {
        roles.put(role, byRole.getOrDefault(role, 0L));
      }
      byRole = Collections.unmodifiableMap(roles);
      byOpd = List.copyOf(byOpd);
    }

    public long role(PentahelixRole role) {
      return byRole.getOrDefault(role, 0L);
    }

    /** The count of one OPD (null: without an OPD). */
    public long opd(Long opdId) {
      return byOpd.stream()
          .filter(o -> java.util.Objects.equals(o.opdId(), opdId))
          .mapToLong(OpdCount::present)
          .sum();
    }
  }

  /** The people present for an OPD ({@code opdId} and {@code opdName} null: without an OPD). */
  public record OpdCount(Long opdId, String opdName, long present) {}
}
