package id.rancang.roadmap.rules;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.SatParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds the schedule of most value with Google OR-Tools CP-SAT on a time-indexed 0/1 model (see
 * {@link CpSatModel} and docs/adr/0015-roadmap-optimisation-model.md).
 *
 * <p>Values are scaled by 10^6 and rounded into whole numbers for the objective (scores with up to
 * six decimals are exact); the reported objective is the sum of the scheduled programmes' own
 * values, the bound the solver's bound scaled back. The gap is computed from the solver's whole
 * objective and bound, never taken from its status: when the relative gap limit stops the search
 * CP-SAT says OPTIMAL although the gap is not zero, which is reported here as FEASIBLE with its
 * gap.
 */
public final class RoadmapSolver {

  /** A gap at most this is proven optimal. */
  static final double OPTIMAL_GAP = 1e-9;

  /**
   * Whether better bounds are also reported between schedules through CP-SAT's best-bound callback.
   * Off: with ortools-java 9.15 the callback crashed the JVM (SIGSEGV in a solver thread) on this
   * project's tests, so bounds are reported with each new schedule only (ADR 15).
   */
  static final boolean BOUND_CALLBACK = Boolean.getBoolean("rancang.roadmap.boundCallback");

  /**
   * Validates the problem (throws {@link RoadmapInputException}), then solves it, reporting each
   * better schedule or bound to {@code progress} (from the solver's thread; an exception it throws
   * is ignored). A cancel before the search starts returns CANCELLED without a schedule; a cancel
   * during the search returns CANCELLED with the best schedule found, unless that schedule was
   * already proven optimal.
   */
  public RoadmapSolution solve(
      RoadmapProblem problem,
      SolveOptions options,
      Consumer<SolveProgress> progress,
      SolveControl control) {
    return solve(problem, options, SolverTuning.defaults(), progress, control);
  }

  /** The same with another model form or search (for the benchmark). */
  public RoadmapSolution solve(
      RoadmapProblem problem,
      SolveOptions options,
      SolverTuning tuning,
      Consumer<SolveProgress> progress,
      SolveControl control) {
    long begin = System.nanoTime();
    RoadmapValidation.validate(problem);
    if (!(options.timeLimitSeconds() > 0) || options.workers() < 1) {
      throw new IllegalArgumentException("time limit and workers must be positive: " + options);
    }
    Map<Long, Integer> greedy = GreedyScheduler.schedule(problem);
    double greedyValue = GreedyScheduler.value(problem, greedy);

    CpSatModel m = new CpSatModel(problem, tuning.precedence(), false);
    if (m.trivialInfeasible) {
      return infeasible(problem, greedy, greedyValue, begin);
    }
    m.objective();
    if (options.greedyHint()) {
      m.hint(greedy);
    }
    CpSolver solver = new CpSolver();
    SatParameters.Builder params = solver.getParameters();
    params.setMaxTimeInSeconds(options.timeLimitSeconds());
    params.setRelativeGapLimit(Math.max(0, options.relativeGapLimit()));
    params.setNumWorkers(options.workers());
    params.setLogSearchProgress(false);
    switch (tuning.search()) {
      case MAX_LP -> params.addSubsolvers("max_lp");
      case MAX_LP_FIRST -> {
        params.addSubsolvers("max_lp");
        params.addExtraSubsolvers("default_lp");
      }
      case DEFAULT -> {}
    }

    Progress reporter = new Progress(progress, control, begin);
    if (BOUND_CALLBACK) {
      solver.setBestBoundCallback(reporter.boundListener());
    }
    control.whenCancelled(solver::stopSearch);
    if (control.cancelled()) {
      return new RoadmapSolution(
          SolveStatus.CANCELLED, 0, 0, 0, Map.of(), greedyValue, greedy, List.of(), millis(begin));
    }
    CpSolverStatus status;
    try {
      status = solver.solve(m.model, reporter);
    } finally {
      control.whenCancelled(() -> {});
      if (BOUND_CALLBACK) {
        solver.clearBestBoundCallback();
      }
    }
    switch (status) {
      case MODEL_INVALID ->
          throw new IllegalStateException(
              "CP-SAT refused the roadmap model: " + m.model.validate());
      case INFEASIBLE -> {
        return infeasible(problem, greedy, greedyValue, begin);
      }
      case OPTIMAL, FEASIBLE -> {
        Map<Long, Integer> starts = new HashMap<>();
        m.x.forEach(
            (id, vars) ->
                vars.forEach(
                    (t, v) -> {
                      if (solver.booleanValue(v)) {
                        starts.put(id, t);
                      }
                    }));
        double objective = GreedyScheduler.value(problem, starts);
        long objScaled = Math.round(solver.objectiveValue());
        long boundScaled = Math.max(objScaled, Math.round(solver.bestObjectiveBound()));
        double gap = boundScaled <= 0 ? 0 : (double) (boundScaled - objScaled) / boundScaled;
        boolean proven = gap <= OPTIMAL_GAP;
        double bound =
            proven ? objective : Math.max(objective, boundScaled / CpSatModel.VALUE_SCALE);
        double reportedGap = proven || bound <= 0 ? 0 : (bound - objective) / bound;
        SolveStatus outcome =
            proven
                ? SolveStatus.OPTIMAL
                : control.cancelled() ? SolveStatus.CANCELLED : SolveStatus.FEASIBLE;
        return new RoadmapSolution(
            outcome,
            objective,
            bound,
            reportedGap,
            starts,
            greedyValue,
            greedy,
            List.of(),
            millis(begin));
      }
      default -> {
        double bound = Math.max(0, solver.bestObjectiveBound() / CpSatModel.VALUE_SCALE);
        return new RoadmapSolution(
            control.cancelled() ? SolveStatus.CANCELLED : SolveStatus.TIMED_OUT,
            0,
            bound,
            bound > 0 ? 1 : 0,
            Map.of(),
            greedyValue,
            greedy,
            List.of(),
            millis(begin));
      }
    }
  }

  private static RoadmapSolution infeasible(
      RoadmapProblem problem, Map<Long, Integer> greedy, double greedyValue, long begin) {
    return new RoadmapSolution(
        SolveStatus.INFEASIBLE,
        0,
        0,
        0,
        Map.of(),
        greedyValue,
        greedy,
        InfeasibilityExplainer.explain(problem),
        millis(begin));
  }

  private static long millis(long begin) {
    return (System.nanoTime() - begin) / 1_000_000;
  }

  /** Reports each new schedule and better bound; stops the search when cancelled meanwhile. */
  private static final class Progress extends CpSolverSolutionCallback {
    private final Consumer<SolveProgress> consumer;
    private final SolveControl control;
    private final long begin;
    private double objective;
    private double bound = Double.NaN;

    Progress(Consumer<SolveProgress> consumer, SolveControl control, long begin) {
      this.consumer = consumer;
      this.control = control;
      this.begin = begin;
    }

    @Override
    public void onSolutionCallback() {
      if (control.cancelled()) {
        stopSearch();
      }
      report(
          objectiveValue() / CpSatModel.VALUE_SCALE, bestObjectiveBound() / CpSatModel.VALUE_SCALE);
    }

    /**
     * The bound listener: a named class, because OR-Tools' native side calls {@code
     * accept(Double)}, which a lambda (only {@code accept(Object)}) does not have.
     */
    BoundListener boundListener() {
      return new BoundListener(this);
    }

    private synchronized void report(double newObjective, double newBound) {
      if (!Double.isNaN(newObjective)) {
        objective = newObjective;
      }
      if (Double.isNaN(bound) || newBound < bound) {
        bound = newBound;
      } else if (Double.isNaN(newObjective)) {
        return; // no news
      }
      try {
        consumer.accept(new SolveProgress(objective, Math.max(objective, bound), millis(begin)));
      } catch (RuntimeException ignored) {
        // a consumer's failure must not end the search
      }
    }
  }

  /** Passes each better bound from CP-SAT to the progress. */
  private static final class BoundListener implements Consumer<Double> {
    private final Progress progress;

    BoundListener(Progress progress) {
      this.progress = progress;
    }

    @Override
    public void accept(Double scaledBound) {
      progress.report(Double.NaN, scaledBound / CpSatModel.VALUE_SCALE);
    }
  }
}
