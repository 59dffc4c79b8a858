package id.rancang.programme.web;

import id.rancang.programme.ProgrammeOrigins;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import id.rancang.workshop.Decision;
import id.rancang.workshop.Workshop;
import id.rancang.workshop.WorkshopCatalog;
import id.rancang.workshop.WorkshopMinutes;
import id.rancang.workshop.WorkshopViewer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programmes a workshop decision (notulen) is about, shown under each decision of the workshop
 * page (loaded by htmx, or as a page of its own without JavaScript); editors link and unlink them.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class DecisionProgrammesController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final ProgrammeOrigins origins;
  private final ProgrammePortfolio portfolio;
  private final WorkshopMinutes minutes;
  private final WorkshopCatalog workshops;
  private final CurrentRegion region;
  private final Messages messages;

  DecisionProgrammesController(
      ProgrammeOrigins origins,
      ProgrammePortfolio portfolio,
      WorkshopMinutes minutes,
      WorkshopCatalog workshops,
      CurrentRegion region,
      Messages messages) {
    this.origins = origins;
    this.portfolio = portfolio;
    this.minutes = minutes;
    this.workshops = workshops;
    this.region = region;
    this.messages = messages;
  }

  @GetMapping("/decisions/{decisionId}/programmes")
  String programmes(@PathVariable long decisionId, Model model, HttpServletRequest request) {
    Decision decision = minutes.decision(region.id(), decisionId);
    Workshop workshop = workshops.get(region.id(), decision.workshopId(), WorkshopViewer.current());
    model.addAttribute("decision", decision);
    model.addAttribute("workshop", workshop);
    model.addAttribute("programmes", origins.programmesOfDecision(region.id(), decisionId));
    boolean canLink = Access.hasAnyRole("REGION_ADMIN", "EDITOR");
    model.addAttribute("canLink", canLink);
    model.addAttribute(
        "choices",
        canLink ? portfolio.codes(region.id(), workshop.masterplanId()) : java.util.Map.of());
    return Htmx.isHtmx(request)
        ? "programme/decision-programmes :: programmes"
        : "programme/decision-programmes";
  }

  @PostMapping("/decisions/{decisionId}/programmes")
  @PreAuthorize(EDITORS)
  String link(
      @PathVariable long decisionId, @RequestParam long programmeId, RedirectAttributes redirect) {
    origins.linkDecision(region.id(), decisionId, programmeId);
    redirect.addFlashAttribute("flash", messages.get("programme.decision.linked"));
    return back(decisionId);
  }

  @PostMapping("/decisions/{decisionId}/programmes/{programmeId}/delete")
  @PreAuthorize(EDITORS)
  String unlink(
      @PathVariable long decisionId, @PathVariable long programmeId, RedirectAttributes redirect) {
    origins.unlinkDecision(region.id(), decisionId, programmeId);
    redirect.addFlashAttribute("flash", messages.get("programme.decision.unlinked"));
    return back(decisionId);
  }

  private String back(long decisionId) {
    Decision decision = minutes.decision(region.id(), decisionId);
    return "redirect:/workshops/" + decision.workshopId() + "#decision-" + decisionId;
  }
}
