package id.rancang.strategy.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.Opd;
import id.rancang.region.OpdDirectory;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.IndicatorCommand;
import id.rancang.strategy.IndicatorLevel;
import id.rancang.strategy.IndicatorLibrary;
import id.rancang.strategy.IndicatorRegister;
import id.rancang.strategy.IndicatorSaved;
import id.rancang.strategy.LibraryIndicator;
import id.rancang.strategy.Polarity;
import id.rancang.strategy.ProfileStatistics;
import id.rancang.strategy.StrategyItem;
import id.rancang.strategy.StrategyItemKind;
import id.rancang.strategy.StrategyTree;
import id.rancang.strategy.rules.TargetFinding;
import id.rancang.strategy.rules.YearValue;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Pages of a masterplan's indicators: the searchable list, and one page per indicator with every
 * field of its sheet and its yearly targets entered as one row of years, with a suggested
 * trajectory the user can accept or override.
 */
@Controller
@RequestMapping("/masterplans/{masterplanId}/indicators")
@PreAuthorize("hasRole('MEMBER')")
class IndicatorController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";
  private static final String EDITORS_AND_OPD =
      "hasAnyRole('REGION_ADMIN', 'EDITOR', 'OPD_CONTRIBUTOR')";

  private final IndicatorRegister indicators;
  private final IndicatorLibrary library;
  private final StrategyTree tree;
  private final MasterplanManagement masterplans;
  private final OpdDirectory opds;
  private final CurrentRegion region;
  private final Messages messages;

  IndicatorController(
      IndicatorRegister indicators,
      IndicatorLibrary library,
      StrategyTree tree,
      MasterplanManagement masterplans,
      OpdDirectory opds,
      CurrentRegion region,
      Messages messages) {
    this.indicators = indicators;
    this.library = library;
    this.tree = tree;
    this.masterplans = masterplans;
    this.opds = opds;
    this.region = region;
    this.messages = messages;
  }

  /** The indicator form as typed: numbers stay text until they are checked. */
  record IndicatorForm(
      Long id,
      Long itemId,
      String code,
      String name,
      String unit,
      String definition,
      String formula,
      String dataSource,
      Long opdId,
      String dataProvider,
      IndicatorLevel level,
      boolean keyIndicator,
      Polarity polarity,
      String baselineYear,
      String baselineValue,
      Map<Integer, String> targets,
      String endTarget,
      String notes,
      String libraryCode,
      Integer version) {

    static IndicatorForm of(Indicator i, Masterplan masterplan) {
      Map<Integer, String> targets = new LinkedHashMap<>();
      for (int year = masterplan.startYear(); year <= masterplan.endYear(); year++) {
        targets.put(year, i.target(year).map(BigDecimal::toPlainString).orElse(""));
      }
      return new IndicatorForm(
          i.id(),
          i.itemId(),
          i.code(),
          i.name(),
          i.unit(),
          i.definition(),
          i.formula(),
          i.dataSource(),
          i.opdId(),
          i.dataProvider(),
          i.level(),
          i.keyIndicator(),
          i.polarity(),
          i.baseline() == null ? "" : Integer.toString(i.baseline().year()),
          i.baseline() == null ? "" : i.baseline().value().toPlainString(),
          targets,
          i.endTarget() == null ? "" : i.endTarget().toPlainString(),
          i.notes(),
          i.libraryCode(),
          i.version());
    }

    static IndicatorForm empty(Long itemId, Masterplan masterplan) {
      Map<Integer, String> targets = new LinkedHashMap<>();
      for (int year = masterplan.startYear(); year <= masterplan.endYear(); year++) {
        targets.put(year, "");
      }
      return new IndicatorForm(
          null,
          itemId,
          "",
          "",
          "",
          "",
          "",
          "",
          null,
          "",
          IndicatorLevel.OUTCOME,
          false,
          Polarity.POSITIVE,
          Integer.toString(masterplan.startYear() - 1),
          "",
          targets,
          "",
          "",
          null,
          null);
    }

    /** The form from the posted parameters; target inputs are named {@code target_<year>}. */
    static IndicatorForm from(Long id, MultiValueMap<String, String> p, Masterplan masterplan) {
      Map<Integer, String> targets = new LinkedHashMap<>();
      for (int year = masterplan.startYear(); year <= masterplan.endYear(); year++) {
        targets.put(year, text(p, "target_" + year));
      }
      return new IndicatorForm(
          id,
          number(p, "itemId"),
          text(p, "code"),
          text(p, "name"),
          text(p, "unit"),
          text(p, "definition"),
          text(p, "formula"),
          text(p, "dataSource"),
          number(p, "opdId"),
          text(p, "dataProvider"),
          enumOf(IndicatorLevel.class, text(p, "level")),
          "true".equals(p.getFirst("keyIndicator")) || "on".equals(p.getFirst("keyIndicator")),
          enumOf(Polarity.class, text(p, "polarity")),
          text(p, "baselineYear"),
          text(p, "baselineValue"),
          targets,
          text(p, "endTarget"),
          text(p, "notes"),
          text(p, "libraryCode"),
          p.containsKey("version") ? Integer.valueOf(text(p, "version")) : null);
    }

    IndicatorForm withTargets(Map<Integer, String> newTargets) {
      return new IndicatorForm(
          id,
          itemId,
          code,
          name,
          unit,
          definition,
          formula,
          dataSource,
          opdId,
          dataProvider,
          level,
          keyIndicator,
          polarity,
          baselineYear,
          baselineValue,
          newTargets,
          endTarget,
          notes,
          libraryCode,
          version);
    }

    /** The command, or every field whose number cannot be read. */
    IndicatorCommand command() {
      List<FieldProblem> problems = new ArrayList<>();
      YearValue baseline = null;
      if (!baselineYear.isBlank() || !baselineValue.isBlank()) {
        Integer year = year(baselineYear, "baselineYear", problems);
        BigDecimal value = value(baselineValue, "baselineValue", problems);
        if (year != null && value != null) {
          baseline = new YearValue(year, value);
        }
      }
      List<YearValue> values = new ArrayList<>();
      for (Map.Entry<Integer, String> t : targets.entrySet()) {
        if (!t.getValue().isBlank()) {
          BigDecimal value = value(t.getValue(), "targets." + t.getKey(), problems);
          if (value != null) {
            values.add(new YearValue(t.getKey(), value));
          }
        }
      }
      BigDecimal end = endTarget.isBlank() ? null : value(endTarget, "endTarget", problems);
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      return new IndicatorCommand(
          itemId,
          code,
          name,
          unit,
          definition,
          formula,
          dataSource,
          opdId,
          dataProvider,
          level,
          keyIndicator,
          polarity,
          baseline,
          values,
          end,
          notes,
          libraryCode);
    }

    private static Integer year(String text, String field, List<FieldProblem> problems) {
      try {
        return Integer.valueOf(text.strip());
      } catch (NumberFormatException e) {
        problems.add(FieldProblem.of(field, "strategy.indicator.yearOutOfRange"));
        return null;
      }
    }

    private static BigDecimal value(String text, String field, List<FieldProblem> problems) {
      try {
        return ProfileStatistics.parseValue(text);
      } catch (RuntimeException e) {
        problems.add(FieldProblem.of(field, "strategy.indicator.notANumber", text.strip()));
        return null;
      }
    }

    private static String text(MultiValueMap<String, String> p, String name) {
      String value = p.getFirst(name);
      return value == null ? "" : value;
    }

    static Long number(MultiValueMap<String, String> p, String name) {
      String value = text(p, name).strip();
      try {
        return value.isEmpty() ? null : Long.valueOf(value);
      } catch (NumberFormatException e) {
        return null;
      }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
      try {
        return value.isBlank() ? null : Enum.valueOf(type, value);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }

  @GetMapping
  String list(
      @PathVariable long masterplanId,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) Long opdId,
      @RequestParam(required = false) Integer page,
      HttpServletRequest request,
      Model model) {
    long regionId = region.id();
    Page<Indicator> results =
        indicators.search(regionId, masterplanId, q, opdId, null, PageRequest.of(page, null));
    model.addAttribute("masterplan", masterplans.get(regionId, masterplanId));
    model.addAttribute("indicators", results);
    model.addAttribute("q", q);
    model.addAttribute("opdId", opdId);
    model.addAttribute("opds", opdNames(regionId));
    model.addAttribute("items", itemLabels(regionId, masterplanId));
    model.addAttribute(
        "baseUrl",
        "/masterplans/"
            + masterplanId
            + "/indicators?q="
            + q
            + (opdId == null ? "" : "&opdId=" + opdId));
    model.addAttribute("canEdit", Access.hasAnyRole("REGION_ADMIN", "EDITOR"));
    return Htmx.view(request, "strategy/indicators", "results");
  }

  @GetMapping("/new")
  @PreAuthorize(EDITORS)
  String newIndicator(
      @PathVariable long masterplanId, @RequestParam(required = false) Long item, Model model) {
    Masterplan masterplan = masterplans.get(region.id(), masterplanId);
    return form(masterplan, IndicatorForm.empty(item, masterplan), null, List.of(), model);
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  String create(
      @PathVariable long masterplanId,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      RedirectAttributes redirect) {
    Masterplan masterplan = masterplans.get(region.id(), masterplanId);
    IndicatorForm form = IndicatorForm.from(null, params, masterplan);
    try {
      IndicatorSaved saved = indicators.create(region.id(), masterplanId, form.command());
      return saved(masterplanId, saved, "strategy.indicator.created", redirect);
    } catch (InvalidInputException e) {
      return form(masterplan, form, null, e.problems(), model);
    }
  }

  /** Uses a standard library entry for a goal or target and opens the new indicator. */
  @PostMapping("/from-library")
  @PreAuthorize(EDITORS)
  String fromLibrary(
      @PathVariable long masterplanId,
      @RequestParam(defaultValue = "") String libraryCode,
      @RequestParam(required = false) Long itemId,
      RedirectAttributes redirect) {
    masterplans.get(region.id(), masterplanId);
    LibraryIndicator entry = library.find(libraryCode).orElse(null);
    try {
      if (entry == null) {
        throw InvalidInputException.of(
            "libraryCode", "strategy.indicator.libraryNotFound", libraryCode);
      }
      IndicatorSaved saved =
          indicators.createFromLibrary(region.id(), masterplanId, entry, itemId, null);
      redirect.addFlashAttribute(
          "flash", messages.get("strategy.indicator.fromLibraryCreated", entry.code()));
      return "redirect:/masterplans/" + masterplanId + "/indicators/" + saved.indicator().id();
    } catch (InvalidInputException e) {
      List<String> texts = new ArrayList<>();
      for (FieldProblem p : e.problems()) {
        texts.add(messages.get(p.messageKey(), p.args()));
      }
      redirect.addFlashAttribute("flashError", String.join(" ", texts));
      return "redirect:"
          + UriComponentsBuilder.fromPath("/indicator-library")
              .queryParam("masterplan", masterplanId)
              .queryParam("item", itemId)
              .queryParam("q", libraryCode)
              .encode()
              .build()
              .toUriString();
    }
  }

  @GetMapping("/{id}")
  String show(@PathVariable long masterplanId, @PathVariable long id, Model model) {
    Masterplan masterplan = masterplans.get(region.id(), masterplanId);
    Indicator indicator = indicators.get(region.id(), masterplanId, id);
    return form(masterplan, IndicatorForm.of(indicator, masterplan), null, List.of(), model);
  }

  @PostMapping("/{id}")
  @PreAuthorize(EDITORS_AND_OPD)
  String update(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @RequestParam MultiValueMap<String, String> params,
      Model model,
      RedirectAttributes redirect) {
    Masterplan masterplan = masterplans.get(region.id(), masterplanId);
    Indicator current = indicators.get(region.id(), masterplanId, id);
    IndicatorForm form = IndicatorForm.from(id, params, masterplan);
    if (!mayEdit(current)) {
      throw new AccessDeniedException("indicator of another OPD");
    }
    if (!isEditor() && !Objects.equals(form.opdId(), current.opdId())) {
      throw new AccessDeniedException("an OPD contributor cannot hand an indicator over");
    }
    if (form.version() == null) {
      return form(masterplan, form, null, List.of(), model);
    }
    try {
      IndicatorSaved saved =
          indicators.update(region.id(), masterplanId, id, form.command(), form.version());
      return saved(masterplanId, saved, "strategy.indicator.saved", redirect);
    } catch (InvalidInputException e) {
      return form(masterplan, form, null, e.problems(), model);
    } catch (ConcurrentEditException e) {
      Indicator theirs = indicators.get(region.id(), masterplanId, id);
      IndicatorForm kept =
          new IndicatorForm(
              form.id(),
              form.itemId(),
              form.code(),
              form.name(),
              form.unit(),
              form.definition(),
              form.formula(),
              form.dataSource(),
              form.opdId(),
              form.dataProvider(),
              form.level(),
              form.keyIndicator(),
              form.polarity(),
              form.baselineYear(),
              form.baselineValue(),
              form.targets(),
              form.endTarget(),
              form.notes(),
              form.libraryCode(),
              theirs.version());
      model.addAttribute("flashError", messages.get("shared.error.conflict"));
      return form(masterplan, kept, IndicatorForm.of(theirs, masterplan), List.of(), model);
    }
  }

  @PostMapping("/{id}/delete")
  @PreAuthorize(EDITORS)
  String delete(
      @PathVariable long masterplanId, @PathVariable long id, RedirectAttributes redirect) {
    Indicator indicator = indicators.get(region.id(), masterplanId, id);
    indicators.delete(region.id(), masterplanId, id);
    redirect.addFlashAttribute(
        "flash", messages.get("strategy.indicator.deleted", indicator.code()));
    return "redirect:/masterplans/" + masterplanId + "/strategy";
  }

  /**
   * The year row filled with the straight line from the baseline to the end target (htmx swaps only
   * the row; nothing is saved until the user saves the form).
   */
  @PostMapping("/trajectory")
  String trajectory(
      @PathVariable long masterplanId,
      @RequestParam MultiValueMap<String, String> params,
      HttpServletRequest request,
      Model model) {
    Masterplan masterplan = masterplans.get(region.id(), masterplanId);
    Long id = params.containsKey("id") ? IndicatorForm.number(params, "id") : null;
    IndicatorForm form = IndicatorForm.from(id, params, masterplan);
    List<String> problems = new ArrayList<>();
    Map<Integer, String> targets = form.targets();
    try {
      IndicatorCommand typed = form.command();
      List<YearValue> line =
          indicators.suggestTrajectory(
              region.id(), masterplanId, typed.baseline(), typed.endTarget());
      targets = new LinkedHashMap<>();
      for (YearValue v : line) {
        targets.put(v.year(), v.value().toPlainString());
      }
    } catch (InvalidInputException e) {
      for (FieldProblem p : e.problems()) {
        problems.add(messages.get(p.messageKey(), p.args()));
      }
    }
    if (!Htmx.isHtmx(request)) {
      // without JavaScript: the whole form again, with the suggested row filled in
      IndicatorForm suggested = form.withTargets(targets);
      form(masterplan, suggested, null, List.of(), model);
      model.addAttribute("trajectoryErrors", problems);
      model.addAttribute("suggested", problems.isEmpty());
      return "strategy/indicator";
    }
    model.addAttribute("masterplan", masterplan);
    model.addAttribute("targets", targets);
    model.addAttribute("errors", Map.of());
    model.addAttribute("trajectoryErrors", problems);
    model.addAttribute("suggested", problems.isEmpty());
    return "strategy/indicator :: years";
  }

  private String saved(
      long masterplanId, IndicatorSaved saved, String key, RedirectAttributes redirect) {
    redirect.addFlashAttribute("flash", messages.get(key, saved.indicator().code()));
    List<String> warnings = new ArrayList<>();
    for (TargetFinding w : saved.warnings()) {
      warnings.add(messages.get(w.messageKey(), w.args()));
    }
    redirect.addFlashAttribute("warnings", warnings);
    return "redirect:/masterplans/" + masterplanId + "/indicators/" + saved.indicator().id();
  }

  private String form(
      Masterplan masterplan,
      IndicatorForm form,
      IndicatorForm theirs,
      List<FieldProblem> problems,
      Model model) {
    long regionId = region.id();
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldProblem p : problems) {
      errors.merge(p.field(), messages.get(p.messageKey(), p.args()), (a, b) -> a + " " + b);
    }
    boolean mayEdit;
    if (form.id() == null) {
      mayEdit = isEditor();
    } else {
      mayEdit = mayEdit(indicators.get(regionId, masterplan.id(), form.id()));
    }
    model.addAttribute("masterplan", masterplan);
    model.addAttribute("form", form);
    model.addAttribute("theirs", theirs);
    model.addAttribute("errors", errors);
    model.addAttribute("targets", form.targets());
    model.addAttribute("mayEdit", mayEdit);
    model.addAttribute("isEditor", isEditor());
    model.addAttribute("suggested", false);
    model.addAttribute("items", itemOptions(regionId, masterplan.id()));
    model.addAttribute("opds", opds.all(regionId));
    model.addAttribute("opdNames", opdNames(regionId));
    model.addAttribute("levels", IndicatorLevel.values());
    model.addAttribute("polarities", Polarity.values());
    model.addAttribute("canAudit", Access.hasAnyRole("REGION_ADMIN", "EDITOR", "REVIEWER"));
    return "strategy/indicator";
  }

  private boolean mayEdit(Indicator indicator) {
    return isEditor()
        || (Access.hasAnyRole("OPD_CONTRIBUTOR")
            && indicator.opdId() != null
            && Access.ownsOpd(indicator.opdId()));
  }

  private static boolean isEditor() {
    return Access.hasAnyRole("REGION_ADMIN", "EDITOR");
  }

  /** Goals and targets an indicator can measure, labelled with their kind and code. */
  private List<Map.Entry<Long, String>> itemOptions(long regionId, long masterplanId) {
    List<Map.Entry<Long, String>> options = new ArrayList<>();
    for (StrategyItem item : tree.items(regionId, masterplanId)) {
      if (item.kind() != StrategyItemKind.MISSION) {
        options.add(Map.entry(item.id(), label(item)));
      }
    }
    return options;
  }

  private Map<Long, String> itemLabels(long regionId, long masterplanId) {
    Map<Long, String> labels = new LinkedHashMap<>();
    for (StrategyItem item : tree.items(regionId, masterplanId)) {
      labels.put(item.id(), label(item));
    }
    return labels;
  }

  private String label(StrategyItem item) {
    return messages.get("strategy.kind." + item.kind())
        + (item.code() == null ? "" : " " + item.code())
        + ": "
        + item.statement();
  }

  private Map<Long, String> opdNames(long regionId) {
    Map<Long, String> names = new LinkedHashMap<>();
    for (Opd opd : opds.all(regionId)) {
      names.put(opd.id(), opd.abbreviation());
    }
    return names;
  }
}
