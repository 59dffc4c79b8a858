package id.rancang.roadmap;

import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.roadmap.rules.Finding;
import id.rancang.roadmap.rules.RoadmapInputException;
import id.rancang.roadmap.rules.RoadmapProblem;
import id.rancang.roadmap.rules.RoadmapSolution;
import id.rancang.roadmap.rules.RoadmapSolver;
import id.rancang.roadmap.rules.RoadmapValidation;
import id.rancang.roadmap.rules.SolveControl;
import id.rancang.roadmap.rules.SolveOptions;
import id.rancang.roadmap.rules.SolveProgress;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import id.rancang.shared.web.Access;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Solves scenarios in the background. A solve request checks the inputs (every problem is listed
 * before anything runs), stores the problem as it is solved, and queues the scenario; a second
 * request while one is queued or running is refused. Solver threads ({@code
 * rancang.roadmap.solver-threads}, 1 by default on a 2-core machine) take queued scenarios in
 * order. While a solve runs, its best value and proven bound are written to the scenario every
 * second with a heartbeat, so that any instance's page can show them; a cancel request (from any
 * instance) is seen within a second. A scenario whose heartbeat stopped for a minute (its instance
 * went away) counts as failed and may be solved again.
 */
@Service
public class RoadmapSolving {

  private static final Logger log = LoggerFactory.getLogger(RoadmapSolving.class);

  private final JdbcClient jdbc;
  private final ScenarioStore store;
  private final MasterplanManagement masterplans;
  private final ProblemBuilder builder;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final int workers;
  private final ExecutorService solvers;
  private final ScheduledExecutorService ticker;
  private final Map<Long, Running> running = new ConcurrentHashMap<>();
  private final JsonMapper json = JsonMapper.builder().build();

  RoadmapSolving(
      JdbcClient jdbc,
      ScenarioStore store,
      MasterplanManagement masterplans,
      ProblemBuilder builder,
      TransactionTemplate transactions,
      ApplicationEventPublisher events,
      @Value("${rancang.roadmap.solver-threads:1}") int threads,
      @Value("${rancang.roadmap.solver-workers:2}") int workers) {
    this.jdbc = jdbc;
    this.store = store;
    this.masterplans = masterplans;
    this.builder = builder;
    this.transactions = transactions;
    this.events = events;
    this.workers = Math.max(1, workers);
    this.solvers =
        new ThreadPoolExecutor(
            Math.max(1, threads),
            Math.max(1, threads),
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "roadmap-solver");
              t.setDaemon(true);
              return t;
            });
    this.ticker =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "roadmap-solver-ticker");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleWithFixedDelay(this::tick, 1, 1, TimeUnit.SECONDS);
  }

  /** The problem the scenario would be solved with now, built from the programmes as they are. */
  public RoadmapProblem problem(long regionId, long masterplanId, long id) {
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    Scenario scenario = store.get(regionId, masterplanId, id);
    return builder.build(regionId, masterplan, scenario, store.inputs(regionId, id)).problem();
  }

  /**
   * Queues the scenario for solving.
   *
   * @throws InvalidInputException on {@code solve}, with every problem of the inputs in words
   * @throws ConcurrentEditException when the scenario is already queued or being solved
   */
  @Transactional
  public Scenario requestSolve(long regionId, long masterplanId, long id) {
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    Scenario scenario = store.lock(regionId, masterplanId, id);
    // (a solve whose instance stopped reads as FAILED, not busy: ScenarioStore)
    if (scenario.solveState().busy()) {
      throw new ConcurrentEditException(
          ScenarioStore.RECORD_TYPE, id, "roadmap.solve.busy", scenario.name());
    }
    ProblemBuilder.Built built =
        builder.build(regionId, masterplan, scenario, store.inputs(regionId, id));
    List<FieldProblem> problems = new ArrayList<>();
    if (built.problem().candidates().isEmpty()) {
      problems.add(FieldProblem.of("solve", "roadmap.solve.noProgrammes"));
    }
    try {
      RoadmapValidation.validate(built.problem());
    } catch (RoadmapInputException e) {
      for (Finding f : e.problems()) {
        problems.add(FieldProblem.of("solve", "roadmap.input." + f.code(), f.args().toArray()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    // the last answer belongs to the last problem: it goes, and so does an adoption of it
    java.util.UUID token = java.util.UUID.randomUUID();
    jdbc.sql(
            """
            update roadmap_scenario set solve_state = 'QUEUED', solve_requested_by = ?,
              solve_requested_at = now(), heartbeat_at = now(), cancel_requested = false,
              progress_objective = null, progress_bound = null, progress_millis = null,
              problem = cast(? as jsonb), failure = null, solve_token = ?,
              status = null, objective = null, bound = null, gap = null,
              greedy_objective = null, wall_millis = null, solved_at = null,
              greedy_starts = null, conflicts = null, edited_by_hand = false,
              adopted_at = null, adopted_by = null
            where region_id = ? and id = ?""")
        .params(Access.actor(), json.writeValueAsString(built.problem()), token, regionId, id)
        .update();
    store.replaceStarts(regionId, id, Map.of());
    events.publishEvent(
        RecordChanged.updated(
            regionId,
            ScenarioStore.RECORD_TYPE,
            id,
            Snapshot.of("solveState", scenario.solveState()),
            Snapshot.of("solveState", SolveState.QUEUED)));
    Running job =
        new Running(
            regionId,
            masterplanId,
            id,
            token,
            built.problem(),
            options(scenario),
            new SolveControl());
    running.put(id, job);
    Runnable submit = () -> solvers.execute(() -> run(job));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              if (status == STATUS_COMMITTED) {
                submit.run();
              } else {
                running.remove(id);
              }
            }
          });
    } else {
      submit.run();
    }
    return store.get(regionId, masterplanId, id);
  }

  /**
   * Asks a queued or running solve to stop; a running one keeps the best schedule found so far.
   * Nothing happens when the scenario is not being solved.
   */
  @Transactional
  public Scenario cancel(long regionId, long masterplanId, long id) {
    masterplans.get(regionId, masterplanId);
    Scenario scenario = store.lock(regionId, masterplanId, id);
    if (scenario.solveState().busy()) {
      jdbc.sql("update roadmap_scenario set cancel_requested = true where region_id = ? and id = ?")
          .params(regionId, id)
          .update();
      Running job = running.get(id);
      if (job != null) {
        job.control().cancel();
      }
    }
    return store.get(regionId, masterplanId, id);
  }

  /** Whether this instance solves the scenario right now (for tests and metrics). */
  public boolean solvingHere(long scenarioId) {
    return running.containsKey(scenarioId);
  }

  private SolveOptions options(Scenario scenario) {
    return new SolveOptions(
        scenario.timeLimitSeconds(), scenario.gapLimit().doubleValue(), workers, true);
  }

  private void run(Running job) {
    try {
      boolean cancelledBefore =
          Boolean.TRUE.equals(
              jdbc.sql(
                      "select cancel_requested from roadmap_scenario where id = ?"
                          + " and solve_token = ?")
                  .params(job.id(), job.token())
                  .query(Boolean.class)
                  .optional()
                  .orElse(null));
      int started =
          jdbc.sql(
                  "update roadmap_scenario set solve_state = 'RUNNING', heartbeat_at = now()"
                      + " where id = ? and solve_state = 'QUEUED' and solve_token = ?")
              .params(job.id(), job.token())
              .update();
      if (started == 0) {
        return;
      }
      if (cancelledBefore) {
        job.control().cancel();
      }
      RoadmapSolution solution =
          new RoadmapSolver()
              .solve(job.problem(), job.options(), job.progress()::set, job.control());
      if (stopping) {
        return; // the instance is stopping: stop() marks the solve interrupted
      }
      transactions.executeWithoutResult(tx -> finish(job, solution));
    } catch (RuntimeException | Error e) {
      log.error("Solving roadmap scenario {} failed", job.id(), e);
      jdbc.sql(
              "update roadmap_scenario set solve_state = 'FAILED', failure = ?, heartbeat_at = now()"
                  + " where id = ? and solve_token = ? and solve_state in ('QUEUED', 'RUNNING')")
          .params("error", job.id(), job.token())
          .update();
    } finally {
      running.remove(job.id());
    }
  }

  private void finish(Running job, RoadmapSolution solution) {
    int updated =
        jdbc.sql(
                """
            update roadmap_scenario set solve_state = 'DONE', status = ?, objective = ?,
              bound = ?, gap = ?, greedy_objective = ?, wall_millis = ?, solved_at = now(),
              greedy_starts = cast(? as jsonb), conflicts = cast(? as jsonb),
              edited_by_hand = false, heartbeat_at = now(), cancel_requested = false,
              progress_objective = ?, progress_bound = ?, progress_millis = ?,
              version = version + 1
            where id = ? and solve_token = ? and solve_state = 'RUNNING'""")
            .params(
                solution.status().name(),
                solution.hasSchedule() ? solution.objective() : null,
                solution.bound(),
                solution.hasSchedule() ? solution.gap() : null,
                solution.greedyObjective(),
                solution.wallMillis(),
                json.writeValueAsString(solution.greedyStarts()),
                json.writeValueAsString(solution.conflicts()),
                solution.hasSchedule() ? solution.objective() : null,
                solution.bound(),
                solution.wallMillis(),
                job.id(),
                job.token())
            .update();
    if (updated == 0) {
      return; // no longer this solve (declared dead and asked again): its answer is dropped
    }
    store.replaceStarts(
        job.regionId(), job.id(), solution.hasSchedule() ? solution.starts() : Map.of());
    events.publishEvent(
        RecordChanged.updated(
            job.regionId(),
            ScenarioStore.RECORD_TYPE,
            job.id(),
            Snapshot.of("solveState", SolveState.RUNNING),
            Snapshot.of(
                "solveState",
                SolveState.DONE,
                "status",
                solution.status(),
                "objective",
                solution.objective(),
                "gap",
                solution.gap())));
  }

  /**
   * Every second: heartbeats and progress of the local solves, cancels asked from elsewhere. (A
   * solve whose instance stopped beating reads as failed: {@link ScenarioStore}.) Without local
   * solves it asks the database nothing.
   */
  private void tick() {
    try {
      for (Running job : running.values()) {
        SolveProgress p = job.progress().get();
        Boolean cancel =
            jdbc.sql(
                    """
                    update roadmap_scenario set heartbeat_at = now(),
                      progress_objective = coalesce(?, progress_objective),
                      progress_bound = coalesce(?, progress_bound),
                      progress_millis = coalesce(?, progress_millis)
                    where id = ? and solve_token = ? and solve_state in ('QUEUED', 'RUNNING')
                    returning cancel_requested""")
                .params(
                    p == null ? null : p.objective(),
                    p == null ? null : p.bound(),
                    p == null ? null : p.elapsedMillis(),
                    job.id(),
                    job.token())
                .query(Boolean.class)
                .optional()
                .orElse(false);
        if (Boolean.TRUE.equals(cancel) && !job.control().cancelled()) {
          job.control().cancel();
        }
      }

    } catch (RuntimeException e) {
      log.debug("Roadmap solver tick failed: {}", e.getMessage());
    }
  }

  @PreDestroy
  void stop() {
    stopping = true;
    running.values().forEach(job -> job.control().cancel());
    ticker.shutdownNow();
    solvers.shutdownNow();
    try {
      solvers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Running job : running.values()) {
      try {
        jdbc.sql(
                "update roadmap_scenario set solve_state = 'FAILED', failure = 'interrupted'"
                    + " where id = ? and solve_token = ? and solve_state in ('QUEUED', 'RUNNING')")
            .params(job.id(), job.token())
            .update();
      } catch (RuntimeException e) {
        log.debug("Could not mark roadmap scenario {} interrupted: {}", job.id(), e.getMessage());
      }
    }
  }

  /** Set on shutdown: answers that arrive then are not written (the solve is interrupted). */
  private volatile boolean stopping;

  private record Running(
      long regionId,
      long masterplanId,
      long id,
      java.util.UUID token,
      RoadmapProblem problem,
      SolveOptions options,
      SolveControl control,
      AtomicReference<SolveProgress> progress) {

    Running(
        long regionId,
        long masterplanId,
        long id,
        java.util.UUID token,
        RoadmapProblem problem,
        SolveOptions options,
        SolveControl control) {
      this(regionId, masterplanId, id, token, problem, options, control, new AtomicReference<>());
    }
  }
}
