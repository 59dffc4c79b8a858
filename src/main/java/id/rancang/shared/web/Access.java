package id.rancang.shared.web;

import java.util.Arrays;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Questions about what the person making the current request may do in the current region. Region
 * roles arrive as authorities {@code ROLE_<ROLE>}; an OPD contributor also has {@code OPD_<id>}.
 */
public final class Access {

  private Access() {}

  public static boolean hasAnyRole(String... roles) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null) {
      return false;
    }
    return auth.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(a -> Arrays.stream(roles).anyMatch(r -> a.equals("ROLE_" + r)));
  }

  /** Whether the person contributes for this OPD (as OPD contributor). */
  public static boolean ownsOpd(long opdId) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getAuthorities().stream().anyMatch(a -> ("OPD_" + opdId).equals(a.getAuthority()));
  }

  /** The sign-in name (e-mail) of the person, or "system". */
  public static String actor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth == null ? "system" : auth.getName();
  }
}
