package id.rancang.workshop.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.Opd;
import id.rancang.region.OpdDirectory;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.TooManyRequestsException;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import id.rancang.workshop.Idea;
import id.rancang.workshop.IdeaFilter;
import id.rancang.workshop.IdeaSort;
import id.rancang.workshop.IdeaStatus;
import id.rancang.workshop.Ideas;
import id.rancang.workshop.Ideas.IdeaCollection;
import id.rancang.workshop.Moderation;
import id.rancang.workshop.Participant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
 * The idea pages of a workshop or a public consultation: the list with filters and the form for a
 * new idea, one idea with its comments, the edit form, and the moderators' queue. Support buttons
 * and comment forms work with htmx (swapping the part that changed, also with the message when the
 * person acted too often) and without JavaScript (post and redirect).
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class IdeaController {

  private static final String MODERATORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final Ideas ideas;
  private final OpdDirectory opds;
  private final CurrentRegion region;
  private final Messages messages;

  IdeaController(Ideas ideas, OpdDirectory opds, CurrentRegion region, Messages messages) {
    this.ideas = ideas;
    this.opds = opds;
    this.region = region;
    this.messages = messages;
  }

  @GetMapping("/workshops/{workshopId}/ideas")
  String list(
      @PathVariable long workshopId,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Dimension dimension,
      @RequestParam(required = false) IdeaStatus status,
      @RequestParam(required = false) IdeaSort sort,
      @RequestParam(required = false) Integer page,
      Model model,
      HttpServletRequest request) {
    IdeaForm form = new IdeaForm();
    form.setDimension(dimension);
    listModel(
        model,
        ideas.collection(region.id(), workshopId, Participants.current()),
        new IdeaFilter(q, dimension, null, status, sort),
        page,
        form);
    return Htmx.view(request, "workshop/ideas", "results");
  }

  @GetMapping("/consultations/{consultationId}/ideas")
  String consultationList(
      @PathVariable long consultationId,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Dimension dimension,
      @RequestParam(required = false) IdeaStatus status,
      @RequestParam(required = false) IdeaSort sort,
      @RequestParam(required = false) Integer page,
      Model model,
      HttpServletRequest request) {
    IdeaForm form = new IdeaForm();
    form.setDimension(dimension);
    listModel(
        model,
        ideas.consultationCollection(region.id(), consultationId, Participants.current()),
        new IdeaFilter(q, dimension, null, status, sort),
        page,
        form);
    return Htmx.view(request, "workshop/ideas", "results");
  }

  @PostMapping("/consultations/{consultationId}/ideas")
  String submitToConsultation(
      @PathVariable long consultationId,
      @ModelAttribute("ideaForm") IdeaForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Participant who = Participants.current();
    IdeaCollection consultation = ideas.consultationCollection(region.id(), consultationId, who);
    return submit(
        consultation,
        () -> ideas.submitToConsultation(region.id(), consultationId, who, form.command()),
        form,
        binding,
        model,
        redirect,
        response);
  }

  @PostMapping("/workshops/{workshopId}/ideas")
  String submit(
      @PathVariable long workshopId,
      @ModelAttribute("ideaForm") IdeaForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Participant who = Participants.current();
    IdeaCollection workshop = ideas.collection(region.id(), workshopId, who);
    return submit(
        workshop,
        () -> ideas.submit(region.id(), workshopId, who, form.command()),
        form,
        binding,
        model,
        redirect,
        response);
  }

  /**
   * Raises the idea; shows the form again with the problems, or (429) with the message that the
   * person raised too many ideas lately, keeping what they typed.
   */
  private String submit(
      IdeaCollection collection,
      Supplier<Idea> raise,
      IdeaForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      Idea idea = raise.get();
      redirect.addFlashAttribute("flash", messages.get("workshop.idea.submitted"));
      return "redirect:/ideas/" + idea.id();
    } catch (InvalidInputException e) {
      Forms.reject(binding, e, messages);
    } catch (TooManyRequestsException e) {
      tooMany(response, e);
      binding.reject("tooManyRequests", throttled(e));
    }
    listModel(model, collection, IdeaFilter.all(), null, form);
    return "workshop/ideas";
  }

  @GetMapping("/ideas/{id}")
  String idea(@PathVariable long id, Model model) {
    ideaModel(model, id, "", null);
    return "workshop/idea";
  }

  @GetMapping("/ideas/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    Participant who = Participants.current();
    Idea idea = ideas.get(region.id(), id, who);
    mayChange(idea, who);
    model.addAttribute("ideaForm", IdeaForm.of(idea));
    editModel(model, idea);
    return "workshop/idea-form";
  }

  @PostMapping("/ideas/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("ideaForm") IdeaForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    Participant who = Participants.current();
    Idea idea = ideas.get(region.id(), id, who);
    mayChange(idea, who);
    try {
      ideas.update(region.id(), id, who, form.command(), form.getVersion());
      redirect.addFlashAttribute("flash", messages.get("workshop.idea.saved"));
      return "redirect:/ideas/" + id;
    } catch (InvalidInputException e) {
      Forms.reject(binding, e, messages);
    } catch (ConcurrentEditException e) {
      Forms.rejectGlobal(binding, "workshop.idea.conflict", messages);
    }
    editModel(model, idea);
    return "workshop/idea-form";
  }

  @PostMapping("/ideas/{id}/delete")
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    Participant who = Participants.current();
    Idea idea = ideas.get(region.id(), id, who);
    IdeaCollection collection = ideas.collectionOf(region.id(), idea, who);
    try {
      ideas.delete(region.id(), id, who);
      redirect.addFlashAttribute("flash", messages.get("workshop.idea.deleted"));
      return "redirect:" + collection.ideasPath();
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
      return "redirect:/ideas/" + id;
    }
  }

  /**
   * Gives ({@code support=true}) or withdraws the person's support; swaps the button with htmx
   * (with the reason next to it when refused, also when the person voted too often lately).
   */
  @PostMapping("/ideas/{id}/support")
  String support(
      @PathVariable long id,
      @RequestParam(defaultValue = "true") boolean support,
      @RequestParam(required = false) String back,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    Participant who = Participants.current();
    String error = null;
    try {
      if (support) {
        ideas.vote(region.id(), id, who);
      } else {
        ideas.withdrawVote(region.id(), id, who);
      }
    } catch (InvalidInputException e) {
      error = Forms.firstMessage(e, messages);
    } catch (TooManyRequestsException e) {
      if (!Htmx.isHtmx(request)) {
        throw e;
      }
      error = throttled(e);
    }
    if (Htmx.isHtmx(request)) {
      model.addAttribute("idea", ideas.get(region.id(), id, who));
      model.addAttribute("supportError", error);
      return "workshop/ideas :: support";
    }
    if (error != null) {
      redirect.addFlashAttribute("flashError", error);
    }
    return "redirect:"
        + (back != null && (back.startsWith("/workshops/") || back.startsWith("/consultations/"))
            ? back
            : "/ideas/" + id);
  }

  @PostMapping("/ideas/{id}/comments")
  String comment(
      @PathVariable long id,
      @RequestParam(required = false) Long parentId,
      @RequestParam(defaultValue = "") String body,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    String typed = body;
    String error = null;
    try {
      ideas.comment(region.id(), id, Participants.current(), parentId, body);
      typed = "";
    } catch (InvalidInputException e) {
      error = Forms.firstMessage(e, messages);
    } catch (TooManyRequestsException e) {
      if (!Htmx.isHtmx(request)) {
        throw e;
      }
      error = throttled(e);
    }
    if (Htmx.isHtmx(request)) {
      ideaModel(model, id, parentId == null ? typed : "", error);
      return "workshop/idea :: thread";
    }
    if (error != null) {
      redirect.addFlashAttribute("flashError", error);
    } else {
      redirect.addFlashAttribute("flash", messages.get("workshop.comment.added"));
    }
    return "redirect:/ideas/" + id + "#comments";
  }

  @PostMapping("/idea-comments/{commentId}/delete")
  String deleteComment(@PathVariable long commentId, RedirectAttributes redirect) {
    Participant who = Participants.current();
    long ideaId = ideas.commentById(region.id(), commentId, who).ideaId();
    ideas.deleteComment(region.id(), commentId, who);
    redirect.addFlashAttribute("flash", messages.get("workshop.comment.deleted"));
    return "redirect:/ideas/" + ideaId + "#comments";
  }

  @PostMapping("/ideas/{id}/report")
  String reportIdea(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    Moderation state = ideas.reportIdea(region.id(), id, Participants.current(), reason);
    redirect.addFlashAttribute("flash", messages.get("workshop.report.thanks"));
    if (state == Moderation.HIDDEN) {
      Idea idea = ideas.get(region.id(), id, moderatorView());
      return "redirect:" + ideas.collectionOf(region.id(), idea, moderatorView()).ideasPath();
    }
    return "redirect:/ideas/" + id;
  }

  @PostMapping("/idea-comments/{commentId}/report")
  String reportComment(
      @PathVariable long commentId,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    Participant who = Participants.current();
    long ideaId = ideas.commentById(region.id(), commentId, who).ideaId();
    ideas.reportComment(region.id(), commentId, who, reason);
    redirect.addFlashAttribute("flash", messages.get("workshop.report.thanks"));
    return "redirect:/ideas/" + ideaId + "#comments";
  }

  @GetMapping("/workshops/{workshopId}/moderation")
  @PreAuthorize(MODERATORS)
  String moderation(@PathVariable long workshopId, Model model) {
    Participant who = Participants.current();
    model.addAttribute("workshop", ideas.collection(region.id(), workshopId, who));
    model.addAttribute("queue", ideas.moderationQueue(region.id(), workshopId, who));
    model.addAttribute("threshold", ideas.reportThreshold());
    return "workshop/moderation";
  }

  @GetMapping("/consultations/{consultationId}/moderation")
  @PreAuthorize(MODERATORS)
  String consultationModeration(@PathVariable long consultationId, Model model) {
    Participant who = Participants.current();
    model.addAttribute("workshop", ideas.consultationCollection(region.id(), consultationId, who));
    model.addAttribute(
        "queue", ideas.consultationModerationQueue(region.id(), consultationId, who));
    model.addAttribute("threshold", ideas.reportThreshold());
    return "workshop/moderation";
  }

  @PostMapping("/ideas/{id}/moderation")
  @PreAuthorize(MODERATORS)
  String moderateIdea(
      @PathVariable long id,
      @RequestParam Moderation decision,
      @RequestParam(required = false) Long workshopId,
      @RequestParam(required = false) Long consultationId,
      RedirectAttributes redirect) {
    ideas.moderateIdea(region.id(), id, Participants.current(), decision);
    redirect.addFlashAttribute("flash", messages.get("workshop.moderation.saved"));
    return backToQueue(workshopId, consultationId).orElse("redirect:/ideas/" + id);
  }

  @PostMapping("/idea-comments/{commentId}/moderation")
  @PreAuthorize(MODERATORS)
  String moderateComment(
      @PathVariable long commentId,
      @RequestParam Moderation decision,
      @RequestParam(required = false) Long workshopId,
      @RequestParam(required = false) Long consultationId,
      RedirectAttributes redirect) {
    long ideaId =
        ideas.moderateComment(region.id(), commentId, Participants.current(), decision).ideaId();
    redirect.addFlashAttribute("flash", messages.get("workshop.moderation.saved"));
    return backToQueue(workshopId, consultationId)
        .orElse("redirect:/ideas/" + ideaId + "#comments");
  }

  /** Back to the moderation queue the decision was taken on, if it was taken there. */
  private static Optional<String> backToQueue(Long workshopId, Long consultationId) {
    if (workshopId != null) {
      return Optional.of("redirect:/workshops/" + workshopId + "/moderation");
    }
    if (consultationId != null) {
      return Optional.of("redirect:/consultations/" + consultationId + "/moderation");
    }
    return Optional.empty();
  }

  /** The message shown in place when the person acted too often, with how long to wait. */
  private String throttled(TooManyRequestsException e) {
    long seconds = e.retryAfterSeconds();
    return messages.get("shared.error.429.text")
        + " "
        + (seconds < 120
            ? messages.get("shared.error.429.retryAfterSeconds", Long.toString(seconds))
            : messages.get(
                "shared.error.429.retryAfterMinutes", Long.toString((seconds + 59) / 60)));
  }

  private static void tooMany(HttpServletResponse response, TooManyRequestsException e) {
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
  }

  private void listModel(
      Model model, IdeaCollection collection, IdeaFilter filter, Integer page, IdeaForm form) {
    Participant who = Participants.current();
    model.addAttribute("workshop", collection);
    model.addAttribute("filter", filter);
    PageRequest request = PageRequest.of(page, null);
    model.addAttribute(
        "ideas",
        collection.consultation()
            ? ideas.ofConsultation(region.id(), collection.id(), who, filter, request)
            : ideas.ofWorkshop(region.id(), collection.id(), who, filter, request));
    model.addAttribute("ideaForm", form);
    model.addAttribute("moderator", who.moderator());
    model.addAttribute("sorts", IdeaSort.values());
    model.addAttribute("statuses", IdeaStatus.values());
    choices(model);
  }

  private void ideaModel(Model model, long id, String typed, String error) {
    Participant who = Participants.current();
    Idea idea = ideas.get(region.id(), id, who);
    model.addAttribute("idea", idea);
    model.addAttribute("workshop", ideas.collectionOf(region.id(), idea, who));
    model.addAttribute("comments", ideas.comments(region.id(), id, who));
    model.addAttribute("moderator", who.moderator());
    model.addAttribute("mayChange", idea.mine() || who.moderator());
    model.addAttribute(
        "suggestedOpd",
        idea.suggestedOpdId() == null
            ? null
            : opds.find(region.id(), idea.suggestedOpdId()).map(Opd::name).orElse(null));
    model.addAttribute("commentBody", typed);
    model.addAttribute("commentError", error);
  }

  private void editModel(Model model, Idea idea) {
    model.addAttribute("idea", idea);
    model.addAttribute("workshop", ideas.collectionOf(region.id(), idea, Participants.current()));
    choices(model);
  }

  private void choices(Model model) {
    model.addAttribute("dimensions", Dimension.values());
    model.addAttribute("elements", Element.values());
    Map<Long, String> opdNames = new LinkedHashMap<>();
    for (Opd opd : opds.all(region.id())) {
      opdNames.put(opd.id(), opd.abbreviation() + " - " + opd.name());
    }
    model.addAttribute("opds", opdNames);
  }

  private static void mayChange(Idea idea, Participant who) {
    if (!idea.mine() && !who.moderator()) {
      throw new org.springframework.security.access.AccessDeniedException("idea of another");
    }
  }

  private Participant moderatorView() {
    Participant who = Participants.current();
    return new Participant(who.accountId(), who.email(), true, false);
  }
}
