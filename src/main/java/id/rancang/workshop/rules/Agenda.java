package id.rancang.workshop.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The agenda of a workshop: its sessions grouped per day in time order, and which sessions overlap
 * another of the same day. An overlap is allowed (parallel tracks happen) but worth a warning.
 */
public final class Agenda {

  private Agenda() {}

  /** A session's place in time. */
  public record Slot(long id, LocalDate day, LocalTime start, LocalTime end) {}

  /** Days in date order, each with its slots ordered by start, end and id. */
  public static Map<LocalDate, List<Slot>> byDay(List<Slot> slots) {
    Map<LocalDate, List<Slot>> days = new TreeMap<>();
    for (Slot slot : slots) {
      days.computeIfAbsent(slot.day(), d -> new ArrayList<>()).add(slot);
    }
    Map<LocalDate, List<Slot>> ordered = new LinkedHashMap<>();
    days.forEach((day, list) -> ordered.put(day, list.stream().sorted(ORDER).toList()));
    return ordered;
  }

  /**
   * For each slot that overlaps others on the same day, the ids of those others (in time order).
   * Touching slots (one ends when the next starts) do not overlap.
   */
  public static Map<Long, List<Long>> overlaps(List<Slot> slots) {
    Map<Long, List<Long>> overlaps = new LinkedHashMap<>();
    for (List<Slot> day : byDay(slots).values()) {
      for (Slot a : day) {
        for (Slot b : day) {
          if (a.id() != b.id() && overlap(a, b)) {
            overlaps.computeIfAbsent(a.id(), id -> new ArrayList<>()).add(b.id());
          }
        }
      }
    }
    return overlaps;
  }

  /** The slots among {@code others} that {@code slot} overlaps (itself left out). */
  public static List<Slot> overlapping(Slot slot, List<Slot> others) {
    return others.stream()
        .filter(o -> o.id() != slot.id() && o.day().equals(slot.day()) && overlap(slot, o))
        .sorted(ORDER)
        .toList();
  }

  static boolean overlap(Slot a, Slot b) {
    return a.start().isBefore(b.end()) && b.start().isBefore(a.end());
  }

  private static final Comparator<Slot> ORDER =
      Comparator.comparing(Slot::start).thenComparing(Slot::end).thenComparingLong(Slot::id);
}
