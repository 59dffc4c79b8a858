package id.rancang.workshop.web;

import id.rancang.region.CurrentRegion;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import id.rancang.workshop.AgendaSession;
import id.rancang.workshop.SessionCommand;
import id.rancang.workshop.SessionSaved;
import id.rancang.workshop.Workshop;
import id.rancang.workshop.WorkshopAgenda;
import id.rancang.workshop.WorkshopCatalog;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
 * Organisers plan a workshop's agenda: add a session on the workshop page (htmx swaps the agenda;
 * without JavaScript the page comes back), change one on a page of its own, delete one after a
 * confirmation. A session overlapping another of the same day is saved with a warning.
 */
@Controller
@RequestMapping("/workshops/{workshopId}/sessions")
@PreAuthorize(WorkshopController.ORGANISERS)
class AgendaController {

  static final String AGENDA = "workshop/workshop :: agenda";
  private static final String FORM = "workshop/session-form";

  private final WorkshopAgenda agenda;
  private final WorkshopCatalog catalog;
  private final WorkshopView view;
  private final CurrentRegion region;
  private final Messages messages;

  AgendaController(
      WorkshopAgenda agenda,
      WorkshopCatalog catalog,
      WorkshopView view,
      CurrentRegion region,
      Messages messages) {
    this.agenda = agenda;
    this.catalog = catalog;
    this.view = view;
    this.region = region;
    this.messages = messages;
  }

  @PostMapping
  String add(
      @PathVariable long workshopId,
      @ModelAttribute("sessionForm") SessionForm form,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Workshop workshop = catalog.get(regionId, workshopId);
    List<FieldProblem> problems = new ArrayList<>();
    SessionCommand command = form.command(problems);
    if (problems.isEmpty()) {
      try {
        SessionSaved saved = agenda.add(regionId, workshopId, command);
        String message = messages.get("workshop.session.added", saved.session().topic());
        String warning = warning(saved);
        if (!Htmx.isHtmx(request)) {
          redirect.addFlashAttribute("flash", message);
          if (warning != null) {
            redirect.addFlashAttribute("flashError", warning);
          }
          return "redirect:/workshops/" + workshopId + "#agenda";
        }
        model.addAttribute("agendaMessage", message);
        model.addAttribute("agendaWarning", warning);
        model.addAttribute("sessionForm", SessionForm.blank(saved.session().day().toString()));
        view.page(model, workshop);
        return AGENDA;
      } catch (InvalidInputException e) {
        problems = e.problems();
      }
    }
    model.addAttribute("sessionErrors", view.errors(problems));
    view.page(model, workshop);
    return Htmx.isHtmx(request) ? AGENDA : WorkshopView.PAGE;
  }

  @GetMapping("/{sessionId}/edit")
  String edit(@PathVariable long workshopId, @PathVariable long sessionId, Model model) {
    long regionId = region.id();
    Workshop workshop = catalog.get(regionId, workshopId);
    AgendaSession session = agenda.get(regionId, workshopId, sessionId);
    return form(model, workshop, session, SessionForm.of(session), List.of(), null);
  }

  @PostMapping("/{sessionId}")
  String save(
      @PathVariable long workshopId,
      @PathVariable long sessionId,
      @ModelAttribute("form") SessionForm form,
      @RequestParam int version,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Workshop workshop = catalog.get(regionId, workshopId);
    AgendaSession before = agenda.get(regionId, workshopId, sessionId);
    SessionForm typed = form.withVersion(version);
    List<FieldProblem> problems = new ArrayList<>();
    SessionCommand command = typed.command(problems);
    if (problems.isEmpty()) {
      try {
        SessionSaved saved = agenda.update(regionId, workshopId, sessionId, command, version);
        redirect.addFlashAttribute(
            "flash", messages.get("workshop.session.saved", saved.session().topic()));
        String warning = warning(saved);
        if (warning != null) {
          redirect.addFlashAttribute("flashError", warning);
        }
        return "redirect:/workshops/" + workshopId + "#session-" + sessionId;
      } catch (InvalidInputException e) {
        problems = e.problems();
      } catch (ConcurrentEditException e) {
        AgendaSession theirs = agenda.get(regionId, workshopId, sessionId);
        return form(
            model, workshop, before, typed.withVersion(theirs.version()), List.of(), theirs);
      }
    }
    return form(model, workshop, before, typed, problems, null);
  }

  @PostMapping("/{sessionId}/delete")
  String delete(
      @PathVariable long workshopId, @PathVariable long sessionId, RedirectAttributes redirect) {
    long regionId = region.id();
    AgendaSession session = agenda.get(regionId, workshopId, sessionId);
    agenda.delete(regionId, workshopId, sessionId);
    redirect.addFlashAttribute("flash", messages.get("workshop.session.deleted", session.topic()));
    return "redirect:/workshops/" + workshopId + "#agenda";
  }

  /** The warning about overlapping sessions, or null. */
  private String warning(SessionSaved saved) {
    if (!saved.hasWarning()) {
      return null;
    }
    return messages.get(
        "workshop.session.overlapWarning",
        saved.overlapping().stream()
            .map(o -> o.startsAt() + "-" + o.endsAt() + " " + o.topic())
            .collect(Collectors.joining("; ")));
  }

  private String form(
      Model model,
      Workshop workshop,
      AgendaSession session,
      SessionForm form,
      List<FieldProblem> problems,
      AgendaSession conflicting) {
    model.addAttribute("workshop", workshop);
    model.addAttribute("session", session);
    model.addAttribute("form", form);
    model.addAttribute("workshopDays", workshop.days());
    model.addAttribute("errors", view.errors(problems));
    model.addAttribute("conflicting", conflicting);
    return FORM;
  }
}
