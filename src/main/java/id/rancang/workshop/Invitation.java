package id.rancang.workshop;

import id.rancang.region.PentahelixRole;
import java.time.OffsetDateTime;

/**
 * A person on a workshop's list: a member account or a stakeholder of the register, with the OPD
 * and pentahelix role they come for. {@code name} and {@code organisation} are read from the
 * account or the register when the list is read.
 */
public record Invitation(
    long id,
    long workshopId,
    Long accountId,
    Long stakeholderId,
    String name,
    String organisation,
    Long opdId,
    String opdName,
    PentahelixRole pentahelixRole,
    InvitationStatus status,
    InvitationSource source,
    OffsetDateTime respondedAt,
    int version) {

  /** Whether a member account (not a stakeholder) is invited. */
  public boolean member() {
    return accountId != null;
  }
}
