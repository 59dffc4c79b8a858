package id.rancang.roadmap.web;

import id.rancang.programme.FundingSourceEntry;
import id.rancang.programme.FundingSources;
import id.rancang.region.CurrentRegion;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.roadmap.LeftOutProgramme;
import id.rancang.roadmap.RoadmapResults;
import id.rancang.roadmap.RoadmapScenarios;
import id.rancang.roadmap.RoadmapSolving;
import id.rancang.roadmap.Scenario;
import id.rancang.roadmap.ScenarioView;
import id.rancang.roadmap.ScheduledProgramme;
import id.rancang.roadmap.SourceSpend;
import id.rancang.roadmap.rules.Finding;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.chart.Palette;
import id.rancang.shared.chart.RoadmapCharts;
import id.rancang.shared.chart.Series;
import id.rancang.shared.chart.SvgCharts;
import id.rancang.shared.web.Htmx;
import id.rancang.strategy.Dimension;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One scenario's page: solving (with its progress polled while it runs) and cancelling, the honest
 * answer (status, objective, bound, gap, the greedy schedule's value), the conflicts of an
 * infeasible problem, the Gantt chart by dimension, spending against the ceilings, the schedule
 * with a start year to set by hand per programme, what is left out and why, and the adoption of the
 * schedule as the masterplan's roadmap.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class ScenarioPageController {

  static final String TEAM = ScenarioController.TEAM;
  static final String PAGE = "roadmap/scenario";
  static final String ADOPT = "roadmap/scenario-adopt";
  private static final String BASE = ScenarioController.BASE + "/scenarios/{id}";
  private static final String OVER = "#C0392B";
  private static final String UNUSED = "#D9D9D9";

  private final RoadmapResults results;
  private final RoadmapSolving solving;
  private final RoadmapScenarios scenarios;
  private final MasterplanManagement masterplans;
  private final FundingSources sources;
  private final CurrentRegion region;
  private final RoadmapWords words;

  ScenarioPageController(
      RoadmapResults results,
      RoadmapSolving solving,
      RoadmapScenarios scenarios,
      MasterplanManagement masterplans,
      FundingSources sources,
      CurrentRegion region,
      RoadmapWords words) {
    this.results = results;
    this.solving = solving;
    this.scenarios = scenarios;
    this.masterplans = masterplans;
    this.sources = sources;
    this.region = region;
    this.words = words;
  }

  @GetMapping(BASE)
  String page(
      @PathVariable long masterplanId,
      @PathVariable long id,
      HttpServletRequest request,
      Model model) {
    fill(model, masterplanId, id);
    return Htmx.view(request, PAGE, "result");
  }

  /**
   * The progress of a solve, polled every second while it is queued or running; once it is over,
   * htmx is told to reload the page (which then shows the answer).
   */
  @GetMapping(BASE + "/progress")
  String progress(
      @PathVariable long masterplanId,
      @PathVariable long id,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    if (!Htmx.isHtmx(request)) {
      // without JavaScript this is the page itself (its "refresh" link)
      fill(model, masterplanId, id);
      return PAGE;
    }
    long regionId = region.id();
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    Scenario scenario = solvingState(regionId, masterplanId, id);
    model.addAttribute("masterplan", masterplan);
    model.addAttribute("scenario", scenario);
    model.addAttribute("fmt", words.numbers());
    if (!scenario.solveState().busy()) {
      response.setHeader("HX-Refresh", "true");
    }
    return PAGE + " :: progress";
  }

  @PostMapping(BASE + "/solve")
  @PreAuthorize(TEAM)
  String solve(
      @PathVariable long masterplanId, @PathVariable long id, RedirectAttributes redirect) {
    try {
      Scenario queued = solving.requestSolve(region.id(), masterplanId, id);
      redirect.addFlashAttribute("flash", words.get("roadmap.pages.solve.queued", queued.name()));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", String.join(" ", words.all(e.problems())));
      redirect.addFlashAttribute("solveProblems", words.all(e.problems()));
    } catch (ConcurrentEditException e) {
      redirect.addFlashAttribute("flashError", conflict(e));
    }
    return "redirect:" + ScenarioController.scenarioUrl(masterplanId, id);
  }

  @PostMapping(BASE + "/cancel")
  @PreAuthorize(TEAM)
  String cancel(
      @PathVariable long masterplanId, @PathVariable long id, RedirectAttributes redirect) {
    Scenario scenario = solving.cancel(region.id(), masterplanId, id);
    redirect.addFlashAttribute(
        "flash", words.get("roadmap.pages.solve.cancelRequested", scenario.name()));
    return "redirect:" + ScenarioController.scenarioUrl(masterplanId, id);
  }

  /**
   * Sets a programme's start year by hand ({@code startYear} blank leaves it out). With htmx the
   * result section comes back with what the schedule now breaks; without, the page.
   */
  @PostMapping(BASE + "/schedule/{programmeId}")
  @PreAuthorize(TEAM)
  String setStart(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @PathVariable long programmeId,
      @RequestParam(required = false) String startYear,
      @RequestParam(required = false) Integer version,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    String message = null;
    String problem = null;
    try {
      Integer year = null;
      if (startYear != null && !startYear.isBlank()) {
        try {
          year = Integer.valueOf(startYear.strip());
        } catch (NumberFormatException e) {
          throw InvalidInputException.of("startYear", "roadmap.pages.form.year");
        }
      }
      if (version == null) {
        throw InvalidInputException.of("version", "shared.validation.version");
      }
      int expected = version;
      List<Finding> violations =
          results.setStart(regionId, masterplanId, id, programmeId, year, expected);
      message =
          violations.isEmpty()
              ? words.get("roadmap.pages.edit.fine")
              : words.get("roadmap.pages.edit.violations", violations.size());
    } catch (InvalidInputException e) {
      problem = String.join(" ", words.all(e.problems()));
    } catch (ConcurrentEditException e) {
      problem = conflict(e);
    }
    if (Htmx.isHtmx(request)) {
      fill(model, masterplanId, id);
      model.addAttribute("editMessage", message);
      model.addAttribute("editProblem", problem);
      return PAGE + " :: result";
    }
    if (message != null) {
      redirect.addFlashAttribute("flash", message);
    }
    if (problem != null) {
      redirect.addFlashAttribute("flashError", problem);
    }
    return "redirect:" + ScenarioController.scenarioUrl(masterplanId, id) + "#schedule";
  }

  /** Asks before adopting: how many programmes move, and what the schedule breaks, if anything. */
  @GetMapping(BASE + "/adopt")
  @PreAuthorize(TEAM)
  String confirmAdopt(@PathVariable long masterplanId, @PathVariable long id, Model model) {
    fillAdopt(model, masterplanId, id, null);
    return ADOPT;
  }

  @PostMapping(BASE + "/adopt")
  @PreAuthorize(TEAM)
  String adopt(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @RequestParam(required = false) String confirmViolations,
      @RequestParam(required = false) Integer version,
      Model model,
      RedirectAttributes redirect) {
    try {
      int moved =
          results.adopt(
              region.id(),
              masterplanId,
              id,
              "true".equals(confirmViolations) || "on".equals(confirmViolations),
              version);
      redirect.addFlashAttribute("flash", words.get("roadmap.pages.adopt.done", moved));
    } catch (InvalidInputException e) {
      fillAdopt(model, masterplanId, id, String.join(" ", words.all(e.problems())));
      return ADOPT;
    }
    return "redirect:" + ScenarioController.scenarioUrl(masterplanId, id);
  }

  private void fillAdopt(Model model, long masterplanId, long id, String problem) {
    long regionId = region.id();
    ScenarioView view = results.view(regionId, masterplanId, id);
    model.addAttribute("masterplan", masterplans.get(regionId, masterplanId));
    model.addAttribute("scenario", view.scenario());
    model.addAttribute(
        "moving", view.scheduled().stream().filter(ScheduledProgramme::moved).count());
    model.addAttribute("violations", words.findings(view.violations()));
    model.addAttribute("problem", problem);
  }

  /** The scenario as it stands (cheaper than the whole view, polled every second). */
  private Scenario solvingState(long regionId, long masterplanId, long id) {
    return scenarios.get(regionId, masterplanId, id);
  }

  private String conflict(ConcurrentEditException e) {
    return e.messageKey() == null
        ? words.get("shared.error.conflict")
        : words.get(e.messageKey(), e.args().toArray());
  }

  // ---- the page's model ----

  private void fill(Model model, long masterplanId, long id) {
    long regionId = region.id();
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    ScenarioView view = results.view(regionId, masterplanId, id);
    Scenario s = view.scenario();
    Locale locale = LocaleContextHolder.getLocale();
    RoadmapWords.Numbers fmt = words.numbers();
    model.addAttribute("masterplan", masterplan);
    model.addAttribute("scenario", s);
    model.addAttribute("view", view);
    model.addAttribute("team", ScenarioController.team());
    model.addAttribute("fmt", fmt);
    model.addAttribute("years", ScenarioController.years(masterplan));
    model.addAttribute("dimensionNames", dimensionNames(locale));
    Map<String, String> sourceNames = new LinkedHashMap<>();
    for (FundingSourceEntry f : sources.list(regionId)) {
      sourceNames.put(f.code(), f.name(locale));
    }
    model.addAttribute("sourceNames", sourceNames);
    // the answer
    Double improvement =
        s.objective() == null || s.greedyObjective() == null
            ? null
            : s.objective() - s.greedyObjective();
    model.addAttribute("improvement", improvement);
    model.addAttribute(
        "improvementShare",
        improvement == null || s.greedyObjective() == null || s.greedyObjective() <= 0
            ? null
            : improvement / s.greedyObjective());
    model.addAttribute("conflicts", words.findings(view.conflicts()));
    model.addAttribute("violations", words.findings(view.violations()));
    Map<Long, String> reasons = new LinkedHashMap<>();
    for (LeftOutProgramme p : view.leftOut()) {
      reasons.put(p.id(), p.reason() == null ? "" : words.finding(p.reason()));
    }
    model.addAttribute("reasons", reasons);
    // warnings
    Map<Long, String> codes = new LinkedHashMap<>();
    view.problem().candidates().forEach(c -> codes.put(c.id(), c.code()));
    List<String> unranked = new ArrayList<>();
    view.valueSources()
        .forEach(
            (pid, source) -> {
              if ("UNRANKED".equals(source)) {
                unranked.add(codes.getOrDefault(pid, "#" + pid));
              }
            });
    model.addAttribute("unranked", unranked);
    Map<String, String> outside = new LinkedHashMap<>();
    view.outsideDependencies()
        .forEach(
            (pid, deps) ->
                outside.put(codes.getOrDefault(pid, "#" + pid), String.join(", ", deps)));
    model.addAttribute("outside", outside);
    // the charts
    model.addAttribute("gantts", gantts(masterplan, view.scheduled(), locale));
    model.addAttribute("spendCharts", spendCharts(view.spend(), sourceNames, fmt));
  }

  private static Map<Dimension, String> dimensionNames(Locale locale) {
    Map<Dimension, String> names = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      names.put(d, d.displayName(locale));
    }
    return names;
  }

  /** One Gantt chart per dimension with scheduled programmes, as Buku 2 draws them. */
  private Map<Dimension, String> gantts(
      Masterplan masterplan, List<ScheduledProgramme> scheduled, Locale locale) {
    Map<Dimension, List<RoadmapCharts.Bar>> bars = new EnumMap<>(Dimension.class);
    for (ScheduledProgramme p : scheduled) {
      bars.computeIfAbsent(p.dimension(), d -> new ArrayList<>())
          .add(new RoadmapCharts.Bar(p.code(), p.name(), p.startYear(), p.endYear(), p.quickWin()));
    }
    Map<Dimension, String> charts = new EnumMap<>(Dimension.class);
    bars.forEach(
        (dimension, list) -> {
          String name = dimension.displayName(locale);
          charts.put(
              dimension,
              RoadmapCharts.gantt(
                  words.get("roadmap.pages.gantt.title", name),
                  masterplan.startYear(),
                  masterplan.endYear(),
                  name,
                  dimension.ordinal(),
                  list,
                  words.get("roadmap.pages.gantt.quickWin")));
        });
    return charts;
  }

  /**
   * Per funding source, columns per year: spent within the ceiling, spent over it (red) and the
   * ceiling left unused (grey), so each column is as high as the larger of spending and ceiling.
   */
  private Map<String, String> spendCharts(
      List<SourceSpend> spend, Map<String, String> sourceNames, RoadmapWords.Numbers fmt) {
    Map<String, String> charts = new LinkedHashMap<>();
    java.util.function.Function<BigDecimal, String> format = v -> fmt.rupiahShort(v.longValue());
    for (SourceSpend s : spend) {
      if (s.years().stream().allMatch(y -> y.spent() == 0 && y.ceiling() == 0)) {
        continue;
      }
      List<String> years = new ArrayList<>();
      List<BigDecimal> within = new ArrayList<>();
      List<BigDecimal> over = new ArrayList<>();
      List<BigDecimal> unused = new ArrayList<>();
      for (SourceSpend.YearSpend y : s.years()) {
        years.add(Integer.toString(y.year()));
        within.add(BigDecimal.valueOf(Math.min(y.spent(), y.ceiling())));
        over.add(BigDecimal.valueOf(Math.max(0, y.spent() - y.ceiling())));
        unused.add(BigDecimal.valueOf(Math.max(0, y.ceiling() - y.spent())));
      }
      String name = sourceNames.getOrDefault(s.source(), s.source());
      charts.put(
          s.source(),
          SvgCharts.stackedColumns(
              words.get("roadmap.pages.spend.chartTitle", name),
              years,
              List.of(
                  new Series(words.get("roadmap.pages.spend.within"), Palette.colour(0), within),
                  new Series(words.get("roadmap.pages.spend.over"), OVER, over),
                  new Series(words.get("roadmap.pages.spend.unused"), UNUSED, unused)),
              format));
    }
    return charts;
  }
}
