/**
 * Prioritisation of a masterplan's programmes: criteria, pairwise judgements by evaluators, the AHP
 * engine, ratings, rankings and their sensitivity.
 */
@ApplicationModule(
    displayName = "Prioritisation",
    allowedDependencies = {"programme", "workshop", "strategy", "identity", "region", "shared"})
package id.rancang.prioritisation;

import org.springframework.modulith.ApplicationModule;
