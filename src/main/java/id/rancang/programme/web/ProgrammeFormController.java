package id.rancang.programme.web;

import id.rancang.programme.FundingSourceEntry;
import id.rancang.programme.FundingSources;
import id.rancang.programme.Horizon;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.programme.ProgrammeSaved;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.programme.rules.ProgrammeFinding;
import id.rancang.region.CurrentRegion;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.OpdDirectory;
import id.rancang.region.PentahelixRole;
import id.rancang.region.StakeholderRegister;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.web.Messages;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.IndicatorRegister;
import id.rancang.strategy.StrategyItem;
import id.rancang.strategy.StrategyItemKind;
import id.rancang.strategy.StrategyTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing Buku 2 on pages: the programme form (new and edit, with partners, contributions, the
 * budget grid, dependencies and risks), the status change and the delete. A form with a mistake
 * comes back as typed with each problem next to its field; a stale form shows the other person's
 * version next to the user's own values.
 */
@Controller
@RequestMapping("/masterplans/{masterplanId}/programmes")
@PreAuthorize("hasRole('MEMBER')")
class ProgrammeFormController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final ProgrammePortfolio portfolio;
  private final MasterplanManagement masterplans;
  private final OpdDirectory opds;
  private final StakeholderRegister stakeholders;
  private final StrategyTree tree;
  private final IndicatorRegister indicators;
  private final FundingSources sources;
  private final CurrentRegion region;
  private final Messages messages;

  ProgrammeFormController(
      ProgrammePortfolio portfolio,
      MasterplanManagement masterplans,
      OpdDirectory opds,
      StakeholderRegister stakeholders,
      StrategyTree tree,
      IndicatorRegister indicators,
      FundingSources sources,
      CurrentRegion region,
      Messages messages) {
    this.portfolio = portfolio;
    this.masterplans = masterplans;
    this.opds = opds;
    this.stakeholders = stakeholders;
    this.tree = tree;
    this.indicators = indicators;
    this.sources = sources;
    this.region = region;
    this.messages = messages;
  }

  @GetMapping("/new")
  @PreAuthorize(EDITORS)
  String newProgramme(@PathVariable long masterplanId, Model model) {
    Masterplan masterplan = masterplans.get(region.id(), masterplanId);
    return form(masterplan, ProgrammeForm.empty(masterplan.startYear()), null, List.of(), model);
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  String create(
      @PathVariable long masterplanId,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      RedirectAttributes redirect) {
    Masterplan masterplan = masterplans.get(region.id(), masterplanId);
    ProgrammeForm form = read(null, params, masterplan);
    if (params.containsKey("moreRows")) {
      return form(
          masterplan, form.withBlankRows(ProgrammeForm.BLANK_ROWS + 2), null, List.of(), model);
    }
    try {
      ProgrammeSaved saved =
          portfolio.create(region.id(), masterplanId, form.command(codes(masterplanId)));
      return saved(masterplanId, saved, "programme.form.created", redirect);
    } catch (InvalidInputException e) {
      return form(masterplan, form.withBlankRows(1), null, e.problems(), model);
    }
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize(EDITORS)
  String edit(@PathVariable long masterplanId, @PathVariable long id, Model model) {
    Masterplan masterplan = masterplans.get(region.id(), masterplanId);
    Programme programme = portfolio.get(region.id(), masterplanId, id);
    return form(
        masterplan, ProgrammeForm.of(programme, codesById(masterplanId)), null, List.of(), model);
  }

  @PostMapping("/{id}")
  @PreAuthorize(EDITORS)
  String update(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      RedirectAttributes redirect) {
    Masterplan masterplan = masterplans.get(region.id(), masterplanId);
    portfolio.get(region.id(), masterplanId, id);
    ProgrammeForm form = read(id, params, masterplan);
    if (params.containsKey("moreRows") || form.version() == null) {
      return form(
          masterplan, form.withBlankRows(ProgrammeForm.BLANK_ROWS + 2), null, List.of(), model);
    }
    try {
      ProgrammeSaved saved =
          portfolio.update(
              region.id(), masterplanId, id, form.command(codes(masterplanId)), form.version());
      return saved(masterplanId, saved, "programme.form.saved", redirect);
    } catch (InvalidInputException e) {
      return form(masterplan, form.withBlankRows(1), null, e.problems(), model);
    } catch (ConcurrentEditException e) {
      Programme theirs = portfolio.get(region.id(), masterplanId, id);
      model.addAttribute("flashError", messages.get("shared.error.conflict"));
      return form(
          masterplan,
          form.withVersion(theirs.version()).withBlankRows(1),
          theirs,
          List.of(),
          model);
    }
  }

  @PostMapping("/{id}/status")
  @PreAuthorize(EDITORS)
  String changeStatus(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String status,
      @RequestParam(defaultValue = "") String note,
      @RequestParam(defaultValue = "") String version,
      RedirectAttributes redirect) {
    Programme programme = portfolio.get(region.id(), masterplanId, id);
    ProgrammeStatus target = null;
    for (ProgrammeStatus s : ProgrammeStatus.values()) {
      if (s.name().equals(status)) {
        target = s;
      }
    }
    try {
      if (!version.matches("\\d{1,9}")) {
        throw new ConcurrentEditException(ProgrammePortfolio.RECORD_TYPE, id);
      }
      portfolio.changeStatus(
          region.id(), masterplanId, id, target, note, Integer.parseInt(version));
      redirect.addFlashAttribute(
          "flash",
          messages.get(
              "programme.form.statusChanged",
              programme.code(),
              messages.get("programme.status." + target)));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", texts(e.problems()));
    } catch (ConcurrentEditException e) {
      redirect.addFlashAttribute("flashError", messages.get("programme.form.statusConflict"));
    }
    return "redirect:/masterplans/" + masterplanId + "/programmes/" + id;
  }

  @PostMapping("/{id}/delete")
  @PreAuthorize(EDITORS)
  String delete(
      @PathVariable long masterplanId, @PathVariable long id, RedirectAttributes redirect) {
    Programme programme = portfolio.get(region.id(), masterplanId, id);
    try {
      portfolio.delete(region.id(), masterplanId, id);
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", texts(e.problems()));
      return "redirect:/masterplans/" + masterplanId + "/programmes/" + id;
    }
    redirect.addFlashAttribute(
        "flash", messages.get("programme.form.deleted", programme.code(), programme.name()));
    return "redirect:/masterplans/" + masterplanId + "/programmes";
  }

  private ProgrammeForm read(Long id, MultiValueMap<String, String> params, Masterplan masterplan) {
    return ProgrammeForm.from(
        id,
        params,
        fundingSources(region.id()).keySet(),
        masterplan.startYear(),
        masterplan.endYear());
  }

  private String saved(
      long masterplanId, ProgrammeSaved saved, String key, RedirectAttributes redirect) {
    Programme programme = saved.programme();
    redirect.addFlashAttribute("flash", messages.get(key, programme.code()));
    List<String> warnings = new ArrayList<>();
    for (ProgrammeFinding w : saved.warnings()) {
      warnings.add(messages.get(w.messageKey(), w.args()));
    }
    redirect.addFlashAttribute("warnings", warnings);
    return "redirect:/masterplans/" + masterplanId + "/programmes/" + programme.id();
  }

  private String form(
      Masterplan masterplan,
      ProgrammeForm form,
      Programme theirs,
      List<FieldProblem> problems,
      Model model) {
    long regionId = region.id();
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldProblem p : problems) {
      errors.merge(
          section(p.field()), messages.get(p.messageKey(), p.args()), (a, b) -> a + " " + b);
    }
    List<Integer> years = new ArrayList<>();
    for (int year = masterplan.startYear(); year <= masterplan.endYear(); year++) {
      years.add(year);
    }
    List<StrategyItem> goalsAndTargets = new ArrayList<>();
    for (StrategyItem item : tree.items(regionId, masterplan.id())) {
      if (item.kind() != StrategyItemKind.MISSION) {
        goalsAndTargets.add(item);
      }
    }
    model.addAttribute("masterplan", masterplan);
    model.addAttribute("form", form);
    model.addAttribute("theirs", theirs);
    model.addAttribute("errors", errors);
    model.addAttribute("years", years);
    model.addAttribute("dimensions", Dimension.values());
    model.addAttribute("horizons", Horizon.values());
    model.addAttribute("roles", PentahelixRole.values());
    model.addAttribute("opds", opds.all(regionId));
    model.addAttribute("stakeholders", stakeholders.all(regionId));
    model.addAttribute("items", goalsAndTargets);
    model.addAttribute("indicators", indicators.list(regionId, masterplan.id()));
    model.addAttribute("sources", fundingSources(regionId));
    return "programme/programme-form";
  }

  /**
   * Which part of the form a problem belongs to: the service names budget lines and risks by index
   * ({@code budgetLines[2].amount}); the form shows such problems once, at the section.
   */
  private static String section(String field) {
    if (field == null || field.isEmpty()) {
      return "";
    }
    if (field.startsWith("budget_")) {
      return field; // one cell of the grid, marked where it is
    }
    if (field.startsWith("budget")) {
      return "budget";
    }
    int bracket = field.indexOf('[');
    return bracket < 0 ? field : field.substring(0, bracket);
  }

  /** The funding sources of the budget grid: the built-in ones, then the region's own. */
  private Map<String, String> fundingSources(long regionId) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (FundingSourceEntry source : this.sources.list(regionId)) {
      sources.put(source.code(), source.name(LocaleContextHolder.getLocale()));
    }
    return sources;
  }

  /** Programme ids by code, to resolve the dependencies typed as codes. */
  private Map<String, Long> codes(long masterplanId) {
    Map<String, Long> codes = new LinkedHashMap<>();
    portfolio.codes(region.id(), masterplanId).forEach((id, code) -> codes.put(code, id));
    return codes;
  }

  private Map<Long, String> codesById(long masterplanId) {
    return portfolio.codes(region.id(), masterplanId);
  }

  private String texts(List<FieldProblem> problems) {
    List<String> texts = new ArrayList<>();
    for (FieldProblem p : problems) {
      texts.add(messages.get(p.messageKey(), p.args()));
    }
    return String.join(" ", texts);
  }
}
