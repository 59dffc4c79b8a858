package id.rancang.workshop;

import id.rancang.region.PentahelixRole;
import java.util.Map;

/**
 * How many are on a workshop's list, in all and per status, pentahelix role and OPD ({@code null}
 * key: without an OPD). Every status and role has an entry, also when it is 0.
 */
public record InvitationCounts(
    long total,
    Map<InvitationStatus, Long> byStatus,
    Map<PentahelixRole, Long> byRole,
    Map<Long, Long> byOpd) {

  public long status(InvitationStatus status) {
    return byStatus.getOrDefault(status, 0L);
  }

  public long role(PentahelixRole role) {
    return byRole.getOrDefault(role, 0L);
  }
}
