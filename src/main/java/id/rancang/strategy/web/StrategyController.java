package id.rancang.strategy.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Ordering;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import id.rancang.strategy.Alignment;
import id.rancang.strategy.AlignmentMatrix;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.IndicatorRegister;
import id.rancang.strategy.PerformanceTree;
import id.rancang.strategy.SmartVision;
import id.rancang.strategy.StrategyItem;
import id.rancang.strategy.StrategyItemCommand;
import id.rancang.strategy.StrategyItemKind;
import id.rancang.strategy.StrategyTree;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Buku 1 strategy pages: the editor of the vision and the mission/goal/target tree (inline
 * editing with htmx, plain forms without JavaScript), the pohon kinerja view with its gaps, and the
 * alignment matrix against the RPJMD.
 */
@Controller
@RequestMapping("/masterplans/{masterplanId}/strategy")
@PreAuthorize("hasRole('MEMBER')")
class StrategyController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final StrategyTree tree;
  private final IndicatorRegister indicators;
  private final PerformanceTree performanceTree;
  private final Alignment alignment;
  private final MasterplanManagement masterplans;
  private final CurrentRegion region;
  private final Messages messages;

  StrategyController(
      StrategyTree tree,
      IndicatorRegister indicators,
      PerformanceTree performanceTree,
      Alignment alignment,
      MasterplanManagement masterplans,
      CurrentRegion region,
      Messages messages) {
    this.tree = tree;
    this.indicators = indicators;
    this.performanceTree = performanceTree;
    this.alignment = alignment;
    this.masterplans = masterplans;
    this.region = region;
    this.messages = messages;
  }

  /** An item form as the user filled it. */
  record ItemForm(
      Long id,
      StrategyItemKind kind,
      Long parentId,
      String code,
      String statement,
      List<Dimension> dimensions,
      List<Element> elements,
      List<Long> rpjmdItemIds,
      Integer version) {
    static ItemForm of(StrategyItem i) {
      return new ItemForm(
          i.id(),
          i.kind(),
          i.parentId(),
          i.code(),
          i.statement(),
          i.dimensions(),
          i.elements(),
          i.rpjmdItemIds(),
          i.version());
    }

    StrategyItemCommand command() {
      return new StrategyItemCommand(
          kind, parentId, code, statement, dimensions, elements, rpjmdItemIds, null);
    }
  }

  // ---- the editor ----

  @GetMapping
  String editor(@PathVariable long masterplanId, HttpServletRequest request, Model model) {
    fillEditor(masterplanId, model);
    return Htmx.view(request, "strategy/strategy", "tree");
  }

  @PostMapping("/vision")
  @PreAuthorize(EDITORS)
  String saveVision(
      @PathVariable long masterplanId,
      @RequestParam(defaultValue = "") String statement,
      @RequestParam(defaultValue = "") String explanation,
      @RequestParam(required = false) Integer version,
      Model model,
      RedirectAttributes redirect) {
    try {
      tree.saveVision(region.id(), masterplanId, statement, explanation, version);
      redirect.addFlashAttribute("flash", messages.get("strategy.vision.saved"));
      return redirect(masterplanId);
    } catch (InvalidInputException e) {
      model.addAttribute("flashError", messages.get("strategy.vision.invalid"));
      model.addAttribute("visionForm", new VisionForm(statement, explanation, version));
    } catch (ConcurrentEditException e) {
      Optional<SmartVision> theirs = tree.vision(region.id(), masterplanId);
      model.addAttribute("flashError", messages.get("shared.error.conflict"));
      model.addAttribute("visionConflict", theirs.orElse(null));
      model.addAttribute(
          "visionForm",
          new VisionForm(statement, explanation, theirs.map(SmartVision::version).orElse(null)));
    }
    fillEditor(masterplanId, model);
    return "strategy/strategy";
  }

  /** The vision form as the user typed it. */
  record VisionForm(String statement, String explanation, Integer version) {}

  @PostMapping("/items")
  @PreAuthorize(EDITORS)
  String addItem(
      @PathVariable long masterplanId,
      @RequestParam StrategyItemKind kind,
      @RequestParam(required = false) Long parentId,
      @RequestParam(defaultValue = "") String code,
      @RequestParam(defaultValue = "") String statement,
      @RequestParam(required = false) List<Dimension> dimensions,
      @RequestParam(required = false) List<Element> elements,
      @RequestParam(required = false) List<Long> rpjmdItemIds,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    ItemForm form =
        new ItemForm(
            null, kind, parentId, code, statement, dimensions, elements, rpjmdItemIds, null);
    String message;
    String error = null;
    try {
      tree.addItem(region.id(), masterplanId, form.command());
      message = messages.get("strategy.tree.added." + kind);
    } catch (InvalidInputException e) {
      message = null;
      error = problems(e);
    }
    return treeAnswer(masterplanId, message, error, request, model, redirect);
  }

  @GetMapping("/items/{itemId}/edit")
  @PreAuthorize(EDITORS)
  String editItem(
      @PathVariable long masterplanId,
      @PathVariable long itemId,
      HttpServletRequest request,
      Model model) {
    StrategyItem item = tree.item(region.id(), masterplanId, itemId);
    fillItemForm(masterplanId, ItemForm.of(item), null, List.of(), model);
    return Htmx.view(request, "strategy/strategy-item", "form");
  }

  @PostMapping("/items/{itemId}")
  @PreAuthorize(EDITORS)
  String updateItem(
      @PathVariable long masterplanId,
      @PathVariable long itemId,
      @RequestParam(required = false) Long parentId,
      @RequestParam(defaultValue = "") String code,
      @RequestParam(defaultValue = "") String statement,
      @RequestParam(required = false) List<Dimension> dimensions,
      @RequestParam(required = false) List<Element> elements,
      @RequestParam(required = false) List<Long> rpjmdItemIds,
      @RequestParam int version,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    StrategyItem current = tree.item(region.id(), masterplanId, itemId);
    ItemForm form =
        new ItemForm(
            itemId,
            current.kind(),
            parentId,
            code,
            statement,
            dimensions,
            elements,
            rpjmdItemIds,
            version);
    try {
      tree.updateItem(region.id(), masterplanId, itemId, form.command(), version);
    } catch (InvalidInputException e) {
      fillItemForm(masterplanId, form, null, e.problems(), model);
      return Htmx.view(request, "strategy/strategy-item", "form");
    } catch (ConcurrentEditException e) {
      // keep what this person typed, show what the other person saved, and let them save again
      StrategyItem theirs = tree.item(region.id(), masterplanId, itemId);
      ItemForm kept =
          new ItemForm(
              itemId,
              current.kind(),
              parentId,
              code,
              statement,
              dimensions,
              elements,
              rpjmdItemIds,
              theirs.version());
      model.addAttribute("flashError", messages.get("shared.error.conflict"));
      fillItemForm(masterplanId, kept, theirs, List.of(), model);
      return Htmx.view(request, "strategy/strategy-item", "form");
    }
    if (Htmx.isHtmx(request)) {
      // the form replaced the item's row; the answer is the whole tree
      response.setHeader("HX-Retarget", "#tree");
      response.setHeader("HX-Reswap", "outerHTML");
    }
    return treeAnswer(
        masterplanId,
        messages.get("strategy.tree.saved." + current.kind()),
        null,
        request,
        model,
        redirect);
  }

  @PostMapping("/items/{itemId}/move")
  @PreAuthorize(EDITORS)
  String move(
      @PathVariable long masterplanId,
      @PathVariable long itemId,
      @RequestParam Ordering.Direction direction,
      @RequestParam int version,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    return moved(
        masterplanId,
        () -> tree.move(region.id(), masterplanId, itemId, direction, version),
        request,
        model,
        redirect);
  }

  @PostMapping("/indicators/{indicatorId}/move")
  @PreAuthorize(EDITORS)
  String moveIndicator(
      @PathVariable long masterplanId,
      @PathVariable long indicatorId,
      @RequestParam Ordering.Direction direction,
      @RequestParam int version,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    return moved(
        masterplanId,
        () -> indicators.move(region.id(), masterplanId, indicatorId, direction, version),
        request,
        model,
        redirect);
  }

  /** Runs a move; a stale one is told as a conflict above the tree. */
  private String moved(
      long masterplanId,
      Runnable move,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    String error = null;
    try {
      move.run();
    } catch (ConcurrentEditException e) {
      error = messages.get("shared.error.conflict");
    }
    return treeAnswer(masterplanId, null, error, request, model, redirect);
  }

  @PostMapping("/items/{itemId}/delete")
  @PreAuthorize(EDITORS)
  String delete(
      @PathVariable long masterplanId,
      @PathVariable long itemId,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    StrategyItem item = tree.item(region.id(), masterplanId, itemId);
    String message = null;
    String error = null;
    try {
      tree.deleteItem(region.id(), masterplanId, itemId);
      message = messages.get("strategy.tree.deleted." + item.kind(), item.statement());
    } catch (InvalidInputException e) {
      error = problems(e);
    }
    return treeAnswer(masterplanId, message, error, request, model, redirect);
  }

  // ---- views ----

  @GetMapping("/tree")
  String performanceTree(@PathVariable long masterplanId, Model model) {
    model.addAttribute("masterplan", masterplans.get(region.id(), masterplanId));
    model.addAttribute("root", performanceTree.of(region.id(), masterplanId));
    return "strategy/performance-tree";
  }

  @GetMapping("/alignment")
  String alignment(@PathVariable long masterplanId, Model model) {
    AlignmentMatrix matrix = alignment.matrix(region.id(), masterplanId);
    model.addAttribute("masterplan", masterplans.get(region.id(), masterplanId));
    model.addAttribute("matrix", matrix);
    return "strategy/alignment";
  }

  // ---- helpers ----

  /** After a change: the tree fragment for htmx, a redirect to the editor otherwise. */
  private String treeAnswer(
      long masterplanId,
      String message,
      String error,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    if (Htmx.isHtmx(request)) {
      model.addAttribute("treeMessage", message);
      model.addAttribute("treeError", error);
      fillEditor(masterplanId, model);
      return "strategy/strategy :: tree";
    }
    if (message != null) {
      redirect.addFlashAttribute("flash", message);
    }
    if (error != null) {
      redirect.addFlashAttribute("flashError", error);
    }
    return redirect(masterplanId);
  }

  private void fillEditor(long masterplanId, Model model) {
    long regionId = region.id();
    model.addAttribute("masterplan", masterplans.get(regionId, masterplanId));
    Optional<SmartVision> vision = tree.vision(regionId, masterplanId);
    model.addAttribute("vision", vision.orElse(null));
    if (!model.containsAttribute("visionForm")) {
      model.addAttribute(
          "visionForm",
          vision
              .map(v -> new VisionForm(v.statement(), v.explanation(), v.version()))
              .orElse(new VisionForm("", "", null)));
    }
    List<StrategyItem> items = tree.items(regionId, masterplanId);
    model.addAttribute(
        "items", items.stream().collect(Collectors.toMap(StrategyItem::id, Function.identity())));
    model.addAttribute("root", performanceTree.of(regionId, masterplanId));
    model.addAttribute(
        "indicatorVersions",
        indicators.list(regionId, masterplanId).stream()
            .collect(Collectors.toMap(Indicator::id, Indicator::version)));
    model.addAttribute("rpjmd", rpjmdLabels(regionId, masterplanId));
    model.addAttribute("dimensions", Dimension.values());
    model.addAttribute("canEdit", Access.hasAnyRole("REGION_ADMIN", "EDITOR"));
  }

  private void fillItemForm(
      long masterplanId,
      ItemForm form,
      StrategyItem conflicting,
      List<FieldProblem> problems,
      Model model) {
    long regionId = region.id();
    model.addAttribute("masterplan", masterplans.get(regionId, masterplanId));
    model.addAttribute("form", form);
    model.addAttribute("conflicting", conflicting);
    Map<String, String> errors = new LinkedHashMap<>();
    for (FieldProblem p : problems) {
      errors.merge(p.field(), messages.get(p.messageKey(), p.args()), (a, b) -> a + " " + b);
    }
    model.addAttribute("errors", errors);
    StrategyItemKind parentKind = form.kind().parentKind();
    model.addAttribute(
        "parents", parentKind == null ? List.of() : tree.items(regionId, masterplanId, parentKind));
    model.addAttribute("dimensions", Dimension.values());
    model.addAttribute("rpjmdColumns", alignment.matrix(regionId, masterplanId).columns());
    model.addAttribute("rpjmd", rpjmdLabels(regionId, masterplanId));
  }

  /** RPJMD item id to "code statement", for showing links. */
  private Map<Long, String> rpjmdLabels(long regionId, long masterplanId) {
    Map<Long, String> labels = new LinkedHashMap<>();
    for (AlignmentMatrix.Column c : alignment.matrix(regionId, masterplanId).columns()) {
      labels.put(c.id(), c.code());
    }
    return labels;
  }

  private String problems(InvalidInputException e) {
    List<String> texts = new ArrayList<>();
    for (FieldProblem p : e.problems()) {
      texts.add(messages.get(p.messageKey(), p.args()));
    }
    return String.join(" ", texts);
  }

  private static String redirect(long masterplanId) {
    return "redirect:/masterplans/" + masterplanId + "/strategy";
  }
}
