package id.rancang.prioritisation.web;

import id.rancang.prioritisation.Aggregation;
import id.rancang.prioritisation.Exercise;
import id.rancang.prioritisation.ExerciseCommand;
import id.rancang.prioritisation.ExerciseStatus;
import id.rancang.prioritisation.ExerciseViewer;
import id.rancang.prioritisation.PrioritisationExercises;
import id.rancang.prioritisation.rules.IncompleteMethod;
import id.rancang.prioritisation.rules.RandomIndexTable;
import id.rancang.region.CurrentRegion;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The prioritisation exercises of a masterplan: the list (newest first) with the form to create
 * one, the overview of each, the form for its settings, its status changes and its deletion (the
 * team). A participant sees only the exercises they evaluate in.
 */
@Controller
@PreAuthorize("hasRole('MEMBER')")
class ExerciseController {

  static final String TEAM = "hasAnyRole('REGION_ADMIN', 'EDITOR')";
  private static final String LIST = "prioritisation/exercises";
  private static final String FORM = "prioritisation/exercise-form";
  private static final String DELETE = "prioritisation/exercise-delete";

  private final PrioritisationExercises exercises;
  private final MasterplanManagement masterplans;
  private final ExerciseView view;
  private final CurrentRegion region;
  private final Messages messages;

  ExerciseController(
      PrioritisationExercises exercises,
      MasterplanManagement masterplans,
      ExerciseView view,
      CurrentRegion region,
      Messages messages) {
    this.exercises = exercises;
    this.masterplans = masterplans;
    this.view = view;
    this.region = region;
    this.messages = messages;
  }

  @GetMapping("/masterplans/{masterplanId}/prioritisation")
  String list(
      @PathVariable long masterplanId,
      @RequestParam(required = false) Integer page,
      HttpServletRequest request,
      Model model) {
    Masterplan masterplan = masterplans.get(region.id(), masterplanId);
    fillList(model, masterplan, page);
    if (ExerciseViewer.team()) {
      fillForm(model, masterplan, null, ExerciseForm.blank(), List.of());
    }
    return Htmx.view(request, LIST, "results");
  }

  @PostMapping("/masterplans/{masterplanId}/prioritisation")
  @PreAuthorize(TEAM)
  String create(
      @PathVariable long masterplanId,
      @ModelAttribute("form") ExerciseForm form,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    List<FieldProblem> problems = new ArrayList<>();
    ExerciseCommand command = form.command(problems);
    if (problems.isEmpty()) {
      try {
        Exercise created = exercises.create(regionId, masterplanId, command);
        redirect.addFlashAttribute(
            "flash", messages.get("prioritisation.exercise.created", created.name()));
        return "redirect:/prioritisation/" + created.id();
      } catch (InvalidInputException e) {
        problems = e.problems();
      }
    }
    fillList(model, masterplan, null);
    fillForm(model, masterplan, null, form, problems);
    return LIST;
  }

  @GetMapping("/prioritisation/{id}")
  String overview(@PathVariable long id, Model model) {
    long regionId = region.id();
    return view.page(model, regionId, view.visible(regionId, id));
  }

  @GetMapping("/prioritisation/{id}/edit")
  @PreAuthorize(TEAM)
  String edit(@PathVariable long id, Model model) {
    long regionId = region.id();
    Exercise exercise = exercises.get(regionId, id);
    fillForm(
        model,
        masterplans.get(regionId, exercise.masterplanId()),
        exercise,
        ExerciseForm.of(exercise),
        List.of());
    return FORM;
  }

  @PostMapping("/prioritisation/{id}")
  @PreAuthorize(TEAM)
  String save(
      @PathVariable long id,
      @ModelAttribute("form") ExerciseForm form,
      @RequestParam int version,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Exercise before = exercises.get(regionId, id);
    Masterplan masterplan = masterplans.get(regionId, before.masterplanId());
    ExerciseForm typed = form.withVersion(version);
    List<FieldProblem> problems = new ArrayList<>();
    ExerciseCommand command = typed.command(problems);
    if (problems.isEmpty()) {
      try {
        Exercise saved = exercises.update(regionId, id, command, version);
        redirect.addFlashAttribute(
            "flash", messages.get("prioritisation.exercise.saved", saved.name()));
        return "redirect:/prioritisation/" + id;
      } catch (InvalidInputException e) {
        problems = e.problems();
      } catch (ConcurrentEditException e) {
        // keep what this person typed; saving again overwrites the other person's change
        Exercise theirs = exercises.get(regionId, id);
        model.addAttribute("conflict", true);
        fillForm(model, masterplan, theirs, typed.withVersion(theirs.version()), List.of());
        return FORM;
      }
    }
    fillForm(model, masterplan, before, typed, problems);
    return FORM;
  }

  @PostMapping("/prioritisation/{id}/status")
  @PreAuthorize(TEAM)
  String changeStatus(
      @PathVariable long id,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer version,
      RedirectAttributes redirect) {
    long regionId = region.id();
    exercises.get(regionId, id);
    List<FieldProblem> problems = new ArrayList<>();
    ExerciseStatus target = Choices.parse(ExerciseStatus.class, status, "status", problems);
    try {
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      Exercise changed = exercises.changeStatus(regionId, id, target, version);
      redirect.addFlashAttribute(
          "flash",
          messages.get(
              "prioritisation.status.changed",
              messages.get("prioritisation.status." + changed.status())));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "flashError", String.join(" ", Choices.all(e.problems(), messages)));
    } catch (ConcurrentEditException e) {
      redirect.addFlashAttribute("flashError", messages.get("shared.error.conflict"));
    }
    return "redirect:/prioritisation/" + id;
  }

  /** Asks before deleting, saying how many judgements and ratings would be lost. */
  @GetMapping("/prioritisation/{id}/delete")
  @PreAuthorize(TEAM)
  String confirmDelete(@PathVariable long id, Model model) {
    long regionId = region.id();
    Exercise exercise = exercises.get(regionId, id);
    model.addAttribute("exercise", exercise);
    model.addAttribute("input", exercises.input(regionId, id));
    return DELETE;
  }

  @PostMapping("/prioritisation/{id}/delete")
  @PreAuthorize(TEAM)
  String delete(
      @PathVariable long id,
      @RequestParam(required = false) String confirm,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Exercise exercise = exercises.get(regionId, id);
    try {
      exercises.delete(regionId, id, "true".equals(confirm) || "on".equals(confirm));
    } catch (InvalidInputException e) {
      model.addAttribute("exercise", exercise);
      model.addAttribute("input", exercises.input(regionId, id));
      model.addAttribute("problem", Forms.firstMessage(e, messages));
      return DELETE;
    }
    redirect.addFlashAttribute(
        "flash", messages.get("prioritisation.exercise.deleted", exercise.name()));
    return "redirect:/masterplans/" + exercise.masterplanId() + "/prioritisation";
  }

  private void fillList(Model model, Masterplan masterplan, Integer page) {
    model.addAttribute("masterplan", masterplan);
    model.addAttribute(
        "exercises",
        exercises.list(
            region.id(), masterplan.id(), ExerciseViewer.current(), PageRequest.of(page, null)));
    model.addAttribute("baseUrl", "/masterplans/" + masterplan.id() + "/prioritisation");
    model.addAttribute("team", ExerciseViewer.team());
  }

  private void fillForm(
      Model model,
      Masterplan masterplan,
      Exercise exercise,
      ExerciseForm form,
      List<FieldProblem> problems) {
    model.addAttribute("masterplan", masterplan);
    model.addAttribute("exercise", exercise);
    model.addAttribute("form", form);
    model.addAttribute("errors", Choices.errors(problems, messages));
    model.addAttribute("aggregations", Aggregation.values());
    model.addAttribute("riTables", RandomIndexTable.values());
    model.addAttribute("incompleteMethods", IncompleteMethod.values());
    model.addAttribute("workshops", exercises.workshopChoices(region.id(), masterplan.id()));
  }
}
