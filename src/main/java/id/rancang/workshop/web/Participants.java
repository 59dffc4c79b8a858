package id.rancang.workshop.web;

import id.rancang.identity.RancangUser;
import id.rancang.shared.web.Access;
import id.rancang.workshop.Participant;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person making the request as a workshop {@link Participant}. */
public final class Participants {

  private Participants() {}

  public static Participant current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof RancangUser user)) {
      throw new AccessDeniedException("not signed in");
    }
    boolean moderator = Access.hasAnyRole("REGION_ADMIN", "EDITOR");
    boolean inviteeOnly =
        !moderator && !Access.hasAnyRole("OPD_CONTRIBUTOR", "REVIEWER") && !user.systemAdmin();
    return new Participant(user.accountId(), user.email(), moderator, inviteeOnly);
  }
}
