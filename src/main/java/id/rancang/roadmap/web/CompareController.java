package id.rancang.roadmap.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.roadmap.RoadmapResults;
import id.rancang.roadmap.ScenarioComparison;
import id.rancang.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two to four scenarios side by side: their answers and spending per year against the ceilings,
 * then every programme with its start year in each, the differences marked (optionally only those).
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class CompareController {

  private final RoadmapResults results;
  private final MasterplanManagement masterplans;
  private final CurrentRegion region;
  private final RoadmapWords words;

  CompareController(
      RoadmapResults results,
      MasterplanManagement masterplans,
      CurrentRegion region,
      RoadmapWords words) {
    this.results = results;
    this.masterplans = masterplans;
    this.region = region;
    this.words = words;
  }

  @GetMapping(ScenarioController.BASE + "/compare")
  String compare(
      @PathVariable long masterplanId,
      @RequestParam(required = false) List<Long> ids,
      @RequestParam(required = false) String only,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    ScenarioComparison comparison;
    try {
      comparison = results.compare(regionId, masterplanId, ids == null ? List.of() : ids);
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", String.join(" ", words.all(e.problems())));
      return "redirect:/masterplans/" + masterplanId + "/roadmap";
    }
    boolean onlyDifferences = "true".equals(only) || "on".equals(only);
    List<ScenarioComparison.Row> rows = new ArrayList<>();
    for (ScenarioComparison.Row row : comparison.rows()) {
      if (!onlyDifferences || row.differs()) {
        rows.add(row);
      }
    }
    model.addAttribute("masterplan", masterplan);
    model.addAttribute("comparison", comparison);
    model.addAttribute("rows", rows);
    model.addAttribute("ids", ids);
    model.addAttribute("only", onlyDifferences);
    model.addAttribute("years", ScenarioController.years(masterplan));
    model.addAttribute("fmt", words.numbers());
    model.addAttribute(
        "differing", comparison.rows().stream().filter(ScenarioComparison.Row::differs).count());
    return "roadmap/compare";
  }
}
