package id.rancang.prioritisation.web;

import id.rancang.identity.RancangUser;
import id.rancang.prioritisation.ComparisonSet;
import id.rancang.prioritisation.JudgementCommand;
import id.rancang.prioritisation.Judgements;
import id.rancang.prioritisation.MyComparisons;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An evaluator's pairwise comparison of the criteria, one matrix after the other, each pair on
 * Saaty's scale from "the left criterion is extremely more important" through "equal" to the right.
 * With JavaScript every choice saves at once (htmx posts the set's form on change) and the answer
 * is the set again with its weights, consistency ratio and the judgements to reconsider; without it
 * the set's button saves the set. Only evaluators of the exercise reach the page.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
@RequestMapping("/prioritisation/{exerciseId}/comparisons")
class ComparisonController {

  static final String PAGE = "prioritisation/comparisons";
  static final String SET = PAGE + " :: set";

  /**
   * Form fields: {@code v.<first>-<second>} the value, {@code ver.<first>-<second>} its version.
   */
  private static final String VALUE = "v.";

  private static final String VERSION = "ver.";

  private final Judgements judgements;
  private final CurrentRegion region;
  private final Messages messages;

  ComparisonController(Judgements judgements, CurrentRegion region, Messages messages) {
    this.judgements = judgements;
    this.region = region;
    this.messages = messages;
  }

  @GetMapping
  String page(
      @PathVariable long exerciseId, @AuthenticationPrincipal RancangUser user, Model model) {
    MyComparisons mine = judgements.mine(region.id(), exerciseId, user.accountId());
    return page(mine, model);
  }

  /** Saves the set's judgements that changed; htmx gets the set back, recomputed. */
  @PostMapping("/{setKey}")
  String save(
      @PathVariable long exerciseId,
      @PathVariable String setKey,
      @RequestParam MultiValueMap<String, String> form,
      @AuthenticationPrincipal RancangUser user,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    String error = null;
    List<FieldProblem> problems = new ArrayList<>();
    List<JudgementCommand> commands = commands(form, problems);
    MyComparisons after = null;
    if (!problems.isEmpty()) {
      error = Forms.firstMessage(new InvalidInputException(problems), messages);
    } else {
      try {
        after = judgements.judgeAll(regionId, exerciseId, user.accountId(), commands);
      } catch (InvalidInputException e) {
        error = Forms.firstMessage(e, messages);
      } catch (ConcurrentEditException e) {
        error = messages.get("prioritisation.judgement.changedElsewhere");
      }
    }
    if (!Htmx.isHtmx(request)) {
      if (error != null) {
        redirect.addFlashAttribute("flashError", error);
      } else {
        redirect.addFlashAttribute("flash", messages.get("prioritisation.judgement.saved"));
      }
      return "redirect:/prioritisation/" + exerciseId + "/comparisons#set-" + setKey;
    }
    if (after == null) {
      after = judgements.mine(regionId, exerciseId, user.accountId());
    }
    ComparisonSet set =
        after.sets().stream().filter(s -> s.key().equals(setKey)).findFirst().orElse(null);
    if (set == null) {
      return page(after, model);
    }
    model.addAttribute("comparisons", after);
    model.addAttribute("set", ComparisonView.of(set, LocaleContextHolder.getLocale()));
    model.addAttribute("scale", ComparisonView.SCALE);
    model.addAttribute("setError", error);
    // the page's overall progress, swapped out of band
    model.addAttribute("oob", true);
    return SET;
  }

  /** The evaluator says they are done (they may still change their judgements while open). */
  @PostMapping("/submit")
  String submit(
      @PathVariable long exerciseId,
      @AuthenticationPrincipal RancangUser user,
      RedirectAttributes redirect) {
    try {
      judgements.submit(region.id(), exerciseId, user.accountId());
      redirect.addFlashAttribute("flash", messages.get("prioritisation.judgement.submitted"));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
    }
    return "redirect:/prioritisation/" + exerciseId + "/comparisons";
  }

  private String page(MyComparisons mine, Model model) {
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute("comparisons", mine);
    model.addAttribute(
        "sets", mine.sets().stream().map(s -> ComparisonView.of(s, locale)).toList());
    model.addAttribute("scale", ComparisonView.SCALE);
    return PAGE;
  }

  /** The judgements in the form, in the order of their fields; unreadable values are problems. */
  static List<JudgementCommand> commands(
      MultiValueMap<String, String> form, List<FieldProblem> problems) {
    List<JudgementCommand> commands = new ArrayList<>();
    for (String name : form.keySet()) {
      if (!name.startsWith(VALUE)) {
        continue;
      }
      String pair = name.substring(VALUE.length());
      int dash = pair.indexOf('-');
      long first;
      long second;
      int version;
      try {
        first = Long.parseLong(pair.substring(0, dash));
        second = Long.parseLong(pair.substring(dash + 1));
        String v = form.getFirst(VERSION + pair);
        version = v == null || v.isBlank() ? 0 : Integer.parseInt(v.strip());
      } catch (RuntimeException e) {
        problems.add(FieldProblem.of(name, "prioritisation.judgement.unknownCriterion"));
        continue;
      }
      try {
        commands.add(
            new JudgementCommand(
                first, second, ComparisonView.parse(form.getFirst(name)), version));
      } catch (NumberFormatException e) {
        problems.add(
            FieldProblem.of(name, "prioritisation.judgement.notANumber", form.getFirst(name)));
      }
    }
    return commands;
  }
}
