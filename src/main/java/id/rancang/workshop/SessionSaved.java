package id.rancang.workshop;

import java.util.List;

/**
 * A saved session and the sessions of the same day it overlaps: saved all the same (parallel
 * sessions happen), but the organiser is warned.
 */
public record SessionSaved(AgendaSession session, List<AgendaSession> overlapping) {

  public SessionSaved {
    overlapping = List.copyOf(overlapping);
  }

  public boolean hasWarning() {
    return !overlapping.isEmpty();
  }
}
