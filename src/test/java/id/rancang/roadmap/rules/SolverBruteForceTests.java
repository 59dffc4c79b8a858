package id.rancang.roadmap.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The solver against every start-or-out assignment of small random problems (4-6 programmes over 4
 * years, all rules mixed in by the seed): same optimum, schedules that break nothing.
 */
class SolverBruteForceTests {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  private static final SolveOptions PROVE = new SolveOptions(30, 0, 2, true);

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theSolverFindsTheBruteForceOptimumAndProvesIt(long seed) {
    RoadmapProblem p = Roadmaps.random(seed);
    Map<Long, Integer> best = Roadmaps.bruteForce(p);
    RoadmapSolution s = new RoadmapSolver().solve(p, PROVE, x -> {}, new SolveControl());
    if (best == null) {
      assertThat(s.status()).isEqualTo(SolveStatus.INFEASIBLE);
      assertThat(s.conflicts()).as("an infeasible problem is explained").isNotEmpty();
      assertThat(s.starts()).isEmpty();
      return;
    }
    double optimum = GreedyScheduler.value(p, best);
    assertThat(s.status()).isEqualTo(SolveStatus.OPTIMAL);
    assertThat(s.objective()).isCloseTo(optimum, within(1e-9));
    assertThat(s.bound()).isCloseTo(optimum, within(1e-9));
    assertThat(s.gap()).isZero();
    assertThat(ScheduleCheck.violations(p, s.starts())).isEmpty();
    assertThat(InfeasibilityExplainer.explain(p)).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theGreedyScheduleIsNeverBetterThanTheOptimumAndValidWhenTheRulesAllowIt(long seed) {
    RoadmapProblem p = Roadmaps.random(seed);
    Map<Long, Integer> best = Roadmaps.bruteForce(p);
    Map<Long, Integer> greedy = GreedyScheduler.schedule(p);
    if (best == null) {
      assertThat(ScheduleCheck.violations(p, greedy)).isNotEmpty();
      return;
    }
    boolean forced =
        p.candidates().stream().anyMatch(c -> c.mandatory() || c.lockedStart() != null);
    if (!forced) {
      assertThat(ScheduleCheck.violations(p, greedy)).isEmpty();
    }
    if (ScheduleCheck.violations(p, greedy).isEmpty()) {
      assertThat(GreedyScheduler.value(p, greedy))
          .isLessThanOrEqualTo(GreedyScheduler.value(p, best) + 1e-9);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theAggregatedPrecedenceFindsTheSameOptimum(long seed) {
    RoadmapProblem p = Roadmaps.random(seed);
    RoadmapSolution a =
        new RoadmapSolver()
            .solve(
                p,
                PROVE,
                new SolverTuning(SolverTuning.Search.DEFAULT, SolverTuning.Precedence.AGGREGATED),
                x -> {},
                new SolveControl());
    RoadmapSolution d = new RoadmapSolver().solve(p, PROVE, x -> {}, new SolveControl());
    assertThat(a.status()).isEqualTo(d.status());
    assertThat(a.objective()).isCloseTo(d.objective(), within(1e-9));
    if (a.hasSchedule()) {
      assertThat(ScheduleCheck.violations(p, a.starts())).isEmpty();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyProgrammeLeftOutHasAReason(long seed) {
    RoadmapProblem p = Roadmaps.random(seed);
    RoadmapSolution s = new RoadmapSolver().solve(p, PROVE, x -> {}, new SolveControl());
    if (!s.hasSchedule()) {
      return;
    }
    Map<Long, Finding> reasons = LeftOutReasons.explain(p, s.starts());
    List<Long> out =
        p.candidates().stream()
            .map(Candidate::id)
            .filter(id -> !s.starts().containsKey(id))
            .toList();
    assertThat(reasons.keySet()).containsExactlyInAnyOrderElementsOf(out);
    // an optimal schedule leaves nothing out that would simply fit
    assertThat(reasons.values())
        .allSatisfy(f -> assertThat(f.code()).isNotEqualTo("fitsButNotChosen"));
  }
}
