package id.rancang.prioritisation.web;

import id.rancang.prioritisation.Criterion;
import id.rancang.prioritisation.Evaluator;
import id.rancang.prioritisation.Exercise;
import id.rancang.prioritisation.ExerciseStatus;
import id.rancang.prioritisation.ExerciseViewer;
import id.rancang.prioritisation.PrioritisationCriteria;
import id.rancang.prioritisation.PrioritisationEvaluators;
import id.rancang.prioritisation.PrioritisationExercises;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Messages;
import id.rancang.workshop.WorkshopCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the overview of an exercise: settings, status with the changes the team may make (and what
 * keeps a draft from opening), the criteria tree, the groups with their progress and, for everyone
 * but participants, the evaluators.
 */
@Component
class ExerciseView {

  static final String PAGE = "prioritisation/exercise";

  private final PrioritisationExercises exercises;
  private final PrioritisationCriteria criteria;
  private final PrioritisationEvaluators evaluators;
  private final MasterplanManagement masterplans;
  private final WorkshopCatalog workshops;
  private final Messages messages;

  ExerciseView(
      PrioritisationExercises exercises,
      PrioritisationCriteria criteria,
      PrioritisationEvaluators evaluators,
      MasterplanManagement masterplans,
      WorkshopCatalog workshops,
      Messages messages) {
    this.exercises = exercises;
    this.criteria = criteria;
    this.evaluators = evaluators;
    this.masterplans = masterplans;
    this.workshops = workshops;
    this.messages = messages;
  }

  /** The exercise the current person may see; for anyone else it is not found. */
  Exercise visible(long regionId, long id) {
    return exercises.get(regionId, id, ExerciseViewer.current());
  }

  String page(Model model, long regionId, Exercise exercise) {
    fill(model, regionId, exercise);
    return PAGE;
  }

  void fill(Model model, long regionId, Exercise exercise) {
    long id = exercise.id();
    boolean team = ExerciseViewer.team();
    model.addAttribute("exercise", exercise);
    model.addAttribute("masterplan", masterplans.get(regionId, exercise.masterplanId()));
    model.addAttribute(
        "workshop",
        exercise.workshopId() == null
            ? null
            : workshops.find(regionId, exercise.workshopId()).orElse(null));
    model.addAttribute("input", exercises.input(regionId, id));
    model.addAttribute("tree", criteria.tree(regionId, id));
    model.addAttribute("groups", evaluators.groups(regionId, id));
    model.addAttribute("team", team);
    model.addAttribute("setupMayChange", team && exercises.setupMayChange(regionId, id));
    model.addAttribute("evaluatorsMayChange", team && exercises.evaluatorsMayChange(regionId, id));
    model.addAttribute("transitions", team ? exercise.status().transitions() : List.of());
    model.addAttribute(
        "openingProblems",
        team && exercise.status() == ExerciseStatus.DRAFT
            ? Choices.all(exercises.openingProblems(regionId, id), messages)
            : List.of());
    boolean seesEvaluators = ExerciseViewer.current().seesAll();
    model.addAttribute("seesEvaluators", seesEvaluators);
    Map<Long, List<Evaluator>> byGroup = new LinkedHashMap<>();
    if (seesEvaluators) {
      for (Evaluator e : evaluators.evaluators(regionId, id)) {
        byGroup.computeIfAbsent(e.groupId(), k -> new java.util.ArrayList<>()).add(e);
      }
    }
    model.addAttribute("evaluatorsByGroup", byGroup);
    model.addAttribute("canAudit", Access.hasAnyRole("REGION_ADMIN", "EDITOR", "REVIEWER"));
  }

  /** The criteria tree alone, for the fragment htmx swaps after a move. */
  void fillCriteria(Model model, long regionId, Exercise exercise) {
    model.addAttribute("exercise", exercise);
    model.addAttribute("tree", criteria.tree(regionId, exercise.id()));
    model.addAttribute(
        "setupMayChange",
        ExerciseViewer.team() && exercises.setupMayChange(regionId, exercise.id()));
  }

  /** Top-level criteria that may take sub-criteria (rated ones), for a parent choice. */
  static List<Criterion> parents(List<Criterion> tree) {
    return tree.stream().filter(Criterion::rated).toList();
  }
}
