package id.rancang.programme.web;

import id.rancang.programme.Horizon;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeOrigins;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.programme.PromotionCommand;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Messages;
import id.rancang.workshop.Idea;
import id.rancang.workshop.IdeaFilter;
import id.rancang.workshop.IdeaSort;
import id.rancang.workshop.IdeaStatus;
import id.rancang.workshop.Ideas;
import id.rancang.workshop.Participant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Turning ideas into a programme: the promotion form of an idea (a new draft programme, or an
 * existing one, optionally together with other open ideas of the same workshop), and the list of
 * programmes an idea became, which the idea page loads.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class IdeaPromotionController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final ProgrammeOrigins origins;
  private final ProgrammePortfolio portfolio;
  private final Ideas ideas;
  private final CurrentRegion region;
  private final Messages messages;

  IdeaPromotionController(
      ProgrammeOrigins origins,
      ProgrammePortfolio portfolio,
      Ideas ideas,
      CurrentRegion region,
      Messages messages) {
    this.origins = origins;
    this.portfolio = portfolio;
    this.ideas = ideas;
    this.region = region;
    this.messages = messages;
  }

  /** The programmes an idea became part of (a fragment for the idea page, or a small page). */
  @GetMapping("/ideas/{ideaId}/programmes")
  String programmes(
      @PathVariable long ideaId, Model model, jakarta.servlet.http.HttpServletRequest request) {
    Idea idea = ideas.get(region.id(), ideaId, Participant.current());
    model.addAttribute("idea", idea);
    model.addAttribute("programmes", origins.programmesOf(region.id(), ideaId));
    model.addAttribute(
        "canPromote", idea.status() == IdeaStatus.OPEN && Participant.current().moderator());
    return id.rancang.shared.web.Htmx.isHtmx(request)
        ? "programme/idea-programmes :: programmes"
        : "programme/idea-programmes-page";
  }

  @GetMapping("/ideas/{ideaId}/promote")
  @PreAuthorize(EDITORS)
  String form(@PathVariable long ideaId, Model model) {
    Idea idea = ideas.get(region.id(), ideaId, Participant.current());
    PromotionCommand defaults = origins.defaults(region.id(), idea);
    fill(model, idea, defaults, List.of());
    return "programme/idea-promote";
  }

  @PostMapping("/ideas/{ideaId}/promote")
  @PreAuthorize(EDITORS)
  String promote(
      @PathVariable long ideaId,
      @RequestParam(required = false) List<Long> otherIdeas,
      @RequestParam(required = false) Long programmeId,
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) Horizon horizon,
      @RequestParam(required = false) Integer startYear,
      @RequestParam(required = false) Integer endYear,
      Model model,
      RedirectAttributes redirect) {
    Participant who = Participant.current();
    Idea idea = ideas.get(region.id(), ideaId, who);
    List<Long> ideaIds = new ArrayList<>(List.of(ideaId));
    if (otherIdeas != null) {
      ideaIds.addAll(otherIdeas);
    }
    PromotionCommand command =
        new PromotionCommand(ideaIds, programmeId, code, name, horizon, startYear, endYear);
    try {
      Programme programme = origins.promote(region.id(), who, command);
      redirect.addFlashAttribute(
          "flash", messages.get("programme.promotion.done", programme.code()));
      return "redirect:/masterplans/" + programme.masterplanId() + "/programmes/" + programme.id();
    } catch (InvalidInputException e) {
      List<String> errors =
          e.problems().stream().map(p -> messages.get(p.messageKey(), p.args())).toList();
      fill(model, idea, command, errors);
      return "programme/idea-promote";
    }
  }

  private void fill(Model model, Idea idea, PromotionCommand command, List<String> errors) {
    Participant who = Participant.current();
    model.addAttribute("idea", idea);
    model.addAttribute("command", command);
    model.addAttribute("errors", errors);
    model.addAttribute("horizons", Horizon.values());
    model.addAttribute("programmes", portfolio.codes(region.id(), idea.masterplanId()));
    List<Idea> others =
        idea.workshopId() == null
            ? List.of()
            : ideas
                .ofWorkshop(
                    region.id(),
                    idea.workshopId(),
                    who,
                    new IdeaFilter(null, null, null, IdeaStatus.OPEN, IdeaSort.SUPPORT),
                    new PageRequest(0, 100))
                .items()
                .stream()
                .filter(o -> o.id() != idea.id() && o.moderation().shown())
                .toList();
    model.addAttribute("otherIdeas", others);
    model.addAttribute("firstError", errors.isEmpty() ? null : errors.get(0));
  }
}
