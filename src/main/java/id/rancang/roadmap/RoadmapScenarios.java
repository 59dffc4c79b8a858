package id.rancang.roadmap;

import id.rancang.programme.FundingSourceEntry;
import id.rancang.programme.FundingSources;
import id.rancang.programme.ProgrammeCatalog;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import id.rancang.shared.web.Access;
import id.rancang.strategy.Dimension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roadmap scenarios of a masterplan: their inputs (ceilings, programmes and rules), copies
 * (e.g. "budget -20%") and deletion. Every member of the region reads them; the team (region
 * administrators and editors) changes them, which the controllers check. A change of the inputs
 * makes the last answer stale: the scenario is NEW again and keeps no schedule. Every change is in
 * the audit trail.
 */
@Service
public class RoadmapScenarios {

  public static final String RECORD_TYPE = ScenarioStore.RECORD_TYPE;
  static final int NAME_LENGTH = 200;
  static final int DESCRIPTION_LENGTH = 4000;
  static final int MAX_TIME_LIMIT = 600;
  static final BigDecimal MAX_GAP = new BigDecimal("0.5");
  static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");

  private final JdbcClient jdbc;
  private final ScenarioStore store;
  private final MasterplanManagement masterplans;
  private final ProgrammeCatalog programmes;
  private final FundingSources sources;
  private final ApplicationEventPublisher events;

  RoadmapScenarios(
      JdbcClient jdbc,
      ScenarioStore store,
      MasterplanManagement masterplans,
      ProgrammeCatalog programmes,
      FundingSources sources,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.store = store;
    this.masterplans = masterplans;
    this.programmes = programmes;
    this.sources = sources;
    this.events = events;
  }

  // ---- reading ----

  /** The masterplan's scenarios, the adopted one first, then newest first. */
  public Page<Scenario> list(long regionId, long masterplanId, PageRequest page) {
    masterplans.get(regionId, masterplanId);
    long total =
        jdbc.sql("select count(*) from roadmap_scenario where region_id = ? and masterplan_id = ?")
            .params(regionId, masterplanId)
            .query(Long.class)
            .single();
    List<Scenario> items =
        jdbc.sql(
                "select "
                    + ScenarioStore.COLUMNS
                    + " from roadmap_scenario s where s.region_id = ? and s.masterplan_id = ?"
                    + " order by (s.adopted_at is null), s.created_at desc, s.id desc"
                    + " limit ? offset ?")
            .params(regionId, masterplanId, page.size(), page.offset())
            .query(ScenarioStore::map)
            .list();
    return new Page<>(items, page.number(), page.size(), total);
  }

  /** A scenario of the masterplan; another region's or masterplan's is not found. */
  public Scenario get(long regionId, long masterplanId, long id) {
    masterplans.get(regionId, masterplanId);
    return store.get(regionId, masterplanId, id);
  }

  /** The scenario's inputs as stored. */
  public ScenarioInputs inputs(long regionId, long masterplanId, long id) {
    store.get(regionId, masterplanId, id);
    return store.inputs(regionId, id);
  }

  /**
   * The programmes a new scenario considers when none are named: every selected, planned, running
   * or done programme, in code order.
   */
  public List<Long> defaultProgrammes(long regionId, long masterplanId) {
    return programmes.all(regionId, masterplanId).stream()
        .filter(p -> DEFAULT_STATUSES.contains(p.status()))
        .map(id.rancang.programme.Programme::id)
        .toList();
  }

  /** The funding source codes the region may use (built-in and its own). */
  public List<String> sourceCodes(long regionId) {
    return sources.list(regionId).stream().map(FundingSourceEntry::code).toList();
  }

  static final Set<ProgrammeStatus> DEFAULT_STATUSES =
      Set.of(
          ProgrammeStatus.SELECTED,
          ProgrammeStatus.PLANNED,
          ProgrammeStatus.RUNNING,
          ProgrammeStatus.DONE);

  // ---- changing ----

  /** Creates a scenario from the command, after checking every field. */
  @Transactional
  public Scenario create(long regionId, long masterplanId, ScenarioCommand command) {
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    Checked checked = check(regionId, masterplan, null, command);
    long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into roadmap_scenario (region_id, masterplan_id, name, description,
                    time_limit_seconds, gap_limit, quick_wins_first_year, locked_through,
                    created_by)
                  values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
              .params(
                  regionId,
                  masterplanId,
                  checked.name(),
                  checked.description(),
                  checked.timeLimit(),
                  checked.gapLimit(),
                  command.quickWinsInFirstYear(),
                  command.lockedThrough(),
                  Access.actor())
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw nameTaken(checked.name());
    }
    writeInputs(regionId, id, checked);
    Scenario created = store.get(regionId, masterplanId, id);
    events.publishEvent(
        RecordChanged.created(
            regionId, RECORD_TYPE, id, snapshot(created, store.inputs(regionId, id))));
    return created;
  }

  /**
   * Replaces the scenario's inputs. The last answer no longer fits them: the scenario becomes NEW
   * and loses its schedule. Refused while it is being solved.
   */
  @Transactional
  public Scenario update(
      long regionId, long masterplanId, long id, ScenarioCommand command, int expectedVersion) {
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    Scenario before = store.lock(regionId, masterplanId, id);
    if (before.version() != expectedVersion) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    refuseWhileBusy(before);
    ScenarioInputs inputsBefore = store.inputs(regionId, id);
    Checked checked = check(regionId, masterplan, before, command);
    try {
      jdbc.sql(
              """
              update roadmap_scenario set name = ?, description = ?, time_limit_seconds = ?,
                gap_limit = ?, quick_wins_first_year = ?, locked_through = ?,
                solve_state = 'NEW', status = null, objective = null, bound = null, gap = null,
                greedy_objective = null, wall_millis = null, solved_at = null, problem = null,
                greedy_starts = null, conflicts = null, failure = null, edited_by_hand = false,
                progress_objective = null, progress_bound = null, progress_millis = null,
                adopted_at = null, adopted_by = null, version = version + 1
              where region_id = ? and id = ?""")
          .params(
              checked.name(),
              checked.description(),
              checked.timeLimit(),
              checked.gapLimit(),
              command.quickWinsInFirstYear(),
              command.lockedThrough(),
              regionId,
              id)
          .update();
    } catch (DuplicateKeyException e) {
      throw nameTaken(checked.name());
    }
    for (String table :
        List.of(
            "roadmap_ceiling",
            "roadmap_candidate",
            "roadmap_exclusive_member",
            "roadmap_dimension_share",
            "roadmap_start")) {
      jdbc.sql("delete from " + table + " where region_id = ? and scenario_id = ?")
          .params(regionId, id)
          .update();
    }
    writeInputs(regionId, id, checked);
    Scenario after = store.get(regionId, masterplanId, id);
    events.publishEvent(
        RecordChanged.updated(
            regionId,
            RECORD_TYPE,
            id,
            snapshot(before, inputsBefore),
            snapshot(after, store.inputs(regionId, id))));
    return after;
  }

  /**
   * A copy of the scenario with every ceiling multiplied by {@code ceilingFactor} (0.8 for "budget
   * -20%"), named {@code name}; not solved yet.
   */
  @Transactional
  public Scenario copy(
      long regionId, long masterplanId, long id, String name, BigDecimal ceilingFactor) {
    Scenario source = get(regionId, masterplanId, id);
    ScenarioInputs inputs = store.inputs(regionId, id);
    List<FieldProblem> problems = new ArrayList<>();
    if (ceilingFactor == null) {
      problems.add(FieldProblem.of("ceilingFactor", "shared.validation.required"));
    } else if (ceilingFactor.signum() < 0 || ceilingFactor.compareTo(BigDecimal.TEN) > 0) {
      problems.add(FieldProblem.of("ceilingFactor", "roadmap.copy.factorRange"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<CeilingEntry> ceilings =
        inputs.ceilings().stream()
            .map(
                c ->
                    new CeilingEntry(
                        c.year(),
                        c.source(),
                        c.amount().multiply(ceilingFactor).setScale(2, RoundingMode.HALF_UP)))
            .toList();
    return create(
        regionId,
        masterplanId,
        new ScenarioCommand(
            name,
            source.description(),
            ceilings,
            inputs.candidates().stream().map(ScenarioInputs.CandidateSetting::programmeId).toList(),
            inputs.candidates().stream()
                .filter(c -> c.value() != null)
                .collect(
                    Collectors.toMap(
                        ScenarioInputs.CandidateSetting::programmeId,
                        ScenarioInputs.CandidateSetting::value)),
            inputs.candidates().stream()
                .filter(c -> c.earliestStart() != null || c.latestStart() != null)
                .map(c -> new StartWindow(c.programmeId(), c.earliestStart(), c.latestStart()))
                .toList(),
            inputs.candidates().stream()
                .filter(ScenarioInputs.CandidateSetting::mandatory)
                .map(ScenarioInputs.CandidateSetting::programmeId)
                .toList(),
            inputs.candidates().stream()
                .filter(ScenarioInputs.CandidateSetting::excluded)
                .map(ScenarioInputs.CandidateSetting::programmeId)
                .toList(),
            inputs.exclusiveGroups(),
            inputs.minimumDimensionShare(),
            source.quickWinsInFirstYear(),
            source.lockedThrough(),
            source.timeLimitSeconds(),
            source.gapLimit()));
  }

  /**
   * Deletes the scenario. The adopted roadmap is refused on {@code confirm} unless {@code
   * confirmAdopted} says the caller knows (the programmes keep their years either way). Refused
   * while it is being solved.
   */
  @Transactional
  public void delete(long regionId, long masterplanId, long id, boolean confirmAdopted) {
    masterplans.get(regionId, masterplanId);
    Scenario before = store.lock(regionId, masterplanId, id);
    refuseWhileBusy(before);
    if (before.adopted() && !confirmAdopted) {
      throw InvalidInputException.of("confirm", "roadmap.scenario.deleteAdopted");
    }
    Map<String, Object> snapshot = snapshot(before, store.inputs(regionId, id));
    jdbc.sql("delete from roadmap_scenario where region_id = ? and id = ?")
        .params(regionId, id)
        .update();
    events.publishEvent(RecordChanged.deleted(regionId, RECORD_TYPE, id, snapshot));
  }

  // ---- checks ----

  record Checked(
      String name,
      String description,
      int timeLimit,
      BigDecimal gapLimit,
      List<CeilingEntry> ceilings,
      List<ScenarioInputs.CandidateSetting> candidates,
      List<List<Long>> exclusiveGroups,
      Map<String, BigDecimal> shares) {}

  private Checked check(
      long regionId, Masterplan masterplan, Scenario existing, ScenarioCommand command) {
    List<FieldProblem> problems = new ArrayList<>();
    String name = command.name() == null ? "" : command.name().strip();
    if (name.isEmpty()) {
      problems.add(FieldProblem.of("name", "shared.validation.required"));
    } else if (name.length() > NAME_LENGTH) {
      problems.add(FieldProblem.of("name", "shared.validation.tooLong"));
    } else if (jdbc.sql(
                "select count(*) from roadmap_scenario where region_id = ? and masterplan_id = ?"
                    + " and lower(name) = lower(?) and id is distinct from ?")
            .params(regionId, masterplan.id(), name, existing == null ? null : existing.id())
            .query(Long.class)
            .single()
        > 0) {
      problems.add(FieldProblem.of("name", "roadmap.scenario.nameTaken", name));
    }
    String description =
        command.description() == null || command.description().isBlank()
            ? null
            : command.description().strip();
    if (description != null && description.length() > DESCRIPTION_LENGTH) {
      problems.add(FieldProblem.of("description", "shared.validation.tooLong"));
    }
    int timeLimit = command.timeLimitSeconds() == null ? 10 : command.timeLimitSeconds();
    if (timeLimit < 1 || timeLimit > MAX_TIME_LIMIT) {
      problems.add(
          FieldProblem.of("timeLimitSeconds", "roadmap.scenario.timeLimitRange", MAX_TIME_LIMIT));
    }
    BigDecimal gap = command.gapLimit() == null ? new BigDecimal("0.001") : command.gapLimit();
    if (gap.signum() < 0 || gap.compareTo(MAX_GAP) > 0) {
      problems.add(FieldProblem.of("gapLimit", "roadmap.scenario.gapLimitRange"));
    }
    int first = masterplan.startYear();
    int last = masterplan.endYear();
    // ceilings
    Set<String> known = new HashSet<>(sourceCodes(regionId));
    Set<String> seen = new HashSet<>();
    Set<Integer> yearsWithCeiling = new TreeSet<>();
    List<CeilingEntry> ceilings = new ArrayList<>();
    for (int i = 0; i < command.ceilings().size(); i++) {
      CeilingEntry c = command.ceilings().get(i);
      String at = "ceilings[" + i + "]";
      if (c == null) {
        problems.add(FieldProblem.of(at, "shared.validation.required"));
        continue;
      }
      boolean ok = true;
      if (c.year() == null) {
        problems.add(FieldProblem.of(at + ".year", "shared.validation.required"));
        ok = false;
      } else if (c.year() < first || c.year() > last) {
        problems.add(
            FieldProblem.of(at + ".year", "roadmap.ceiling.yearOutside", c.year(), first, last));
        ok = false;
      }
      String source =
          c.source() == null ? "" : c.source().strip().toUpperCase(java.util.Locale.ROOT);
      if (source.isEmpty()) {
        problems.add(FieldProblem.of(at + ".source", "shared.validation.required"));
        ok = false;
      } else if (!known.contains(source)) {
        problems.add(FieldProblem.of(at + ".source", "roadmap.ceiling.sourceUnknown", source));
        ok = false;
      }
      if (c.amount() == null) {
        problems.add(FieldProblem.of(at + ".amount", "shared.validation.required"));
        ok = false;
      } else if (c.amount().signum() < 0) {
        problems.add(FieldProblem.of(at + ".amount", "roadmap.ceiling.negative", c.amount()));
        ok = false;
      } else if (c.amount().compareTo(MAX_AMOUNT) > 0 || c.amount().scale() > 2) {
        problems.add(FieldProblem.of(at + ".amount", "roadmap.ceiling.tooLarge"));
        ok = false;
      }
      if (ok && !seen.add(c.year() + "/" + source)) {
        problems.add(FieldProblem.of(at, "roadmap.ceiling.duplicate", c.year(), source));
        ok = false;
      }
      if (ok) {
        yearsWithCeiling.add(c.year());
        ceilings.add(new CeilingEntry(c.year(), source, c.amount()));
      }
    }
    List<Integer> missing = new ArrayList<>();
    for (int y = first; y <= last; y++) {
      if (!yearsWithCeiling.contains(y)) {
        missing.add(y);
      }
    }
    if (!missing.isEmpty()) {
      problems.add(
          FieldProblem.of(
              "ceilings",
              "roadmap.ceiling.yearsMissing",
              missing.stream().map(String::valueOf).collect(Collectors.joining(", "))));
    }
    // programmes
    Map<Long, id.rancang.programme.Programme> all = programmes.byId(regionId, masterplan.id());
    List<Long> ids =
        command.programmeIds() == null
            ? defaultProgrammes(regionId, masterplan.id())
            : command.programmeIds();
    Set<Long> candidates = new LinkedHashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      Long pid = ids.get(i);
      if (pid == null) {
        problems.add(FieldProblem.of("programmeIds[" + i + "]", "shared.validation.required"));
      } else if (!all.containsKey(pid)) {
        problems.add(FieldProblem.of("programmeIds[" + i + "]", "roadmap.programme.unknown", pid));
      } else if (!candidates.add(pid)) {
        problems.add(
            FieldProblem.of(
                "programmeIds[" + i + "]", "roadmap.programme.duplicate", code(all, pid)));
      }
    }
    if (command.programmeIds() != null && ids.isEmpty()) {
      problems.add(FieldProblem.of("programmeIds", "roadmap.programme.none"));
    }
    Map<Long, Double> values = new HashMap<>();
    for (Map.Entry<Long, Double> v : command.values().entrySet()) {
      String at = "values[" + v.getKey() + "]";
      if (!candidates.contains(v.getKey())) {
        problems.add(FieldProblem.of(at, "roadmap.programme.notConsidered", v.getKey()));
      } else if (v.getValue() == null || !Double.isFinite(v.getValue()) || v.getValue() < 0) {
        problems.add(
            FieldProblem.of(
                at,
                "roadmap.programme.badValue",
                code(all, v.getKey()),
                String.valueOf(v.getValue())));
      } else {
        values.put(v.getKey(), v.getValue());
      }
    }
    Map<Long, StartWindow> windows = new HashMap<>();
    for (int i = 0; i < command.windows().size(); i++) {
      StartWindow w = command.windows().get(i);
      String at = "windows[" + i + "]";
      if (w == null || w.programmeId() == null || !candidates.contains(w.programmeId())) {
        problems.add(
            FieldProblem.of(
                at + ".programmeId",
                "roadmap.programme.notConsidered",
                String.valueOf(w == null ? null : w.programmeId())));
        continue;
      }
      String code = code(all, w.programmeId());
      boolean ok = true;
      for (Integer year : new Integer[] {w.earliestStart(), w.latestStart()}) {
        if (year != null && (year < first || year > last)) {
          problems.add(FieldProblem.of(at, "roadmap.window.outside", code, year, first, last));
          ok = false;
        }
      }
      if (ok
          && w.earliestStart() != null
          && w.latestStart() != null
          && w.earliestStart() > w.latestStart()) {
        problems.add(
            FieldProblem.of(
                at, "roadmap.window.reversed", code, w.earliestStart(), w.latestStart()));
        ok = false;
      }
      if (ok && windows.put(w.programmeId(), w) != null) {
        problems.add(FieldProblem.of(at, "roadmap.window.duplicate", code));
      }
    }
    Set<Long> mandatory = idSet("mandatory", command.mandatory(), candidates, all, problems);
    Set<Long> excluded = idSet("excluded", command.excluded(), candidates, all, problems);
    for (Long both : mandatory) {
      if (excluded.contains(both)) {
        problems.add(
            FieldProblem.of("excluded", "roadmap.programme.mandatoryAndExcluded", code(all, both)));
      }
    }
    List<List<Long>> groups = new ArrayList<>();
    Set<Long> grouped = new HashSet<>();
    for (int g = 0; g < command.exclusiveGroups().size(); g++) {
      List<Long> group = command.exclusiveGroups().get(g);
      String at = "exclusiveGroups[" + g + "]";
      Set<Long> members = idSet(at, group == null ? List.of() : group, candidates, all, problems);
      if (members.size() < 2) {
        problems.add(FieldProblem.of(at, "roadmap.group.tooSmall"));
        continue;
      }
      for (Long m : members) {
        if (!grouped.add(m)) {
          problems.add(FieldProblem.of(at, "roadmap.group.overlap", code(all, m)));
        }
      }
      groups.add(List.copyOf(members));
    }
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    BigDecimal shareSum = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> s : command.minimumDimensionShare().entrySet()) {
      String at = "minimumDimensionShare[" + s.getKey() + "]";
      Dimension dimension = dimension(s.getKey());
      if (dimension == null) {
        problems.add(FieldProblem.of(at, "roadmap.share.dimensionUnknown", s.getKey()));
      } else if (s.getValue() == null
          || s.getValue().signum() < 0
          || s.getValue().compareTo(BigDecimal.ONE) > 0) {
        problems.add(FieldProblem.of(at, "roadmap.share.range", dimension.name()));
      } else if (s.getValue().signum() > 0) {
        shares.put(dimension.name(), s.getValue().setScale(4, RoundingMode.HALF_UP));
        shareSum = shareSum.add(s.getValue());
      }
    }
    if (shareSum.compareTo(BigDecimal.ONE) > 0) {
      problems.add(
          FieldProblem.of(
              "minimumDimensionShare", "roadmap.share.sumAboveOne", shareSum.toPlainString()));
    }
    if (command.lockedThrough() != null
        && (command.lockedThrough() < first || command.lockedThrough() >= last)) {
      problems.add(
          FieldProblem.of(
              "lockedThrough", "roadmap.lock.outside", command.lockedThrough(), first, last - 1));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<ScenarioInputs.CandidateSetting> settings = new ArrayList<>();
    for (Long pid : candidates) {
      StartWindow w = windows.get(pid);
      settings.add(
          new ScenarioInputs.CandidateSetting(
              pid,
              values.get(pid),
              w == null ? null : w.earliestStart(),
              w == null ? null : w.latestStart(),
              mandatory.contains(pid),
              excluded.contains(pid)));
    }
    return new Checked(
        name,
        description,
        timeLimit,
        gap.setScale(6, RoundingMode.HALF_UP),
        ceilings,
        settings,
        groups,
        shares);
  }

  private static Set<Long> idSet(
      String field,
      List<Long> ids,
      Set<Long> candidates,
      Map<Long, id.rancang.programme.Programme> all,
      List<FieldProblem> problems) {
    Set<Long> set = new LinkedHashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      Long id = ids.get(i);
      if (id == null) {
        problems.add(FieldProblem.of(field + "[" + i + "]", "shared.validation.required"));
      } else if (!candidates.contains(id)) {
        problems.add(
            FieldProblem.of(
                field + "[" + i + "]",
                all.containsKey(id)
                    ? "roadmap.programme.notConsidered"
                    : "roadmap.programme.unknown",
                all.containsKey(id) ? code(all, id) : id));
      } else {
        set.add(id);
      }
    }
    return set;
  }

  private static String code(Map<Long, id.rancang.programme.Programme> all, Long id) {
    id.rancang.programme.Programme p = id == null ? null : all.get(id);
    return p == null ? String.valueOf(id) : p.code();
  }

  static Dimension dimension(String code) {
    if (code == null) {
      return null;
    }
    for (Dimension d : Dimension.values()) {
      if (d.name().equalsIgnoreCase(code.strip())) {
        return d;
      }
    }
    return null;
  }

  private void writeInputs(long regionId, long id, Checked checked) {
    for (CeilingEntry c : checked.ceilings()) {
      jdbc.sql(
              "insert into roadmap_ceiling (scenario_id, region_id, year, source_code, amount)"
                  + " values (?, ?, ?, ?, ?)")
          .params(id, regionId, c.year(), c.source(), c.amount())
          .update();
    }
    for (ScenarioInputs.CandidateSetting c : checked.candidates()) {
      jdbc.sql(
              """
              insert into roadmap_candidate (scenario_id, region_id, programme_id, value,
                earliest_start, latest_start, mandatory, excluded)
              values (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(
              id,
              regionId,
              c.programmeId(),
              c.value(),
              c.earliestStart(),
              c.latestStart(),
              c.mandatory(),
              c.excluded())
          .update();
    }
    for (int g = 0; g < checked.exclusiveGroups().size(); g++) {
      for (Long member : checked.exclusiveGroups().get(g)) {
        jdbc.sql(
                "insert into roadmap_exclusive_member (scenario_id, region_id, group_no,"
                    + " programme_id) values (?, ?, ?, ?)")
            .params(id, regionId, g + 1, member)
            .update();
      }
    }
    for (Map.Entry<String, BigDecimal> s : checked.shares().entrySet()) {
      jdbc.sql(
              "insert into roadmap_dimension_share (scenario_id, region_id, dimension_code,"
                  + " minimum_share) values (?, ?, ?, ?)")
          .params(id, regionId, s.getKey(), s.getValue())
          .update();
    }
  }

  static void refuseWhileBusy(Scenario scenario) {
    if (scenario.solveState().busy()) {
      throw InvalidInputException.of("solve", "roadmap.solve.busy");
    }
  }

  private static InvalidInputException nameTaken(String name) {
    return InvalidInputException.of("name", "roadmap.scenario.nameTaken", name);
  }

  static Map<String, Object> snapshot(Scenario s, ScenarioInputs inputs) {
    Map<String, Object> snapshot =
        new LinkedHashMap<>(
            Snapshot.of(
                "name", s.name(),
                "description", s.description(),
                "timeLimitSeconds", s.timeLimitSeconds(),
                "gapLimit", s.gapLimit(),
                "quickWinsInFirstYear", s.quickWinsInFirstYear(),
                "lockedThrough", s.lockedThrough()));
    snapshot.put(
        "ceilings",
        inputs.ceilings().stream()
            .map(c -> c.year() + " " + c.source() + " " + c.amount().toPlainString())
            .toList());
    snapshot.put(
        "programmes",
        inputs.candidates().stream().map(ScenarioInputs.CandidateSetting::programmeId).toList());
    snapshot.put("exclusiveGroups", inputs.exclusiveGroups());
    snapshot.put("minimumDimensionShare", inputs.minimumDimensionShare());
    return snapshot;
  }
}
