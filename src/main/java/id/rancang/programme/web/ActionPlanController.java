package id.rancang.programme.web;

import id.rancang.programme.ActionPlan;
import id.rancang.programme.ActionStatus;
import id.rancang.programme.PlannedAction;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.region.CurrentRegion;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.OpdDirectory;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Ordering;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editing a programme's action plan (rencana aksi) on its page: add an action to a category, edit
 * one in its row, report its status and progress, move it among the actions of the same period, and
 * delete it after a confirmation. With htmx each answer is the part of the page that changed (a row
 * or the whole plan); without JavaScript the same URLs answer with a full page or a redirect back
 * to the programme. Editors change every plan, an OPD contributor only those of the programmes
 * their OPD leads ({@link ActionRights}).
 */
@Controller
@RequestMapping("/masterplans/{masterplanId}/programmes/{programmeId}/actions")
@PreAuthorize("hasRole('MEMBER')")
class ActionPlanController {

  private static final String CHANGERS = "hasAnyRole('REGION_ADMIN', 'EDITOR', 'OPD_CONTRIBUTOR')";

  static final String PLAN = "programme/actions :: plan";
  static final String ROW = "programme/actions :: row";
  static final String EDIT_ROW = "programme/actions :: editRow";
  static final String DELETE_ROW = "programme/actions :: deleteRow";
  static final String FORM_PAGE = "programme/action-form";
  static final String DELETE_PAGE = "programme/action-delete";

  private final ActionPlan plan;
  private final ProgrammePortfolio portfolio;
  private final MasterplanManagement masterplans;
  private final CurrentRegion region;
  private final Messages messages;
  private final ActionPlanView view;

  ActionPlanController(
      ActionPlan plan,
      ProgrammePortfolio portfolio,
      MasterplanManagement masterplans,
      OpdDirectory opds,
      CurrentRegion region,
      Messages messages) {
    this.plan = plan;
    this.portfolio = portfolio;
    this.masterplans = masterplans;
    this.region = region;
    this.messages = messages;
    this.view = new ActionPlanView(plan, opds, messages);
  }

  /** The programme a request is about, with its masterplan, both of the current region. */
  private record Context(long regionId, Masterplan masterplan, Programme programme) {}

  @PostMapping
  @PreAuthorize(CHANGERS)
  String add(
      @PathVariable long masterplanId,
      @PathVariable long programmeId,
      @ModelAttribute("form") ActionForm posted,
      BindingResult binding,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    Context c = changeable(masterplanId, programmeId, model);
    ActionForm form = posted.withId(null);
    List<FieldProblem> problems = problems(form, binding);
    if (problems.isEmpty()) {
      try {
        PlannedAction added = plan.add(c.regionId(), programmeId, form.command());
        String message = messages.get("programme.actionEdit.added", added.title());
        if (!Htmx.isHtmx(request)) {
          redirect.addFlashAttribute("flash", message);
          return redirectToProgramme(masterplanId, programmeId, "action-" + added.id());
        }
        return planAnswer(c, message, null, model);
      } catch (InvalidInputException e) {
        problems = e.problems();
      }
    }
    if (Htmx.isHtmx(request)) {
      view.fill(model, c.regionId(), c.masterplan(), c.programme(), form, problems);
      model.addAttribute("planError", messages.get("programme.actionEdit.problems"));
      return PLAN;
    }
    return formPage(c, form, problems, null, model);
  }

  /**
   * The display row of an action (htmx: e.g. after cancelling an edit); otherwise its programme.
   */
  @GetMapping("/{actionId}")
  String row(
      @PathVariable long masterplanId,
      @PathVariable long programmeId,
      @PathVariable long actionId,
      HttpServletRequest request,
      Model model) {
    Context c = context(masterplanId, programmeId, model);
    PlannedAction action = plan.action(c.regionId(), programmeId, actionId);
    if (!Htmx.isHtmx(request)) {
      return redirectToProgramme(masterplanId, programmeId, "action-" + action.id());
    }
    return rowAnswer(c, action, null, null, model);
  }

  @GetMapping("/{actionId}/edit")
  @PreAuthorize(CHANGERS)
  String edit(
      @PathVariable long masterplanId,
      @PathVariable long programmeId,
      @PathVariable long actionId,
      HttpServletRequest request,
      Model model) {
    Context c = changeable(masterplanId, programmeId, model);
    PlannedAction action = plan.action(c.regionId(), programmeId, actionId);
    return editAnswer(c, ActionForm.of(action), List.of(), null, request, model);
  }

  /**
   * Saves an edited action: htmx gets the display row back (the whole plan when the action now
   * belongs elsewhere in it), a plain form a redirect to the programme.
   */
  @RequestMapping(
      path = "/{actionId}",
      method = {RequestMethod.POST, RequestMethod.PUT})
  @PreAuthorize(CHANGERS)
  String save(
      @PathVariable long masterplanId,
      @PathVariable long programmeId,
      @PathVariable long actionId,
      @ModelAttribute("form") ActionForm posted,
      BindingResult binding,
      @RequestParam int version,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Context c = changeable(masterplanId, programmeId, model);
    PlannedAction before = plan.action(c.regionId(), programmeId, actionId);
    ActionForm form = posted.withId(actionId).withVersion(version);
    List<FieldProblem> problems = problems(form, binding);
    if (problems.isEmpty()) {
      try {
        PlannedAction saved =
            plan.update(c.regionId(), programmeId, actionId, form.command(), version);
        String message = messages.get("programme.actionEdit.saved", saved.title());
        if (!Htmx.isHtmx(request)) {
          redirect.addFlashAttribute("flash", message);
          return redirectToProgramme(masterplanId, programmeId, "action-" + actionId);
        }
        if (!ActionPlanView.listedTogether(before, saved)) {
          // another category or period: the row's place in the plan changed
          response.setHeader("HX-Retarget", "#action-plan");
          response.setHeader("HX-Reswap", "outerHTML");
          return planAnswer(c, message, null, model);
        }
        return rowAnswer(c, saved, message, null, model);
      } catch (InvalidInputException e) {
        problems = e.problems();
      } catch (ConcurrentEditException e) {
        // keep what this person typed, show what the other person saved; saving again replaces it
        PlannedAction theirs = plan.action(c.regionId(), programmeId, actionId);
        return editAnswer(c, form.withVersion(theirs.version()), List.of(), theirs, request, model);
      }
    }
    return editAnswer(c, form, problems, null, request, model);
  }

  /** The quick update of a row: status and progress only. */
  @PostMapping("/{actionId}/progress")
  @PreAuthorize(CHANGERS)
  String progress(
      @PathVariable long masterplanId,
      @PathVariable long programmeId,
      @PathVariable long actionId,
      @RequestParam(required = false) ActionStatus status,
      @RequestParam(defaultValue = "") String progress,
      @RequestParam int version,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    Context c = changeable(masterplanId, programmeId, model);
    PlannedAction before = plan.action(c.regionId(), programmeId, actionId);
    ActionForm typed = ActionForm.quickUpdate(before, status, progress).withVersion(version);
    List<FieldProblem> problems = typed.formatProblems();
    if (problems.isEmpty()) {
      try {
        PlannedAction saved =
            plan.updateProgress(
                c.regionId(), programmeId, actionId, status, typed.progressValue(), version);
        String message = messages.get("programme.actionEdit.progressSaved", saved.title());
        if (!Htmx.isHtmx(request)) {
          redirect.addFlashAttribute("flash", message);
          return redirectToProgramme(masterplanId, programmeId, "action-" + actionId);
        }
        return rowAnswer(c, saved, message, null, model);
      } catch (InvalidInputException e) {
        problems = e.problems();
      } catch (ConcurrentEditException e) {
        PlannedAction theirs = plan.action(c.regionId(), programmeId, actionId);
        if (Htmx.isHtmx(request)) {
          // the row now shows their version; say what was not saved
          String error =
              messages.get(
                  "programme.actionEdit.progressConflict",
                  messages.get("programme.actionStatus." + status),
                  progress.strip());
          return rowAnswer(c, theirs, null, error, model);
        }
        return formPage(
            c,
            ActionForm.quickUpdate(theirs, status, progress).withVersion(theirs.version()),
            List.of(),
            theirs,
            model);
      }
    }
    if (Htmx.isHtmx(request)) {
      model.addAttribute("quick", typed);
      model.addAttribute("quickErrors", view.errors(problems));
      return rowAnswer(c, before, null, null, model);
    }
    return formPage(c, typed, problems, null, model);
  }

  /** Moves an action one place up or down among the actions of its category and period. */
  @PostMapping("/{actionId}/move")
  @PreAuthorize(CHANGERS)
  String move(
      @PathVariable long masterplanId,
      @PathVariable long programmeId,
      @PathVariable long actionId,
      @RequestParam Ordering.Direction direction,
      @RequestParam int version,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    Context c = changeable(masterplanId, programmeId, model);
    String error = null;
    try {
      plan.move(c.regionId(), programmeId, actionId, direction, version);
    } catch (ConcurrentEditException e) {
      error = messages.get("programme.actionEdit.moveConflict");
    }
    if (Htmx.isHtmx(request)) {
      return planAnswer(c, null, error, model);
    }
    if (error != null) {
      redirect.addFlashAttribute("flashError", error);
    }
    return redirectToProgramme(masterplanId, programmeId, "action-" + actionId);
  }

  /** Asks before deleting: a row with the question (htmx) or a page of its own. */
  @GetMapping("/{actionId}/delete")
  @PreAuthorize(CHANGERS)
  String confirmDelete(
      @PathVariable long masterplanId,
      @PathVariable long programmeId,
      @PathVariable long actionId,
      HttpServletRequest request,
      Model model) {
    Context c = changeable(masterplanId, programmeId, model);
    model.addAttribute("action", plan.action(c.regionId(), programmeId, actionId));
    view.choices(model, c.regionId(), c.masterplan());
    return Htmx.isHtmx(request) ? DELETE_ROW : DELETE_PAGE;
  }

  @PostMapping("/{actionId}/delete")
  @PreAuthorize(CHANGERS)
  String delete(
      @PathVariable long masterplanId,
      @PathVariable long programmeId,
      @PathVariable long actionId,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    Context c = changeable(masterplanId, programmeId, model);
    PlannedAction action = plan.action(c.regionId(), programmeId, actionId);
    plan.delete(c.regionId(), programmeId, actionId);
    String message = messages.get("programme.actionEdit.deleted", action.title());
    if (Htmx.isHtmx(request)) {
      return planAnswer(c, message, null, model);
    }
    redirect.addFlashAttribute("flash", message);
    return redirectToProgramme(masterplanId, programmeId, "action-plan");
  }

  // ---- helpers ----

  /** The programme and its masterplan, or 404 when the region has no such programme. */
  private Context context(long masterplanId, long programmeId, Model model) {
    long regionId = region.id();
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    Programme programme = portfolio.get(regionId, masterplanId, programmeId);
    model.addAttribute("masterplan", masterplan);
    model.addAttribute("programme", programme);
    return new Context(regionId, masterplan, programme);
  }

  /** {@link #context}, and 403 unless the person may change this programme's action plan. */
  private Context changeable(long masterplanId, long programmeId, Model model) {
    Context c = context(masterplanId, programmeId, model);
    ActionRights.checkMayChange(c.programme().leadOpdId());
    return c;
  }

  /** Values the form could not convert (a hand-made choice), then what the form cannot read. */
  private static List<FieldProblem> problems(ActionForm form, BindingResult binding) {
    List<FieldProblem> problems = new ArrayList<>();
    for (FieldError error : binding.getFieldErrors()) {
      problems.add(FieldProblem.of(error.getField(), "programme.actionEdit.invalidChoice"));
    }
    problems.addAll(form.formatProblems());
    return problems;
  }

  private String planAnswer(Context c, String message, String error, Model model) {
    view.fill(model, c.regionId(), c.masterplan(), c.programme());
    model.addAttribute("planMessage", message);
    model.addAttribute("planError", error);
    return PLAN;
  }

  private String rowAnswer(
      Context c, PlannedAction action, String message, String error, Model model) {
    view.fill(model, c.regionId(), c.masterplan(), c.programme());
    model.addAttribute("action", action);
    model.addAttribute("rowMessage", message);
    model.addAttribute("rowError", error);
    return ROW;
  }

  /** The edit form: a table row for htmx, a page of its own otherwise. */
  private String editAnswer(
      Context c,
      ActionForm form,
      List<FieldProblem> problems,
      PlannedAction conflicting,
      HttpServletRequest request,
      Model model) {
    if (!Htmx.isHtmx(request)) {
      return formPage(c, form, problems, conflicting, model);
    }
    fillForm(c, form, problems, conflicting, model);
    return EDIT_ROW;
  }

  private String formPage(
      Context c,
      ActionForm form,
      List<FieldProblem> problems,
      PlannedAction conflicting,
      Model model) {
    fillForm(c, form, problems, conflicting, model);
    return FORM_PAGE;
  }

  private void fillForm(
      Context c,
      ActionForm form,
      List<FieldProblem> problems,
      PlannedAction conflicting,
      Model model) {
    view.choices(model, c.regionId(), c.masterplan());
    model.addAttribute("form", form);
    model.addAttribute("errors", view.errors(problems));
    model.addAttribute("conflicting", conflicting);
  }

  private static String redirectToProgramme(long masterplanId, long programmeId, String anchor) {
    return "redirect:/masterplans/" + masterplanId + "/programmes/" + programmeId + "#" + anchor;
  }
}
