package id.rancang.roadmap.rules;

import static id.rancang.roadmap.rules.Roadmaps.ceilings;
import static id.rancang.roadmap.rules.Roadmaps.problem;
import static id.rancang.roadmap.rules.Roadmaps.prog;
import static id.rancang.roadmap.rules.Roadmaps.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeftOutReasonsTests {

  private static final Map<Integer, Map<String, Long>> ROOMY = ceilings(2025, 2027, "APBD", 100);

  @Test
  void onlyProgrammesLeftOutGetAReason() {
    RoadmapProblem p = problem(2025, 2027, ROOMY, RoadmapRules.none(), prog(1), prog(2));
    assertThat(LeftOutReasons.explain(p, Map.of(1L, 2025)).keySet()).containsExactly(2L);
  }

  @Test
  void anExcludedProgrammeIsLeftOutByRuleBeforeAnyOtherReason() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ROOMY,
            rules(List.of(Set.of(1L, 2L)), Map.of(), false, null),
            prog(1),
            prog(2).excluded().after(3),
            prog(3));
    Finding f = LeftOutReasons.explain(p, Map.of(1L, 2025)).get(2L);
    assertThat(f.code()).isEqualTo("excluded");
    assertThat(f.args()).containsExactly("P2");
  }

  @Test
  void aProgrammeWhoseExclusiveGroupIsTakenNamesTheOneTakingIt() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ROOMY,
            rules(List.of(Set.of(1L, 2L)), Map.of(), false, null),
            prog(1),
            prog(2));
    Finding f = LeftOutReasons.explain(p, Map.of(1L, 2026)).get(2L);
    assertThat(f.code()).isEqualTo("exclusiveGroupTaken");
    assertThat(f.args()).containsExactly("P2", 1, "P1");
    assertThat(f.programmeIds()).containsExactly(2L, 1L);
  }

  @Test
  void aPrerequisiteLeftOutOrFinishingTooLateIsNamed() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ROOMY,
            RoadmapRules.none(),
            prog(1).costs("APBD", 1, 1),
            prog(2).after(1).window(2025, 2026),
            prog(3),
            prog(4).after(3));
    Map<Long, Finding> r = LeftOutReasons.explain(p, Map.of(1L, 2025));
    assertThat(r.get(2L).code()).isEqualTo("prerequisiteLate");
    assertThat(r.get(2L).args()).containsExactly("P2", "P1", 2026, 2026);
    assertThat(r.get(4L).code()).isEqualTo("prerequisiteLeftOut");
    assertThat(r.get(4L).args()).containsExactly("P4", "P3");
  }

  @Test
  void aProgrammeWithNoYearLeftToStartInHasNoWindow() {
    RoadmapProblem p =
        problem(
            2025,
            2028,
            ceilings(2025, 2028, "APBD", 100),
            rules(List.of(), Map.of(), true, 2026),
            prog(1).window(2025, 2026),
            prog(2).quickWin().window(2028, 2028));
    Map<Long, Finding> r = LeftOutReasons.explain(p, Map.of());
    assertThat(r.get(1L).code()).isEqualTo("noWindow");
    assertThat(r.get(1L).args()).containsExactly("P1", 2025, 2026, 2026, null);
    assertThat(r.get(2L).args()).containsExactly("P2", 2028, 2028, 2026, 2027);
  }

  @Test
  void aProgrammeThatWouldExceedACeilingNamesYearSourceNeedAndWhatIsLeft() {
    // P2 (6 + 6) fits nowhere: at 2025 it exceeds 2025 by 2 and 2026 by 1 (3 in all), at 2026 it
    // exceeds 2026 by 1 and 2027 by 5 (6): the best start is 2025, first over in 2025
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ceilings(2025, 2027, "APBD", 10),
            RoadmapRules.none(),
            prog(1).costs("APBD", 6, 5, 9),
            prog(2).costs("APBD", 6, 6));
    Finding f = LeftOutReasons.explain(p, Map.of(1L, 2025)).get(2L);
    assertThat(f.code()).isEqualTo("budget");
    assertThat(f.args()).containsExactly("P2", 2025, 2025, "APBD", 6L, 4L);
  }

  @Test
  void aProgrammeThatFitsButWouldBreakAMinimumShareSaysSo() {
    RoadmapProblem p =
        problem(
            2025,
            2025,
            ceilings(2025, 2025, "APBD", 100),
            rules(List.of(), Map.of("LIVING", 0.25), false, null),
            prog(1).costs("APBD", 60),
            prog(2).costs("APBD", 20).dim("LIVING"),
            prog(3).costs("APBD", 20));
    Finding f = LeftOutReasons.explain(p, Map.of(1L, 2025, 2L, 2025)).get(3L);
    assertThat(f.code()).isEqualTo("wouldBreakShare");
    assertThat(f.args().subList(0, 3)).containsExactly("P3", 2025, "LIVING");
    assertThat((double) f.args().get(3)).isCloseTo(0.2, within(1e-12));
    assertThat(f.args().get(4)).isEqualTo(0.25);
  }

  @Test
  void aProgrammeNothingKeepsOutIsSaidToFitButNotBeChosen() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ceilings(2025, 2027, "APBD", 10),
            RoadmapRules.none(),
            prog(1).costs("APBD", 10),
            prog(2).costs("APBD", 5));
    Finding f = LeftOutReasons.explain(p, Map.of(1L, 2025)).get(2L);
    assertThat(f.code()).isEqualTo("fitsButNotChosen");
    assertThat(f.args()).containsExactly("P2", 2026);
  }
}
