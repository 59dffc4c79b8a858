package id.rancang.document.web;

import id.rancang.document.MasterplanVersion;
import id.rancang.document.MasterplanVersions;
import id.rancang.document.diff.Differences;
import id.rancang.region.CurrentRegion;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Frozen versions on pages: the list (also a section of the documents page), freezing, and the
 * comparison of two versions or of a version with the live masterplan.
 */
@Controller
@RequestMapping("/masterplans/{masterplanId}/versions")
@PreAuthorize("hasRole('MEMBER')")
class VersionController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";
  static final String LIVE = "live";

  private final MasterplanVersions versions;
  private final MasterplanManagement masterplans;
  private final CurrentRegion region;
  private final Messages messages;
  private final DiffView diffView;

  VersionController(
      MasterplanVersions versions,
      MasterplanManagement masterplans,
      CurrentRegion region,
      Messages messages,
      DiffView diffView) {
    this.versions = versions;
    this.masterplans = masterplans;
    this.region = region;
    this.messages = messages;
    this.diffView = diffView;
  }

  /** The versions page; an htmx request (the pager) gets only the list. */
  @GetMapping
  String list(
      @PathVariable long masterplanId,
      @RequestParam(required = false) Integer page,
      HttpServletRequest request,
      Model model) {
    model.addAttribute("masterplan", masterplans.get(region.id(), masterplanId));
    model.addAttribute("versions", section(masterplanId, page));
    return Htmx.view(request, "document/versions", "versionList");
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  String freeze(
      @PathVariable long masterplanId,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String note,
      Model model,
      RedirectAttributes redirect) {
    try {
      MasterplanVersion version = versions.freeze(region.id(), masterplanId, name, note);
      redirect.addFlashAttribute("flash", messages.get("document.version.frozen", version.name()));
      return "redirect:/masterplans/" + masterplanId + "/documents#versions";
    } catch (InvalidInputException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (FieldProblem p : e.problems()) {
        errors.putIfAbsent(p.field(), messages.get(p.messageKey(), p.args()));
      }
      model.addAttribute("masterplan", masterplans.get(region.id(), masterplanId));
      model.addAttribute("versions", section(masterplanId, 0).withForm(name, note, errors));
      model.addAttribute("flashError", messages.get("document.version.notFrozen"));
      return "document/versions";
    }
  }

  /** What changed between two sides, each a version id or "live"; without sides only the form. */
  @GetMapping("/diff")
  String diff(
      @PathVariable long masterplanId,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Model model) {
    Masterplan masterplan = masterplans.get(region.id(), masterplanId);
    List<MasterplanVersion> all = versions.all(region.id(), masterplanId);
    model.addAttribute("masterplan", masterplan);
    model.addAttribute("all", all);
    String fromSide = from == null || from.isBlank() ? defaultFrom(all) : from.strip();
    String toSide = to == null || to.isBlank() ? LIVE : to.strip();
    model.addAttribute("from", fromSide);
    model.addAttribute("to", toSide);
    if (fromSide == null) {
      return "document/version-diff";
    }
    Long fromId = side(fromSide);
    Long toId = side(toSide);
    Differences differences =
        versions.compare(region.id(), masterplanId, fromId, toId, partnerNames());
    model.addAttribute("fromName", sideName(masterplanId, fromId));
    model.addAttribute("toName", sideName(masterplanId, toId));
    model.addAttribute("compared", true);
    model.addAttribute("empty", differences.isEmpty());
    model.addAttribute("blocks", diffView.blocks(differences));
    return "document/version-diff";
  }

  private VersionsSection section(long masterplanId, Integer page) {
    return VersionsSection.of(versions.list(region.id(), masterplanId, PageRequest.of(page, null)));
  }

  private static String defaultFrom(List<MasterplanVersion> all) {
    return all.isEmpty() ? null : Long.toString(all.get(0).id());
  }

  private String sideName(long masterplanId, Long versionId) {
    return versionId == null
        ? messages.get("document.diff.live")
        : versions.get(region.id(), masterplanId, versionId).name();
  }

  /** A version id, or null for "live"; anything else names no version. */
  private static Long side(String value) {
    if (value.equalsIgnoreCase(LIVE)) {
      return null;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new NotFoundException(MasterplanVersions.RECORD_TYPE, value);
    }
  }

  /** As on the stakeholder pages: participants do not see the partners' names. */
  private static boolean partnerNames() {
    return Access.hasAnyRole("REGION_ADMIN", "EDITOR", "OPD_CONTRIBUTOR", "REVIEWER");
  }
}
