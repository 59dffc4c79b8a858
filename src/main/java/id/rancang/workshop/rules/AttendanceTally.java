package id.rancang.workshop.rules;

import id.rancang.region.PentahelixRole;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Counts who was present, per day and for the whole workshop, by pentahelix role and by OPD. On one
 * day a person counts once; for the whole workshop a person present on several days also counts
 * once (the number of different people who came), in the role and OPD they came for.
 */
public final class AttendanceTally {

  /** A person present on a day, with the role and OPD (null: none) they came for. */
  public record Mark(long personId, LocalDate day, PentahelixRole role, Long opdId) {}

  /**
   * How many were present, in all, per pentahelix role (every role has an entry, also when it is 0)
   * and per OPD (key null: without an OPD; only OPDs someone came for).
   */
  public record Counts(long present, Map<PentahelixRole, Long> byRole, Map<Long, Long> byOpd) {

    public long role(PentahelixRole role) {
      return byRole.getOrDefault(role, 0L);
    }

    public long opd(Long opdId) {
      return byOpd.getOrDefault(opdId, 0L);
    }
  }

  private AttendanceTally() {}

  /**
   * The counts of each day, in calendar order: every day of {@code days} (0 when nobody came) and
   * any other day someone was marked present on (e.g. after the workshop's dates were changed).
   */
  public static Map<LocalDate, Counts> perDay(List<LocalDate> days, Collection<Mark> marks) {
    TreeSet<LocalDate> all = new TreeSet<>(days);
    marks.forEach(m -> all.add(m.day()));
    Map<LocalDate, Counts> result = new LinkedHashMap<>();
    for (LocalDate day : all) {
      result.put(day, count(marks.stream().filter(m -> m.day().equals(day)).toList()));
    }
    return Collections.unmodifiableMap(result);
  }

  /** The different people present on at least one day. */
  public static Counts whole(Collection<Mark> marks) {
    return count(marks);
  }

  private static Counts count(Collection<Mark> marks) {
    // one mark per person: the first day they came decides their role and OPD
    Map<Long, Mark> people = new LinkedHashMap<>();
    marks.stream()
        .sorted(java.util.Comparator.comparing(Mark::day).thenComparingLong(Mark::personId))
        .forEach(m -> people.putIfAbsent(m.personId(), m));
    Map<PentahelixRole, Long> byRole = new EnumMap<>(PentahelixRole.class);
    for (PentahelixRole role : PentahelixRole.values()) {
      byRole.put(role, 0L);
    }
    Map<Long, Long> byOpd = new HashMap<>();
    for (Mark m : people.values()) {
      byRole.merge(m.role(), 1L, Long::sum);
      byOpd.merge(m.opdId(), 1L, Long::sum);
    }
    return new Counts(
        people.size(), Collections.unmodifiableMap(byRole), Collections.unmodifiableMap(byOpd));
  }
}
