package id.rancang.prioritisation.web;

import id.rancang.prioritisation.Evaluator;
import id.rancang.prioritisation.EvaluatorCommand;
import id.rancang.prioritisation.EvaluatorGroup;
import id.rancang.prioritisation.EvaluatorGroupCommand;
import id.rancang.prioritisation.EvaluatorsAdded;
import id.rancang.prioritisation.Exercise;
import id.rancang.prioritisation.PrioritisationEvaluators;
import id.rancang.prioritisation.PrioritisationExercises;
import id.rancang.region.CurrentRegion;
import id.rancang.region.PentahelixRole;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.PageRequest;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The team's forms for an exercise's evaluator groups (add, change, delete) and evaluators: choose
 * members of the region to add to a group (search with htmx, or as a plain form), move an evaluator
 * to another group or change their weight, and remove them after a confirmation that says how much
 * of their input would go with them.
 */
@Controller
@RequestMapping("/prioritisation/{exerciseId}")
@PreAuthorize(ExerciseController.TEAM)
class EvaluatorController {

  private static final String GROUP_FORM = "prioritisation/group-form";
  private static final String ADD = "prioritisation/evaluators-add";
  private static final String REMOVE = "prioritisation/evaluator-remove";

  private final PrioritisationExercises exercises;
  private final PrioritisationEvaluators evaluators;
  private final CurrentRegion region;
  private final Messages messages;

  EvaluatorController(
      PrioritisationExercises exercises,
      PrioritisationEvaluators evaluators,
      CurrentRegion region,
      Messages messages) {
    this.exercises = exercises;
    this.evaluators = evaluators;
    this.region = region;
    this.messages = messages;
  }

  /** A group as the form sent it. */
  record GroupForm(String name, String pentahelixRole, String weight, String version) {

    static GroupForm of(EvaluatorGroup g) {
      return new GroupForm(
          g.name(),
          g.pentahelixRole() == null ? "" : g.pentahelixRole().name(),
          g.weight().toPlainString(),
          Integer.toString(g.version()));
    }

    EvaluatorGroupCommand command(List<FieldProblem> problems) {
      return new EvaluatorGroupCommand(
          name,
          Choices.parse(PentahelixRole.class, pentahelixRole, "pentahelixRole", problems),
          Choices.number(weight, "weight", problems));
    }
  }

  // ---- groups ----

  @GetMapping("/groups/new")
  String newGroup(@PathVariable long exerciseId, Model model) {
    Exercise exercise = exercises.get(region.id(), exerciseId);
    return groupForm(model, exercise, null, new GroupForm("", "", "1", null), List.of());
  }

  @PostMapping("/groups")
  String createGroup(
      @PathVariable long exerciseId,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String pentahelixRole,
      @RequestParam(required = false) String weight,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Exercise exercise = exercises.get(regionId, exerciseId);
    GroupForm form = new GroupForm(name, pentahelixRole, weight, null);
    List<FieldProblem> problems = new ArrayList<>();
    EvaluatorGroupCommand command = form.command(problems);
    if (problems.isEmpty()) {
      try {
        EvaluatorGroup created = evaluators.createGroup(regionId, exerciseId, command);
        redirect.addFlashAttribute(
            "flash", messages.get("prioritisation.group.created", created.name()));
        return "redirect:/prioritisation/" + exerciseId + "#groups";
      } catch (InvalidInputException e) {
        problems = e.problems();
      }
    }
    return groupForm(model, exercise, null, form, problems);
  }

  @GetMapping("/groups/{groupId}/edit")
  String editGroup(@PathVariable long exerciseId, @PathVariable long groupId, Model model) {
    long regionId = region.id();
    Exercise exercise = exercises.get(regionId, exerciseId);
    EvaluatorGroup group = groupOf(regionId, exerciseId, groupId);
    return groupForm(model, exercise, group, GroupForm.of(group), List.of());
  }

  @PostMapping("/groups/{groupId}")
  String saveGroup(
      @PathVariable long exerciseId,
      @PathVariable long groupId,
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String pentahelixRole,
      @RequestParam(required = false) String weight,
      @RequestParam int version,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Exercise exercise = exercises.get(regionId, exerciseId);
    EvaluatorGroup before = groupOf(regionId, exerciseId, groupId);
    GroupForm form = new GroupForm(name, pentahelixRole, weight, Integer.toString(version));
    List<FieldProblem> problems = new ArrayList<>();
    EvaluatorGroupCommand command = form.command(problems);
    if (problems.isEmpty()) {
      try {
        EvaluatorGroup saved = evaluators.updateGroup(regionId, groupId, command, version);
        redirect.addFlashAttribute(
            "flash", messages.get("prioritisation.group.saved", saved.name()));
        return "redirect:/prioritisation/" + exerciseId + "#groups";
      } catch (InvalidInputException e) {
        problems = e.problems();
      } catch (ConcurrentEditException e) {
        EvaluatorGroup theirs = evaluators.group(regionId, groupId);
        model.addAttribute("conflict", true);
        return groupForm(
            model,
            exercise,
            theirs,
            new GroupForm(name, pentahelixRole, weight, Integer.toString(theirs.version())),
            List.of());
      }
    }
    return groupForm(model, exercise, before, form, problems);
  }

  @PostMapping("/groups/{groupId}/delete")
  String deleteGroup(
      @PathVariable long exerciseId, @PathVariable long groupId, RedirectAttributes redirect) {
    long regionId = region.id();
    exercises.get(regionId, exerciseId);
    EvaluatorGroup group = groupOf(regionId, exerciseId, groupId);
    try {
      evaluators.deleteGroup(regionId, groupId);
      redirect.addFlashAttribute(
          "flash", messages.get("prioritisation.group.deleted", group.name()));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "flashError", String.join(" ", Choices.all(e.problems(), messages)));
    }
    return "redirect:/prioritisation/" + exerciseId + "#groups";
  }

  // ---- evaluators ----

  /** Members of the region to choose from, matching {@code q}; htmx asks for the results only. */
  @GetMapping("/evaluators/add")
  String candidates(
      @PathVariable long exerciseId,
      @RequestParam(required = false) Long groupId,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) Integer page,
      HttpServletRequest request,
      Model model) {
    Exercise exercise = exercises.get(region.id(), exerciseId);
    fillAdd(model, exercise, groupId, q, page, List.of());
    return Htmx.view(request, ADD, "candidates");
  }

  @PostMapping("/evaluators")
  String add(
      @PathVariable long exerciseId,
      @RequestParam(required = false) String groupId,
      @RequestParam(name = "accountId", required = false) List<Long> accountIds,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Exercise exercise = exercises.get(regionId, exerciseId);
    List<FieldProblem> problems = new ArrayList<>();
    Long group = Choices.id(groupId, "groupId", problems);
    if (group == null && problems.isEmpty()) {
      problems.add(FieldProblem.of("groupId", "prioritisation.evaluator.unknownGroup"));
    }
    if (problems.isEmpty()) {
      try {
        EvaluatorsAdded result =
            evaluators.add(
                regionId, exerciseId, group, accountIds == null ? List.of() : accountIds);
        redirect.addFlashAttribute(
            "flash",
            messages.get(
                "prioritisation.evaluator.added", result.added().size(), result.already().size()));
        return "redirect:/prioritisation/" + exerciseId + "#groups";
      } catch (InvalidInputException e) {
        problems = e.problems();
      }
    }
    fillAdd(model, exercise, group, "", null, problems);
    return ADD;
  }

  /** Moves an evaluator to another group and/or changes their weight (a row of the overview). */
  @PostMapping("/evaluators/{evaluatorId}")
  String update(
      @PathVariable long exerciseId,
      @PathVariable long evaluatorId,
      @RequestParam(required = false) String groupId,
      @RequestParam(required = false) String weight,
      @RequestParam int version,
      RedirectAttributes redirect) {
    long regionId = region.id();
    exercises.get(regionId, exerciseId);
    Evaluator evaluator = evaluatorOf(regionId, exerciseId, evaluatorId);
    List<FieldProblem> problems = new ArrayList<>();
    EvaluatorCommand command =
        new EvaluatorCommand(
            Choices.id(groupId, "groupId", problems), Choices.number(weight, "weight", problems));
    try {
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      evaluators.update(regionId, evaluatorId, command, version);
      redirect.addFlashAttribute(
          "flash", messages.get("prioritisation.evaluator.saved", evaluator.name()));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "flashError",
          messages.get("prioritisation.evaluator.notSaved", evaluator.name())
              + " "
              + String.join(" ", Choices.all(e.problems(), messages)));
    } catch (ConcurrentEditException e) {
      redirect.addFlashAttribute("flashError", messages.get("shared.error.conflict"));
    }
    return "redirect:/prioritisation/" + exerciseId + "#groups";
  }

  /** Asks before removing, saying how many of their judgements and ratings would go with them. */
  @GetMapping("/evaluators/{evaluatorId}/remove")
  String confirmRemove(@PathVariable long exerciseId, @PathVariable long evaluatorId, Model model) {
    long regionId = region.id();
    Exercise exercise = exercises.get(regionId, exerciseId);
    model.addAttribute("exercise", exercise);
    model.addAttribute("evaluator", evaluatorOf(regionId, exerciseId, evaluatorId));
    return REMOVE;
  }

  @PostMapping("/evaluators/{evaluatorId}/remove")
  String remove(
      @PathVariable long exerciseId,
      @PathVariable long evaluatorId,
      @RequestParam(required = false) String confirm,
      Model model,
      RedirectAttributes redirect) {
    long regionId = region.id();
    Exercise exercise = exercises.get(regionId, exerciseId);
    Evaluator evaluator = evaluatorOf(regionId, exerciseId, evaluatorId);
    try {
      evaluators.remove(regionId, evaluatorId, "true".equals(confirm) || "on".equals(confirm));
    } catch (InvalidInputException e) {
      model.addAttribute("exercise", exercise);
      model.addAttribute("evaluator", evaluator);
      model.addAttribute("problem", String.join(" ", Choices.all(e.problems(), messages)));
      return REMOVE;
    }
    redirect.addFlashAttribute(
        "flash", messages.get("prioritisation.evaluator.removed", evaluator.name()));
    return "redirect:/prioritisation/" + exerciseId + "#groups";
  }

  // ---- helpers ----

  private EvaluatorGroup groupOf(long regionId, long exerciseId, long groupId) {
    EvaluatorGroup group = evaluators.group(regionId, groupId);
    if (group.exerciseId() != exerciseId) {
      throw new NotFoundException(PrioritisationEvaluators.GROUP_RECORD, groupId);
    }
    return group;
  }

  private Evaluator evaluatorOf(long regionId, long exerciseId, long evaluatorId) {
    Evaluator evaluator = evaluators.evaluator(regionId, evaluatorId);
    if (evaluator.exerciseId() != exerciseId) {
      throw new NotFoundException(PrioritisationEvaluators.EVALUATOR_RECORD, evaluatorId);
    }
    return evaluator;
  }

  private String groupForm(
      Model model,
      Exercise exercise,
      EvaluatorGroup group,
      GroupForm form,
      List<FieldProblem> problems) {
    model.addAttribute("exercise", exercise);
    model.addAttribute("group", group);
    model.addAttribute("form", form);
    model.addAttribute("errors", Choices.errors(problems, messages));
    model.addAttribute("roles", PentahelixRole.values());
    model.addAttribute("setupMayChange", exercises.setupMayChange(region.id(), exercise.id()));
    return GROUP_FORM;
  }

  private void fillAdd(
      Model model,
      Exercise exercise,
      Long groupId,
      String q,
      Integer page,
      List<FieldProblem> problems) {
    long regionId = region.id();
    List<EvaluatorGroup> groups = evaluators.groups(regionId, exercise.id());
    model.addAttribute("exercise", exercise);
    model.addAttribute("groups", groups);
    model.addAttribute(
        "groupId", groupId != null ? groupId : groups.isEmpty() ? null : groups.get(0).id());
    model.addAttribute("q", q);
    model.addAttribute(
        "candidates", evaluators.candidates(regionId, exercise.id(), q, PageRequest.of(page, 50)));
    java.util.Map<Long, String> groupNames = new java.util.HashMap<>();
    groups.forEach(g -> groupNames.put(g.id(), g.name()));
    model.addAttribute("groupNames", groupNames);
    model.addAttribute(
        "baseUrl",
        UriComponentsBuilder.fromPath("/prioritisation/" + exercise.id() + "/evaluators/add")
            .queryParam("q", q)
            .queryParamIfPresent("groupId", java.util.Optional.ofNullable(groupId))
            .encode()
            .build()
            .toUriString());
    model.addAttribute("errors", Choices.errors(problems, messages));
    model.addAttribute(
        "evaluatorsMayChange", exercises.evaluatorsMayChange(regionId, exercise.id()));
  }
}
