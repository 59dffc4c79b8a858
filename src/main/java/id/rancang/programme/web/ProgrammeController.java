package id.rancang.programme.web;

import id.rancang.programme.ActionPlan;
import id.rancang.programme.BudgetSummary;
import id.rancang.programme.DependencyDrawing;
import id.rancang.programme.DependencyView;
import id.rancang.programme.Horizon;
import id.rancang.programme.PortfolioOverview;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeFilter;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.region.CurrentRegion;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.Opd;
import id.rancang.region.OpdDirectory;
import id.rancang.region.PentahelixRole;
import id.rancang.shared.Formats;
import id.rancang.shared.PageRequest;
import id.rancang.shared.chart.BudgetCharts;
import id.rancang.shared.chart.RoadmapCharts;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import id.rancang.strategy.Dimension;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Pages of Buku 2 for reading: the programme catalogue (search, filters, sorting, paging), one page
 * per programme with its action plan, and the budget summary.
 */
@Controller
@RequestMapping("/masterplans/{masterplanId}/programmes")
@PreAuthorize("hasRole('MEMBER')")
class ProgrammeController {

  private final ProgrammePortfolio portfolio;
  private final PortfolioOverview overview;
  private final ActionPlan actions;
  private final MasterplanManagement masterplans;
  private final OpdDirectory opds;
  private final id.rancang.region.StakeholderRegister stakeholders;
  private final id.rancang.programme.FundingSources sources;
  private final CurrentRegion region;
  private final Messages messages;
  private final id.rancang.programme.ProgrammeOrigins origins;

  ProgrammeController(
      ProgrammePortfolio portfolio,
      PortfolioOverview overview,
      ActionPlan actions,
      MasterplanManagement masterplans,
      OpdDirectory opds,
      id.rancang.region.StakeholderRegister stakeholders,
      id.rancang.programme.FundingSources sources,
      CurrentRegion region,
      Messages messages,
      id.rancang.programme.ProgrammeOrigins origins) {
    this.origins = origins;
    this.portfolio = portfolio;
    this.overview = overview;
    this.actions = actions;
    this.masterplans = masterplans;
    this.opds = opds;
    this.stakeholders = stakeholders;
    this.sources = sources;
    this.region = region;
    this.messages = messages;
  }

  @GetMapping
  String catalogue(
      @PathVariable long masterplanId,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) Dimension dimension,
      @RequestParam(required = false) Horizon horizon,
      @RequestParam(required = false) Long leadOpdId,
      @RequestParam(required = false) ProgrammeStatus status,
      @RequestParam(required = false) PentahelixRole partnerRole,
      @RequestParam(required = false) Boolean quickWin,
      @RequestParam(defaultValue = "code") String sort,
      @RequestParam(required = false) Integer page,
      HttpServletRequest request,
      Model model) {
    long regionId = region.id();
    ProgrammeFilter filter =
        new ProgrammeFilter(
            q, dimension, null, horizon, leadOpdId, status, partnerRole, quickWin, sort);
    model.addAttribute("masterplan", masterplans.get(regionId, masterplanId));
    model.addAttribute(
        "programmes", portfolio.search(regionId, masterplanId, filter, PageRequest.of(page, null)));
    model.addAttribute("filter", filter);
    model.addAttribute(
        "filtered",
        !q.isBlank()
            || dimension != null
            || horizon != null
            || leadOpdId != null
            || status != null
            || partnerRole != null
            || quickWin != null);
    model.addAttribute("dimensions", Dimension.values());
    model.addAttribute("horizons", Horizon.values());
    model.addAttribute("statuses", ProgrammeStatus.values());
    model.addAttribute("roles", PentahelixRole.values());
    model.addAttribute("opds", opdNames(regionId));
    model.addAttribute(
        "quickWinWarnings",
        overview.quickWins(regionId, masterplanId).stream()
            .map(
                f ->
                    messages.get(
                        f.messageKey(),
                        f.args().isEmpty()
                            ? f.args()
                            : replaceFirst(f.args(), Dimension.valueOf((String) f.args().get(0)))))
            .toList());
    UriComponentsBuilder url =
        UriComponentsBuilder.fromPath("/masterplans/" + masterplanId + "/programmes")
            .queryParam("q", q)
            .queryParam("sort", sort);
    if (dimension != null) {
      url.queryParam("dimension", dimension);
    }
    if (horizon != null) {
      url.queryParam("horizon", horizon);
    }
    if (leadOpdId != null) {
      url.queryParam("leadOpdId", leadOpdId);
    }
    if (status != null) {
      url.queryParam("status", status);
    }
    if (partnerRole != null) {
      url.queryParam("partnerRole", partnerRole);
    }
    if (quickWin != null) {
      url.queryParam("quickWin", quickWin);
    }
    model.addAttribute("baseUrl", url.encode().build().toUriString());
    model.addAttribute("canEdit", Access.hasAnyRole("REGION_ADMIN", "EDITOR"));
    return Htmx.view(request, "programme/programmes", "results");
  }

  @GetMapping("/{id}")
  String programme(@PathVariable long masterplanId, @PathVariable long id, Model model) {
    long regionId = region.id();
    Programme programme = portfolio.get(regionId, masterplanId, id);
    id.rancang.region.Masterplan masterplan = masterplans.get(regionId, masterplanId);
    model.addAttribute("masterplan", masterplan);
    model.addAttribute("programme", programme);
    // the action plan and its editing controls (ActionPlanController)
    new ActionPlanView(actions, opds, messages).fill(model, regionId, masterplan, programme);
    model.addAttribute("history", portfolio.statusHistory(regionId, masterplanId, id));
    model.addAttribute("origins", origins.origins(regionId, id));
    model.addAttribute("decisions", origins.decisionsOf(regionId, id));
    DependencyView dependencies = overview.dependencies(regionId, masterplanId, id);
    model.addAttribute("dependencies", dependencies);
    model.addAttribute("dependencyDrawing", DependencyDrawing.around(dependencies));
    model.addAttribute("opds", opdNames(regionId));
    Map<Long, String> partnerNames = new LinkedHashMap<>();
    for (id.rancang.programme.Partner partner : programme.partners()) {
      stakeholders
          .find(regionId, partner.stakeholderId())
          .ifPresent(s -> partnerNames.put(s.id(), s.name()));
    }
    model.addAttribute("stakeholderNames", partnerNames);
    Map<String, String> sourceNames = new LinkedHashMap<>();
    if (!programme.budget().isEmpty()) {
      for (id.rancang.programme.FundingSourceEntry source : sources.list(regionId)) {
        sourceNames.put(
            source.code(),
            source.name(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
      }
    }
    model.addAttribute("sourceNames", sourceNames);
    model.addAttribute("statuses", ProgrammeStatus.values());
    model.addAttribute("canEdit", Access.hasAnyRole("REGION_ADMIN", "EDITOR"));
    return "programme/programme";
  }

  /** The portfolio as a board: one column per dimension, programmes grouped by horizon. */
  @GetMapping("/board")
  String board(@PathVariable long masterplanId, Model model) {
    long regionId = region.id();
    Map<Dimension, Map<Horizon, List<id.rancang.programme.ProgrammeSummary>>> board =
        new EnumMap<>(Dimension.class);
    for (Dimension dimension : Dimension.values()) {
      Map<Horizon, List<id.rancang.programme.ProgrammeSummary>> column =
          new EnumMap<>(Horizon.class);
      for (Horizon horizon : Horizon.values()) {
        column.put(horizon, new java.util.ArrayList<>());
      }
      board.put(dimension, column);
    }
    // a board shows the whole portfolio: read it in pages of the largest size
    int page = 0;
    id.rancang.shared.Page<id.rancang.programme.ProgrammeSummary> batch;
    do {
      batch =
          portfolio.search(
              regionId, masterplanId, ProgrammeFilter.none(), new PageRequest(page++, 200));
      for (id.rancang.programme.ProgrammeSummary p : batch.items()) {
        board.get(p.dimension()).get(p.horizon()).add(p);
      }
    } while (batch.hasNext());
    id.rancang.region.Masterplan masterplan = masterplans.get(regionId, masterplanId);
    model.addAttribute("masterplan", masterplan);
    model.addAttribute("board", board);
    // the roadmap of each dimension, drawn as Buku 2 draws it (cancelled programmes left out)
    java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    Map<Dimension, String> roadmaps = new EnumMap<>(Dimension.class);
    for (var column : board.entrySet()) {
      List<RoadmapCharts.Bar> bars =
          column.getValue().values().stream()
              .flatMap(List::stream)
              .filter(p -> p.status() != id.rancang.programme.ProgrammeStatus.CANCELLED)
              .map(
                  p ->
                      new RoadmapCharts.Bar(
                          p.code(), p.name(), p.startYear(), p.endYear(), p.quickWin()))
              .toList();
      if (!bars.isEmpty()) {
        String dimension = column.getKey().displayName(locale);
        roadmaps.put(
            column.getKey(),
            RoadmapCharts.gantt(
                messages.get("programme.board.roadmap", dimension),
                masterplan.startYear(),
                masterplan.endYear(),
                dimension,
                column.getKey().ordinal(),
                bars,
                messages.get("programme.board.quickWin")));
      }
    }
    model.addAttribute("roadmaps", roadmaps);
    return "programme/board";
  }

  @GetMapping("/budget")
  String budget(@PathVariable long masterplanId, Model model) {
    long regionId = region.id();
    model.addAttribute("masterplan", masterplans.get(regionId, masterplanId));
    BudgetSummary summary = overview.budget(regionId, masterplanId);
    model.addAttribute("summary", summary);
    model.addAttribute("dimensions", Dimension.values());
    // the same charts as Buku 2 draws from the same budget lines
    java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    Formats formats = new Formats(locale);
    Map<String, String> sourceNames = new LinkedHashMap<>();
    sources.list(regionId).forEach(f -> sourceNames.put(f.code(), f.name(locale)));
    model.addAttribute(
        "perYearChart",
        BudgetCharts.perYearBySource(
            messages.get("programme.budget.perYear"),
            summary.cells().stream()
                .map(c -> new BudgetCharts.Line(c.year(), c.source(), c.amount()))
                .toList(),
            code -> sourceNames.getOrDefault(code, code),
            formats));
    Map<String, java.math.BigDecimal> byDimension = new LinkedHashMap<>();
    summary.perDimension().forEach(d -> byDimension.put(d.dimension(), d.amount()));
    model.addAttribute(
        "perDimensionChart",
        BudgetCharts.perLabel(
            messages.get("programme.budget.perDimension"),
            java.util.Arrays.stream(Dimension.values()).map(d -> d.displayName(locale)).toList(),
            java.util.Arrays.stream(Dimension.values())
                .map(d -> byDimension.getOrDefault(d.name(), java.math.BigDecimal.ZERO))
                .toList(),
            formats));
    return "programme/budget";
  }

  private static List<Object> replaceFirst(List<Object> args, Dimension dimension) {
    List<Object> copy = new java.util.ArrayList<>(args);
    copy.set(
        0, dimension.displayName(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    return copy;
  }

  private Map<Long, String> opdNames(long regionId) {
    Map<Long, String> names = new LinkedHashMap<>();
    for (Opd opd : opds.all(regionId)) {
      names.put(opd.id(), opd.abbreviation());
    }
    return names;
  }
}
