package id.rancang.identity.web;

import id.rancang.identity.AccountCatalog;
import id.rancang.identity.Member;
import id.rancang.identity.RancangUser;
import id.rancang.region.CurrentRegion;
import id.rancang.region.Region;
import id.rancang.region.RegionCatalog;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds the header's navigation to every page. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

  private final AccountCatalog accounts;
  private final RegionCatalog regions;
  private final CurrentRegion currentRegion;

  NavigationAdvice(AccountCatalog accounts, RegionCatalog regions, CurrentRegion currentRegion) {
    this.accounts = accounts;
    this.regions = regions;
    this.currentRegion = currentRegion;
  }

  @ModelAttribute("nav")
  Navigation navigation(HttpServletRequest request) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !(auth.getPrincipal() instanceof RancangUser user)) {
      return Navigation.anonymous();
    }
    if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
      // error pages must render even when the database is what failed
      return Navigation.anonymous();
    }
    try {
      return navigation(user);
    } catch (DataAccessException | TransactionException e) {
      return Navigation.anonymous();
    }
  }

  private Navigation navigation(RancangUser user) {
    List<Region> choices =
        user.systemAdmin()
            ? regions.search(null, new PageRequest(0, 200)).items()
            : regions.findByIds(
                accounts.membershipsOf(user.accountId()).stream().map(Member::regionId).toList());
    return new Navigation(
        true,
        user.name(),
        user.systemAdmin(),
        Access.hasAnyRole("REGION_ADMIN"),
        Access.hasAnyRole("REGION_ADMIN", "EDITOR", "OPD_CONTRIBUTOR", "REVIEWER"),
        currentRegion.find().orElse(null),
        choices);
  }
}
