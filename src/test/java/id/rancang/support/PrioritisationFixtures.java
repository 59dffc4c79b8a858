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
  private final id.rancang.prioritisation.Judgements judgements;

  PrioritisationFixtures(
      PrioritisationExercises exercises,
      PrioritisationCriteria criteria,
      PrioritisationEvaluators evaluators,
      id.rancang.prioritisation.Judgements judgements) {
    this.judgements = judgements;
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

  /**
   * An open exercise with the defaults whose evaluator (the account) has judged a chain of
   * top-level criteria that connects them all, so that they may say they are done.
   */
  public long openExerciseWithConnectedJudgements(
      long regionId, long masterplanId, long accountId) {
    long exercise = createExercise(regionId, masterplanId);
    addEvaluator(regionId, exercise, accountId);
    open(regionId, exercise);
    var top = criteria.tree(regionId, exercise);
    List<id.rancang.prioritisation.JudgementCommand> chain = new java.util.ArrayList<>();
    for (int k = 1; k < top.size(); k++) {
      chain.add(
          new id.rancang.prioritisation.JudgementCommand(
              top.get(k - 1).id(), top.get(k).id(), 2.0, 0));
    }
    judgements.judgeAll(regionId, exercise, accountId, chain);
    return exercise;
  }
}
