package id.rancang.region.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.OpdDirectory;
import id.rancang.region.StakeholderRegister;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the current region at a glance, or what to do first. */
@Controller
class DashboardController {

  private final CurrentRegion region;
  private final MasterplanManagement masterplans;
  private final OpdDirectory opds;
  private final StakeholderRegister stakeholders;

  DashboardController(
      CurrentRegion region,
      MasterplanManagement masterplans,
      OpdDirectory opds,
      StakeholderRegister stakeholders) {
    this.region = region;
    this.masterplans = masterplans;
    this.opds = opds;
    this.stakeholders = stakeholders;
  }

  @GetMapping("/")
  String dashboard(Model model) {
    region
        .find()
        .ifPresent(
            r -> {
              model.addAttribute("region", r);
              model.addAttribute("masterplans", masterplans.list(r.id()));
              model.addAttribute(
                  "opdCount", opds.search(r.id(), null, new PageRequest(0, 1)).total());
              model.addAttribute("stakeholdersByRole", stakeholders.countByRole(r.id()));
            });
    model.addAttribute("systemAdmin", Access.hasAnyRole("SYSTEM_ADMIN"));
    return "region/dashboard";
  }
}
