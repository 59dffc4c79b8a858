package id.rancang.workshop;

import id.rancang.region.PentahelixRole;

/** Which invitations to list; null fields do not filter. */
public record InvitationFilter(InvitationStatus status, PentahelixRole role, Long opdId) {

  public static InvitationFilter none() {
    return new InvitationFilter(null, null, null);
  }

  public boolean any() {
    return status != null || role != null || opdId != null;
  }
}
