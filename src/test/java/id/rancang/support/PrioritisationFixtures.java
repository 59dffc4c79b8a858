package id.rancang.support;

import id.rancang.prioritisation.EvaluatorGroup;
import id.rancang.prioritisation.ExerciseCommand;
import id.rancang.prioritisation.PrioritisationCriteria;
import id.rancang.prioritisation.PrioritisationEvaluators;
import id.rancang.prioritisation.PrioritisationExercises;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/** Prioritisation exercises with their criteria, groups and evaluators for tests. */
@TestComponent
public class PrioritisationFixtures {

  private static final AtomicInteger UNIQUE = new AtomicInteger();

  private final PrioritisationExercises exercises;
  private final PrioritisationCriteria criteria;
  private final PrioritisationEvaluators evaluators;

  PrioritisationFixtures(
      PrioritisationExercises exercises,
      PrioritisationCriteria criteria,
      PrioritisationEvaluators evaluators) {
    this.exercises = exercises;
    this.criteria = criteria;
    this.evaluators = evaluators;
  }

  /**
   * A draft exercise with the ministry's nine default criteria and one evaluator group per
   * pentahelix role (named in Bahasa Indonesia), without evaluators.
   */
  public long createExercise(long regionId, long masterplanId) {
    return exercises
        .create(
            regionId,
            masterplanId,
            new ExerciseCommand(
                "Prioritas program #" + UNIQUE.incrementAndGet(),
                null,
                null,
                null,
                null,
                null,
                true,
                true),
            Locale.forLanguageTag("id"))
        .id();
  }

  /** Adds the member as an evaluator in the exercise's first group; their evaluator id. */
  public long addEvaluator(long regionId, long exerciseId, long accountId) {
    EvaluatorGroup first = evaluators.groups(regionId, exerciseId).get(0);
    return evaluators.add(regionId, exerciseId, first.id(), List.of(accountId)).added().get(0).id();
  }

  /** Opens the exercise to its evaluators (it needs one). */
  public void open(long regionId, long exerciseId) {
    exercises.open(regionId, exerciseId);
  }

  /** The exercise's first top-level criterion (with the defaults: impact on society). */
  public long firstCriterion(long regionId, long exerciseId) {
    return criteria.tree(regionId, exerciseId).get(0).id();
  }

  /** The exercise's group at {@code index} (with the defaults: 0 government ... 4 media). */
  public long group(long regionId, long exerciseId, int index) {
    return evaluators.groups(regionId, exerciseId).get(index).id();
  }
}
