/**
 * Prioritisation of a masterplan's programmes: criteria, pairwise judgements by evaluators, the AHP
 * engine, ratings, rankings and their sensitivity.
 */
@ApplicationModule(displayName = "Prioritisation")
package id.rancang.prioritisation;

import org.springframework.modulith.ApplicationModule;
