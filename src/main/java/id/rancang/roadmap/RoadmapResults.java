package id.rancang.roadmap;

import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.roadmap.rules.Candidate;
import id.rancang.roadmap.rules.Finding;
import id.rancang.roadmap.rules.LeftOutReasons;
import id.rancang.roadmap.rules.RoadmapProblem;
import id.rancang.roadmap.rules.ScheduleCheck;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import id.rancang.shared.web.Access;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a scenario's schedule means: the programmes it schedules and leaves out (with the reason),
 * its spending against the ceilings, what it breaks after a manual edit, and the conflicts of an
 * infeasible problem. Manual edits of start years, the comparison of scenarios, and the adoption of
 * one as the masterplan's roadmap (which moves the programmes' years).
 */
@Service
public class RoadmapResults {

  private final JdbcClient jdbc;
  private final ScenarioStore store;
  private final MasterplanManagement masterplans;
  private final ProblemBuilder builder;
  private final ProgrammePortfolio portfolio;
  private final ApplicationEventPublisher events;
  private final JsonMapper json = JsonMapper.builder().build();

  RoadmapResults(
      JdbcClient jdbc,
      ScenarioStore store,
      MasterplanManagement masterplans,
      ProblemBuilder builder,
      ProgrammePortfolio portfolio,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.store = store;
    this.masterplans = masterplans;
    this.builder = builder;
    this.portfolio = portfolio;
    this.events = events;
  }

  /** The scenario with its schedule, reasons, spending and findings. */
  @Transactional(readOnly = true)
  public ScenarioView view(long regionId, long masterplanId, long id) {
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    Scenario scenario = store.get(regionId, masterplanId, id);
    ScenarioInputs inputs = store.inputs(regionId, id);
    ProblemBuilder.Built built = builder.build(regionId, masterplan, scenario, inputs);
    RoadmapProblem problem = solvedProblem(regionId, id).orElse(built.problem());
    Map<Long, Integer> starts = scenario.hasSchedule() ? store.starts(regionId, id) : Map.of();
    Map<Long, Integer> greedy = greedyStarts(regionId, id);
    Map<Long, Programme> programmes = built.programmes();
    List<ScheduledProgramme> scheduled = new ArrayList<>();
    List<LeftOutProgramme> leftOut = new ArrayList<>();
    boolean solved = scenario.hasSchedule();
    Map<Long, Finding> reasons = solved ? LeftOutReasons.explain(problem, starts) : Map.of();
    double value = 0;
    for (Candidate c : problem.candidates()) {
      Programme p = programmes.get(c.id());
      if (p == null) {
        continue;
      }
      Integer start = starts.get(c.id());
      if (start != null) {
        value += c.value();
        scheduled.add(
            new ScheduledProgramme(
                c.id(),
                p.code(),
                p.name(),
                p.dimension(),
                c.quickWin(),
                start,
                c.endYear(start),
                c.value(),
                c.totalCost(),
                p.startYear(),
                greedy.get(c.id())));
      } else if (solved) {
        leftOut.add(
            new LeftOutProgramme(
                c.id(),
                p.code(),
                p.name(),
                p.dimension(),
                c.value(),
                c.totalCost(),
                reasons.get(c.id())));
      }
    }
    scheduled.sort(
        Comparator.comparingInt(ScheduledProgramme::startYear)
            .thenComparing(ScheduledProgramme::code, String.CASE_INSENSITIVE_ORDER));
    List<Finding> violations =
        solved && scenario.editedByHand() ? ScheduleCheck.violations(problem, starts) : List.of();
    Map<Long, String> sources = new LinkedHashMap<>();
    built.valueSources().forEach((k, v) -> sources.put(k, v.name()));
    Map<Long, List<String>> outside = new LinkedHashMap<>();
    Map<Long, String> codes = portfolio.codes(regionId, masterplanId);
    built
        .outsideDependencies()
        .forEach(
            (k, v) -> outside.put(k, v.stream().map(d -> codes.getOrDefault(d, "#" + d)).toList()));
    return new ScenarioView(
        scenario,
        inputs,
        problem,
        scheduled,
        leftOut,
        solved ? spend(problem, starts) : List.of(),
        violations,
        conflicts(regionId, id),
        value,
        sources,
        outside);
  }

  /** Per source, per year of the period: spent by the schedule and the ceiling. */
  static List<SourceSpend> spend(RoadmapProblem problem, Map<Long, Integer> starts) {
    Map<String, long[]> spent = new TreeMap<>();
    int years = problem.lastYear() - problem.firstYear() + 1;
    problem
        .ceilings()
        .values()
        .forEach(m -> m.keySet().forEach(s -> spent.computeIfAbsent(s, k -> new long[years])));
    for (Candidate c : problem.candidates()) {
      Integer start = starts.get(c.id());
      if (start == null) {
        continue;
      }
      for (int offset = 0; offset < c.yearlyCosts().size(); offset++) {
        int year = start + offset;
        if (year < problem.firstYear() || year > problem.lastYear()) {
          continue;
        }
        for (Map.Entry<String, Long> cost : c.yearlyCosts().get(offset).entrySet()) {
          spent.computeIfAbsent(cost.getKey(), k -> new long[years])[year - problem.firstYear()] +=
              cost.getValue();
        }
      }
    }
    List<SourceSpend> result = new ArrayList<>();
    for (Map.Entry<String, long[]> s : spent.entrySet()) {
      List<SourceSpend.YearSpend> perYear = new ArrayList<>();
      for (int i = 0; i < years; i++) {
        int year = problem.firstYear() + i;
        perYear.add(
            new SourceSpend.YearSpend(year, s.getValue()[i], problem.ceiling(year, s.getKey())));
      }
      result.add(new SourceSpend(s.getKey(), perYear));
    }
    return result;
  }

  /**
   * Sets one programme's start year by hand ({@code null} leaves it out) and returns what the
   * schedule then breaks; the edit is kept even when it breaks something, so the team sees the
   * consequences. Refused while the scenario is being solved or before it has a schedule.
   */
  @Transactional
  public List<Finding> setStart(
      long regionId,
      long masterplanId,
      long id,
      long programmeId,
      Integer startYear,
      int expectedVersion) {
    masterplans.get(regionId, masterplanId);
    Scenario before = store.lock(regionId, masterplanId, id);
    if (before.version() != expectedVersion) {
      throw new ConcurrentEditException(ScenarioStore.RECORD_TYPE, id);
    }
    RoadmapScenarios.refuseWhileBusy(before);
    if (!before.hasSchedule()) {
      throw InvalidInputException.of("startYear", "roadmap.edit.noSchedule");
    }
    RoadmapProblem problem =
        solvedProblem(regionId, id).orElseThrow(() -> new IllegalStateException("no problem"));
    Candidate candidate =
        problem.candidates().stream()
            .filter(c -> c.id() == programmeId)
            .findFirst()
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "programmeId", "roadmap.programme.notConsidered", programmeId));
    if (!portfolio.codes(regionId, masterplanId).containsKey(programmeId)) {
      throw InvalidInputException.of("programmeId", "roadmap.programme.unknown", programmeId);
    }
    if (startYear != null && (startYear < problem.firstYear() || startYear > problem.lastYear())) {
      throw new InvalidInputException(
          List.of(
              FieldProblem.of(
                  "startYear",
                  "roadmap.edit.yearOutside",
                  candidate.code(),
                  startYear,
                  problem.firstYear(),
                  problem.lastYear())));
    }
    Map<Long, Integer> starts = new HashMap<>(store.starts(regionId, id));
    Integer old = starts.get(programmeId);
    if (startYear == null) {
      starts.remove(programmeId);
    } else {
      starts.put(programmeId, startYear);
    }
    store.replaceStarts(regionId, id, starts);
    jdbc.sql(
            "update roadmap_scenario set edited_by_hand = true, adopted_at = null,"
                + " adopted_by = null, version = version + 1 where region_id = ? and id = ?")
        .params(regionId, id)
        .update();
    events.publishEvent(
        RecordChanged.updated(
            regionId,
            ScenarioStore.RECORD_TYPE,
            id,
            Snapshot.of("programme", candidate.code(), "startYear", old),
            Snapshot.of("programme", candidate.code(), "startYear", startYear)));
    return ScheduleCheck.violations(problem, starts);
  }

  /**
   * Adopts the scenario's schedule as the masterplan's roadmap: every scheduled programme moves to
   * its start year (end year and budget lines move with it), the scenario is marked adopted and any
   * other is no longer. A schedule that breaks a constraint (after manual edits) is refused on
   * {@code confirm} unless {@code confirmViolations}.
   *
   * @return the number of programmes moved
   */
  @Transactional
  public int adopt(
      long regionId,
      long masterplanId,
      long id,
      boolean confirmViolations,
      Integer expectedVersion) {
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    Scenario before = store.lock(regionId, masterplanId, id);
    if (expectedVersion != null && expectedVersion != before.version()) {
      throw new ConcurrentEditException(ScenarioStore.RECORD_TYPE, id);
    }
    RoadmapScenarios.refuseWhileBusy(before);
    if (!before.hasSchedule()) {
      throw InvalidInputException.of("confirm", "roadmap.adopt.noSchedule");
    }
    // checked against the programmes as they are now (one may have grown or moved since the solve)
    RoadmapProblem problem =
        builder.build(regionId, masterplan, before, store.inputs(regionId, id)).problem();
    Map<Long, Integer> starts = store.starts(regionId, id);
    List<Finding> violations = ScheduleCheck.violations(problem, starts);
    if (!violations.isEmpty() && !confirmViolations) {
      throw InvalidInputException.of("confirm", "roadmap.adopt.hasViolations", violations.size());
    }
    int moved =
        portfolio.reschedule(
            regionId, masterplanId, new TreeMap<>(starts), "roadmap:" + before.name());
    jdbc.sql(
            "update roadmap_scenario set adopted_at = null, adopted_by = null"
                + " where region_id = ? and masterplan_id = ? and adopted_at is not null")
        .params(regionId, masterplanId)
        .update();
    jdbc.sql(
            "update roadmap_scenario set adopted_at = now(), adopted_by = ?, version = version + 1"
                + " where region_id = ? and id = ?")
        .params(Access.actor(), regionId, id)
        .update();
    events.publishEvent(
        RecordChanged.updated(
            regionId,
            ScenarioStore.RECORD_TYPE,
            id,
            Snapshot.of("adopted", false),
            Snapshot.of("adopted", true, "programmesMoved", moved)));
    return moved;
  }

  /**
   * Two to four scenarios side by side: every programme any of them considers, with its start year
   * in each (null = left out), whether they differ, and each scenario's value and yearly spending.
   */
  @Transactional(readOnly = true)
  public ScenarioComparison compare(long regionId, long masterplanId, List<Long> ids) {
    if (ids == null || ids.size() < 2 || ids.size() > 4) {
      throw InvalidInputException.of("ids", "roadmap.compare.count");
    }
    if (new java.util.HashSet<>(ids).size() != ids.size()) {
      throw InvalidInputException.of("ids", "roadmap.compare.duplicate");
    }
    List<ScenarioView> views = ids.stream().map(id -> view(regionId, masterplanId, id)).toList();
    Map<Long, ScenarioComparison.Row> rows = new LinkedHashMap<>();
    TreeSet<String> order = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    Map<Long, String[]> names = new HashMap<>();
    for (ScenarioView v : views) {
      for (ScheduledProgramme p : v.scheduled()) {
        names.put(p.id(), new String[] {p.code(), p.name()});
      }
      for (LeftOutProgramme p : v.leftOut()) {
        names.put(p.id(), new String[] {p.code(), p.name()});
      }
    }
    List<Long> programmeIds = new ArrayList<>(names.keySet());
    programmeIds.sort(
        Comparator.comparing((Long p) -> names.get(p)[0], String.CASE_INSENSITIVE_ORDER));
    for (Long pid : programmeIds) {
      List<Integer> starts = new ArrayList<>();
      for (ScenarioView v : views) {
        starts.add(
            v.scheduled().stream()
                .filter(s -> s.id() == pid)
                .map(ScheduledProgramme::startYear)
                .findFirst()
                .orElse(null));
      }
      rows.put(pid, new ScenarioComparison.Row(pid, names.get(pid)[0], names.get(pid)[1], starts));
    }
    order.clear();
    List<ScenarioComparison.Column> columns = new ArrayList<>();
    for (ScenarioView v : views) {
      Map<Integer, Long> perYear = new TreeMap<>();
      for (SourceSpend s : v.spend()) {
        for (SourceSpend.YearSpend y : s.years()) {
          perYear.merge(y.year(), y.spent(), Long::sum);
        }
      }
      Map<Integer, Long> ceilingPerYear = new TreeMap<>();
      v.problem()
          .ceilings()
          .forEach(
              (year, bySource) ->
                  ceilingPerYear.put(
                      year, bySource.values().stream().mapToLong(Long::longValue).sum()));
      columns.add(
          new ScenarioComparison.Column(
              v.scenario(),
              v.scheduleValue(),
              v.scheduled().size(),
              v.leftOut().size(),
              perYear,
              ceilingPerYear));
    }
    return new ScenarioComparison(columns, List.copyOf(rows.values()));
  }

  private java.util.Optional<RoadmapProblem> solvedProblem(long regionId, long id) {
    return jdbc.sql(
            "select problem::text from roadmap_scenario where region_id = ? and id = ?"
                + " and problem is not null")
        .params(regionId, id)
        .query(String.class)
        .optional()
        .map(text -> json.readValue(text, RoadmapProblem.class));
  }

  private Map<Long, Integer> greedyStarts(long regionId, long id) {
    return jdbc.sql(
            "select greedy_starts::text from roadmap_scenario where region_id = ? and id = ?"
                + " and greedy_starts is not null")
        .params(regionId, id)
        .query(String.class)
        .optional()
        .map(text -> json.readValue(text, new TypeReference<Map<Long, Integer>>() {}))
        .orElse(Map.of());
  }

  private List<Finding> conflicts(long regionId, long id) {
    return jdbc.sql(
            "select conflicts::text from roadmap_scenario where region_id = ? and id = ?"
                + " and conflicts is not null")
        .params(regionId, id)
        .query(String.class)
        .optional()
        .map(text -> json.readValue(text, new TypeReference<List<Finding>>() {}))
        .orElse(List.of());
  }
}
