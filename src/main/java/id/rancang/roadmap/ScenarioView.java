package id.rancang.roadmap;

import id.rancang.roadmap.rules.Finding;
import id.rancang.roadmap.rules.RoadmapProblem;
import java.util.List;
import java.util.Map;

/**
 * Everything a scenario's page and API show.
 *
 * @param problem the problem as last solved, or as it would be solved now before the first solve
 * @param scheduled the schedule, by start year then code
 * @param leftOut the programmes considered but not scheduled, with the reason
 * @param spend the schedule's spending per source and year against the ceilings
 * @param violations what the schedule breaks (after a manual edit; empty for a solver's answer)
 * @param conflicts why the problem is infeasible, when it is
 * @param scheduleValue the value of the schedule as it is now (after manual edits)
 * @param valueSources per programme, where its value came from (HAND, PRIORITISATION, UNRANKED,
 *     EQUAL)
 * @param outsideDependencies per programme, the programmes it depends on that the scenario does not
 *     consider (these dependencies are not enforced)
 */
public record ScenarioView(
    Scenario scenario,
    ScenarioInputs inputs,
    RoadmapProblem problem,
    List<ScheduledProgramme> scheduled,
    List<LeftOutProgramme> leftOut,
    List<SourceSpend> spend,
    List<Finding> violations,
    List<Finding> conflicts,
    double scheduleValue,
    Map<Long, String> valueSources,
    Map<Long, List<String>> outsideDependencies) {}
