package id.rancang.roadmap.rules;

import static id.rancang.roadmap.rules.Roadmaps.ceilings;
import static id.rancang.roadmap.rules.Roadmaps.codes;
import static id.rancang.roadmap.rules.Roadmaps.problem;
import static id.rancang.roadmap.rules.Roadmaps.prog;
import static id.rancang.roadmap.rules.Roadmaps.rules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoadmapValidationTests {

  private static final Map<Integer, Map<String, Long>> CEILINGS = ceilings(2025, 2027, "APBD", 100);

  private static List<Finding> problemsOf(RoadmapProblem p) {
    RoadmapInputException e =
        catchThrowableOfType(RoadmapInputException.class, () -> RoadmapValidation.validate(p));
    assertThat(e).as("validation must refuse the input").isNotNull();
    return e.problems();
  }

  private static Finding only(RoadmapProblem p, String code) {
    List<Finding> found = problemsOf(p).stream().filter(f -> f.code().equals(code)).toList();
    assertThat(found).as("findings " + code).hasSize(1);
    return found.get(0);
  }

  @Test
  void aSoundProblemPasses() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            CEILINGS,
            rules(List.of(Set.of(1L, 2L)), Map.of("ECONOMY", 0.5), true, 2025),
            prog(1).costs("APBD", 10, 10).locked(2025),
            prog(2).costs("APBD", 5).after(1),
            prog(3).quickWin().mandatory());
    assertThatCode(() -> RoadmapValidation.validate(p)).doesNotThrowAnyException();
  }

  @Test
  void aPeriodEndingBeforeItStartsIsRefused() {
    Finding f = only(problem(2027, 2025, Map.of(), RoadmapRules.none()), "period");
    assertThat(f.args()).containsExactly(2027, 2025);
  }

  @Test
  void negativeAndImpossibleValuesAreRefused() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            CEILINGS,
            RoadmapRules.none(),
            prog(1).value(-0.5),
            prog(2).value(Double.NaN),
            prog(3).value(2e9));
    assertThat(only(p, "negativeValue").args()).containsExactly("P1", -0.5);
    assertThat(only(p, "invalidValue").args()).containsExactly("P2", Double.NaN);
    assertThat(only(p, "valueTooLarge").args()).containsExactly("P3", 2e9, 1e9);
  }

  @Test
  void aDurationBelowOneYearAndCostsNotMatchingTheDurationAreRefused() {
    RoadmapProblem p =
        new RoadmapProblem(
            2025,
            2027,
            List.of(
                prog(1).costs(List.of()).buildWithDuration(0),
                prog(2).costs("APBD", 1, 2).buildWithDuration(3)),
            CEILINGS,
            RoadmapRules.none());
    assertThat(only(p, "duration").args()).containsExactly("P1", 0);
    assertThat(only(p, "costYears").args()).containsExactly("P2", 3, 2);
  }

  @Test
  void aNegativeCostNamesTheProgrammeYearSourceAndAmount() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            CEILINGS,
            RoadmapRules.none(),
            prog(1).costs(List.of(Map.of("APBD", 5L), Map.of("APBD", 3L, "DAK", -7L))));
    Finding f = only(p, "negativeCost");
    assertThat(f.args()).containsExactly("P1", 1, "DAK", -7L);
    assertThat(f.programmeIds()).containsExactly(1L);
  }

  @Test
  void aDuplicateIdIsRefused() {
    RoadmapProblem p =
        problem(2025, 2027, CEILINGS, RoadmapRules.none(), prog(1), prog(1).code("Q"));
    assertThat(only(p, "duplicateId").args()).containsExactly(1L, "Q");
  }

  @Test
  void aDependencyOnAnUnknownProgrammeIsRefused() {
    RoadmapProblem p = problem(2025, 2027, CEILINGS, RoadmapRules.none(), prog(1).after(99));
    assertThat(only(p, "unknownDependency").args()).containsExactly("P1", 99L);
  }

  @Test
  void aDependencyCycleNamesTheCodesAlongIt() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            CEILINGS,
            RoadmapRules.none(),
            prog(1).after(3),
            prog(2).after(1),
            prog(3).after(2),
            prog(4).after(1));
    Finding f = only(p, "dependencyCycle");
    assertThat(f.args()).containsExactly("P1, P3, P2, P1");
    assertThat(f.programmeIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
  }

  @Test
  void aProgrammeDependingOnItselfIsACycle() {
    RoadmapProblem p = problem(2025, 2027, CEILINGS, RoadmapRules.none(), prog(1).after(1));
    assertThat(only(p, "dependencyCycle").args()).containsExactly("P1, P1");
  }

  @Test
  void anEmptyWindowIsRefusedWhetherItsBoundsCrossOrItCannotFinishInTime() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            CEILINGS,
            RoadmapRules.none(),
            prog(1).window(2027, 2026),
            prog(2).costs("APBD", 1, 1, 1).window(2026, 2027),
            prog(3).costs("APBD", 1, 1, 1).window(2025, 2025));
    List<Finding> found =
        problemsOf(p).stream().filter(f -> f.code().equals("emptyWindow")).toList();
    assertThat(found).extracting(f -> f.args().get(0)).containsExactly("P1", "P2");
    assertThat(found.get(1).args()).containsExactly("P2", 2026, 2027, 3, 2027);
  }

  @Test
  void aNegativeCeilingAndAYearWithoutCeilingsAreRefused() {
    Map<Integer, Map<String, Long>> ceilings = new HashMap<>(CEILINGS);
    ceilings.remove(2026);
    ceilings.put(2027, Map.of("APBD", 5L, "CSR", -1L));
    RoadmapProblem p = problem(2025, 2027, ceilings, RoadmapRules.none(), prog(1));
    assertThat(only(p, "missingCeilingYear").args()).containsExactly(2026);
    assertThat(only(p, "negativeCeiling").args()).containsExactly(2027, "CSR", -1L);
  }

  @Test
  void aProgrammeBothMandatoryAndExcludedIsRefused() {
    RoadmapProblem p =
        problem(2025, 2027, CEILINGS, RoadmapRules.none(), prog(1).mandatory().excluded());
    assertThat(only(p, "mandatoryExcluded").args()).containsExactly("P1");
  }

  @Test
  void anExclusiveGroupWithAnUnknownMemberOrTwoMandatoryOnesIsRefused() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            CEILINGS,
            rules(List.of(Set.of(1L, 2L), Set.of(1L, 77L)), Map.of(), false, null),
            prog(1).mandatory(),
            prog(2).mandatory());
    assertThat(only(p, "groupMandatory").args()).containsExactly(1, "P1, P2");
    assertThat(only(p, "unknownGroupMember").args()).containsExactly(2, 77L);
  }

  @Test
  void negativeSharesAndSharesSummingAboveOneAreRefusedButAnUnknownDimensionIsNot() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            CEILINGS,
            rules(List.of(), Map.of("ECONOMY", 0.7, "LIVING", 0.4, "X", -0.1), false, null),
            prog(1));
    assertThat(only(p, "invalidShare").args()).containsExactly("X", -0.1);
    assertThat(only(p, "sharesAboveOne").args().get(0)).isEqualTo(0.7 + 0.4);
    RoadmapProblem fine =
        problem(
            2025, 2027, CEILINGS, rules(List.of(), Map.of("NOWHERE", 0.2), false, null), prog(1));
    assertThatCode(() -> RoadmapValidation.validate(fine)).doesNotThrowAnyException();
  }

  @Test
  void contradictoryLocksAreRefusedEachWithItsReason() {
    RoadmapProblem noLockedYears =
        problem(2025, 2027, CEILINGS, RoadmapRules.none(), prog(1).locked(2025));
    assertThat(only(noLockedYears, "lockWithoutLockedThrough").args()).containsExactly("P1", 2025);

    RoadmapProblem p =
        problem(
            2025,
            2030,
            ceilings(2025, 2030, "APBD", 100),
            rules(List.of(), Map.of(), false, 2026),
            prog(1).locked(2027),
            prog(2).window(2026, 2030).locked(2025),
            prog(3).locked(2025).excluded(),
            prog(4).locked(2026).after(5),
            prog(5),
            prog(6).costs("APBD", 1, 1).locked(2025),
            prog(7).locked(2026).after(6));
    assertThat(only(p, "lockAfterLockedThrough").args()).containsExactly("P1", 2027, 2026);
    assertThat(only(p, "lockOutsideWindow").args()).containsExactly("P2", 2025, 2026, 2030);
    assertThat(only(p, "lockedExcluded").args()).containsExactly("P3", 2025);
    assertThat(only(p, "lockedPrerequisiteNotLocked").args()).containsExactly("P4", 2026, "P5");
    assertThat(only(p, "lockedPrerequisiteLate").args()).containsExactly("P7", 2026, "P6", 2026);
  }

  @Test
  void everyProblemIsListedNotOnlyTheFirst() {
    RoadmapProblem p =
        problem(
            2025,
            2027,
            CEILINGS,
            RoadmapRules.none(),
            prog(1).value(-1),
            prog(2).after(42),
            prog(3).mandatory().excluded());
    assertThat(codes(problemsOf(p)))
        .containsExactly("negativeValue", "unknownDependency", "mandatoryExcluded");
  }
}
