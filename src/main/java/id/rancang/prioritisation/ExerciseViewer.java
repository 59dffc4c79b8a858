package id.rancang.prioritisation;

import id.rancang.identity.RancangUser;
import id.rancang.shared.web.Access;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is looking at prioritisation exercises: a participant (role PARTICIPANT) sees only the
 * exercises they are an evaluator of; every other member of the region (and a system administrator)
 * sees all of the region's exercises and their set-up.
 */
public record ExerciseViewer(long accountId, boolean seesAll) {

  /** Someone who sees every exercise of the region (for code that is not a request). */
  public static ExerciseViewer everything() {
    return new ExerciseViewer(-1, true);
  }

  /** The person making the current request. */
  public static ExerciseViewer current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof RancangUser user)) {
      return new ExerciseViewer(-1, false);
    }
    return new ExerciseViewer(
        user.accountId(),
        user.systemAdmin()
            || Access.hasAnyRole("REGION_ADMIN", "EDITOR", "OPD_CONTRIBUTOR", "REVIEWER"));
  }

  /** Whether the current person sets exercises up (region administrator or editor). */
  public static boolean team() {
    return Access.hasAnyRole("REGION_ADMIN", "EDITOR");
  }
}
