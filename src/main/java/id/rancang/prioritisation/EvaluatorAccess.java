package id.rancang.prioritisation;

import id.rancang.prioritisation.rules.AhpInputException;
import id.rancang.prioritisation.rules.DerivationOptions;
import id.rancang.prioritisation.rules.IncompleteMethod;
import id.rancang.prioritisation.rules.RandomIndexTable;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What evaluators' own pages need to know first: the exercise (region-scoped) with the settings its
 * calculations use, and the evaluator the account is in it. An account that does not evaluate the
 * exercise finds nothing, as if the exercise did not exist.
 */
@Component
class EvaluatorAccess {

  static final String EXERCISE = "prioritisation-exercise";

  private final PrioritisationExercises exercises;
  private final PrioritisationEvaluators evaluators;

  EvaluatorAccess(PrioritisationExercises exercises, PrioritisationEvaluators evaluators) {
    this.exercises = exercises;
    this.evaluators = evaluators;
  }

  Setting setting(long regionId, long exerciseId) {
    Exercise e = exercises.get(regionId, exerciseId);
    return new Setting(
        e.id(),
        e.status().name(),
        e.riTable().id(),
        e.incompleteMethod(),
        e.name(),
        e.masterplanId(),
        e.aggregation().name());
  }

  Evaluator evaluator(long regionId, long exerciseId, long accountId) {
    return findEvaluator(regionId, exerciseId, accountId)
        .orElseThrow(() -> new NotFoundException(EXERCISE, exerciseId));
  }

  Optional<Evaluator> findEvaluator(long regionId, long exerciseId, long accountId) {
    return evaluators
        .evaluatorOf(regionId, exerciseId, accountId)
        .map(e -> new Evaluator(e.id(), e.submittedAt()));
  }

  /** An exercise as the calculations and the evaluators' pages need it. */
  record Setting(
      long id,
      String status,
      String riTable,
      IncompleteMethod method,
      String name,
      long masterplanId,
      String aggregation) {

    /** AIJ unless the team chose AIP. */
    String aggregationOrDefault() {
      return aggregation == null ? "AIJ" : aggregation;
    }

    boolean open() {
      return "OPEN".equals(status);
    }

    /** Evaluators change their judgements and ratings only while the exercise is open. */
    void requireOpen() {
      if (!open()) {
        throw InvalidInputException.of("judgements", "prioritisation.judgement.notOpen." + status);
      }
    }

    DerivationOptions options() {
      RandomIndexTable table;
      try {
        table = RandomIndexTable.byId(riTable);
      } catch (AhpInputException e) {
        table = RandomIndexTable.DEFAULT;
      }
      return DerivationOptions.defaults().withRiTable(table).withIncompleteMethod(method);
    }
  }

  /** The account as an evaluator of the exercise. */
  record Evaluator(long id, OffsetDateTime submittedAt) {}
}
