package id.rancang.workshop;

import id.rancang.identity.RancangUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person taking part, as the services need them: their account, and whether they may moderate
 * (region administrators and editors) or only see the workshops they are invited to (participants).
 */
public record Participant(long accountId, String email, boolean moderator, boolean inviteeOnly) {

  /** The person making the current request. */
  public static Participant current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof RancangUser user)) {
      throw new AccessDeniedException("not signed in");
    }
    boolean moderator = WorkshopViewer.organiser();
    boolean inviteeOnly = !WorkshopViewer.current().seesAll();
    return new Participant(user.accountId(), user.email(), moderator, inviteeOnly);
  }

  /** The same person as a viewer of workshops. */
  public WorkshopViewer viewer() {
    return new WorkshopViewer(accountId, !inviteeOnly);
  }
}
