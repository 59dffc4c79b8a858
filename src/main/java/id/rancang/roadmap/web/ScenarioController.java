package id.rancang.roadmap.web;

import id.rancang.programme.FundingSourceEntry;
import id.rancang.programme.FundingSources;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeCatalog;
import id.rancang.region.CurrentRegion;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.roadmap.RoadmapScenarios;
import id.rancang.roadmap.Scenario;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Htmx;
import id.rancang.strategy.Dimension;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The roadmap scenarios of a masterplan: the list (the adopted one first) with the comparison form,
 * the scenario form (ceilings grid, programmes table, rules; "fill from the budgets"), the copy
 * form ("budget -20%") and the deletion. Members read; the team changes.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class ScenarioController {

  static final String TEAM = "hasAnyRole('REGION_ADMIN', 'EDITOR')";
  static final String BASE = "/masterplans/{masterplanId}/roadmap";
  private static final String LIST = "roadmap/scenarios";
  private static final String FORM = "roadmap/scenario-form";
  private static final String DELETE = "roadmap/scenario-delete";
  private static final String COPY = "roadmap/scenario-copy";

  private final RoadmapScenarios scenarios;
  private final MasterplanManagement masterplans;
  private final ProgrammeCatalog catalog;
  private final FundingSources sources;
  private final CurrentRegion region;
  private final RoadmapWords words;

  ScenarioController(
      RoadmapScenarios scenarios,
      MasterplanManagement masterplans,
      ProgrammeCatalog catalog,
      FundingSources sources,
      CurrentRegion region,
      RoadmapWords words) {
    this.scenarios = scenarios;
    this.masterplans = masterplans;
    this.catalog = catalog;
    this.sources = sources;
    this.region = region;
    this.words = words;
  }

  static boolean team() {
    return Access.hasAnyRole("REGION_ADMIN", "EDITOR");
  }

  static String scenarioUrl(long masterplanId, long id) {
    return "/masterplans/" + masterplanId + "/roadmap/scenarios/" + id;
  }

  // ---- list ----

  @GetMapping(BASE)
  String list(
      @PathVariable long masterplanId,
      @RequestParam(required = false) Integer page,
      HttpServletRequest request,
      Model model) {
    long regionId = region.id();
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    model.addAttribute("masterplan", masterplan);
    model.addAttribute(
        "scenarios", scenarios.list(regionId, masterplanId, PageRequest.of(page, null)));
    model.addAttribute("baseUrl", "/masterplans/" + masterplanId + "/roadmap");
    model.addAttribute("team", team());
    model.addAttribute("fmt", words.numbers());
    return Htmx.view(request, LIST, "results");
  }

  // ---- create and edit ----

  @GetMapping(BASE + "/new")
  @PreAuthorize(TEAM)
  String newScenario(@PathVariable long masterplanId, Model model) {
    long regionId = region.id();
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    fillForm(
        model,
        masterplan,
        null,
        ScenarioForm.blank(scenarios.defaultProgrammes(regionId, masterplanId)),
        Map.of());
    return FORM;
  }

  @PostMapping(BASE + "/new")
  @PreAuthorize(TEAM)
  String create(
      @PathVariable long masterplanId,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    ScenarioForm form =
        ScenarioForm.read(params, scenarios.defaultProgrammes(regionId, masterplanId));
    Map<Long, Programme> programmes = catalog.byId(regionId, masterplanId);
    if (params.containsKey("fill")) {
      form.fillFromBudgets(programmes, years(masterplan), scenarios.sourceCodes(regionId));
      fillForm(model, masterplan, null, form, Map.of());
      model.addAttribute("filled", true);
      return FORM;
    }
    List<FieldProblem> unreadable = new ArrayList<>();
    ScenarioForm.Parsed parsed =
        form.command(programmes, years(masterplan), scenarios.sourceCodes(regionId), unreadable);
    // the scenario checks everything else too (what the form could not read it refuses as well)
    List<FieldProblem> problems = List.of();
    try {
      Scenario created = scenarios.create(regionId, masterplanId, parsed.command());
      if (unreadable.isEmpty()) {
        redirect.addFlashAttribute(
            "flash", words.get("roadmap.pages.scenario.created", created.name()));
        return "redirect:" + scenarioUrl(masterplanId, created.id());
      }
      scenarios.delete(regionId, masterplanId, created.id(), true);
    } catch (InvalidInputException e) {
      problems = e.problems();
    }
    fillForm(model, masterplan, null, form, errors(unreadable, problems, parsed));
    return FORM;
  }

  @GetMapping(BASE + "/scenarios/{id}/edit")
  @PreAuthorize(TEAM)
  String edit(@PathVariable long masterplanId, @PathVariable long id, Model model) {
    long regionId = region.id();
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    Scenario scenario = scenarios.get(regionId, masterplanId, id);
    fillForm(
        model,
        masterplan,
        scenario,
        ScenarioForm.of(
            scenario,
            scenarios.inputs(regionId, masterplanId, id),
            catalog.byId(regionId, masterplanId)),
        Map.of());
    return FORM;
  }

  @PostMapping(BASE + "/scenarios/{id}/edit")
  @PreAuthorize(TEAM)
  String save(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    Scenario before = scenarios.get(regionId, masterplanId, id);
    ScenarioForm form =
        ScenarioForm.read(params, scenarios.defaultProgrammes(regionId, masterplanId));
    if (form.version == null || form.version.isBlank()) {
      form.version = "-1"; // no version, no silent overwrite: it is answered as a conflict
    }
    Map<Long, Programme> programmes = catalog.byId(regionId, masterplanId);
    if (params.containsKey("fill")) {
      form.fillFromBudgets(programmes, years(masterplan), scenarios.sourceCodes(regionId));
      fillForm(model, masterplan, before, form, Map.of());
      model.addAttribute("filled", true);
      return FORM;
    }
    List<FieldProblem> unreadable = new ArrayList<>();
    ScenarioForm.Parsed parsed =
        form.command(programmes, years(masterplan), scenarios.sourceCodes(regionId), unreadable);
    int version;
    try {
      version = Integer.parseInt(form.version.strip());
    } catch (NumberFormatException e) {
      version = -1;
    }
    List<FieldProblem> problems = List.of();
    try {
      // what the form could not read, the scenario refuses as well: nothing is saved then
      Scenario saved = scenarios.update(regionId, masterplanId, id, parsed.command(), version);
      redirect.addFlashAttribute("flash", words.get("roadmap.pages.scenario.saved", saved.name()));
      return "redirect:" + scenarioUrl(masterplanId, id);
    } catch (InvalidInputException e) {
      problems = e.problems();
    } catch (ConcurrentEditException e) {
      // keep what this person typed; saving again overwrites the other person's change
      Scenario theirs = scenarios.get(regionId, masterplanId, id);
      form.version = Integer.toString(theirs.version());
      fillForm(model, masterplan, theirs, form, errors(unreadable, List.of(), parsed));
      model.addAttribute("conflict", true);
      return FORM;
    }
    fillForm(model, masterplan, before, form, errors(unreadable, problems, parsed));
    return FORM;
  }

  // ---- delete ----

  @GetMapping(BASE + "/scenarios/{id}/delete")
  @PreAuthorize(TEAM)
  String confirmDelete(@PathVariable long masterplanId, @PathVariable long id, Model model) {
    long regionId = region.id();
    model.addAttribute("masterplan", masterplans.get(regionId, masterplanId));
    model.addAttribute("scenario", scenarios.get(regionId, masterplanId, id));
    return DELETE;
  }

  @PostMapping(BASE + "/scenarios/{id}/delete")
  @PreAuthorize(TEAM)
  String delete(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @RequestParam(required = false) String confirmAdopted,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Scenario scenario = scenarios.get(regionId, masterplanId, id);
    try {
      scenarios.delete(
          regionId, masterplanId, id, "true".equals(confirmAdopted) || "on".equals(confirmAdopted));
    } catch (InvalidInputException e) {
      model.addAttribute("masterplan", masterplans.get(regionId, masterplanId));
      model.addAttribute("scenario", scenario);
      model.addAttribute("problem", String.join(" ", words.all(e.problems())));
      return DELETE;
    }
    redirect.addFlashAttribute(
        "flash", words.get("roadmap.pages.scenario.deleted", scenario.name()));
    return "redirect:/masterplans/" + masterplanId + "/roadmap";
  }

  // ---- copy ----

  @GetMapping(BASE + "/scenarios/{id}/copy")
  @PreAuthorize(TEAM)
  String copyForm(@PathVariable long masterplanId, @PathVariable long id, Model model) {
    long regionId = region.id();
    Scenario scenario = scenarios.get(regionId, masterplanId, id);
    fillCopy(
        model,
        masterplans.get(regionId, masterplanId),
        scenario,
        words.get("roadmap.pages.copy.defaultName", scenario.name()),
        "80",
        Map.of());
    return COPY;
  }

  @PostMapping(BASE + "/scenarios/{id}/copy")
  @PreAuthorize(TEAM)
  String copy(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String ceilingPercent,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Scenario scenario = scenarios.get(regionId, masterplanId, id);
    List<FieldProblem> problems = new ArrayList<>();
    BigDecimal factor = null;
    if (ceilingPercent != null && !ceilingPercent.isBlank()) {
      BigDecimal percent = ScenarioForm.decimal(ceilingPercent);
      if (percent == null) {
        problems.add(FieldProblem.of("ceilingPercent", "roadmap.pages.form.number"));
      } else {
        factor = percent.movePointLeft(2);
      }
    }
    try {
      // an unreadable percentage goes as none, which the copy refuses on the same field
      Scenario copy = scenarios.copy(regionId, masterplanId, id, name, factor);
      redirect.addFlashAttribute(
          "flash", words.get("roadmap.pages.copy.done", scenario.name(), copy.name()));
      return "redirect:" + scenarioUrl(masterplanId, copy.id());
    } catch (InvalidInputException e) {
      for (FieldProblem p : e.problems()) {
        if (problems.isEmpty() || !"ceilingFactor".equals(p.field())) {
          problems.add(p);
        }
      }
    }
    fillCopy(
        model,
        masterplans.get(regionId, masterplanId),
        scenario,
        name == null ? "" : name,
        ceilingPercent == null ? "" : ceilingPercent,
        words.errors(problems, f -> "ceilingFactor".equals(f) ? "ceilingPercent" : f));
    return COPY;
  }

  private void fillCopy(
      Model model,
      Masterplan masterplan,
      Scenario scenario,
      String name,
      String percent,
      Map<String, String> errors) {
    model.addAttribute("masterplan", masterplan);
    model.addAttribute("scenario", scenario);
    model.addAttribute("name", name);
    model.addAttribute("ceilingPercent", percent);
    model.addAttribute("errors", errors);
  }

  // ---- the form's model ----

  /**
   * The problems per form field: what the form could not read, then the scenario's own problems of
   * the other fields.
   */
  private Map<String, String> errors(
      List<FieldProblem> unreadable, List<FieldProblem> problems, ScenarioForm.Parsed parsed) {
    java.util.Set<String> fields = new java.util.HashSet<>();
    unreadable.forEach(p -> fields.add(p.field()));
    List<FieldProblem> all = new ArrayList<>(unreadable);
    for (FieldProblem p : problems) {
      if (!fields.contains(parsed.field(p.field()))) {
        all.add(p);
      }
    }
    return words.errors(all, parsed::field);
  }

  static List<Integer> years(Masterplan masterplan) {
    return IntStream.rangeClosed(masterplan.startYear(), masterplan.endYear()).boxed().toList();
  }

  private void fillForm(
      Model model,
      Masterplan masterplan,
      Scenario scenario,
      ScenarioForm form,
      Map<String, String> errors) {
    long regionId = region.id();
    java.util.Locale locale = LocaleContextHolder.getLocale();
    List<String> codes = scenarios.sourceCodes(regionId);
    Map<String, String> sourceNames = new LinkedHashMap<>();
    for (FundingSourceEntry s : sources.list(regionId)) {
      sourceNames.put(s.code(), s.name(locale));
    }
    model.addAttribute("masterplan", masterplan);
    model.addAttribute("scenario", scenario);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("years", years(masterplan));
    model.addAttribute("sources", codes);
    model.addAttribute("sourceNames", sourceNames);
    model.addAttribute("programmes", catalog.all(regionId, masterplan.id()));
    model.addAttribute("dimensions", Dimension.values());
    model.addAttribute(
        "action",
        scenario == null
            ? "/masterplans/" + masterplan.id() + "/roadmap/new"
            : scenarioUrl(masterplan.id(), scenario.id()) + "/edit");
    // problems that belong to no field of the form
    List<String> general = new ArrayList<>();
    errors.forEach(
        (field, text) -> {
          if (!field.contains(":")
              && !List.of(
                      "name",
                      "description",
                      "ceilings",
                      "programmes",
                      "shares",
                      "lockedThrough",
                      "timeLimitSeconds",
                      "gapLimit")
                  .contains(field)) {
            general.add(text);
          }
        });
    model.addAttribute("general", general);
  }
}
