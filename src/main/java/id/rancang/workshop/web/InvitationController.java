package id.rancang.workshop.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.Opd;
import id.rancang.region.OpdDirectory;
import id.rancang.region.PentahelixRole;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import id.rancang.workshop.Candidate;
import id.rancang.workshop.CandidateFilter;
import id.rancang.workshop.Invitation;
import id.rancang.workshop.InvitationFilter;
import id.rancang.workshop.InvitationStatus;
import id.rancang.workshop.InviteCommand;
import id.rancang.workshop.InviteResult;
import id.rancang.workshop.Registration;
import id.rancang.workshop.Workshop;
import id.rancang.workshop.WorkshopCatalog;
import id.rancang.workshop.WorkshopInvitations;
import id.rancang.workshop.WorkshopViewer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Who comes to a workshop. The list page (members other than participants) shows counts per status
 * and pentahelix role, filters by status, role and OPD, and lets organisers invite several members
 * or stakeholders at once from a filtered list and take people off it. On the workshop page a
 * member registers, accepts or declines an invitation, or withdraws.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class InvitationController {

  static final String READERS =
      "hasAnyRole('REGION_ADMIN', 'EDITOR', 'OPD_CONTRIBUTOR', 'REVIEWER')";
  private static final String PAGE = "workshop/invitations";
  private static final String REGISTRATION = "workshop/workshop :: registration";
  private static final int CANDIDATES_PER_PAGE = 50;

  private final WorkshopInvitations invitations;
  private final WorkshopCatalog catalog;
  private final OpdDirectory opds;
  private final WorkshopView view;
  private final CurrentRegion region;
  private final Messages messages;

  InvitationController(
      WorkshopInvitations invitations,
      WorkshopCatalog catalog,
      OpdDirectory opds,
      WorkshopView view,
      CurrentRegion region,
      Messages messages) {
    this.invitations = invitations;
    this.catalog = catalog;
    this.opds = opds;
    this.view = view;
    this.region = region;
    this.messages = messages;
  }

  @GetMapping("/workshops/{workshopId}/invitations")
  @PreAuthorize(READERS)
  String list(
      @PathVariable long workshopId,
      @RequestParam(required = false) InvitationStatus status,
      @RequestParam(required = false) PentahelixRole role,
      @RequestParam(required = false) Long opdId,
      @RequestParam(required = false) Integer page,
      @RequestParam(defaultValue = "MEMBER") Candidate.Kind kind,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) PentahelixRole candidateRole,
      @RequestParam(required = false) Long candidateOpdId,
      @RequestParam(required = false) Integer candidatePage,
      HttpServletRequest request,
      Model model) {
    long regionId = region.id();
    Workshop workshop = catalog.get(regionId, workshopId);
    InvitationFilter filter = new InvitationFilter(status, role, opdId);
    model.addAttribute("workshop", workshop);
    model.addAttribute("stageName", view.stageName(workshop));
    model.addAttribute("filter", filter);
    model.addAttribute("counts", invitations.counts(regionId, workshopId));
    model.addAttribute(
        "invitations", invitations.list(regionId, workshopId, filter, PageRequest.of(page, null)));
    String base = "/workshops/" + workshopId + "/invitations";
    UriComponentsBuilder url = UriComponentsBuilder.fromPath(base);
    optional(url, "status", status);
    optional(url, "role", role);
    optional(url, "opdId", opdId);
    model.addAttribute("baseUrl", url.build().toUriString());
    model.addAttribute("opds", opdNames(regionId));
    model.addAttribute("statuses", InvitationStatus.values());
    model.addAttribute("roles", PentahelixRole.values());
    boolean organiser = WorkshopViewer.organiser();
    model.addAttribute("canOrganise", organiser);
    if (organiser) {
      CandidateFilter candidateFilter = new CandidateFilter(kind, q, candidateRole, candidateOpdId);
      model.addAttribute("candidateFilter", candidateFilter);
      model.addAttribute(
          "candidates",
          invitations.candidates(
              regionId,
              workshopId,
              candidateFilter,
              new PageRequest(candidatePage == null ? 0 : candidatePage, CANDIDATES_PER_PAGE)));
      UriComponentsBuilder candidateUrl =
          UriComponentsBuilder.fromPath(base).queryParam("kind", kind).queryParam("q", q);
      optional(candidateUrl, "candidateRole", candidateRole);
      optional(candidateUrl, "candidateOpdId", candidateOpdId);
      model.addAttribute("candidateBaseUrl", candidateUrl.build().toUriString());
      model.addAttribute("kinds", Candidate.Kind.values());
    }
    if (Htmx.isHtmx(request)) {
      String target = request.getHeader("HX-Target");
      return PAGE + " :: " + ("candidates".equals(target) ? "candidates" : "results");
    }
    return PAGE;
  }

  @PostMapping("/workshops/{workshopId}/invitations")
  @PreAuthorize(WorkshopController.ORGANISERS)
  String invite(
      @PathVariable long workshopId,
      @RequestParam(required = false) List<Long> accountIds,
      @RequestParam(required = false) List<Long> stakeholderIds,
      @RequestParam(required = false) PentahelixRole pentahelixRole,
      @RequestParam(required = false) Long opdId,
      RedirectAttributes redirect) {
    long regionId = region.id();
    catalog.get(regionId, workshopId);
    try {
      InviteResult result =
          invitations.invite(
              regionId,
              workshopId,
              new InviteCommand(accountIds, stakeholderIds, pentahelixRole, opdId));
      redirect.addFlashAttribute(
          "flash", messages.get("workshop.invitation.invited", result.invited().size()));
      if (!result.alreadyInvited().isEmpty()) {
        redirect.addFlashAttribute(
            "flashError",
            messages.get(
                "workshop.invitation.alreadyOnList",
                result.alreadyInvited().stream()
                    .map(Invitation::name)
                    .collect(Collectors.joining(", "))));
      }
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
    }
    return "redirect:/workshops/" + workshopId + "/invitations";
  }

  @PostMapping("/workshops/{workshopId}/invitations/{invitationId}/delete")
  @PreAuthorize(WorkshopController.ORGANISERS)
  String remove(
      @PathVariable long workshopId, @PathVariable long invitationId, RedirectAttributes redirect) {
    long regionId = region.id();
    Invitation invitation = invitations.get(regionId, workshopId, invitationId);
    try {
      invitations.remove(regionId, workshopId, invitationId);
      redirect.addFlashAttribute(
          "flash", messages.get("workshop.invitation.removed", invitation.name()));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
    }
    return "redirect:/workshops/" + workshopId + "/invitations";
  }

  /** The person registers for the workshop, or accepts their invitation. */
  @PostMapping("/workshops/{workshopId}/registration")
  String register(
      @PathVariable long workshopId,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Workshop workshop = view.visible(regionId, workshopId);
    Registration registration =
        invitations.register(regionId, workshopId, WorkshopViewer.current().accountId());
    String message =
        messages.get(
            registration.created()
                ? "workshop.registration.registered"
                : "workshop.registration.accepted",
            workshop.title());
    return registrationAnswer(
        workshop, Optional.of(registration.invitation()), message, request, model, redirect);
  }

  /** The person withdraws: their own registration goes, an invitation is declined. */
  @PostMapping("/workshops/{workshopId}/registration/withdraw")
  String withdraw(
      @PathVariable long workshopId,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Workshop workshop = view.visible(regionId, workshopId);
    Optional<Invitation> after =
        invitations.withdraw(regionId, workshopId, WorkshopViewer.current().accountId());
    String message =
        messages.get(
            after.isPresent()
                ? "workshop.registration.declined"
                : "workshop.registration.withdrawn",
            workshop.title());
    return registrationAnswer(workshop, after, message, request, model, redirect);
  }

  private String registrationAnswer(
      Workshop workshop,
      Optional<Invitation> invitation,
      String message,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    if (!Htmx.isHtmx(request)) {
      redirect.addFlashAttribute("flash", message);
      return "redirect:/workshops/" + workshop.id();
    }
    model.addAttribute("invitation", invitation.orElse(null));
    model.addAttribute("registrationMessage", message);
    view.page(model, workshop);
    return REGISTRATION;
  }

  private Map<Long, String> opdNames(long regionId) {
    Map<Long, String> names = new LinkedHashMap<>();
    for (Opd opd : opds.all(regionId)) {
      names.put(opd.id(), opd.name());
    }
    return names;
  }

  private static void optional(UriComponentsBuilder url, String name, Object value) {
    if (value != null) {
      url.queryParam(name, value);
    }
  }
}
