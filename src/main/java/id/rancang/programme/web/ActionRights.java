package id.rancang.programme.web;

import id.rancang.programme.ActionPlan;
import id.rancang.shared.web.Access;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change a programme's action plan: region administrators and editors every one, an OPD
 * contributor only the action plans of the programmes their OPD leads. Pages and the API ask here.
 */
public final class ActionRights {

  private ActionRights() {}

  /** Whether the person making the request may change the action plan of a programme so led. */
  public static boolean mayChange(Long leadOpdId) {
    if (Access.hasAnyRole("REGION_ADMIN", "EDITOR")) {
      return true;
    }
    return leadOpdId != null && Access.hasAnyRole("OPD_CONTRIBUTOR") && Access.ownsOpd(leadOpdId);
  }

  /** Refuses (403) unless the person may change the action plan of a programme so led. */
  public static void checkMayChange(Long leadOpdId) {
    if (!mayChange(leadOpdId)) {
      throw new AccessDeniedException("action plan of a programme of another OPD");
    }
  }

  /** {@link #checkMayChange(Long)} for a programme of the region (404 when there is none). */
  public static void checkMayChange(ActionPlan plan, long regionId, long programmeId) {
    checkMayChange(plan.leadOpdOf(regionId, programmeId).orElse(null));
  }
}
