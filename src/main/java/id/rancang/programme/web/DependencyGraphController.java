package id.rancang.programme.web;

import id.rancang.programme.PortfolioOverview;
import id.rancang.region.CurrentRegion;
import id.rancang.region.MasterplanManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The dependency graph of a masterplan's whole portfolio: every programme that waits for another or
 * is waited for, drawn left (prerequisites) to right, with the same as a list.
 */
@Controller
@RequestMapping("/masterplans/{masterplanId}/programmes")
@PreAuthorize("hasRole('MEMBER')")
class DependencyGraphController {

  private final PortfolioOverview overview;
  private final MasterplanManagement masterplans;
  private final CurrentRegion region;

  DependencyGraphController(
      PortfolioOverview overview, MasterplanManagement masterplans, CurrentRegion region) {
    this.overview = overview;
    this.masterplans = masterplans;
    this.region = region;
  }

  @GetMapping("/dependencies")
  String graph(@PathVariable long masterplanId, Model model) {
    long regionId = region.id();
    model.addAttribute("masterplan", masterplans.get(regionId, masterplanId));
    model.addAttribute("drawing", overview.dependencyGraph(regionId, masterplanId));
    return "programme/dependencies";
  }
}
