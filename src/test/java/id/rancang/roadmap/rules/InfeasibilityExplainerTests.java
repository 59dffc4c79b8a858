package id.rancang.roadmap.rules;

import static id.rancang.roadmap.rules.Roadmaps.ceilings;
import static id.rancang.roadmap.rules.Roadmaps.codes;
import static id.rancang.roadmap.rules.Roadmaps.problem;
import static id.rancang.roadmap.rules.Roadmaps.prog;
import static id.rancang.roadmap.rules.Roadmaps.rules;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class InfeasibilityExplainerTests {

  private static final long M = 1_000_000L;

  @Test
  void aFeasibleProblemHasNoConflict() {
    RoadmapProblem p =
        problem(
            2025,
            2026,
            ceilings(2025, 2026, "APBD", 10),
            RoadmapRules.none(),
            prog(1).costs("APBD", 6).mandatory(),
            prog(2).costs("APBD", 6).mandatory());
    assertThat(InfeasibilityExplainer.explain(p)).isEmpty();
  }

  /**
   * The example worked out by hand: in 2027 mandatory A (Rp 20 M, only in 2027) and
   * mandatory B (Rp 22 M in each of its two years, starting in 2026 or 2027, so in 2027 either way)
   * need at least Rp 42 M of APBD; the ceiling is Rp 35 M. Mandatory C may run in another year, so
   * it is not named.
   */
  @Test
  void theMandatoryProgrammesNeedMoreOfASourceInAYearThanItsCeiling() {
    Map<Integer, Map<String, Long>> ceilings = new TreeMap<>(ceilings(2025, 2028, "APBD", 100 * M));
    ceilings.put(2027, Map.of("APBD", 35 * M));
    RoadmapProblem p =
        problem(
            2025,
            2028,
            ceilings,
            RoadmapRules.none(),
            prog(1).code("A").costs("APBD", 20 * M).window(2027, 2027).mandatory(),
            prog(2).code("B").costs("APBD", 22 * M, 22 * M).window(2026, 2027).mandatory(),
            prog(3).code("C").costs("APBD", 10 * M).mandatory(),
            prog(4).code("D").costs("APBD", 30 * M).window(2027, 2027));
    List<Finding> why = InfeasibilityExplainer.explain(p);
    assertThat(codes(why)).containsExactly("mandatoryOverBudget");
    assertThat(why.get(0).args()).containsExactly(2027, "APBD", 42 * M, 35 * M, "A, B");
    assertThat(why.get(0).programmeIds()).containsExactly(1L, 2L);
    RoadmapSolution s =
        new RoadmapSolver().solve(p, SolveOptions.defaults(), x -> {}, new SolveControl());
    assertThat(s.status()).isEqualTo(SolveStatus.INFEASIBLE);
    assertThat(s.conflicts()).isEqualTo(why);
  }

  @Test
  void lockedProgrammesCountAsSpendingThatCannotMove() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ceilings(2025, 2027, "APBD", 10 * M),
            rules(List.of(), Map.of(), false, 2025),
            prog(1).costs("APBD", 4 * M, 7 * M).locked(2025),
            prog(2).costs("APBD", 5 * M).window(2026, 2026).mandatory());
    List<Finding> why = InfeasibilityExplainer.explain(p);
    assertThat(codes(why)).containsExactly("mandatoryOverBudget");
    assertThat(why.get(0).args()).containsExactly(2026, "APBD", 12 * M, 10 * M, "P1, P2");
  }

  @Test
  void aMandatoryProgrammeNeedingAnExcludedOneIsNamedWithIt() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ceilings(2025, 2027, "APBD", 10),
            RoadmapRules.none(),
            prog(1).mandatory().after(2),
            prog(2).after(3),
            prog(3).excluded());
    List<Finding> why = InfeasibilityExplainer.explain(p);
    assertThat(codes(why)).containsExactly("mandatoryPrerequisiteExcluded");
    assertThat(why.get(0).args()).containsExactly("P1", "P3");
  }

  @Test
  void aMandatoryProgrammeWithoutAYearToStartInIsNamed() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ceilings(2025, 2027, "APBD", 10),
            rules(List.of(), Map.of(), true, 2025),
            prog(1).mandatory().window(2025, 2025),
            prog(2).mandatory().quickWin().window(2027, 2027));
    List<Finding> why = InfeasibilityExplainer.explain(p);
    assertThat(codes(why)).containsExactly("mandatoryNoStart", "mandatoryNoStart");
    assertThat(why.get(0).args()).containsExactly("P1", 2025, 2025, 2025, null);
    assertThat(why.get(1).args()).containsExactly("P2", 2027, 2027, 2025, 2026);
  }

  @Test
  void aMandatoryProgrammeTooCostlyOnItsOwnIsNamed() {
    RoadmapProblem p =
        problem(
            2025,
            2026,
            ceilings(2025, 2026, "APBD", 10),
            RoadmapRules.none(),
            prog(1).costs("APBD", 5, 11).mandatory());
    List<Finding> why = InfeasibilityExplainer.explain(p);
    assertThat(codes(why)).containsExactly("mandatoryTooCostly");
    assertThat(why.get(0).args()).containsExactly("P1", 2026, "APBD", 11L, 10L);
  }

  @Test
  void aMandatoryProgrammeWhosePrerequisitesCannotFinishInTimeIsNamed() {
    RoadmapProblem p =
        problem(
            2025,
            2028,
            ceilings(2025, 2028, "APBD", 10),
            RoadmapRules.none(),
            prog(1).costs("APBD", 1, 1).window(2026, 2028),
            prog(2).mandatory().after(1).window(2025, 2027));
    List<Finding> why = InfeasibilityExplainer.explain(p);
    assertThat(codes(why)).containsExactly("mandatoryChainTooLate");
    assertThat(why.get(0).args()).containsExactly("P2", 2028, 2027, "P1");
  }

  @Test
  void twoRequiredProgrammesInOneExclusiveGroupAreNamed() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ceilings(2025, 2027, "APBD", 10),
            rules(List.of(Set.of(2L, 3L)), Map.of(), false, null),
            prog(1).mandatory().after(2),
            prog(2),
            prog(3).mandatory());
    List<Finding> why = InfeasibilityExplainer.explain(p);
    assertThat(codes(why)).containsExactly("mandatoryExclusive");
    assertThat(why.get(0).args()).containsExactly(1, "P2, P3");
  }

  @Test
  void aMinimumShareNoProgrammeOfTheDimensionCanReachIsNamed() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            ceilings(2025, 2027, "APBD", 10),
            rules(List.of(), Map.of("ENVIRONMENT", 0.1), false, null),
            prog(1).costs("APBD", 5).mandatory(),
            prog(2).costs("APBD", 5).dim("ENVIRONMENT").excluded());
    List<Finding> why = InfeasibilityExplainer.explain(p);
    assertThat(codes(why)).containsExactly("shareUnreachable");
    assertThat(why.get(0).args()).containsExactly("ENVIRONMENT", 0.1);
  }

  @Test
  void aConflictSpreadOverYearsIsFoundAsTheRulesThatCannotHoldTogether() {
    // A runs both years (6 each), B needs 6 in one of them: no single year shows it
    RoadmapProblem p =
        problem(
            2025,
            2026,
            ceilings(2025, 2026, "APBD", 10),
            RoadmapRules.none(),
            prog(1).code("A").costs("APBD", 6, 6).mandatory(),
            prog(2).code("B").costs("APBD", 6).mandatory(),
            prog(3).code("C").costs("APBD", 1));
    List<Finding> why = InfeasibilityExplainer.explain(p);
    assertThat(why)
        .containsExactly(
            Finding.of("conflictMandatory", List.of(1L), "A"),
            Finding.of("conflictMandatory", List.of(2L), "B"),
            Finding.of("conflictCeiling", List.of(1L, 2L, 3L), 2025, "APBD", 10L),
            Finding.of("conflictCeiling", List.of(1L, 2L, 3L), 2026, "APBD", 10L));
  }

  @Test
  void aMinimumShareTheMandatoryProgrammesOutweighIsFoundWithThem() {
    RoadmapProblem p =
        problem(
            2025,
            2026,
            ceilings(2025, 2026, "APBD", 100),
            rules(List.of(), Map.of("LIVING", 0.5), false, null),
            prog(1).costs("APBD", 10).mandatory(),
            prog(2).costs("APBD", 5).dim("LIVING"),
            prog(3).costs("APBD", 3));
    List<Finding> why = InfeasibilityExplainer.explain(p);
    assertThat(why)
        .containsExactly(
            Finding.of("conflictMandatory", List.of(1L), "P1"),
            Finding.of("conflictShare", List.of(), "LIVING", 0.5));
  }
}
