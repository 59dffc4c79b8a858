package id.rancang.strategy;

import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.OpdDirectory;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Ordering;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Search;
import id.rancang.shared.Snapshot;
import id.rancang.strategy.rules.TargetFinding;
import id.rancang.strategy.rules.TargetRules;
import id.rancang.strategy.rules.Trajectory;
import id.rancang.strategy.rules.YearValue;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measurable indicators of a masterplan's goals and targets, with their baselines and yearly
 * targets. Errors (a target outside the masterplan period, a missing unit, a goal of another
 * masterplan) block saving; doubtful targets (against the polarity, a year without target) are
 * saved and returned as warnings.
 */
@Service
public class IndicatorRegister {

  public static final String RECORD_TYPE = "indicator";
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");
  private static final String COLUMNS =
      """
      i.id, i.masterplan_id, i.item_id, s.kind as item_kind, i.code, i.name, i.unit, i.definition,
      i.formula, i.data_source, i.opd_id, i.data_provider, i.level, i.key_indicator, i.polarity,
      i.baseline_year, i.baseline_value, i.end_target, i.notes, i.library_code, i.position,
      i.version""";
  private static final String FROM = " from indicator i join strategy_item s on s.id = i.item_id";

  private final JdbcClient jdbc;
  private final MasterplanManagement masterplans;
  private final OpdDirectory opds;
  private final ApplicationEventPublisher events;

  IndicatorRegister(
      JdbcClient jdbc,
      MasterplanManagement masterplans,
      OpdDirectory opds,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.masterplans = masterplans;
    this.opds = opds;
    this.events = events;
  }

  /** Every indicator of the masterplan, by goal or target and position. */
  public List<Indicator> list(long regionId, long masterplanId) {
    masterplans.get(regionId, masterplanId);
    return query(
        " where i.region_id = ? and i.masterplan_id = ? order by i.item_id, i.position, i.id",
        regionId,
        masterplanId);
  }

  /**
   * A page of the masterplan's indicators whose code or name contains {@code text}, optionally only
   * those of one OPD or of one goal or target, ordered by code.
   */
  public Page<Indicator> search(
      long regionId, long masterplanId, String text, Long opdId, Long itemId, PageRequest page) {
    masterplans.get(regionId, masterplanId);
    String where =
        " where i.region_id = ? and i.masterplan_id = ?"
            + " and lower(i.code || ' ' || i.name) like ?"
            + " and (?::bigint is null or i.opd_id = ?) and (?::bigint is null or i.item_id = ?)";
    Object[] params = {
      regionId, masterplanId, Search.containsPattern(text), opdId, opdId, itemId, itemId
    };
    long total =
        jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
    List<Object> withPage = new ArrayList<>(Arrays.asList(params));
    withPage.add(page.size());
    withPage.add(page.offset());
    List<Indicator> items =
        query(where + " order by lower(i.code) limit ? offset ?", withPage.toArray());
    return new Page<>(items, page.number(), page.size(), total);
  }

  public Indicator get(long regionId, long masterplanId, long id) {
    return query(
            " where i.region_id = ? and i.masterplan_id = ? and i.id = ?",
            regionId,
            masterplanId,
            id)
        .stream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
  }

  public Optional<Indicator> findByCode(long regionId, long masterplanId, String code) {
    return query(
            " where i.region_id = ? and i.masterplan_id = ? and lower(i.code) = lower(?)",
            regionId,
            masterplanId,
            code == null ? "" : code.strip())
        .stream()
        .findFirst();
  }

  /** The findings about the command's targets, without saving (for live feedback while typing). */
  public List<TargetFinding> check(long regionId, long masterplanId, IndicatorCommand command) {
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    return TargetRules.check(
        command.polarity(),
        command.baseline(),
        command.targets(),
        masterplan.startYear(),
        masterplan.endYear());
  }

  /**
   * Targets for every year of the masterplan on the straight line from the baseline to the end
   * target, for the user to accept or override.
   */
  public List<YearValue> suggestTrajectory(
      long regionId, long masterplanId, YearValue baseline, BigDecimal endTarget) {
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    List<FieldProblem> problems = new ArrayList<>();
    if (baseline == null) {
      problems.add(FieldProblem.of("baseline", "strategy.indicator.trajectoryNeedsBaseline"));
    } else if (baseline.year() >= masterplan.endYear()) {
      problems.add(
          FieldProblem.of(
              "baseline.year",
              "strategy.indicator.baselineBeforeEnd",
              baseline.year(),
              masterplan.endYear()));
    }
    if (endTarget == null) {
      problems.add(FieldProblem.of("endTarget", "strategy.indicator.trajectoryNeedsEndTarget"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return Trajectory.linear(baseline, endTarget, masterplan.startYear(), masterplan.endYear());
  }

  @Transactional
  public IndicatorSaved create(long regionId, long masterplanId, IndicatorCommand command) {
    List<TargetFinding> warnings = validate(regionId, masterplanId, null, command);
    long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into indicator (region_id, masterplan_id, item_id, code, name, unit,
                    definition, formula, data_source, opd_id, data_provider, level, key_indicator,
                    polarity, baseline_year, baseline_value, end_target, notes, library_code,
                    position)
                  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    (select coalesce(max(position), 0) + 1 from indicator where item_id = ?))
                  returning id""")
              .params(values(regionId, masterplanId, command, command.itemId()))
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw InvalidInputException.of(
          "code", "strategy.indicator.codeTaken", command.code().strip());
    }
    writeTargets(id, command.targets());
    Indicator created = get(regionId, masterplanId, id);
    events.publishEvent(RecordChanged.created(regionId, RECORD_TYPE, id, snapshot(created)));
    return new IndicatorSaved(created, warnings);
  }

  /**
   * A new indicator of the goal or target pre-filled from a standard library entry (Indonesian name
   * and definition, unit, suggested polarity, source) that keeps the entry's code as its library
   * code. Its code is the library code unless {@code code} is given; baseline and targets are left
   * for the user.
   */
  @Transactional
  public IndicatorSaved createFromLibrary(
      long regionId, long masterplanId, LibraryIndicator entry, Long itemId, String code) {
    return create(
        regionId,
        masterplanId,
        new IndicatorCommand(
            itemId,
            code == null || code.isBlank() ? entry.code() : code,
            entry.nameId(),
            entry.unit(),
            entry.definitionId(),
            null,
            entry.source(),
            null,
            null,
            IndicatorLevel.OUTCOME,
            false,
            entry.polarity(),
            null,
            List.of(),
            null,
            null,
            entry.code()));
  }

  @Transactional
  public IndicatorSaved update(
      long regionId, long masterplanId, long id, IndicatorCommand command, int expectedVersion) {
    Indicator before = get(regionId, masterplanId, id);
    List<TargetFinding> warnings = validate(regionId, masterplanId, id, command);
    // item_id and the 16 fields after it, then the item twice for the position, then the key.
    List<Object> params =
        new ArrayList<>(
            Arrays.asList(values(regionId, masterplanId, command, null)).subList(2, 19));
    params.addAll(List.of(command.itemId(), command.itemId(), regionId, id, expectedVersion));
    int updated;
    try {
      updated =
          jdbc.sql(
                  """
                  update indicator set item_id = ?, code = ?, name = ?, unit = ?, definition = ?,
                    formula = ?, data_source = ?, opd_id = ?, data_provider = ?, level = ?,
                    key_indicator = ?, polarity = ?, baseline_year = ?, baseline_value = ?,
                    end_target = ?, notes = ?, library_code = ?,
                    position = case when item_id = ? then position else (select coalesce(max(position), 0) + 1
                      from indicator where item_id = ?) end,
                    version = version + 1
                  where region_id = ? and id = ? and version = ?""")
              .params(params.toArray())
              .update();
    } catch (DuplicateKeyException e) {
      throw InvalidInputException.of(
          "code", "strategy.indicator.codeTaken", command.code().strip());
    }
    if (updated == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    jdbc.sql("delete from indicator_target where indicator_id = ?").params(id).update();
    writeTargets(id, command.targets());
    Indicator after = get(regionId, masterplanId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, RECORD_TYPE, id, snapshot(before), snapshot(after)));
    return new IndicatorSaved(after, warnings);
  }

  /** Deletes the indicator with its yearly targets and its comments. */
  @Transactional
  public void delete(long regionId, long masterplanId, long id) {
    Indicator before = get(regionId, masterplanId, id);
    jdbc.sql(
            "delete from strategy_comment where region_id = ? and masterplan_id = ?"
                + " and subject_type = 'INDICATOR' and subject_id = ?")
        .params(regionId, masterplanId, id)
        .update();
    try {
      jdbc.sql("delete from indicator where region_id = ? and id = ?")
          .params(regionId, id)
          .update();
    } catch (DataIntegrityViolationException e) {
      // still referenced by a later module's records (e.g. a programme contributing to it)
      throw InvalidInputException.of("id", "strategy.indicator.inUse");
    }
    events.publishEvent(RecordChanged.deleted(regionId, RECORD_TYPE, id, snapshot(before)));
  }

  /** Swaps the indicator with the previous or next one of its goal or target. */
  @Transactional
  public Indicator move(
      long regionId,
      long masterplanId,
      long id,
      Ordering.Direction direction,
      int expectedVersion) {
    Indicator indicator = get(regionId, masterplanId, id);
    if (indicator.version() != expectedVersion) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    List<Indicator> siblings =
        list(regionId, masterplanId).stream()
            .filter(i -> i.itemId() == indicator.itemId())
            .toList();
    List<Long> ids = siblings.stream().map(Indicator::id).toList();
    int index = ids.indexOf(id);
    Optional<List<Long>> order = Ordering.moved(ids, index, direction);
    if (order.isEmpty()) {
      return indicator;
    }
    int bumped =
        jdbc.sql(
                "update indicator set version = version + 1"
                    + " where region_id = ? and id = ? and version = ?")
            .params(regionId, id, expectedVersion)
            .update();
    if (bumped == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    for (int i = 0; i < order.get().size(); i++) {
      jdbc.sql("update indicator set position = ? where region_id = ? and id = ?")
          .params(i + 1, regionId, order.get().get(i))
          .update();
    }
    events.publishEvent(
        RecordChanged.updated(
            regionId,
            RECORD_TYPE,
            id,
            Snapshot.of("position", index + 1),
            Snapshot.of("position", order.get().indexOf(id) + 1)));
    return get(regionId, masterplanId, id);
  }

  /** The number of indicators per goal or target id. */
  public Map<Long, Long> countByItem(long regionId, long masterplanId) {
    return list(regionId, masterplanId).stream()
        .collect(Collectors.groupingBy(Indicator::itemId, Collectors.counting()));
  }

  private List<TargetFinding> validate(
      long regionId, long masterplanId, Long selfId, IndicatorCommand c) {
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    List<FieldProblem> problems = new ArrayList<>();
    if (c.itemId() == null) {
      problems.add(FieldProblem.of("targetId", "strategy.indicator.itemRequired"));
    } else {
      Optional<String> kind =
          jdbc.sql(
                  "select kind from strategy_item where region_id = ? and masterplan_id = ? and id = ?")
              .params(regionId, masterplanId, c.itemId())
              .query(String.class)
              .optional();
      if (kind.isEmpty()) {
        problems.add(FieldProblem.of("targetId", "strategy.indicator.itemNotFound", c.itemId()));
      } else if (kind.get().equals(StrategyItemKind.MISSION.name())) {
        problems.add(FieldProblem.of("targetId", "strategy.indicator.itemIsMission"));
      }
    }
    String code = StrategyTree.blankToNull(c.code());
    if (code == null) {
      problems.add(FieldProblem.of("code", "shared.validation.required"));
    } else if (code.length() > 40) {
      problems.add(FieldProblem.of("code", "shared.validation.tooLong"));
    } else if (!CODE.matcher(code).matches()) {
      problems.add(FieldProblem.of("code", "strategy.item.codeFormat"));
    } else if (jdbc.sql(
                "select count(*) from indicator where masterplan_id = ? and lower(code) = lower(?)"
                    + " and id is distinct from ?")
            .params(masterplanId, code, selfId)
            .query(Integer.class)
            .single()
        > 0) {
      problems.add(FieldProblem.of("code", "strategy.indicator.codeTaken", code));
    }
    required(problems, "name", c.name(), 2000);
    if (StrategyTree.blankToNull(c.unit()) == null) {
      problems.add(FieldProblem.of("unit", "strategy.indicator.unitRequired"));
    } else if (c.unit().strip().length() > 60) {
      problems.add(FieldProblem.of("unit", "shared.validation.tooLong"));
    }
    if (c.polarity() == null) {
      problems.add(FieldProblem.of("polarity", "strategy.indicator.polarityRequired"));
    }
    optional(problems, "definition", c.definition(), 10000);
    optional(problems, "formula", c.formula(), 2000);
    optional(problems, "dataSource", c.dataSource(), 2000);
    optional(problems, "dataProvider", c.dataProvider(), 2000);
    optional(problems, "notes", c.notes(), 10000);
    optional(problems, "libraryCode", c.libraryCode(), 40);
    if (c.opdId() != null && opds.find(regionId, c.opdId()).isEmpty()) {
      problems.add(FieldProblem.of("opdId", "strategy.indicator.opdNotFound", c.opdId()));
    }
    if (c.baseline() != null && (c.baseline().year() < 1900 || c.baseline().year() > 2200)) {
      problems.add(FieldProblem.of("baseline.year", "strategy.indicator.yearOutOfRange"));
    }
    List<TargetFinding> findings =
        TargetRules.check(
            c.polarity(), c.baseline(), c.targets(), masterplan.startYear(), masterplan.endYear());
    for (TargetFinding finding : findings) {
      if (finding.severity() == TargetFinding.Severity.ERROR) {
        problems.add(
            new FieldProblem(
                finding.year() == null ? "targets" : "targets." + finding.year(),
                finding.messageKey(),
                finding.args()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return findings.stream().filter(f -> f.severity() == TargetFinding.Severity.WARNING).toList();
  }

  private static void required(List<FieldProblem> problems, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      problems.add(FieldProblem.of(field, "shared.validation.required"));
    } else {
      optional(problems, field, value, max);
    }
  }

  private static void optional(List<FieldProblem> problems, String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      problems.add(FieldProblem.of(field, "shared.validation.tooLong"));
    }
  }

  /** region, masterplan, item, code ... library code, then the item again (for the position). */
  private static Object[] values(
      long regionId, long masterplanId, IndicatorCommand c, Long positionItem) {
    BigDecimal endTarget = c.endTarget();
    if (endTarget == null && !c.targets().isEmpty()) {
      endTarget =
          c.targets().stream().max(Comparator.comparingInt(YearValue::year)).orElseThrow().value();
    }
    List<Object> values = new ArrayList<>();
    values.add(regionId);
    values.add(masterplanId);
    values.add(c.itemId());
    values.add(c.code().strip());
    values.add(c.name().strip());
    values.add(c.unit().strip());
    values.add(StrategyTree.blankToNull(c.definition()));
    values.add(StrategyTree.blankToNull(c.formula()));
    values.add(StrategyTree.blankToNull(c.dataSource()));
    values.add(c.opdId());
    values.add(StrategyTree.blankToNull(c.dataProvider()));
    values.add((c.level() == null ? IndicatorLevel.OUTCOME : c.level()).name());
    values.add(c.keyIndicator());
    values.add(c.polarity().name());
    values.add(c.baseline() == null ? null : c.baseline().year());
    values.add(c.baseline() == null ? null : c.baseline().value());
    values.add(endTarget);
    values.add(StrategyTree.blankToNull(c.notes()));
    values.add(StrategyTree.blankToNull(c.libraryCode()));
    values.add(positionItem);
    return values.toArray();
  }

  private void writeTargets(long id, List<YearValue> targets) {
    for (YearValue target : targets) {
      jdbc.sql("insert into indicator_target (indicator_id, year, value) values (?, ?, ?)")
          .params(id, target.year(), target.value())
          .update();
    }
  }

  private List<Indicator> query(String where, Object... params) {
    List<Indicator> rows =
        jdbc.sql("select " + COLUMNS + FROM + where)
            .params(params)
            .query(IndicatorRegister::map)
            .list();
    if (rows.isEmpty()) {
      return rows;
    }
    Map<Long, List<YearValue>> targets = new HashMap<>();
    jdbc.sql(
            "select indicator_id, year, value from indicator_target"
                + " where indicator_id = any(?) order by year")
        .params((Object) rows.stream().map(Indicator::id).toArray(Long[]::new))
        .query(
            (ResultSet rs) -> {
              targets
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(new YearValue(rs.getInt(2), tidy(rs.getBigDecimal(3))));
            });
    Map<Long, Indicator> byId = new LinkedHashMap<>();
    for (Indicator row : rows) {
      byId.put(
          row.id(),
          new Indicator(
              row.id(),
              row.masterplanId(),
              row.itemId(),
              row.itemKind(),
              row.code(),
              row.name(),
              row.unit(),
              row.definition(),
              row.formula(),
              row.dataSource(),
              row.opdId(),
              row.dataProvider(),
              row.level(),
              row.keyIndicator(),
              row.polarity(),
              row.baseline(),
              targets.getOrDefault(row.id(), List.of()),
              row.endTarget(),
              row.notes(),
              row.libraryCode(),
              row.position(),
              row.version()));
    }
    return List.copyOf(byId.values());
  }

  private static Indicator map(ResultSet rs, int n) throws SQLException {
    Integer baselineYear = rs.getObject("baseline_year", Integer.class);
    BigDecimal baselineValue = rs.getBigDecimal("baseline_value");
    BigDecimal endTarget = rs.getBigDecimal("end_target");
    return new Indicator(
        rs.getLong("id"),
        rs.getLong("masterplan_id"),
        rs.getLong("item_id"),
        StrategyItemKind.valueOf(rs.getString("item_kind")),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("unit"),
        rs.getString("definition"),
        rs.getString("formula"),
        rs.getString("data_source"),
        rs.getObject("opd_id", Long.class),
        rs.getString("data_provider"),
        IndicatorLevel.valueOf(rs.getString("level")),
        rs.getBoolean("key_indicator"),
        Polarity.valueOf(rs.getString("polarity")),
        baselineYear == null ? null : new YearValue(baselineYear, tidy(baselineValue)),
        List.of(),
        endTarget == null ? null : tidy(endTarget),
        rs.getString("notes"),
        rs.getString("library_code"),
        rs.getInt("position"),
        rs.getInt("version"));
  }

  /** 71.5000 as 71.5 and 1200.0000 as 1200, as the user typed them. */
  static BigDecimal tidy(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static Map<String, Object> snapshot(Indicator i) {
    return Snapshot.of(
        "code", i.code(),
        "name", i.name(),
        "unit", i.unit(),
        "itemId", i.itemId(),
        "opdId", i.opdId(),
        "level", i.level(),
        "keyIndicator", i.keyIndicator(),
        "polarity", i.polarity(),
        "baseline",
            i.baseline() == null
                ? null
                : i.baseline().year() + ": " + i.baseline().value().toPlainString(),
        "targets",
            i.targets().stream()
                .map(t -> t.year() + ": " + t.value().toPlainString())
                .collect(Collectors.joining(", ")),
        "endTarget", i.endTarget() == null ? null : i.endTarget().toPlainString(),
        "definition", i.definition(),
        "formula", i.formula(),
        "dataSource", i.dataSource(),
        "dataProvider", i.dataProvider(),
        "notes", i.notes());
  }
}
