package id.rancang.prioritisation.web;

import id.rancang.prioritisation.Criterion;
import id.rancang.prioritisation.CriterionCommand;
import id.rancang.prioritisation.CriterionKind;
import id.rancang.prioritisation.Exercise;
import id.rancang.prioritisation.Measure;
import id.rancang.prioritisation.PrioritisationCriteria;
import id.rancang.prioritisation.PrioritisationExercises;
import id.rancang.prioritisation.rules.Direction;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
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
 * The team's forms for an exercise's criteria: add (top-level or under a top-level criterion),
 * change with the rating scale as a list of levels, move up and down among siblings (htmx swaps the
 * criteria tree; without JavaScript the overview comes back) and delete.
 */
@Controller
@RequestMapping("/prioritisation/{exerciseId}/criteria")
@PreAuthorize(ExerciseController.TEAM)
class CriterionController {

  private static final String FORM = "prioritisation/criterion-form";

  private final PrioritisationExercises exercises;
  private final PrioritisationCriteria criteria;
  private final ExerciseView view;
  private final CurrentRegion region;
  private final Messages messages;

  CriterionController(
      PrioritisationExercises exercises,
      PrioritisationCriteria criteria,
      ExerciseView view,
      CurrentRegion region,
      Messages messages) {
    this.exercises = exercises;
    this.criteria = criteria;
    this.view = view;
    this.region = region;
    this.messages = messages;
  }

  @GetMapping("/new")
  String newForm(
      @PathVariable long exerciseId, @RequestParam(required = false) Long parentId, Model model) {
    Exercise exercise = exercises.get(region.id(), exerciseId);
    List<String> labels = new ArrayList<>();
    for (int level = 1; level <= 5; level++) {
      labels.add(messages.get("prioritisation.default.level." + level));
    }
    return form(model, exercise, null, CriterionForm.blank(parentId, labels), List.of());
  }

  @PostMapping
  String create(
      @PathVariable long exerciseId,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Exercise exercise = exercises.get(regionId, exerciseId);
    CriterionForm form = sent(request);
    List<FieldProblem> problems = new ArrayList<>();
    CriterionCommand command = form.command(problems);
    if (problems.isEmpty()) {
      try {
        Criterion created = criteria.create(regionId, exerciseId, command);
        redirect.addFlashAttribute(
            "flash", messages.get("prioritisation.criterion.created", created.code()));
        return "redirect:/prioritisation/" + exerciseId + "#criteria";
      } catch (InvalidInputException e) {
        problems = e.problems();
      }
    }
    return form(model, exercise, null, form, problems);
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable long exerciseId, @PathVariable long id, Model model) {
    long regionId = region.id();
    Exercise exercise = exercises.get(regionId, exerciseId);
    Criterion criterion = criterionOf(regionId, exerciseId, id);
    return form(model, exercise, criterion, CriterionForm.of(criterion), List.of());
  }

  @PostMapping("/{id}")
  String save(
      @PathVariable long exerciseId,
      @PathVariable long id,
      @RequestParam int version,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Exercise exercise = exercises.get(regionId, exerciseId);
    Criterion before = criterionOf(regionId, exerciseId, id);
    CriterionForm form = sent(request).withVersion(version);
    List<FieldProblem> problems = new ArrayList<>();
    CriterionCommand command = form.command(problems);
    if (problems.isEmpty()) {
      try {
        Criterion saved = criteria.update(regionId, id, command, version);
        redirect.addFlashAttribute(
            "flash", messages.get("prioritisation.criterion.saved", saved.code()));
        return "redirect:/prioritisation/" + exerciseId + "#criteria";
      } catch (InvalidInputException e) {
        problems = e.problems();
      } catch (ConcurrentEditException e) {
        Criterion theirs = criteria.get(regionId, id);
        model.addAttribute("conflict", true);
        return form(model, exercise, theirs, form.withVersion(theirs.version()), List.of());
      }
    }
    return form(model, exercise, before, form, problems);
  }

  @PostMapping("/{id}/move")
  String move(
      @PathVariable long exerciseId,
      @PathVariable long id,
      @RequestParam(defaultValue = "UP") String direction,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Exercise exercise = exercises.get(regionId, exerciseId);
    criterionOf(regionId, exerciseId, id);
    String problem = null;
    try {
      criteria.move(
          regionId,
          id,
          "DOWN".equals(direction)
              ? PrioritisationCriteria.Move.DOWN
              : PrioritisationCriteria.Move.UP);
    } catch (InvalidInputException e) {
      problem = String.join(" ", Choices.all(e.problems(), messages));
    }
    if (Htmx.isHtmx(request)) {
      view.fillCriteria(model, regionId, exercise);
      model.addAttribute("criteriaProblem", problem);
      return ExerciseView.PAGE + " :: criteria";
    }
    if (problem != null) {
      redirect.addFlashAttribute("flashError", problem);
    }
    return "redirect:/prioritisation/" + exerciseId + "#criteria";
  }

  @PostMapping("/{id}/delete")
  String delete(@PathVariable long exerciseId, @PathVariable long id, RedirectAttributes redirect) {
    long regionId = region.id();
    exercises.get(regionId, exerciseId);
    Criterion criterion = criterionOf(regionId, exerciseId, id);
    try {
      criteria.delete(regionId, id);
      redirect.addFlashAttribute(
          "flash", messages.get("prioritisation.criterion.deleted", criterion.code()));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "flashError", String.join(" ", Choices.all(e.problems(), messages)));
    }
    return "redirect:/prioritisation/" + exerciseId + "#criteria";
  }

  /** The criterion, when it is one of the exercise's; otherwise it is not found. */
  private Criterion criterionOf(long regionId, long exerciseId, long id) {
    Criterion criterion = criteria.get(regionId, id);
    if (criterion.exerciseId() != exerciseId) {
      throw new NotFoundException(PrioritisationCriteria.RECORD_TYPE, id);
    }
    return criterion;
  }

  private static CriterionForm sent(HttpServletRequest request) {
    return CriterionForm.sent(
        request.getParameter("parentId"),
        request.getParameter("code"),
        request.getParameter("name"),
        request.getParameter("description"),
        request.getParameter("kind"),
        request.getParameter("measure"),
        request.getParameter("direction"),
        request.getParameterValues("label"),
        request.getParameterValues("definition"),
        request.getParameter("version"));
  }

  private String form(
      Model model,
      Exercise exercise,
      Criterion criterion,
      CriterionForm form,
      List<FieldProblem> problems) {
    long regionId = region.id();
    List<Criterion> tree = criteria.tree(regionId, exercise.id());
    model.addAttribute("exercise", exercise);
    model.addAttribute("criterion", criterion);
    model.addAttribute("form", form);
    model.addAttribute("errors", Choices.errors(problems, messages));
    model.addAttribute("levelProblems", levelProblems(problems));
    model.addAttribute(
        "parents",
        ExerciseView.parents(tree).stream()
            .filter(p -> criterion == null || p.id() != criterion.id())
            .toList());
    model.addAttribute("kinds", CriterionKind.values());
    model.addAttribute("measures", Measure.values());
    model.addAttribute("directions", Direction.values());
    model.addAttribute("setupMayChange", exercises.setupMayChange(regionId, exercise.id()));
    return FORM;
  }

  /** Every problem with the scale (one per level), shown above the levels. */
  private List<String> levelProblems(List<FieldProblem> problems) {
    return Choices.all(
        problems.stream().filter(p -> "levels".equals(p.field())).toList(), messages);
  }
}
