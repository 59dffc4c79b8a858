package id.rancang.strategy.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Messages;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Pillar;
import id.rancang.strategy.ReadinessAnalysis;
import id.rancang.strategy.ReadinessGap;
import id.rancang.strategy.SwotItem;
import id.rancang.strategy.SwotItemCommand;
import id.rancang.strategy.SwotKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the readiness analysis: the 6 x 3 matrix, and one page per dimension and pillar. */
@Controller
@RequestMapping("/masterplans/{masterplanId}/readiness")
@PreAuthorize("hasRole('MEMBER')")
class ReadinessController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final ReadinessAnalysis readiness;
  private final MasterplanManagement masterplans;
  private final CurrentRegion region;
  private final Messages messages;

  ReadinessController(
      ReadinessAnalysis readiness,
      MasterplanManagement masterplans,
      CurrentRegion region,
      Messages messages) {
    this.readiness = readiness;
    this.masterplans = masterplans;
    this.region = region;
    this.messages = messages;
  }

  /** The gap form as the user typed it. */
  record GapForm(String currentState, String desiredState, Integer version) {}

  @GetMapping
  String matrix(@PathVariable long masterplanId, Model model) {
    model.addAttribute("masterplan", masterplans.get(region.id(), masterplanId));
    model.addAttribute("matrix", readiness.matrix(region.id(), masterplanId));
    model.addAttribute("pillars", Pillar.values());
    model.addAttribute("kinds", SwotKind.values());
    return "strategy/readiness";
  }

  @GetMapping("/{dimension}/{pillar}")
  String cell(
      @PathVariable long masterplanId,
      @PathVariable Dimension dimension,
      @PathVariable Pillar pillar,
      Model model) {
    Optional<ReadinessGap> gap = readiness.gap(region.id(), masterplanId, dimension, pillar);
    GapForm form =
        gap.map(g -> new GapForm(g.currentState(), g.desiredState(), g.version()))
            .orElse(new GapForm("", "", null));
    return cellPage(masterplanId, dimension, pillar, form, null, model);
  }

  @PostMapping("/{dimension}/{pillar}/items")
  @PreAuthorize(EDITORS)
  String addItem(
      @PathVariable long masterplanId,
      @PathVariable Dimension dimension,
      @PathVariable Pillar pillar,
      @RequestParam SwotKind kind,
      @RequestParam(defaultValue = "") String statement,
      RedirectAttributes redirect) {
    try {
      readiness.addItem(
          region.id(), masterplanId, new SwotItemCommand(dimension, pillar, kind, statement));
      redirect.addFlashAttribute("flash", messages.get("strategy.readiness.itemAdded"));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
    }
    return cellRedirect(masterplanId, dimension, pillar);
  }

  @PostMapping("/items/{itemId}")
  @PreAuthorize(EDITORS)
  String updateItem(
      @PathVariable long masterplanId,
      @PathVariable long itemId,
      @RequestParam SwotKind kind,
      @RequestParam(defaultValue = "") String statement,
      @RequestParam int version,
      RedirectAttributes redirect) {
    SwotItem item = readiness.item(region.id(), masterplanId, itemId);
    try {
      readiness.updateItem(
          region.id(),
          masterplanId,
          itemId,
          new SwotItemCommand(item.dimension(), item.pillar(), kind, statement),
          version);
      redirect.addFlashAttribute("flash", messages.get("strategy.readiness.itemSaved"));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
    } catch (ConcurrentEditException e) {
      redirect.addFlashAttribute("flashError", messages.get("shared.error.conflict"));
    }
    return cellRedirect(masterplanId, item.dimension(), item.pillar());
  }

  @PostMapping("/items/{itemId}/delete")
  @PreAuthorize(EDITORS)
  String deleteItem(
      @PathVariable long masterplanId, @PathVariable long itemId, RedirectAttributes redirect) {
    SwotItem item = readiness.item(region.id(), masterplanId, itemId);
    readiness.deleteItem(region.id(), masterplanId, itemId);
    redirect.addFlashAttribute("flash", messages.get("strategy.readiness.itemDeleted"));
    return cellRedirect(masterplanId, item.dimension(), item.pillar());
  }

  @PostMapping("/{dimension}/{pillar}/gap")
  @PreAuthorize(EDITORS)
  String setGap(
      @PathVariable long masterplanId,
      @PathVariable Dimension dimension,
      @PathVariable Pillar pillar,
      @RequestParam(defaultValue = "") String currentState,
      @RequestParam(defaultValue = "") String desiredState,
      @RequestParam(required = false) Integer version,
      Model model,
      RedirectAttributes redirect) {
    GapForm form = new GapForm(currentState, desiredState, version);
    try {
      readiness.setGap(
          region.id(), masterplanId, dimension, pillar, currentState, desiredState, version);
      redirect.addFlashAttribute("flash", messages.get("strategy.readiness.gapSaved"));
      return cellRedirect(masterplanId, dimension, pillar);
    } catch (InvalidInputException e) {
      model.addAttribute("flashError", Forms.firstMessage(e, messages));
      return cellPage(masterplanId, dimension, pillar, form, null, model);
    } catch (ConcurrentEditException e) {
      // keep what this person typed and show what the other person saved
      ReadinessGap theirs =
          readiness.gap(region.id(), masterplanId, dimension, pillar).orElse(null);
      model.addAttribute("flashError", messages.get("shared.error.conflict"));
      GapForm kept =
          new GapForm(currentState, desiredState, theirs == null ? null : theirs.version());
      return cellPage(masterplanId, dimension, pillar, kept, theirs, model);
    }
  }

  private String cellPage(
      long masterplanId,
      Dimension dimension,
      Pillar pillar,
      GapForm form,
      ReadinessGap conflicting,
      Model model) {
    Masterplan masterplan = masterplans.get(region.id(), masterplanId);
    List<SwotItem> items = readiness.items(region.id(), masterplanId, dimension, pillar);
    Map<SwotKind, List<SwotItem>> byKind = new EnumMap<>(SwotKind.class);
    for (SwotKind kind : SwotKind.values()) {
      byKind.put(kind, items.stream().filter(i -> i.kind() == kind).toList());
    }
    model.addAttribute("masterplan", masterplan);
    model.addAttribute("dimension", dimension);
    model.addAttribute("pillar", pillar);
    model.addAttribute("byKind", byKind);
    model.addAttribute("kinds", SwotKind.values());
    model.addAttribute("gapForm", form);
    model.addAttribute("conflicting", conflicting);
    model.addAttribute("canEdit", Access.hasAnyRole("REGION_ADMIN", "EDITOR"));
    model.addAttribute("canAudit", Access.hasAnyRole("REGION_ADMIN", "EDITOR", "REVIEWER"));
    return "strategy/readiness-cell";
  }

  private static String cellRedirect(long masterplanId, Dimension dimension, Pillar pillar) {
    return "redirect:/masterplans/" + masterplanId + "/readiness/" + dimension + "/" + pillar;
  }
}
