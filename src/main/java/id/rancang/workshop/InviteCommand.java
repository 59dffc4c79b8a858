package id.rancang.workshop;

import id.rancang.region.PentahelixRole;
import java.util.List;

/**
 * Whom to invite at once: member accounts and stakeholders of the region. {@code pentahelixRole}
 * and {@code opdId}, when given, apply to every one of them; otherwise a stakeholder comes in their
 * own pentahelix role and a member for the government with their OPD.
 */
public record InviteCommand(
    List<Long> accountIds, List<Long> stakeholderIds, PentahelixRole pentahelixRole, Long opdId) {

  public InviteCommand {
    accountIds = accountIds == null ? List.of() : List.copyOf(accountIds);
    stakeholderIds = stakeholderIds == null ? List.of() : List.copyOf(stakeholderIds);
  }
}
