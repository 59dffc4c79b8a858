package id.rancang.roadmap.rules.bench;

import id.rancang.roadmap.rules.RoadmapProblem;
import id.rancang.roadmap.rules.RoadmapSolution;
import id.rancang.roadmap.rules.RoadmapSolver;
import id.rancang.roadmap.rules.ScheduleCheck;
import id.rancang.roadmap.rules.SolveControl;
import id.rancang.roadmap.rules.SolveOptions;
import id.rancang.roadmap.rules.SolveStatus;
import id.rancang.roadmap.rules.SolverTuning;
import id.rancang.roadmap.rules.SolverTuning.Precedence;
import id.rancang.roadmap.rules.SolverTuning.Search;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The roadmap solver on {@link RoadmapInstances} (bench/roadmap.sh). Not JMH: one solve takes
 * seconds, and what matters is the gap reached within a wall-clock limit, not a mean time.
 *
 * <p>For each size and seed, the chosen configuration solves to a proven optimum (relative gap
 * limit 0) with a 10 s limit, and when that is not enough, again with 30 s: status, time to the
 * proven optimum, gap at 10 s and 30 s, value against the greedy schedule. Then, on the sizes given
 * to {@code --compare}, each alternative (CP-SAT's default portfolio, no greedy hint, the
 * aggregated precedence, max_lp then the default portfolio) with 10 s. Two workers throughout.
 *
 * <p>Arguments: {@code --sizes 50,100,150,300 --seeds 1,2,3 --compare 150,300 --compare-seeds 1,2}.
 */
public final class RoadmapBenchmark {

  private record Variant(String name, SolverTuning tuning, boolean hint) {}

  private static final Variant CHOSEN = new Variant("max_lp + hint", SolverTuning.defaults(), true);

  private static final List<Variant> ALTERNATIVES =
      List.of(
          CHOSEN,
          new Variant(
              "default portfolio + hint",
              new SolverTuning(Search.DEFAULT, Precedence.DISAGGREGATED),
              true),
          new Variant("max_lp, no hint", SolverTuning.defaults(), false),
          new Variant(
              "max_lp + hint, aggregated precedence",
              new SolverTuning(Search.MAX_LP, Precedence.AGGREGATED),
              true),
          new Variant(
              "max_lp then default + hint",
              new SolverTuning(Search.MAX_LP_FIRST, Precedence.DISAGGREGATED),
              true));

  private RoadmapBenchmark() {}

  public static void main(String[] args) {
    int[] sizes = {50, 100, 150, 300};
    long[] seeds = {1, 2, 3};
    int[] compare = {150, 300};
    long[] compareSeeds = {1, 2};
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--sizes" -> sizes = ints(args[i + 1]);
        case "--seeds" -> seeds = longs(args[i + 1]);
        case "--compare" -> compare = ints(args[i + 1]);
        case "--compare-seeds" -> compareSeeds = longs(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    // warm-up: load the native library and JIT the model building
    solve(RoadmapInstances.generate(50, 99), CHOSEN, 2);

    List<String> rows = new ArrayList<>();
    System.out.println("== chosen configuration: " + CHOSEN.name() + ", 2 workers, gap limit 0");
    for (int n : sizes) {
      for (long seed : seeds) {
        RoadmapProblem p = RoadmapInstances.generate(n, seed);
        RoadmapSolution ten = solve(p, CHOSEN, 10);
        RoadmapSolution thirty = ten.status() == SolveStatus.OPTIMAL ? ten : solve(p, CHOSEN, 30);
        String row =
            String.format(
                Locale.ROOT,
                "| %d | %d | %s | %s | %s | %s | %.3f | %.3f | %+.2f %% |",
                n,
                seed,
                size(p),
                ten.status() == SolveStatus.OPTIMAL
                    ? String.format(Locale.ROOT, "%.2f s", ten.wallMillis() / 1000.0)
                    : thirty.status() == SolveStatus.OPTIMAL
                        ? String.format(Locale.ROOT, "%.2f s", thirty.wallMillis() / 1000.0)
                        : "-",
                gap(ten),
                gap(thirty),
                thirty.objective(),
                thirty.greedyObjective(),
                100 * (thirty.objective() / thirty.greedyObjective() - 1));
        System.out.println(row);
        rows.add(row);
      }
    }
    System.out.println();
    System.out.println(
        "| programmes | seed | model | proven optimal in | gap at 10 s | gap at 30 s | value |"
            + " greedy | over greedy |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);

    List<String> cmp = new ArrayList<>();
    System.out.println();
    System.out.println("== alternatives, 10 s, 2 workers, gap limit 0");
    for (int n : compare) {
      for (long seed : compareSeeds) {
        RoadmapProblem p = RoadmapInstances.generate(n, seed);
        for (Variant v : ALTERNATIVES) {
          RoadmapSolution s = solve(p, v, 10);
          String row =
              String.format(
                  Locale.ROOT,
                  "| %d | %d | %s | %s | %s | %.3f | %.3f |",
                  n,
                  seed,
                  v.name(),
                  s.status(),
                  gap(s),
                  s.objective(),
                  s.bound());
          System.out.println(row);
          cmp.add(row);
        }
      }
    }
    System.out.println();
    System.out.println(
        "| programmes | seed | configuration | status | gap at 10 s | value | bound |");
    System.out.println("|---|---|---|---|---|---|---|");
    cmp.forEach(System.out::println);
  }

  private static RoadmapSolution solve(RoadmapProblem p, Variant v, double seconds) {
    RoadmapSolution s =
        new RoadmapSolver()
            .solve(
                p,
                new SolveOptions(seconds, 0, 2, v.hint()),
                v.tuning(),
                x -> {},
                new SolveControl());
    if (s.hasSchedule() && !ScheduleCheck.violations(p, s.starts()).isEmpty()) {
      throw new IllegalStateException("the solver's schedule breaks a rule: " + v);
    }
    return s;
  }

  private static String gap(RoadmapSolution s) {
    if (s.status() == SolveStatus.OPTIMAL) {
      return "0 (optimal)";
    }
    return String.format(Locale.ROOT, "%.2f %%", 100 * s.gap());
  }

  /** Start variables of the model: each programme's start years. */
  private static String size(RoadmapProblem p) {
    long vars =
        p.candidates().stream()
            .mapToLong(
                c ->
                    Math.max(
                        0,
                        Math.min(c.latestStart(), p.lastYear() - c.duration() + 1)
                            - Math.max(c.earliestStart(), p.firstYear())
                            + 1))
            .sum();
    long deps = p.candidates().stream().mapToLong(c -> c.dependsOn().size()).sum();
    return vars + " starts, " + deps + " deps";
  }

  private static int[] ints(String s) {
    return Arrays.stream(s.split(",")).mapToInt(Integer::parseInt).toArray();
  }

  private static long[] longs(String s) {
    return Arrays.stream(s.split(",")).mapToLong(Long::parseLong).toArray();
  }
}
