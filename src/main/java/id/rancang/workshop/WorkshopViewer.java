package id.rancang.workshop;

import id.rancang.identity.RancangUser;
import id.rancang.shared.web.Access;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is looking at workshops: participants (role PARTICIPANT) see only the workshops they are
 * invited to or registered for; every other member of the region (and a system administrator) sees
 * all of the region's workshops.
 */
public record WorkshopViewer(long accountId, boolean seesAll) {

  /** The person making the current request. */
  public static WorkshopViewer current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof RancangUser user)) {
      return new WorkshopViewer(-1, false);
    }
    return new WorkshopViewer(
        user.accountId(),
        user.systemAdmin()
            || Access.hasAnyRole("REGION_ADMIN", "EDITOR", "OPD_CONTRIBUTOR", "REVIEWER"));
  }

  /** Whether the current person organises workshops (region administrator or editor). */
  public static boolean organiser() {
    return Access.hasAnyRole("REGION_ADMIN", "EDITOR");
  }
}
