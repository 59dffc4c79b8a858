package id.rancang.roadmap.rules;

import static id.rancang.roadmap.rules.Roadmaps.ceilings;
import static id.rancang.roadmap.rules.Roadmaps.codes;
import static id.rancang.roadmap.rules.Roadmaps.problem;
import static id.rancang.roadmap.rules.Roadmaps.prog;
import static id.rancang.roadmap.rules.Roadmaps.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleCheckTests {

  private static Finding only(List<Finding> findings, String code) {
    List<Finding> found = findings.stream().filter(f -> f.code().equals(code)).toList();
    assertThat(found).as(code + " in " + findings).hasSize(1);
    return found.get(0);
  }

  @Test
  void aScheduleWithinEveryRuleHasNoViolation() {
    RoadmapProblem p =
        problem(
            2025,
            2028,
            ceilings(2025, 2028, "APBD", 10),
            rules(List.of(Set.of(3L, 4L)), Map.of("LIVING", 0.2), true, null),
            prog(1).costs("APBD", 6, 6),
            prog(2).costs("APBD", 4).after(1).dim("LIVING"),
            prog(3).costs("APBD", 4).quickWin(),
            prog(4).costs("APBD", 1));
    assertThat(ScheduleCheck.violations(p, Map.of(1L, 2025, 2L, 2027, 3L, 2025))).isEmpty();
  }

  @Test
  void anUnknownProgrammeAStartOutsideTheWindowAndAnExcludedOneAreNamed() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ceilings(2025, 2027, "APBD", 10),
            RoadmapRules.none(),
            prog(1).costs("APBD", 1, 1).window(2025, 2026),
            prog(2).excluded());
    List<Finding> v = ScheduleCheck.violations(p, Map.of(1L, 2027, 2L, 2025, 9L, 2025));
    assertThat(codes(v))
        .containsExactlyInAnyOrder("unknownProgramme", "outsideWindow", "excludedScheduled");
    assertThat(only(v, "unknownProgramme").args()).containsExactly(9L);
    assertThat(only(v, "outsideWindow").args()).containsExactly("P1", 2027, 2025, 2026);
    assertThat(only(v, "excludedScheduled").args()).containsExactly("P2", 2025);
  }

  @Test
  void aProgrammeThatWouldRunPastTheLastYearIsOutsideItsWindow() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ceilings(2025, 2027, "APBD", 10),
            RoadmapRules.none(),
            prog(1).costs("APBD", 1, 1));
    assertThat(only(ScheduleCheck.violations(p, Map.of(1L, 2027)), "outsideWindow").args())
        .containsExactly("P1", 2027, 2025, 2026);
  }

  @Test
  void aMissingMandatoryProgrammeIsNamed() {
    RoadmapProblem p =
        problem(
            2025, 2027, ceilings(2025, 2027, "APBD", 10), RoadmapRules.none(), prog(1).mandatory());
    assertThat(only(ScheduleCheck.violations(p, Map.of()), "mandatoryMissing").args())
        .containsExactly("P1");
  }

  @Test
  void aProgrammeStartingBeforeItsPrerequisiteEndsOrWithoutItIsNamed() {
    RoadmapProblem p =
        problem(
            2025,
            2028,
            ceilings(2025, 2028, "APBD", 10),
            RoadmapRules.none(),
            prog(1).costs("APBD", 1, 1),
            prog(2).after(1),
            prog(3),
            prog(4).after(3));
    List<Finding> v = ScheduleCheck.violations(p, Map.of(1L, 2025, 2L, 2026, 4L, 2027));
    assertThat(only(v, "dependencyOrder").args()).containsExactly("P2", 2026, "P1", 2026);
    assertThat(only(v, "prerequisiteMissing").args()).containsExactly("P4", 2027, "P3");
    assertThat(ScheduleCheck.violations(p, Map.of(1L, 2025, 2L, 2027))).isEmpty();
  }

  @Test
  void overspendingNamesTheYearSourceNeedCeilingAndTheSpenders() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ceilings(2025, 2027, "APBD", 10),
            RoadmapRules.none(),
            prog(1).costs("APBD", 4, 7),
            prog(2).costs("APBD", 5),
            prog(3).costs("DAK", 1));
    List<Finding> v = ScheduleCheck.violations(p, Map.of(1L, 2025, 2L, 2026, 3L, 2027));
    assertThat(codes(v)).containsExactly("overBudget", "overBudget");
    assertThat(v.get(0).args()).containsExactly(2026, "APBD", 12L, 10L, "P1, P2");
    assertThat(v.get(0).programmeIds()).containsExactly(1L, 2L);
    // no DAK ceiling at all: nothing may be spent from it
    assertThat(v.get(1).args()).containsExactly(2027, "DAK", 1L, 0L, "P3");
  }

  @Test
  void twoScheduledProgrammesOfAnExclusiveGroupAreNamed() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ceilings(2025, 2027, "APBD", 10),
            rules(List.of(Set.of(7L), Set.of(1L, 2L, 3L)), Map.of(), false, null),
            prog(1),
            prog(2),
            prog(3));
    Finding f = only(ScheduleCheck.violations(p, Map.of(1L, 2025, 3L, 2026)), "exclusiveGroup");
    assertThat(f.args()).containsExactly(2, "P1, P3");
  }

  @Test
  void aDimensionBelowItsMinimumShareNamesTheActualShare() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ceilings(2025, 2027, "APBD", 100),
            rules(List.of(), Map.of("LIVING", 0.25), false, null),
            prog(1).costs("APBD", 75),
            prog(2).costs("APBD", 20).dim("LIVING"),
            prog(3).costs("APBD", 5).dim("LIVING"));
    Finding f = only(ScheduleCheck.violations(p, Map.of(1L, 2025, 2L, 2026)), "shareBelowMinimum");
    assertThat(f.args().get(0)).isEqualTo("LIVING");
    assertThat((double) f.args().get(1)).isCloseTo(20.0 / 95, within(1e-12));
    assertThat(f.args().get(2)).isEqualTo(0.25);
    // exactly the minimum share (25 of 100) is enough
    assertThat(ScheduleCheck.violations(p, Map.of(1L, 2025, 2L, 2026, 3L, 2027))).isEmpty();
  }

  @Test
  void aQuickWinOutsideTheFirstOpenYearIsNamed() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ceilings(2025, 2027, "APBD", 10),
            rules(List.of(), Map.of(), true, null),
            prog(1).quickWin());
    assertThat(only(ScheduleCheck.violations(p, Map.of(1L, 2026)), "quickWinNotFirstYear").args())
        .containsExactly("P1", 2026, 2025);
    assertThat(ScheduleCheck.violations(p, Map.of(1L, 2025))).isEmpty();
  }

  @Test
  void withLockedYearsAMovedLockAndAStartInALockedYearAreNamed() {
    RoadmapProblem p =
        problem(
            2025,
            2029,
            ceilings(2025, 2029, "APBD", 10),
            rules(List.of(), Map.of(), true, 2026),
            prog(1).locked(2025),
            prog(2).locked(2026),
            prog(3),
            prog(4).quickWin());
    Map<Long, Integer> starts = new HashMap<>(Map.of(1L, 2026, 3L, 2026, 4L, 2028));
    List<Finding> v = ScheduleCheck.violations(p, starts);
    assertThat(codes(v))
        .containsExactly(
            "lockedMoved", "lockedMoved", "startsInLockedYear", "quickWinNotFirstYear");
    assertThat(v.get(0).args()).containsExactly("P1", 2025, 2026);
    assertThat(v.get(1).args()).containsExactly("P2", 2026, null);
    assertThat(v.get(2).args()).containsExactly("P3", 2026, 2026);
    assertThat(v.get(3).args()).containsExactly("P4", 2028, 2027);
    assertThat(ScheduleCheck.violations(p, Map.of(1L, 2025, 2L, 2026, 3L, 2028, 4L, 2027)))
        .isEmpty();
  }
}
