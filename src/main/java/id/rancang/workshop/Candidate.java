package id.rancang.workshop;

import id.rancang.identity.Role;
import id.rancang.region.PentahelixRole;

/**
 * Someone an organiser may invite: a member account ({@code MEMBER}, with their role in the region)
 * or a stakeholder of the register ({@code STAKEHOLDER}, with their organisation), with the OPD and
 * pentahelix role they would be invited for, and whether they are on the list already.
 */
public record Candidate(
    Kind kind,
    long id,
    String name,
    Role memberRole,
    String organisation,
    Long opdId,
    PentahelixRole pentahelixRole,
    boolean invited) {

  public enum Kind {
    MEMBER,
    STAKEHOLDER
  }
}
