package id.rancang.workshop.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import id.rancang.workshop.Consultation;
import id.rancang.workshop.Consultations;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public consultations of a masterplan: the list (with the form for a new one), one
 * consultation with its status and the organisers' actions (edit, open, close, delete), and the
 * edit form. Every member reads; region administrators and editors organise.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class ConsultationController {

  private static final String ORGANISERS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final Consultations consultations;
  private final MasterplanManagement masterplans;
  private final CurrentRegion region;
  private final Messages messages;

  ConsultationController(
      Consultations consultations,
      MasterplanManagement masterplans,
      CurrentRegion region,
      Messages messages) {
    this.consultations = consultations;
    this.masterplans = masterplans;
    this.region = region;
    this.messages = messages;
  }

  @GetMapping("/masterplans/{masterplanId}/consultations")
  String list(
      @PathVariable long masterplanId,
      @RequestParam(required = false) Integer page,
      Model model,
      HttpServletRequest request) {
    model.addAttribute("form", ConsultationForm.fresh());
    listPage(model, masterplanId, page);
    return Htmx.view(request, "workshop/consultations", "results");
  }

  @PostMapping("/masterplans/{masterplanId}/consultations")
  @PreAuthorize(ORGANISERS)
  String create(
      @PathVariable long masterplanId,
      @ModelAttribute("form") ConsultationForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    try {
      Consultation created = consultations.create(region.id(), masterplanId, form.command());
      redirect.addFlashAttribute(
          "flash", messages.get("workshop.consultation.created", created.title()));
      return "redirect:/consultations/" + created.id();
    } catch (InvalidInputException e) {
      Forms.reject(binding, e, messages);
      return listPage(model, masterplanId, null);
    }
  }

  @GetMapping("/consultations/{id}")
  String show(@PathVariable long id, Model model) {
    Consultation consultation = consultations.get(region.id(), id);
    model.addAttribute("consultation", consultation);
    model.addAttribute("masterplan", masterplans.get(region.id(), consultation.masterplanId()));
    model.addAttribute("canOrganise", canOrganise());
    return "workshop/consultation";
  }

  @GetMapping("/consultations/{id}/edit")
  @PreAuthorize(ORGANISERS)
  String editForm(@PathVariable long id, Model model) {
    Consultation consultation = consultations.get(region.id(), id);
    model.addAttribute("form", ConsultationForm.of(consultation));
    return formPage(model, consultation);
  }

  @PostMapping("/consultations/{id}")
  @PreAuthorize(ORGANISERS)
  String update(
      @PathVariable long id,
      @ModelAttribute("form") ConsultationForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    Consultation before = consultations.get(region.id(), id);
    try {
      consultations.update(region.id(), id, form.command(), form.getVersion());
      redirect.addFlashAttribute("flash", messages.get("workshop.consultation.saved"));
      return "redirect:/consultations/" + id;
    } catch (InvalidInputException e) {
      Forms.reject(binding, e, messages);
    } catch (ConcurrentEditException e) {
      // what the other person saved is shown; what was typed stays in the form
      Forms.rejectGlobal(binding, "workshop.consultation.conflict", messages);
      before = consultations.get(region.id(), id);
      model.addAttribute("current", before);
      form.setVersion(before.version());
    }
    return formPage(model, before);
  }

  @PostMapping("/consultations/{id}/open")
  @PreAuthorize(ORGANISERS)
  String open(@PathVariable long id, RedirectAttributes redirect) {
    Consultation opened = consultations.open(region.id(), id);
    redirect.addFlashAttribute(
        "flash", messages.get("workshop.consultation.opened", opened.title()));
    return "redirect:/consultations/" + id;
  }

  @PostMapping("/consultations/{id}/close")
  @PreAuthorize(ORGANISERS)
  String close(@PathVariable long id, RedirectAttributes redirect) {
    try {
      Consultation closed = consultations.close(region.id(), id);
      redirect.addFlashAttribute(
          "flash", messages.get("workshop.consultation.closed", closed.title()));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
    }
    return "redirect:/consultations/" + id;
  }

  @PostMapping("/consultations/{id}/delete")
  @PreAuthorize(ORGANISERS)
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    Consultation consultation = consultations.get(region.id(), id);
    try {
      consultations.delete(region.id(), id);
      redirect.addFlashAttribute(
          "flash", messages.get("workshop.consultation.deleted", consultation.title()));
      return "redirect:/masterplans/" + consultation.masterplanId() + "/consultations";
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
      return "redirect:/consultations/" + id;
    }
  }

  private String listPage(Model model, long masterplanId, Integer page) {
    Masterplan masterplan = masterplans.get(region.id(), masterplanId);
    model.addAttribute("masterplan", masterplan);
    model.addAttribute(
        "consultations",
        consultations.ofMasterplan(region.id(), masterplanId, PageRequest.of(page, null)));
    model.addAttribute("canOrganise", canOrganise());
    return "workshop/consultations";
  }

  private String formPage(Model model, Consultation consultation) {
    model.addAttribute("consultation", consultation);
    model.addAttribute("masterplan", masterplans.get(region.id(), consultation.masterplanId()));
    return "workshop/consultation-form";
  }

  private static boolean canOrganise() {
    return Access.hasAnyRole("REGION_ADMIN", "EDITOR");
  }
}
