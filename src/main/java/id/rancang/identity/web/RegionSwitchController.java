package id.rancang.identity.web;

import id.rancang.identity.AccountCatalog;
import id.rancang.identity.RancangUser;
import id.rancang.region.RegionCatalog;
import id.rancang.shared.NotFoundException;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Lets a person with roles in several regions (or a system administrator) switch region. */
@Controller
class RegionSwitchController {

  /** Same key as the region filter reads. */
  static final String SESSION_REGION = "rancang.regionId";

  private final AccountCatalog accounts;
  private final RegionCatalog regions;

  RegionSwitchController(AccountCatalog accounts, RegionCatalog regions) {
    this.accounts = accounts;
    this.regions = regions;
  }

  @PostMapping("/region/switch")
  String switchRegion(
      @RequestParam long regionId, @AuthenticationPrincipal RancangUser user, HttpSession session) {
    boolean allowed =
        user.systemAdmin()
            ? regions.findById(regionId).isPresent()
            : accounts.membership(user.accountId(), regionId).isPresent();
    if (!allowed) {
      throw new NotFoundException("region", regionId);
    }
    session.setAttribute(SESSION_REGION, regionId);
    return "redirect:/";
  }
}
