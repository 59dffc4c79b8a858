package id.rancang.workshop.web;

import id.rancang.region.CurrentRegion;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import id.rancang.strategy.Dimension;
import id.rancang.workshop.IdeaCommand;
import id.rancang.workshop.Ideas;
import id.rancang.workshop.LiveQuestion;
import id.rancang.workshop.LiveQuestionCommand;
import id.rancang.workshop.LiveQuestions;
import id.rancang.workshop.Participant;
import id.rancang.workshop.internal.LiveFeed;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The live session of a workshop: the organiser's console (prepare, open and close questions), the
 * participants' phone page (choose ideas, add ideas), and the projector page that shows the votes
 * as they arrive through server-sent events.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class LiveController {

  private static final String ORGANISERS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final LiveQuestions live;
  private final Ideas ideas;
  private final LiveFeed feed;
  private final CurrentRegion region;
  private final Messages messages;

  LiveController(
      LiveQuestions live, Ideas ideas, LiveFeed feed, CurrentRegion region, Messages messages) {
    this.live = live;
    this.ideas = ideas;
    this.feed = feed;
    this.region = region;
    this.messages = messages;
  }

  /**
   * Organisers see the console; participants go to the open question, or wait on a page that looks
   * again every few seconds.
   */
  @GetMapping("/workshops/{workshopId}/live")
  String console(@PathVariable long workshopId, Model model, HttpServletRequest request) {
    Participant who = Participants.current();
    model.addAttribute("workshop", ideas.collection(region.id(), workshopId, who));
    if (!who.moderator()) {
      Optional<LiveQuestion> open = live.openQuestion(region.id(), workshopId, who);
      if (open.isPresent()) {
        return Htmx.isHtmx(request)
            ? "workshop/live-waiting :: redirect(" + open.get().id() + ")"
            : "redirect:/live/" + open.get().id();
      }
      return "workshop/live-waiting";
    }
    model.addAttribute("questions", live.ofWorkshop(region.id(), workshopId, who));
    model.addAttribute("dimensions", Dimension.values());
    return "workshop/live-console";
  }

  @PostMapping("/workshops/{workshopId}/live")
  @PreAuthorize(ORGANISERS)
  String create(
      @PathVariable long workshopId,
      @RequestParam(defaultValue = "") String prompt,
      @RequestParam(required = false) Dimension dimension,
      @RequestParam(required = false) Integer maxChoices,
      @RequestParam(defaultValue = "false") boolean allowIdeas,
      RedirectAttributes redirect) {
    try {
      live.create(
          region.id(),
          workshopId,
          Participants.current(),
          new LiveQuestionCommand(prompt, dimension, maxChoices, allowIdeas));
      redirect.addFlashAttribute("flash", messages.get("workshop.live.created"));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
    }
    return "redirect:/workshops/" + workshopId + "/live";
  }

  @PostMapping("/live/{questionId}/open")
  @PreAuthorize(ORGANISERS)
  String open(@PathVariable long questionId, RedirectAttributes redirect) {
    return change(
        questionId,
        redirect,
        "workshop.live.opened",
        () -> live.open(region.id(), questionId, Participants.current()));
  }

  @PostMapping("/live/{questionId}/close")
  @PreAuthorize(ORGANISERS)
  String close(@PathVariable long questionId, RedirectAttributes redirect) {
    return change(
        questionId,
        redirect,
        "workshop.live.closed",
        () -> live.close(region.id(), questionId, Participants.current()));
  }

  @PostMapping("/live/{questionId}/delete")
  @PreAuthorize(ORGANISERS)
  String delete(@PathVariable long questionId, RedirectAttributes redirect) {
    long workshopId = live.get(region.id(), questionId, Participants.current()).workshopId();
    try {
      live.delete(region.id(), questionId, Participants.current());
      redirect.addFlashAttribute("flash", messages.get("workshop.live.deleted"));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
    }
    return "redirect:/workshops/" + workshopId + "/live";
  }

  private String change(
      long questionId,
      RedirectAttributes redirect,
      String doneKey,
      java.util.function.Supplier<LiveQuestion> action) {
    long workshopId = live.get(region.id(), questionId, Participants.current()).workshopId();
    try {
      action.get();
      redirect.addFlashAttribute("flash", messages.get(doneKey));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
    } catch (ConcurrentEditException e) {
      redirect.addFlashAttribute("flashError", messages.get("shared.error.conflict"));
    }
    return "redirect:/workshops/" + workshopId + "/live";
  }

  /** The participant's phone page: the question and its choices. */
  @GetMapping("/live/{questionId}")
  String phone(@PathVariable long questionId, Model model, HttpServletRequest request) {
    phoneModel(model, questionId, null);
    return Htmx.view(request, "workshop/live-phone", "choices");
  }

  @PostMapping("/live/{questionId}/choose")
  String choose(
      @PathVariable long questionId,
      @RequestParam long ideaId,
      @RequestParam(defaultValue = "true") boolean chosen,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    String error = null;
    try {
      if (chosen) {
        live.vote(region.id(), questionId, ideaId, Participants.current());
      } else {
        live.withdraw(region.id(), questionId, ideaId, Participants.current());
      }
    } catch (InvalidInputException e) {
      error = Forms.firstMessage(e, messages);
    } catch (id.rancang.shared.TooManyRequestsException e) {
      if (!Htmx.isHtmx(request)) {
        throw e;
      }
      error =
          messages.get("shared.error.429.text")
              + " "
              + messages.get(
                  "shared.error.429.retryAfterSeconds", Long.toString(e.retryAfterSeconds()));
    }
    if (Htmx.isHtmx(request)) {
      phoneModel(model, questionId, error);
      return "workshop/live-phone :: choices";
    }
    if (error != null) {
      redirect.addFlashAttribute("flashError", error);
    }
    return "redirect:/live/" + questionId;
  }

  @PostMapping("/live/{questionId}/ideas")
  String addIdea(
      @PathVariable long questionId,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(required = false) String problem,
      @RequestParam(required = false) Dimension dimension,
      RedirectAttributes redirect) {
    try {
      live.addIdea(
          region.id(),
          questionId,
          Participants.current(),
          new IdeaCommand(title, problem, null, dimension, null, null, null));
      redirect.addFlashAttribute("flash", messages.get("workshop.idea.submitted"));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
    }
    return "redirect:/live/" + questionId;
  }

  @GetMapping("/live/{questionId}/projector")
  String projector(@PathVariable long questionId, Model model) {
    LiveQuestion question = live.get(region.id(), questionId, Participants.current());
    model.addAttribute("question", question);
    model.addAttribute(
        "workshop", ideas.collection(region.id(), question.workshopId(), Participants.current()));
    return "workshop/live-projector";
  }

  /** The live stream of a question: a snapshot first, then every change as it is committed. */
  @GetMapping(path = "/live/{questionId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  SseEmitter events(@PathVariable long questionId) {
    LiveQuestion question = live.get(region.id(), questionId, Participants.current());
    return feed.subscribe(question);
  }

  private void phoneModel(Model model, long questionId, String error) {
    Participant who = Participants.current();
    LiveQuestion question = live.get(region.id(), questionId, who);
    model.addAttribute("question", question);
    model.addAttribute("workshop", ideas.collection(region.id(), question.workshopId(), who));
    model.addAttribute("choiceError", error);
    model.addAttribute("dimensions", Dimension.values());
  }
}
