package id.rancang.prioritisation.web;

import id.rancang.identity.RancangUser;
import id.rancang.prioritisation.MyRatings;
import id.rancang.prioritisation.RatingCommand;
import id.rancang.prioritisation.Ratings;
import id.rancang.programme.ProgrammeFilter;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import id.rancang.strategy.Dimension;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An evaluator's rating sheet: the masterplan's programmes (filtered by dimension or text, paged)
 * against the rated criteria, each cell a level of the criterion's scale. With JavaScript a change
 * saves the programme's row at once; without it the row's button does.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
@RequestMapping("/prioritisation/{exerciseId}/ratings")
class RatingController {

  static final String PAGE = "prioritisation/ratings";
  static final String ROW = PAGE + " :: row";

  /** Form fields: {@code l.<criterion>} the level, {@code ver.<criterion>} its version. */
  private static final String LEVEL = "l.";

  private static final String VERSION = "ver.";

  private final Ratings ratings;
  private final CurrentRegion region;
  private final Messages messages;

  RatingController(Ratings ratings, CurrentRegion region, Messages messages) {
    this.ratings = ratings;
    this.region = region;
    this.messages = messages;
  }

  @GetMapping
  String page(
      @PathVariable long exerciseId,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Dimension dimension,
      @RequestParam(required = false) Integer page,
      @AuthenticationPrincipal RancangUser user,
      Model model) {
    MyRatings mine =
        ratings.mine(
            region.id(),
            exerciseId,
            user.accountId(),
            filter(q, dimension),
            PageRequest.of(page, 20));
    model.addAttribute("sheet", mine);
    model.addAttribute("criteria", mine.criteria());
    model.addAttribute("exerciseId", exerciseId);
    model.addAttribute("open", mine.open());
    model.addAttribute("q", q);
    model.addAttribute("dimension", dimension);
    model.addAttribute("dimensions", Dimension.values());
    UriComponentsBuilder url =
        UriComponentsBuilder.fromPath("/prioritisation/" + exerciseId + "/ratings");
    if (q != null && !q.isBlank()) {
      url.queryParam("q", q);
    }
    if (dimension != null) {
      url.queryParam("dimension", dimension);
    }
    model.addAttribute("baseUrl", url.encode().build().toUriString());
    model.addAttribute(
        "returnUrl",
        url.cloneBuilder()
            .replaceQueryParam("page", mine.programmes().number())
            .build()
            .toUriString());
    return PAGE;
  }

  /** Saves the programme's row; htmx gets the row back. */
  @PostMapping("/{programmeId}")
  String save(
      @PathVariable long exerciseId,
      @PathVariable long programmeId,
      @RequestParam MultiValueMap<String, String> form,
      @RequestParam(name = "return", required = false) String back,
      @AuthenticationPrincipal RancangUser user,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    List<FieldProblem> problems = new ArrayList<>();
    List<RatingCommand> commands = commands(programmeId, form, problems);
    String error = null;
    if (!problems.isEmpty()) {
      error = Forms.firstMessage(new InvalidInputException(problems), messages);
    } else {
      try {
        ratings.rateAll(regionId, exerciseId, user.accountId(), commands);
      } catch (InvalidInputException e) {
        error = Forms.firstMessage(e, messages);
      } catch (ConcurrentEditException e) {
        error = messages.get("prioritisation.rating.changedElsewhere");
      }
    }
    if (!Htmx.isHtmx(request)) {
      redirect.addFlashAttribute(
          error == null ? "flash" : "flashError",
          error == null ? messages.get("prioritisation.rating.saved") : error);
      String target = back != null && back.startsWith("/prioritisation/") ? back : null;
      return "redirect:"
          + (target != null ? target : "/prioritisation/" + exerciseId + "/ratings")
          + "#programme-"
          + programmeId;
    }
    model.addAttribute("criteria", ratings.criteria(regionId, exerciseId));
    model.addAttribute("exerciseId", exerciseId);
    model.addAttribute("open", ratings.open(regionId, exerciseId));
    model.addAttribute("p", ratings.row(regionId, exerciseId, user.accountId(), programmeId));
    model.addAttribute("rowError", error);
    model.addAttribute("rowSaved", error == null);
    model.addAttribute("returnUrl", back);
    return ROW;
  }

  static List<RatingCommand> commands(
      long programmeId, MultiValueMap<String, String> form, List<FieldProblem> problems) {
    List<RatingCommand> commands = new ArrayList<>();
    for (String name : form.keySet()) {
      if (!name.startsWith(LEVEL)) {
        continue;
      }
      String criterion = name.substring(LEVEL.length());
      try {
        long criterionId = Long.parseLong(criterion);
        String v = form.getFirst(VERSION + criterion);
        int version = v == null || v.isBlank() ? 0 : Integer.parseInt(v.strip());
        String level = form.getFirst(name);
        commands.add(
            new RatingCommand(
                programmeId,
                criterionId,
                level == null || level.isBlank() ? null : Integer.valueOf(level.strip()),
                version));
      } catch (NumberFormatException e) {
        problems.add(FieldProblem.of(name, "prioritisation.rating.notALevel", form.getFirst(name)));
      }
    }
    return commands;
  }

  private static ProgrammeFilter filter(String q, Dimension dimension) {
    return new ProgrammeFilter(
        q == null || q.isBlank() ? null : q.strip(),
        dimension,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
