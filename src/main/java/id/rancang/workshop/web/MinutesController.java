package id.rancang.workshop.web;

import id.rancang.region.CurrentRegion;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import id.rancang.workshop.Decision;
import id.rancang.workshop.DecisionCommand;
import id.rancang.workshop.Minutes;
import id.rancang.workshop.Workshop;
import id.rancang.workshop.WorkshopCatalog;
import id.rancang.workshop.WorkshopMinutes;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisers write the minutes (notulen) on the workshop page and keep its numbered decisions: add
 * one there, change one on a page of its own, delete one after a confirmation. With htmx the
 * minutes or the decisions are swapped in place; without JavaScript the page comes back.
 */
@Controller
@RequestMapping("/workshops/{workshopId}")
@PreAuthorize(WorkshopController.ORGANISERS)
class MinutesController {

  static final String MINUTES = "workshop/workshop :: minutes";
  static final String DECISIONS = "workshop/workshop :: decisions";
  private static final String DECISION_FORM = "workshop/decision-form";

  private final WorkshopMinutes minutes;
  private final WorkshopCatalog catalog;
  private final WorkshopView view;
  private final CurrentRegion region;
  private final Messages messages;

  MinutesController(
      WorkshopMinutes minutes,
      WorkshopCatalog catalog,
      WorkshopView view,
      CurrentRegion region,
      Messages messages) {
    this.minutes = minutes;
    this.catalog = catalog;
    this.view = view;
    this.region = region;
    this.messages = messages;
  }

  @PostMapping("/minutes")
  String saveMinutes(
      @PathVariable long workshopId,
      @RequestParam(defaultValue = "") String body,
      @RequestParam int version,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Workshop workshop = catalog.get(regionId, workshopId);
    try {
      minutes.save(regionId, workshopId, body, version, Access.actor());
      String message = messages.get("workshop.minutes.saved");
      if (!Htmx.isHtmx(request)) {
        redirect.addFlashAttribute("flash", message);
        return "redirect:/workshops/" + workshopId + "#minutes";
      }
      model.addAttribute("minutesMessage", message);
    } catch (InvalidInputException e) {
      model.addAttribute("minutesErrors", view.errors(e.problems()));
      model.addAttribute("minutesTyped", body);
      model.addAttribute("minutesVersion", version);
    } catch (ConcurrentEditException e) {
      // keep the typed text; saving again replaces what the other person saved (shown above it)
      Minutes theirs = minutes.minutes(regionId, workshopId);
      model.addAttribute("minutesConflict", theirs);
      model.addAttribute("minutesTyped", body);
      model.addAttribute("minutesVersion", theirs.version());
    }
    view.page(model, workshop);
    return Htmx.isHtmx(request) ? MINUTES : WorkshopView.PAGE;
  }

  @PostMapping("/decisions")
  String addDecision(
      @PathVariable long workshopId,
      @ModelAttribute("decisionForm") DecisionForm form,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Workshop workshop = catalog.get(regionId, workshopId);
    List<FieldProblem> problems = new ArrayList<>();
    DecisionCommand command = form.command(problems);
    if (problems.isEmpty()) {
      try {
        Decision added = minutes.add(regionId, workshopId, command);
        String message = messages.get("workshop.decision.added", added.position());
        if (!Htmx.isHtmx(request)) {
          redirect.addFlashAttribute("flash", message);
          return "redirect:/workshops/" + workshopId + "#decision-" + added.id();
        }
        model.addAttribute("decisionsMessage", message);
        model.addAttribute("decisionForm", DecisionForm.blank());
        view.page(model, workshop);
        return DECISIONS;
      } catch (InvalidInputException e) {
        problems = e.problems();
      }
    }
    model.addAttribute("decisionErrors", view.errors(problems));
    view.page(model, workshop);
    return Htmx.isHtmx(request) ? DECISIONS : WorkshopView.PAGE;
  }

  @GetMapping("/decisions/{decisionId}/edit")
  String editDecision(@PathVariable long workshopId, @PathVariable long decisionId, Model model) {
    long regionId = region.id();
    Workshop workshop = catalog.get(regionId, workshopId);
    Decision decision = decision(regionId, workshopId, decisionId);
    return decisionForm(model, workshop, decision, DecisionForm.of(decision), List.of(), null);
  }

  @PostMapping("/decisions/{decisionId}")
  String saveDecision(
      @PathVariable long workshopId,
      @PathVariable long decisionId,
      @ModelAttribute("form") DecisionForm form,
      @RequestParam int version,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Workshop workshop = catalog.get(regionId, workshopId);
    Decision before = decision(regionId, workshopId, decisionId);
    DecisionForm typed = form.withVersion(version);
    List<FieldProblem> problems = new ArrayList<>();
    DecisionCommand command = typed.command(problems);
    if (problems.isEmpty()) {
      try {
        Decision saved = minutes.update(regionId, decisionId, command, version);
        redirect.addFlashAttribute(
            "flash", messages.get("workshop.decision.saved", saved.position()));
        return "redirect:/workshops/" + workshopId + "#decision-" + decisionId;
      } catch (InvalidInputException e) {
        problems = e.problems();
      } catch (ConcurrentEditException e) {
        Decision theirs = decision(regionId, workshopId, decisionId);
        return decisionForm(
            model, workshop, before, typed.withVersion(theirs.version()), List.of(), theirs);
      }
    }
    return decisionForm(model, workshop, before, typed, problems, null);
  }

  @PostMapping("/decisions/{decisionId}/delete")
  String deleteDecision(
      @PathVariable long workshopId, @PathVariable long decisionId, RedirectAttributes redirect) {
    long regionId = region.id();
    Decision decision = decision(regionId, workshopId, decisionId);
    minutes.delete(regionId, decisionId);
    redirect.addFlashAttribute(
        "flash", messages.get("workshop.decision.deleted", decision.position()));
    return "redirect:/workshops/" + workshopId + "#decisions";
  }

  private Decision decision(long regionId, long workshopId, long decisionId) {
    Decision decision = minutes.decision(regionId, decisionId);
    if (decision.workshopId() != workshopId) {
      throw new id.rancang.shared.NotFoundException(WorkshopMinutes.DECISION_RECORD, decisionId);
    }
    return decision;
  }

  private String decisionForm(
      Model model,
      Workshop workshop,
      Decision decision,
      DecisionForm form,
      List<FieldProblem> problems,
      Decision conflicting) {
    model.addAttribute("workshop", workshop);
    model.addAttribute("decision", decision);
    model.addAttribute("form", form);
    model.addAttribute("ideaChoices", minutes.ideaChoices(workshop.regionId(), workshop.id()));
    model.addAttribute("errors", problems.isEmpty() ? Map.of() : view.errors(problems));
    model.addAttribute("conflicting", conflicting);
    return DECISION_FORM;
  }
}
