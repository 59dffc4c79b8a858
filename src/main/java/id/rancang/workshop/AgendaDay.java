package id.rancang.workshop;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One day of a workshop with its sessions in time order; {@code overlaps} maps the id of each
 * session that overlaps others to theirs.
 */
public record AgendaDay(
    LocalDate day, List<AgendaSession> sessions, Map<Long, List<Long>> overlaps) {

  public AgendaDay {
    sessions = List.copyOf(sessions);
    overlaps = Map.copyOf(overlaps);
  }

  public boolean overlaps(long sessionId) {
    return overlaps.containsKey(sessionId);
  }

  /** The sessions the given one overlaps. */
  public List<AgendaSession> overlapping(long sessionId) {
    List<Long> ids = overlaps.getOrDefault(sessionId, List.of());
    return sessions.stream().filter(s -> ids.contains(s.id())).toList();
  }
}
