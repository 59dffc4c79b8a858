/**
 * The pure roadmap engine: a {@link id.rancang.roadmap.rules.RoadmapProblem} (candidate programmes
 * with value, duration, yearly cost profile per funding source, start window, dependencies and
 * rules; yearly ceilings per source), the optimal schedule by Google OR-Tools on a time-indexed 0/1
 * model ({@link id.rancang.roadmap.rules.RoadmapSolver}), a greedy schedule by value per cost for
 * comparison ({@link id.rancang.roadmap.rules.GreedyScheduler}), the check of any schedule against
 * every constraint ({@link id.rancang.roadmap.rules.ScheduleCheck}), why a programme is left out
 * ({@link id.rancang.roadmap.rules.LeftOutReasons}) and why a problem has no schedule at all
 * ({@link id.rancang.roadmap.rules.InfeasibilityExplainer}). No Spring, no database. Amounts are
 * whole rupiah; bad input raises {@link id.rancang.roadmap.rules.RoadmapInputException} with a code
 * the web layer translates.
 */
@NamedInterface("rules")
package id.rancang.roadmap.rules;

import org.springframework.modulith.NamedInterface;
