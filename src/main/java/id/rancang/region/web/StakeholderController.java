package id.rancang.region.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.PentahelixRole;
import id.rancang.region.Stakeholder;
import id.rancang.region.StakeholderCommand;
import id.rancang.region.StakeholderKind;
import id.rancang.region.StakeholderRegister;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Map;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages to list and edit the pentahelix stakeholders of the current region, and to export or erase
 * a person's data on request (UU 27/2022). Participants do not see contact data.
 */
@Controller
@RequestMapping("/stakeholders")
@PreAuthorize("hasAnyRole('REGION_ADMIN','EDITOR','OPD_CONTRIBUTOR','REVIEWER')")
class StakeholderController {

  static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final StakeholderRegister stakeholders;
  private final CurrentRegion region;
  private final Messages messages;

  StakeholderController(StakeholderRegister stakeholders, CurrentRegion region, Messages messages) {
    this.stakeholders = stakeholders;
    this.region = region;
    this.messages = messages;
  }

  @ModelAttribute("kinds")
  StakeholderKind[] kinds() {
    return StakeholderKind.values();
  }

  @ModelAttribute("roles")
  PentahelixRole[] roles() {
    return PentahelixRole.values();
  }

  /**
   * Values the form cannot convert (letters in a number field, an unknown option) are reported with
   * {@code region.stakeholder.typeMismatch} instead of a technical conversion message.
   */
  @InitBinder("form")
  void initBinder(WebDataBinder binder) {
    DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
    codes.setPrefix("region.stakeholder.");
    binder.setMessageCodesResolver(codes);
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String role,
      @RequestParam(required = false) Integer page,
      Model model,
      HttpServletRequest request) {
    PentahelixRole roleFilter = parseRole(role);
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("role", roleFilter);
    model.addAttribute("roleName", roleFilter == null ? "" : roleFilter.name());
    model.addAttribute(
        "stakeholders",
        stakeholders.search(region.id(), q, roleFilter, PageRequest.of(page, null)));
    model.addAttribute("counts", stakeholders.countByRole(region.id()));
    model.addAttribute("canEdit", Access.hasAnyRole("REGION_ADMIN", "EDITOR"));
    return Htmx.view(request, "region/stakeholders", "results");
  }

  @GetMapping("/new")
  @PreAuthorize(EDITORS)
  String newForm(Model model) {
    model.addAttribute(
        "form",
        new StakeholderCommand(
            StakeholderKind.ORGANISATION, null, null, null, null, null, null, false, null));
    return "region/stakeholder-form";
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  String create(
      @Valid @ModelAttribute("form") StakeholderCommand form,
      BindingResult result,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return "region/stakeholder-form";
    }
    try {
      Stakeholder created = stakeholders.create(region.id(), form, Access.actor());
      redirect.addFlashAttribute(
          "flash", messages.get("region.stakeholder.created", created.name()));
      return "redirect:/stakeholders";
    } catch (InvalidInputException e) {
      Forms.reject(result, e, messages);
      return "region/stakeholder-form";
    }
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    model.addAttribute("stakeholder", stakeholders.get(region.id(), id));
    model.addAttribute("canEdit", Access.hasAnyRole("REGION_ADMIN", "EDITOR"));
    model.addAttribute("canErase", Access.hasAnyRole("REGION_ADMIN"));
    model.addAttribute("canAudit", Access.hasAnyRole("REGION_ADMIN", "EDITOR", "REVIEWER"));
    return "region/stakeholder";
  }

  @GetMapping("/{id}/edit")
  @PreAuthorize(EDITORS)
  String editForm(@PathVariable long id, Model model) {
    Stakeholder s = stakeholders.get(region.id(), id);
    model.addAttribute(
        "form",
        new StakeholderCommand(
            s.kind(),
            s.name(),
            s.pentahelixRole(),
            s.organisation(),
            s.position(),
            s.email(),
            s.phone(),
            s.hasConsent(),
            s.consentPurpose()));
    model.addAttribute("stakeholder", s);
    model.addAttribute("version", s.version());
    return "region/stakeholder-form";
  }

  @PostMapping("/{id}")
  @PreAuthorize(EDITORS)
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") StakeholderCommand form,
      BindingResult result,
      @RequestParam int version,
      Model model,
      RedirectAttributes redirect) {
    Stakeholder s = stakeholders.get(region.id(), id);
    model.addAttribute("stakeholder", s);
    model.addAttribute("version", version);
    if (result.hasErrors()) {
      return "region/stakeholder-form";
    }
    try {
      Stakeholder saved = stakeholders.update(region.id(), id, form, version, Access.actor());
      redirect.addFlashAttribute("flash", messages.get("region.stakeholder.saved", saved.name()));
      return "redirect:/stakeholders/" + id;
    } catch (InvalidInputException e) {
      Forms.reject(result, e, messages);
      return "region/stakeholder-form";
    } catch (ConcurrentEditException e) {
      Forms.rejectGlobal(result, "shared.error.conflict", messages);
      return "region/stakeholder-form";
    }
  }

  @PostMapping("/{id}/delete")
  @PreAuthorize(EDITORS)
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    Stakeholder s = stakeholders.get(region.id(), id);
    stakeholders.delete(region.id(), id);
    redirect.addFlashAttribute("flash", messages.get("region.stakeholder.deleted", s.name()));
    return "redirect:/stakeholders";
  }

  @GetMapping("/{id}/export")
  @PreAuthorize(EDITORS)
  @ResponseBody
  ResponseEntity<Map<String, Object>> export(@PathVariable long id) {
    Map<String, Object> data = stakeholders.exportPersonalData(region.id(), id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("stakeholder-" + id + ".json")
                .build()
                .toString())
        .body(data);
  }

  @PostMapping("/{id}/erase")
  @PreAuthorize("hasRole('REGION_ADMIN')")
  String erase(@PathVariable long id, RedirectAttributes redirect) {
    Stakeholder s = stakeholders.get(region.id(), id);
    stakeholders.erasePersonalData(region.id(), id);
    redirect.addFlashAttribute("flash", messages.get("region.stakeholder.erased", s.name()));
    return "redirect:/stakeholders";
  }

  /** The role filter of the list; an unknown value shows all roles rather than an error. */
  private static PentahelixRole parseRole(String role) {
    if (role == null || role.isBlank()) {
      return null;
    }
    return Arrays.stream(PentahelixRole.values())
        .filter(r -> r.name().equalsIgnoreCase(role.strip()))
        .findFirst()
        .orElse(null);
  }
}
