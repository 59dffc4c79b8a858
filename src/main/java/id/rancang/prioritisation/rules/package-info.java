/**
 * The pure prioritisation engine: criteria weights from pairwise comparisons by Saaty's Analytic
 * Hierarchy Process (principal eigenvector, consistency ratio against a named random-index table,
 * feedback on the most inconsistent judgements, incomplete comparisons by Harker's method or
 * logarithmic least squares), group aggregation of judgements (AIJ) and of priorities (AIP) with a
 * consensus indicator, scoring and ranking of programmes (weighted sum and TOPSIS), and the
 * sensitivity of the ranking to the criteria weights. Plain Java without Spring or a database,
 * tested on published worked examples; bad input raises {@link
 * id.rancang.prioritisation.rules.AhpInputException} with a problem code the web layer translates.
 */
@NamedInterface("rules")
package id.rancang.prioritisation.rules;

import org.springframework.modulith.NamedInterface;
