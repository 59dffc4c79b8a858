package id.rancang.identity.internal;

import id.rancang.identity.AccountCatalog;
import id.rancang.identity.Member;
import id.rancang.identity.RancangUser;
import id.rancang.region.RegionVisibility;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The regions of the signed-in person, from their memberships. */
@Component
class MembershipRegionVisibility implements RegionVisibility {

  private final AccountCatalog accounts;

  MembershipRegionVisibility(AccountCatalog accounts) {
    this.accounts = accounts;
  }

  @Override
  public boolean seesAllRegions() {
    return user() != null && user().systemAdmin();
  }

  @Override
  public Set<Long> visibleRegionIds() {
    RancangUser user = user();
    if (user == null) {
      return Set.of();
    }
    return accounts.membershipsOf(user.accountId()).stream()
        .map(Member::regionId)
        .collect(Collectors.toSet());
  }

  private static RancangUser user() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof RancangUser user ? user : null;
  }
}
