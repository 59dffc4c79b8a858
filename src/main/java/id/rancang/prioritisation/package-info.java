/**
 * Prioritisation of a masterplan's programmes: criteria, pairwise judgements by evaluators, the AHP
 * engine, ratings, rankings and their sensitivity.
 *
 * <p>The set-up of an exercise, before evaluators judge: {@link
 * id.rancang.prioritisation.PrioritisationExercises} (settings, status, deletion, who sees which
 * exercise through {@link id.rancang.prioritisation.ExerciseViewer}), {@link
 * id.rancang.prioritisation.PrioritisationCriteria} (the criteria tree with rating scales; {@code
 * tree} and {@code leaves} for the judging and rating pages) and {@link
 * id.rancang.prioritisation.PrioritisationEvaluators} (groups and evaluators; {@code evaluatorOf}
 * tells whether an account evaluates). The pure engine is in {@code rules}.
 */
@ApplicationModule(displayName = "Prioritisation")
package id.rancang.prioritisation;

import org.springframework.modulith.ApplicationModule;
