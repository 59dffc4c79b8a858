package id.rancang.strategy.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.tabular.ImportRejectedException;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Messages;
import id.rancang.strategy.Rpjmd;
import id.rancang.strategy.RpjmdCommand;
import id.rancang.strategy.RpjmdImportSummary;
import id.rancang.strategy.RpjmdItem;
import id.rancang.strategy.RpjmdItemCommand;
import id.rancang.strategy.RpjmdItemKind;
import id.rancang.strategy.RpjmdPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of a masterplan's RPJMD: period, vision and regulation; the missions, goals and targets as
 * a nested list with add, edit, reorder and delete; and import from a file.
 */
@Controller
@RequestMapping("/masterplans/{masterplanId}/rpjmd")
@PreAuthorize("hasRole('MEMBER')")
class RpjmdController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final RpjmdPlan rpjmd;
  private final MasterplanManagement masterplans;
  private final CurrentRegion region;
  private final Messages messages;

  RpjmdController(
      RpjmdPlan rpjmd, MasterplanManagement masterplans, CurrentRegion region, Messages messages) {
    this.rpjmd = rpjmd;
    this.masterplans = masterplans;
    this.region = region;
    this.messages = messages;
  }

  /** Values the form cannot convert (letters in a year) get {@code strategy.rpjmd.typeMismatch}. */
  @InitBinder("form")
  void initBinder(WebDataBinder binder) {
    DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
    codes.setPrefix("strategy.rpjmd.");
    binder.setMessageCodesResolver(codes);
  }

  // --- the RPJMD and its tree ---------------------------------------------------------------

  @GetMapping
  String show(@PathVariable long masterplanId, Model model) {
    Optional<Rpjmd> current = rpjmd.find(region.id(), masterplanId);
    RpjmdForm form =
        current
            .map(r -> new RpjmdForm(r.startYear(), r.endYear(), r.vision(), r.regulation()))
            .orElse(new RpjmdForm(null, null, null, null));
    model.addAttribute("form", form);
    model.addAttribute("version", current.map(Rpjmd::version).orElse(null));
    return page(masterplanId, current, null, model);
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  String save(
      @PathVariable long masterplanId,
      @ModelAttribute("form") RpjmdForm form,
      BindingResult result,
      @RequestParam(required = false) Integer version,
      Model model,
      RedirectAttributes redirect) {
    Optional<Rpjmd> current = rpjmd.find(region.id(), masterplanId);
    model.addAttribute("version", version);
    model.addAttribute("editing", true);
    if (result.hasErrors()) {
      return page(masterplanId, current, null, model);
    }
    try {
      rpjmd.save(
          region.id(),
          masterplanId,
          new RpjmdCommand(form.startYear(), form.endYear(), form.vision(), form.regulation()),
          version);
      redirect.addFlashAttribute("flash", messages.get("strategy.rpjmd.saved"));
      return "redirect:/masterplans/" + masterplanId + "/rpjmd";
    } catch (InvalidInputException e) {
      Forms.reject(result, e, messages);
      return page(masterplanId, current, null, model);
    } catch (ConcurrentEditException e) {
      // keep what this person typed, show what the other person saved, and let a second save
      // (now knowingly) replace it
      Optional<Rpjmd> theirs = rpjmd.find(region.id(), masterplanId);
      Forms.rejectGlobal(result, "shared.error.conflict", messages);
      model.addAttribute("version", theirs.map(Rpjmd::version).orElse(null));
      return page(masterplanId, theirs, theirs.orElse(null), model);
    }
  }

  private String page(long masterplanId, Optional<Rpjmd> current, Rpjmd conflicting, Model model) {
    masterplan(masterplanId, model);
    model.addAttribute("rpjmd", current.orElse(null));
    model.addAttribute("conflicting", conflicting);
    model.addAttribute("tree", rpjmd.tree(region.id(), masterplanId));
    model.addAttribute("canEdit", canEdit());
    model.addAttribute("canAudit", Access.hasAnyRole("REGION_ADMIN", "EDITOR", "REVIEWER"));
    return "strategy/rpjmd";
  }

  // --- items --------------------------------------------------------------------------------

  @GetMapping("/items/new")
  @PreAuthorize(EDITORS)
  String newItem(
      @PathVariable long masterplanId, @RequestParam(required = false) Long parent, Model model) {
    masterplan(masterplanId, model);
    RpjmdItemKind kind = RpjmdItemKind.MISSION;
    if (parent != null) {
      RpjmdItem parentItem = rpjmd.item(region.id(), masterplanId, parent);
      kind =
          parentItem.kind().childKind() == null ? parentItem.kind() : parentItem.kind().childKind();
    }
    model.addAttribute("form", new RpjmdItemForm(kind, parent, null, null));
    return itemPage(masterplanId, null, null, null, model);
  }

  @PostMapping("/items")
  @PreAuthorize(EDITORS)
  String addItem(
      @PathVariable long masterplanId,
      @ModelAttribute("form") RpjmdItemForm form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    masterplan(masterplanId, model);
    if (result.hasErrors()) {
      return itemPage(masterplanId, null, null, null, model);
    }
    try {
      RpjmdItem created = rpjmd.addItem(region.id(), masterplanId, command(form));
      redirect.addFlashAttribute(
          "flash", messages.get("strategy.rpjmd.item.created", created.code()));
      return treeRedirect(masterplanId, created.id());
    } catch (InvalidInputException e) {
      Forms.reject(result, e, messages);
      return itemPage(masterplanId, null, null, null, model);
    }
  }

  @GetMapping("/items/{itemId}/edit")
  @PreAuthorize(EDITORS)
  String editItem(@PathVariable long masterplanId, @PathVariable long itemId, Model model) {
    masterplan(masterplanId, model);
    RpjmdItem item = rpjmd.item(region.id(), masterplanId, itemId);
    model.addAttribute(
        "form", new RpjmdItemForm(item.kind(), item.parentId(), item.code(), item.statement()));
    return itemPage(masterplanId, item, item.version(), null, model);
  }

  @PostMapping("/items/{itemId}")
  @PreAuthorize(EDITORS)
  String updateItem(
      @PathVariable long masterplanId,
      @PathVariable long itemId,
      @ModelAttribute("form") RpjmdItemForm form,
      BindingResult result,
      @RequestParam int version,
      Model model,
      RedirectAttributes redirect) {
    masterplan(masterplanId, model);
    RpjmdItem item = rpjmd.item(region.id(), masterplanId, itemId);
    if (result.hasErrors()) {
      return itemPage(masterplanId, item, version, null, model);
    }
    try {
      RpjmdItem saved = rpjmd.updateItem(region.id(), masterplanId, itemId, command(form), version);
      redirect.addFlashAttribute("flash", messages.get("strategy.rpjmd.item.saved", saved.code()));
      return treeRedirect(masterplanId, itemId);
    } catch (InvalidInputException e) {
      Forms.reject(result, e, messages);
      return itemPage(masterplanId, item, version, null, model);
    } catch (ConcurrentEditException e) {
      // keep what this person typed and show what the other person saved
      RpjmdItem theirs = rpjmd.item(region.id(), masterplanId, itemId);
      Forms.rejectGlobal(result, "shared.error.conflict", messages);
      return itemPage(masterplanId, theirs, theirs.version(), theirs, model);
    }
  }

  @PostMapping("/items/{itemId}/move")
  @PreAuthorize(EDITORS)
  String move(
      @PathVariable long masterplanId,
      @PathVariable long itemId,
      @RequestParam String direction,
      @RequestParam int version,
      RedirectAttributes redirect) {
    rpjmd.item(region.id(), masterplanId, itemId);
    try {
      rpjmd.move(region.id(), masterplanId, itemId, "up".equals(direction), version);
    } catch (ConcurrentEditException e) {
      redirect.addFlashAttribute("flashError", messages.get("shared.error.conflict"));
    }
    return treeRedirect(masterplanId, itemId);
  }

  @PostMapping("/items/{itemId}/delete")
  @PreAuthorize(EDITORS)
  String deleteItem(
      @PathVariable long masterplanId, @PathVariable long itemId, RedirectAttributes redirect) {
    RpjmdItem item = rpjmd.item(region.id(), masterplanId, itemId);
    try {
      rpjmd.deleteItem(region.id(), masterplanId, itemId);
      redirect.addFlashAttribute("flash", messages.get("strategy.rpjmd.item.deleted", item.code()));
      return "redirect:/masterplans/" + masterplanId + "/rpjmd";
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", allMessages(e));
      return treeRedirect(masterplanId, itemId);
    }
  }

  private String itemPage(
      long masterplanId, RpjmdItem item, Integer version, RpjmdItem conflicting, Model model) {
    List<RpjmdItem> items = rpjmd.items(region.id(), masterplanId);
    Map<Long, RpjmdItem> byId =
        items.stream().collect(Collectors.toMap(RpjmdItem::id, Function.identity()));
    model.addAttribute("item", item);
    model.addAttribute("version", version);
    model.addAttribute("conflicting", conflicting);
    model.addAttribute(
        "conflictingParent",
        conflicting == null || conflicting.parentId() == null
            ? null
            : byId.get(conflicting.parentId()));
    model.addAttribute("kinds", RpjmdItemKind.values());
    model.addAttribute(
        "missions", items.stream().filter(i -> i.kind() == RpjmdItemKind.MISSION).toList());
    model.addAttribute(
        "goals", items.stream().filter(i -> i.kind() == RpjmdItemKind.GOAL).toList());
    model.addAttribute("canAudit", Access.hasAnyRole("REGION_ADMIN", "EDITOR", "REVIEWER"));
    return "strategy/rpjmd-item-form";
  }

  // --- import -------------------------------------------------------------------------------

  @GetMapping("/import")
  @PreAuthorize(EDITORS)
  String importForm(@PathVariable long masterplanId, Model model) {
    masterplan(masterplanId, model);
    return "strategy/rpjmd-import";
  }

  @PostMapping("/import")
  @PreAuthorize(EDITORS)
  String importFile(
      @PathVariable long masterplanId,
      @RequestParam("file") MultipartFile file,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    masterplan(masterplanId, model);
    try {
      RpjmdImportSummary summary =
          rpjmd.importFile(region.id(), masterplanId, file.getOriginalFilename(), file.getBytes());
      redirect.addFlashAttribute(
          "flash",
          messages.get(
              "strategy.rpjmd.imported",
              summary.created(),
              summary.updated(),
              summary.unchanged()));
      return "redirect:/masterplans/" + masterplanId + "/rpjmd";
    } catch (ImportRejectedException e) {
      model.addAttribute("problems", e.problems());
      model.addAttribute("filename", file.getOriginalFilename());
      return "strategy/rpjmd-import";
    }
  }

  @GetMapping("/import/template.csv")
  ResponseEntity<byte[]> template(@PathVariable long masterplanId) {
    masterplans.get(region.id(), masterplanId);
    String csv =
        "jenis,kode,induk,pernyataan\n"
            + "MISI,M1,,Mewujudkan tata kelola pemerintahan yang bersih dan akuntabel\n"
            + "TUJUAN,T1.1,M1,Meningkatkan kualitas pelayanan publik\n"
            + "SASARAN,S1.1.1,T1.1,Meningkatnya kepuasan masyarakat atas layanan publik\n";
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("rpjmd-template.csv").build().toString())
        .body(csv.getBytes(StandardCharsets.UTF_8));
  }

  // --- helpers ------------------------------------------------------------------------------

  private Masterplan masterplan(long masterplanId, Model model) {
    Masterplan masterplan = masterplans.get(region.id(), masterplanId);
    model.addAttribute("masterplan", masterplan);
    return masterplan;
  }

  private static RpjmdItemCommand command(RpjmdItemForm form) {
    return new RpjmdItemCommand(form.kind(), form.parentId(), form.code(), form.statement());
  }

  private String allMessages(InvalidInputException e) {
    return e.problems().stream()
        .map((FieldProblem p) -> messages.get(p.messageKey(), p.args()))
        .collect(Collectors.joining(" "));
  }

  private static boolean canEdit() {
    return Access.hasAnyRole("REGION_ADMIN", "EDITOR");
  }

  private static String treeRedirect(long masterplanId, long itemId) {
    return "redirect:/masterplans/" + masterplanId + "/rpjmd#item-" + itemId;
  }
}
