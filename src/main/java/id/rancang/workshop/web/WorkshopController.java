package id.rancang.workshop.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import id.rancang.workshop.Workshop;
import id.rancang.workshop.WorkshopCatalog;
import id.rancang.workshop.WorkshopCommand;
import id.rancang.workshop.WorkshopPlanning;
import id.rancang.workshop.WorkshopStage;
import id.rancang.workshop.WorkshopViewer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workshops of a masterplan: the list (newest first), a page per workshop, and the forms to
 * plan, change and delete one (organisers). A participant sees only the workshops they are invited
 * to or registered for.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class WorkshopController {

  static final String ORGANISERS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";
  private static final String LIST = "workshop/workshops";
  private static final String FORM = "workshop/workshop-form";
  private static final String DELETE = "workshop/workshop-delete";

  private final WorkshopCatalog catalog;
  private final WorkshopPlanning planning;
  private final MasterplanManagement masterplans;
  private final WorkshopView view;
  private final CurrentRegion region;
  private final Messages messages;

  WorkshopController(
      WorkshopCatalog catalog,
      WorkshopPlanning planning,
      MasterplanManagement masterplans,
      WorkshopView view,
      CurrentRegion region,
      Messages messages) {
    this.catalog = catalog;
    this.planning = planning;
    this.masterplans = masterplans;
    this.view = view;
    this.region = region;
    this.messages = messages;
  }

  @GetMapping("/masterplans/{masterplanId}/workshops")
  String list(
      @PathVariable long masterplanId,
      @RequestParam(required = false) Integer page,
      HttpServletRequest request,
      Model model) {
    long regionId = region.id();
    model.addAttribute("masterplan", masterplans.get(regionId, masterplanId));
    model.addAttribute(
        "workshops",
        catalog.list(regionId, masterplanId, WorkshopViewer.current(), PageRequest.of(page, null)));
    model.addAttribute("baseUrl", "/masterplans/" + masterplanId + "/workshops");
    model.addAttribute("canOrganise", WorkshopViewer.organiser());
    return Htmx.view(request, LIST, "results");
  }

  @GetMapping("/masterplans/{masterplanId}/workshops/new")
  @PreAuthorize(ORGANISERS)
  String newForm(@PathVariable long masterplanId, Model model) {
    Masterplan masterplan = masterplans.get(region.id(), masterplanId);
    return form(model, masterplan, null, WorkshopForm.blank(), List.of(), null);
  }

  @PostMapping("/masterplans/{masterplanId}/workshops")
  @PreAuthorize(ORGANISERS)
  String create(
      @PathVariable long masterplanId,
      @ModelAttribute("form") WorkshopForm form,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    List<FieldProblem> problems = new ArrayList<>();
    WorkshopCommand command = form.command(problems);
    if (problems.isEmpty()) {
      try {
        Workshop created = planning.create(regionId, masterplanId, command);
        redirect.addFlashAttribute("flash", messages.get("workshop.created", created.title()));
        return "redirect:/workshops/" + created.id();
      } catch (InvalidInputException e) {
        problems = e.problems();
      }
    }
    return form(model, masterplan, null, form, problems, null);
  }

  @GetMapping("/workshops/{id}")
  String detail(@PathVariable long id, Model model) {
    return view.page(model, view.visible(region.id(), id));
  }

  @GetMapping("/workshops/{id}/edit")
  @PreAuthorize(ORGANISERS)
  String edit(@PathVariable long id, Model model) {
    long regionId = region.id();
    Workshop workshop = catalog.get(regionId, id);
    return form(
        model,
        masterplans.get(regionId, workshop.masterplanId()),
        workshop,
        WorkshopForm.of(workshop),
        List.of(),
        null);
  }

  @PostMapping("/workshops/{id}")
  @PreAuthorize(ORGANISERS)
  String save(
      @PathVariable long id,
      @ModelAttribute("form") WorkshopForm form,
      @RequestParam int version,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Workshop before = catalog.get(regionId, id);
    Masterplan masterplan = masterplans.get(regionId, before.masterplanId());
    WorkshopForm typed = form.withVersion(version);
    List<FieldProblem> problems = new ArrayList<>();
    WorkshopCommand command = typed.command(problems);
    if (problems.isEmpty()) {
      try {
        Workshop saved = planning.update(regionId, id, command, version);
        redirect.addFlashAttribute("flash", messages.get("workshop.saved", saved.title()));
        return "redirect:/workshops/" + id;
      } catch (InvalidInputException e) {
        problems = e.problems();
      } catch (ConcurrentEditException e) {
        // keep what this person typed and show what the other person saved
        Workshop theirs = catalog.get(regionId, id);
        return form(
            model, masterplan, before, typed.withVersion(theirs.version()), List.of(), theirs);
      }
    }
    return form(model, masterplan, before, typed, problems, null);
  }

  /** Asks before deleting; says why not while ideas were raised in the workshop. */
  @GetMapping("/workshops/{id}/delete")
  @PreAuthorize(ORGANISERS)
  String confirmDelete(@PathVariable long id, Model model) {
    long regionId = region.id();
    Workshop workshop = catalog.get(regionId, id);
    model.addAttribute("workshop", workshop);
    model.addAttribute("stageName", view.stageName(workshop));
    model.addAttribute("ideaCount", catalog.ideaCount(regionId, id));
    return DELETE;
  }

  @PostMapping("/workshops/{id}/delete")
  @PreAuthorize(ORGANISERS)
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    long regionId = region.id();
    Workshop workshop = catalog.get(regionId, id);
    try {
      planning.delete(regionId, id);
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
      return "redirect:/workshops/" + id;
    }
    redirect.addFlashAttribute("flash", messages.get("workshop.deleted", workshop.title()));
    return "redirect:/masterplans/" + workshop.masterplanId() + "/workshops";
  }

  private String form(
      Model model,
      Masterplan masterplan,
      Workshop workshop,
      WorkshopForm form,
      List<FieldProblem> problems,
      Workshop conflicting) {
    model.addAttribute("masterplan", masterplan);
    model.addAttribute("workshop", workshop);
    model.addAttribute("form", form);
    model.addAttribute("errors", view.errors(problems));
    model.addAttribute("conflicting", conflicting);
    model.addAttribute(
        "conflictingStage", conflicting == null ? null : view.stageName(conflicting));
    model.addAttribute("stages", WorkshopStage.values());
    return FORM;
  }
}
