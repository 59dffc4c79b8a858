package id.rancang.roadmap.rules;

import static id.rancang.roadmap.rules.Roadmaps.ceilings;
import static id.rancang.roadmap.rules.Roadmaps.problem;
import static id.rancang.roadmap.rules.Roadmaps.prog;
import static id.rancang.roadmap.rules.Roadmaps.rules;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GreedySchedulerTests {

  @Test
  void theBestValuePerCostGoesFirstInTheEarliestYearItFits() {
    RoadmapProblem p =
        problem(
            2025,
            2026,
            ceilings(2025, 2026, "APBD", 10),
            RoadmapRules.none(),
            prog(1).value(0.5).costs("APBD", 10), // 0.05 per rupiah
            prog(2).value(0.9).costs("APBD", 6), // 0.15
            prog(3).value(0.4).costs("APBD", 5)); // 0.08
    Map<Long, Integer> s = GreedyScheduler.schedule(p);
    assertThat(s).isEqualTo(Map.of(2L, 2025, 3L, 2026));
    assertThat(GreedyScheduler.value(p, s)).isEqualTo(0.9 + 0.4);
  }

  @Test
  void aProgrammeWaitsForItsPrerequisiteToFinish() {
    RoadmapProblem p =
        problem(
            2025,
            2028,
            ceilings(2025, 2028, "APBD", 10),
            RoadmapRules.none(),
            prog(1).value(0.1).costs("APBD", 5, 5),
            prog(2).value(0.9).costs("APBD", 1).after(1));
    assertThat(GreedyScheduler.schedule(p)).isEqualTo(Map.of(1L, 2025, 2L, 2027));
  }

  @Test
  void lockedThenMandatoryProgrammesArePlacedBeforeBetterValueOnes() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ceilings(2025, 2027, "APBD", 10),
            rules(List.of(), Map.of(), false, 2025),
            prog(1).value(0.9).costs("APBD", 10, 10),
            prog(2).value(0.1).costs("APBD", 8).mandatory(),
            prog(3).value(0.1).costs("APBD", 9).locked(2025));
    assertThat(GreedyScheduler.schedule(p)).isEqualTo(Map.of(3L, 2025, 2L, 2026));
  }

  @Test
  void onlyTheFirstOfAnExclusiveGroupIsPlaced() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ceilings(2025, 2027, "APBD", 100),
            rules(List.of(Set.of(1L, 2L)), Map.of(), false, null),
            prog(1).value(0.5).costs("APBD", 10),
            prog(2).value(0.9).costs("APBD", 10));
    assertThat(GreedyScheduler.schedule(p)).isEqualTo(Map.of(2L, 2025));
  }

  @Test
  void aMinimumShareIsRestoredByLeavingOutTheWeakestOtherProgrammes() {
    RoadmapProblem p =
        problem(
            2025,
            2025,
            ceilings(2025, 2025, "APBD", 100),
            rules(List.of(), Map.of("LIVING", 0.3), false, null),
            prog(1).value(0.9).costs("APBD", 40),
            prog(2).value(0.5).costs("APBD", 40),
            prog(3).value(0.1).costs("APBD", 20).dim("LIVING"));
    Map<Long, Integer> s = GreedyScheduler.schedule(p);
    assertThat(ScheduleCheck.violations(p, s)).isEmpty();
    assertThat(s).isEqualTo(Map.of(1L, 2025, 3L, 2025));
  }

  @Test
  void aQuickWinIsLeftOutRatherThanStartedAfterTheFirstYear() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ceilings(2025, 2027, "APBD", 10),
            rules(List.of(), Map.of(), true, null),
            prog(1).value(0.99).costs("APBD", 10),
            prog(2).value(0.4).costs("APBD", 5).quickWin());
    assertThat(GreedyScheduler.schedule(p)).isEqualTo(Map.of(1L, 2025));
  }
}
