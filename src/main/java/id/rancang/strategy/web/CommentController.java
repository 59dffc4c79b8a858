package id.rancang.strategy.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import id.rancang.strategy.Comment;
import id.rancang.strategy.CommentSubject;
import id.rancang.strategy.StrategyComments;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Comments on the parts of Buku 1. With a subject, {@code GET} gives its thread: the {@code
 * content} fragment of {@code strategy/comments} for htmx (pages load it through the {@code thread}
 * fragment), a whole page otherwise. Without a subject it lists the open comments of the
 * masterplan. Changes made with htmx answer with the thread to swap; without htmx they redirect.
 */
@Controller
@RequestMapping("/masterplans/{masterplanId}/comments")
@PreAuthorize("hasRole('MEMBER')")
class CommentController {

  static final String THREAD = "strategy/comments :: content";
  private static final String PAGE = "strategy/comment-list";
  private static final String COMMENTERS =
      "hasAnyRole('REGION_ADMIN', 'EDITOR', 'OPD_CONTRIBUTOR', 'REVIEWER')";
  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final StrategyComments comments;
  private final MasterplanManagement masterplans;
  private final CurrentRegion region;
  private final Messages messages;

  CommentController(
      StrategyComments comments,
      MasterplanManagement masterplans,
      CurrentRegion region,
      Messages messages) {
    this.comments = comments;
    this.masterplans = masterplans;
    this.region = region;
    this.messages = messages;
  }

  @GetMapping
  String list(
      @PathVariable long masterplanId,
      @RequestParam(required = false) CommentSubject subjectType,
      @RequestParam(required = false) Long subjectId,
      @RequestParam(required = false) Integer page,
      Model model,
      HttpServletRequest request) {
    Masterplan masterplan = masterplans.get(region.id(), masterplanId);
    model.addAttribute("masterplan", masterplan);
    permissions(model);
    if (subjectType != null && subjectId != null) {
      thread(model, masterplanId, subjectType, subjectId, "", null);
      return Htmx.isHtmx(request) ? THREAD : PAGE;
    }
    model.addAttribute(
        "open", comments.listOpen(region.id(), masterplanId, PageRequest.of(page, null)));
    return Htmx.view(request, PAGE, "results");
  }

  @PostMapping
  @PreAuthorize(COMMENTERS)
  String add(
      @PathVariable long masterplanId,
      @RequestParam CommentSubject subjectType,
      @RequestParam long subjectId,
      @RequestParam(defaultValue = "") String body,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    String typed = body;
    String error = null;
    try {
      comments.add(region.id(), masterplanId, subjectType, subjectId, Access.actor(), body);
      typed = "";
    } catch (InvalidInputException e) {
      error = Forms.firstMessage(e, messages);
    }
    if (Htmx.isHtmx(request)) {
      permissions(model);
      thread(model, masterplanId, subjectType, subjectId, typed, error);
      return THREAD;
    }
    flash(redirect, error, "strategy.comment.added");
    return threadRedirect(masterplanId, subjectType, subjectId);
  }

  @PostMapping("/{commentId}/resolved")
  @PreAuthorize(EDITORS)
  String resolve(
      @PathVariable long masterplanId,
      @PathVariable long commentId,
      @RequestParam boolean resolved,
      @RequestParam int version,
      @RequestParam(required = false) String from,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    Comment comment = comments.get(region.id(), masterplanId, commentId);
    String error = null;
    try {
      comments.resolve(region.id(), masterplanId, commentId, resolved, version);
    } catch (ConcurrentEditException e) {
      error = messages.get("shared.error.conflict");
    }
    return afterChange(
        masterplanId,
        comment,
        from,
        error,
        resolved ? "strategy.comment.resolvedSaved" : "strategy.comment.reopened",
        model,
        redirect,
        request);
  }

  @PostMapping("/{commentId}/delete")
  String delete(
      @PathVariable long masterplanId,
      @PathVariable long commentId,
      @RequestParam(required = false) String from,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    Comment comment = comments.get(region.id(), masterplanId, commentId);
    comments.delete(
        region.id(),
        masterplanId,
        commentId,
        Access.actor(),
        Access.hasAnyRole("REGION_ADMIN", "EDITOR"));
    return afterChange(
        masterplanId, comment, from, null, "strategy.comment.deleted", model, redirect, request);
  }

  private String afterChange(
      long masterplanId,
      Comment comment,
      String from,
      String error,
      String successKey,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    if (Htmx.isHtmx(request)) {
      permissions(model);
      thread(model, masterplanId, comment.subjectType(), comment.subjectId(), "", error);
      return THREAD;
    }
    flash(redirect, error, successKey);
    return "list".equals(from)
        ? "redirect:/masterplans/" + masterplanId + "/comments"
        : threadRedirect(masterplanId, comment.subjectType(), comment.subjectId());
  }

  private void thread(
      Model model,
      long masterplanId,
      CommentSubject subjectType,
      long subjectId,
      String typed,
      String error) {
    model.addAttribute("threadMasterplanId", masterplanId);
    model.addAttribute("threadSubjectType", subjectType);
    model.addAttribute("threadSubjectId", subjectId);
    model.addAttribute(
        "threadComments", comments.list(region.id(), masterplanId, subjectType, subjectId));
    model.addAttribute("threadBody", typed);
    model.addAttribute("threadError", error);
  }

  private static void permissions(Model model) {
    model.addAttribute(
        "canComment", Access.hasAnyRole("REGION_ADMIN", "EDITOR", "OPD_CONTRIBUTOR", "REVIEWER"));
    model.addAttribute("canResolve", Access.hasAnyRole("REGION_ADMIN", "EDITOR"));
    model.addAttribute("actor", Access.actor());
  }

  private void flash(RedirectAttributes redirect, String error, String successKey) {
    if (error == null) {
      redirect.addFlashAttribute("flash", messages.get(successKey));
    } else {
      redirect.addFlashAttribute("flashError", error);
    }
  }

  private static String threadRedirect(
      long masterplanId, CommentSubject subjectType, long subjectId) {
    return "redirect:/masterplans/"
        + masterplanId
        + "/comments?subjectType="
        + subjectType
        + "&subjectId="
        + subjectId;
  }
}
