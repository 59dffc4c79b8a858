package id.rancang.programme;

import id.rancang.programme.rules.BudgetLine;
import id.rancang.programme.rules.BudgetTotals;
import id.rancang.programme.rules.DependencyGraph;
import id.rancang.programme.rules.ProgrammeFinding;
import id.rancang.programme.rules.ProgrammeYears;
import id.rancang.programme.rules.SipdCode;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.OpdDirectory;
import id.rancang.region.PentahelixRole;
import id.rancang.region.StakeholderRegister;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Search;
import id.rancang.shared.Snapshot;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import id.rancang.strategy.IndicatorRegister;
import id.rancang.strategy.StrategyItem;
import id.rancang.strategy.StrategyItemKind;
import id.rancang.strategy.StrategyTree;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme portfolio of a masterplan (Buku 2): programmes with their partners, contributions,
 * budget lines, dependencies and risks. Everything a programme refers to must belong to the same
 * region and masterplan; a dependency that would close a cycle is refused with the cycle named.
 */
@Service
public class ProgrammePortfolio {

  public static final String RECORD_TYPE = "programme";
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");
  private static final String COLUMNS =
      """
      id, masterplan_id, code, name, dimension_code, element_code, problem, description,
      impact_society, impact_environment, horizon, start_year, end_year, lead_opd_id, quick_win,
      sipd_program, sipd_kegiatan, sipd_sub_kegiatan, status, version""";

  private final JdbcClient jdbc;
  private final MasterplanManagement masterplans;
  private final OpdDirectory opds;
  private final StakeholderRegister stakeholders;
  private final StrategyTree strategy;
  private final IndicatorRegister indicators;
  private final ApplicationEventPublisher events;

  ProgrammePortfolio(
      JdbcClient jdbc,
      MasterplanManagement masterplans,
      OpdDirectory opds,
      StakeholderRegister stakeholders,
      StrategyTree strategy,
      IndicatorRegister indicators,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.masterplans = masterplans;
    this.opds = opds;
    this.stakeholders = stakeholders;
    this.strategy = strategy;
    this.indicators = indicators;
    this.events = events;
  }

  /**
   * A page of the catalogue: the programmes matching the filter, each with its total budget, in two
   * queries whatever the page size (count and rows).
   */
  public Page<ProgrammeSummary> search(
      long regionId, long masterplanId, ProgrammeFilter f, PageRequest page) {
    masterplans.get(regionId, masterplanId);
    StringBuilder where = new StringBuilder(" where p.region_id = ? and p.masterplan_id = ?");
    List<Object> params = new ArrayList<>(List.of(regionId, masterplanId));
    String q = blankToNull(f.q());
    if (q != null) {
      where.append(
          " and (p.search @@ (websearch_to_tsquery('indonesian', ?)"
              + " || websearch_to_tsquery('english', ?)) or lower(p.code) like ?"
              + " or lower(p.name) like ?)");
      params.add(q);
      params.add(q);
      params.add(Search.containsPattern(q));
      params.add(Search.containsPattern(q));
    }
    condition(where, params, " and p.dimension_code = ?", f.dimension());
    condition(where, params, " and p.element_code = ?", f.element());
    condition(where, params, " and p.horizon = ?", f.horizon());
    condition(where, params, " and p.lead_opd_id = ?", f.leadOpdId());
    condition(where, params, " and p.status = ?", f.status());
    condition(where, params, " and p.quick_win = ?", f.quickWin());
    if (f.partnerRole() != null) {
      where.append(
          " and exists (select 1 from programme_partner pp where pp.programme_id = p.id"
              + " and pp.role = ?)");
      params.add(f.partnerRole().name());
    }
    long total =
        jdbc.sql("select count(*) from programme p" + where)
            .params(params.toArray())
            .query(Long.class)
            .single();
    String order =
        switch (f.sort() == null ? "code" : f.sort()) {
          case "name" -> "lower(p.name), lower(p.code)";
          case "start" -> "p.start_year, lower(p.code)";
          case "budget" -> "total_budget desc, lower(p.code)";
          default -> "lower(p.code)";
        };
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(page.size());
    pageParams.add(page.offset());
    List<ProgrammeSummary> rows =
        jdbc.sql(
                "select p.id, p.code, p.name, p.dimension_code, p.element_code, p.horizon,"
                    + " p.start_year, p.end_year, p.lead_opd_id, p.quick_win, p.status, p.version,"
                    + " coalesce((select sum(b.amount) from budget_line b"
                    + " where b.programme_id = p.id), 0) as total_budget"
                    + " from programme p"
                    + where
                    + " order by "
                    + order
                    + " limit ? offset ?")
            .params(pageParams.toArray())
            .query(
                (rs, n) ->
                    new ProgrammeSummary(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        Dimension.valueOf(rs.getString("dimension_code")),
                        rs.getString("element_code") == null
                            ? null
                            : Element.valueOf(rs.getString("element_code")),
                        Horizon.valueOf(rs.getString("horizon")),
                        rs.getInt("start_year"),
                        rs.getInt("end_year"),
                        rs.getObject("lead_opd_id", Long.class),
                        rs.getBoolean("quick_win"),
                        ProgrammeStatus.valueOf(rs.getString("status")),
                        rs.getBigDecimal("total_budget"),
                        rs.getInt("version")))
            .list();
    return new Page<>(rows, page.number(), page.size(), total);
  }

  private static void condition(
      StringBuilder where, List<Object> params, String sql, Object value) {
    if (value != null) {
      where.append(sql);
      params.add(value instanceof Enum<?> e ? e.name() : value);
    }
  }

  public Programme get(long regionId, long masterplanId, long id) {
    Row row =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from programme where region_id = ? and masterplan_id = ? and id = ?")
            .params(regionId, masterplanId, id)
            .query(ProgrammePortfolio::mapRow)
            .optional()
            .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    return complete(row);
  }

  /** The masterplan a programme belongs to, for routes that carry only the programme id. */
  public Optional<Long> masterplanOf(long regionId, long id) {
    return jdbc.sql("select masterplan_id from programme where region_id = ? and id = ?")
        .params(regionId, id)
        .query(Long.class)
        .optional();
  }

  public Optional<Programme> findByCode(long regionId, long masterplanId, String code) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from programme where region_id = ? and masterplan_id = ?"
                + " and lower(code) = lower(?)")
        .params(regionId, masterplanId, code == null ? "" : code.strip())
        .query(ProgrammePortfolio::mapRow)
        .optional()
        .map(this::complete);
  }

  /** The findings that do not block saving (e.g. a horizon longer than the programme needs). */
  @Transactional
  public ProgrammeSaved create(long regionId, long masterplanId, ProgrammeCommand command) {
    List<ProgrammeFinding> warnings = validate(regionId, masterplanId, null, command);
    long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into programme (region_id, masterplan_id, code, name, dimension_code,
                    element_code, problem, description, impact_society, impact_environment,
                    horizon, start_year, end_year, lead_opd_id, quick_win, sipd_program,
                    sipd_kegiatan, sipd_sub_kegiatan)
                  values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
              .params(fields(regionId, masterplanId, command).toArray())
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw InvalidInputException.of("code", "programme.codeTaken", command.code().strip());
    }
    jdbc.sql(
            "insert into programme_status_change (programme_id, to_status, changed_by)"
                + " values (?, 'PROPOSED', ?)")
        .params(id, actor())
        .update();
    writeChildren(id, command);
    Programme created = get(regionId, masterplanId, id);
    events.publishEvent(RecordChanged.created(regionId, RECORD_TYPE, id, snapshot(created)));
    return new ProgrammeSaved(created, warnings);
  }

  @Transactional
  public ProgrammeSaved update(
      long regionId, long masterplanId, long id, ProgrammeCommand command, int expectedVersion) {
    Programme before = get(regionId, masterplanId, id);
    List<ProgrammeFinding> warnings = validate(regionId, masterplanId, id, command);
    List<Object> params = fields(regionId, masterplanId, command).subList(2, 18);
    List<Object> all = new ArrayList<>(params);
    all.add(regionId);
    all.add(id);
    all.add(expectedVersion);
    int updated;
    try {
      updated =
          jdbc.sql(
                  """
                  update programme set code = ?, name = ?, dimension_code = ?, element_code = ?,
                    problem = ?, description = ?, impact_society = ?, impact_environment = ?,
                    horizon = ?, start_year = ?, end_year = ?, lead_opd_id = ?, quick_win = ?,
                    sipd_program = ?, sipd_kegiatan = ?, sipd_sub_kegiatan = ?,
                    version = version + 1
                  where region_id = ? and id = ? and version = ?""")
              .params(all.toArray())
              .update();
    } catch (DuplicateKeyException e) {
      throw InvalidInputException.of("code", "programme.codeTaken", command.code().strip());
    }
    if (updated == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    for (String table :
        List.of(
            "programme_partner",
            "programme_target",
            "programme_indicator",
            "budget_line",
            "programme_dependency",
            "programme_risk")) {
      jdbc.sql("delete from " + table + " where programme_id = ?").params(id).update();
    }
    writeChildren(id, command);
    Programme after = get(regionId, masterplanId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, RECORD_TYPE, id, snapshot(before), snapshot(after)));
    return new ProgrammeSaved(after, warnings);
  }

  /** Moves the programme to another status and keeps the change in its history. */
  @Transactional
  public Programme changeStatus(
      long regionId,
      long masterplanId,
      long id,
      ProgrammeStatus status,
      String note,
      int expectedVersion) {
    Programme before = get(regionId, masterplanId, id);
    if (status == null) {
      throw InvalidInputException.of("status", "shared.validation.required");
    }
    int updated =
        jdbc.sql(
                "update programme set status = ?, version = version + 1"
                    + " where region_id = ? and id = ? and version = ?")
            .params(status.name(), regionId, id, expectedVersion)
            .update();
    if (updated == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    jdbc.sql(
            "insert into programme_status_change (programme_id, from_status, to_status,"
                + " changed_by, note) values (?, ?, ?, ?, ?)")
        .params(id, before.status().name(), status.name(), actor(), blankToNull(note))
        .update();
    Programme after = get(regionId, masterplanId, id);
    events.publishEvent(
        RecordChanged.updated(
            regionId,
            RECORD_TYPE,
            id,
            Snapshot.of("status", before.status()),
            Snapshot.of("status", after.status())));
    return after;
  }

  /** The status changes of a programme, oldest first. */
  public List<StatusChange> statusHistory(long regionId, long masterplanId, long id) {
    get(regionId, masterplanId, id);
    return jdbc.sql(
            "select from_status, to_status, changed_by, changed_at, note"
                + " from programme_status_change where programme_id = ? order by changed_at, id")
        .params(id)
        .query(
            (rs, n) ->
                new StatusChange(
                    rs.getString("from_status") == null
                        ? null
                        : ProgrammeStatus.valueOf(rs.getString("from_status")),
                    ProgrammeStatus.valueOf(rs.getString("to_status")),
                    rs.getString("changed_by"),
                    rs.getObject("changed_at", java.time.OffsetDateTime.class),
                    rs.getString("note")))
        .list();
  }

  /**
   * Deletes a programme with its budget, partners, links and risks; refused while other programmes
   * depend on it or it has actions.
   */
  @Transactional
  public void delete(long regionId, long masterplanId, long id) {
    Programme before = get(regionId, masterplanId, id);
    List<String> dependents =
        jdbc.sql(
                "select p.code from programme_dependency d join programme p on p.id ="
                    + " d.programme_id where d.depends_on_id = ? order by p.code")
            .params(id)
            .query(String.class)
            .list();
    if (!dependents.isEmpty()) {
      throw InvalidInputException.of(
          "id", "programme.hasDependents", String.join(", ", dependents));
    }
    try {
      jdbc.sql("delete from programme where region_id = ? and id = ?")
          .params(regionId, id)
          .update();
    } catch (DataIntegrityViolationException e) {
      throw InvalidInputException.of("id", "programme.inUse", before.code());
    }
    events.publishEvent(RecordChanged.deleted(regionId, RECORD_TYPE, id, snapshot(before)));
  }

  /**
   * Moves programmes to new start years, keeping their length: the end year, every budget line and
   * every action move by the same number of years. Programmes already at their year are left alone.
   * Each move is in the audit trail with {@code reason} (e.g. the adopted roadmap scenario).
   *
   * @param starts the new start year by programme id, all of the masterplan
   * @return the number of programmes moved
   */
  @Transactional
  public int reschedule(
      long regionId, long masterplanId, Map<Long, Integer> starts, String reason) {
    int moved = 0;
    // every programme is locked before it is read, so two adoptions at once move it in turn
    jdbc.sql(
            "select id from programme where region_id = ? and masterplan_id = ? and id = any(?)"
                + " order by id for update")
        .params(regionId, masterplanId, starts.keySet().toArray(new Long[0]))
        .query(Long.class)
        .list();
    for (Map.Entry<Long, Integer> start : starts.entrySet()) {
      Programme before = get(regionId, masterplanId, start.getKey());
      int shift = start.getValue() - before.startYear();
      if (shift == 0) {
        continue;
      }
      jdbc.sql(
              "update programme set start_year = ?, end_year = ?, version = version + 1"
                  + " where region_id = ? and id = ?")
          .params(start.getValue(), before.endYear() + shift, regionId, before.id())
          .update();
      // its actions move with it, so they stay within its years
      jdbc.sql(
              "update programme_action set year = year + ?, version = version + 1"
                  + " where region_id = ? and programme_id = ?")
          .params(shift, regionId, before.id())
          .update();
      // rewritten rather than shifted in place: a shift would collide with the unique year
      jdbc.sql("delete from budget_line where programme_id = ?").params(before.id()).update();
      for (BudgetItem line : before.budget()) {
        jdbc.sql(
                "insert into budget_line (programme_id, year, source_code, amount)"
                    + " values (?, ?, ?, ?)")
            .params(before.id(), line.year() + shift, line.source(), line.amount())
            .update();
      }
      Programme after = get(regionId, masterplanId, before.id());
      events.publishEvent(
          RecordChanged.updated(
              regionId,
              RECORD_TYPE,
              before.id(),
              Snapshot.of(
                  "startYear", before.startYear(), "endYear", before.endYear(), "reason", reason),
              Snapshot.of(
                  "startYear", after.startYear(), "endYear", after.endYear(), "reason", reason)));
      moved++;
    }
    return moved;
  }

  /** Every dependency edge of the masterplan's programmes: programme id to the ids it waits for. */
  /** The code of every programme of the masterplan by id, in code order: one query. */
  public Map<Long, String> codes(long regionId, long masterplanId) {
    Map<Long, String> codes = new java.util.LinkedHashMap<>();
    jdbc.sql(
            "select id, code from programme where region_id = ? and masterplan_id = ?"
                + " order by lower(code), id")
        .params(regionId, masterplanId)
        .query(
            (ResultSet rs) -> {
              codes.put(rs.getLong(1), rs.getString(2));
            });
    return codes;
  }

  public Map<Long, Set<Long>> dependencies(long regionId, long masterplanId) {
    Map<Long, Set<Long>> graph = new HashMap<>();
    jdbc.sql(
            "select d.programme_id, d.depends_on_id from programme_dependency d"
                + " join programme p on p.id = d.programme_id"
                + " where p.region_id = ? and p.masterplan_id = ?")
        .params(regionId, masterplanId)
        .query(
            (ResultSet rs) -> {
              graph.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
            });
    return graph;
  }

  private List<ProgrammeFinding> validate(
      long regionId, long masterplanId, Long selfId, ProgrammeCommand c) {
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    List<FieldProblem> problems = new ArrayList<>();
    List<ProgrammeFinding> findings = new ArrayList<>();
    String code = blankToNull(c.code());
    if (code == null) {
      problems.add(FieldProblem.of("code", "shared.validation.required"));
    } else if (code.length() > 40 || !CODE.matcher(code).matches()) {
      problems.add(FieldProblem.of("code", "programme.codeFormat"));
    } else if (jdbc.sql(
                "select count(*) from programme where masterplan_id = ? and lower(code) = lower(?)"
                    + " and id is distinct from ?")
            .params(masterplanId, code, selfId)
            .query(Integer.class)
            .single()
        > 0) {
      problems.add(FieldProblem.of("code", "programme.codeTaken", code));
    }
    if (blankToNull(c.name()) == null) {
      problems.add(FieldProblem.of("name", "shared.validation.required"));
    } else if (c.name().strip().length() > 500) {
      problems.add(FieldProblem.of("name", "shared.validation.tooLong"));
    }
    if (c.dimension() == null) {
      problems.add(FieldProblem.of("dimension", "shared.validation.required"));
    } else if (c.element() != null && c.element().dimension() != c.dimension()) {
      problems.add(
          FieldProblem.of("element", "programme.elementOfOtherDimension", c.element().name()));
    }
    if (c.horizon() == null) {
      problems.add(FieldProblem.of("horizon", "shared.validation.required"));
    }
    if (c.startYear() == null) {
      problems.add(FieldProblem.of("startYear", "shared.validation.required"));
    }
    if (c.endYear() == null) {
      problems.add(FieldProblem.of("endYear", "shared.validation.required"));
    }
    if (c.startYear() != null && c.endYear() != null) {
      findings.addAll(
          ProgrammeYears.check(
              c.horizon(),
              c.startYear(),
              c.endYear(),
              masterplan.startYear(),
              masterplan.endYear(),
              c.budget().stream().map(BudgetItem::year).toList(),
              List.of()));
    }
    if (c.leadOpdId() != null && opds.find(regionId, c.leadOpdId()).isEmpty()) {
      problems.add(FieldProblem.of("leadOpdId", "programme.opdNotFound", c.leadOpdId()));
    }
    Set<Long> partnerIds = new HashSet<>();
    for (Partner partner : c.partners()) {
      if (stakeholders.find(regionId, partner.stakeholderId()).isEmpty()) {
        problems.add(
            FieldProblem.of("partners", "programme.stakeholderNotFound", partner.stakeholderId()));
      } else if (!partnerIds.add(partner.stakeholderId())) {
        problems.add(
            FieldProblem.of("partners", "programme.partnerTwice", partner.stakeholderId()));
      }
      if (partner.role() == null) {
        problems.add(FieldProblem.of("partners", "programme.partnerRoleRequired"));
      }
    }
    for (Contribution target : c.targets()) {
      Optional<StrategyItem> item = strategy.findItem(regionId, masterplanId, target.id());
      if (item.isEmpty() || item.get().kind() == StrategyItemKind.MISSION) {
        problems.add(FieldProblem.of("targetIds", "programme.targetNotFound", target.id()));
      }
    }
    for (Contribution indicator : c.indicators()) {
      try {
        indicators.get(regionId, masterplanId, indicator.id());
      } catch (NotFoundException e) {
        problems.add(
            FieldProblem.of("indicatorIds", "programme.indicatorNotFound", indicator.id()));
      }
    }
    List<BudgetLine> lines =
        c.budget().stream().map(b -> new BudgetLine(b.year(), b.source(), b.amount())).toList();
    findings.addAll(BudgetTotals.check(lines));
    Set<String> yearSources = new HashSet<>();
    Set<String> ownSources = regionSources(regionId);
    for (BudgetItem item : c.budget()) {
      if (item.source() != null
          && !item.source().isBlank()
          && !FundingSource.isBuiltIn(item.source())
          && !ownSources.contains(item.source())) {
        problems.add(FieldProblem.of("budget", "programme.budget.unknownSource", item.source()));
      }
      if (!yearSources.add(item.year() + "/" + item.source())) {
        problems.add(
            FieldProblem.of("budget", "programme.budget.twice", item.year(), item.source()));
      }
    }
    for (Risk risk : c.risks()) {
      if (blankToNull(risk.description()) == null) {
        problems.add(FieldProblem.of("risks", "programme.risk.descriptionRequired"));
      }
      if (risk.likelihood() < 1
          || risk.likelihood() > 5
          || risk.impact() < 1
          || risk.impact() > 5) {
        problems.add(FieldProblem.of("risks", "programme.risk.scale"));
      }
    }
    findings.addAll(SipdCode.check(c.sipdProgram(), c.sipdKegiatan(), c.sipdSubKegiatan()));
    problems.addAll(dependencyProblems(regionId, masterplanId, selfId, c, code));
    for (ProgrammeFinding finding : findings) {
      if (finding.isError()) {
        problems.add(
            new FieldProblem(
                finding.field() == null ? "" : finding.field(),
                finding.messageKey(),
                finding.args()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return findings.stream().filter(f -> !f.isError()).toList();
  }

  /** Dependencies must be programmes of this masterplan and must not close a cycle. */
  private List<FieldProblem> dependencyProblems(
      long regionId, long masterplanId, Long selfId, ProgrammeCommand c, String code) {
    List<FieldProblem> problems = new ArrayList<>();
    if (c.dependsOn().isEmpty()) {
      return problems;
    }
    Map<Long, String> codes = new HashMap<>();
    jdbc.sql("select id, code from programme where region_id = ? and masterplan_id = ?")
        .params(regionId, masterplanId)
        .query(
            (ResultSet rs) -> {
              codes.put(rs.getLong(1), rs.getString(2));
            });
    long self = selfId == null ? -1L : selfId;
    codes.put(self, code == null ? "?" : code);
    Map<Long, Set<Long>> graph = dependencies(regionId, masterplanId);
    graph.remove(self);
    for (Long target : c.dependsOn()) {
      if (!codes.containsKey(target)) {
        problems.add(FieldProblem.of("dependsOn", "programme.dependencyNotFound", target));
        continue;
      }
      Optional<List<Long>> cycle = DependencyGraph.cycleIfAdded(graph, self, target);
      if (cycle.isPresent()) {
        ProgrammeFinding finding =
            DependencyGraph.cycleFinding(cycle.get().stream().map(codes::get).toList());
        problems.add(new FieldProblem("dependsOn", finding.messageKey(), finding.args()));
      } else {
        graph.computeIfAbsent(self, k -> new HashSet<>()).add(target);
      }
    }
    return problems;
  }

  private Set<String> regionSources(long regionId) {
    // FOR KEY SHARE: a source cannot be deleted while a save that uses it is under way
    return new HashSet<>(
        jdbc.sql("select code from region_funding_source where region_id = ? for key share")
            .params(regionId)
            .query(String.class)
            .list());
  }

  private void writeChildren(long id, ProgrammeCommand c) {
    for (Partner p : c.partners()) {
      jdbc.sql(
              "insert into programme_partner (programme_id, stakeholder_id, role, contribution)"
                  + " values (?, ?, ?, ?)")
          .params(id, p.stakeholderId(), p.role().name(), blankToNull(p.contribution()))
          .update();
    }
    for (Contribution t : c.targets()) {
      jdbc.sql(
              "insert into programme_target (programme_id, item_id, contribution) values (?, ?, ?)"
                  + " on conflict do nothing")
          .params(id, t.id(), blankToNull(t.contribution()))
          .update();
    }
    for (Contribution i : c.indicators()) {
      jdbc.sql(
              "insert into programme_indicator (programme_id, indicator_id, contribution)"
                  + " values (?, ?, ?) on conflict do nothing")
          .params(id, i.id(), blankToNull(i.contribution()))
          .update();
    }
    for (BudgetItem b : c.budget()) {
      jdbc.sql(
              "insert into budget_line (programme_id, year, source_code, amount)"
                  + " values (?, ?, ?, ?)")
          .params(id, b.year(), b.source(), b.amount())
          .update();
    }
    for (Long dependency : new HashSet<>(c.dependsOn())) {
      jdbc.sql("insert into programme_dependency (programme_id, depends_on_id) values (?, ?)")
          .params(id, dependency)
          .update();
    }
    int position = 0;
    for (Risk r : c.risks()) {
      jdbc.sql(
              "insert into programme_risk (programme_id, description, likelihood, impact,"
                  + " mitigation, position) values (?, ?, ?, ?, ?, ?)")
          .params(
              id,
              r.description().strip(),
              r.likelihood(),
              r.impact(),
              blankToNull(r.mitigation()),
              ++position)
          .update();
    }
  }

  private Programme complete(Row r) {
    List<Partner> partners =
        jdbc.sql(
                "select stakeholder_id, role, contribution from programme_partner"
                    + " where programme_id = ? order by stakeholder_id")
            .params(r.id())
            .query(
                (rs, n) ->
                    new Partner(
                        rs.getLong(1), PentahelixRole.valueOf(rs.getString(2)), rs.getString(3)))
            .list();
    List<Contribution> targets =
        jdbc.sql(
                "select item_id, contribution from programme_target where programme_id = ?"
                    + " order by item_id")
            .params(r.id())
            .query((rs, n) -> new Contribution(rs.getLong(1), rs.getString(2)))
            .list();
    List<Contribution> indicatorLinks =
        jdbc.sql(
                "select indicator_id, contribution from programme_indicator"
                    + " where programme_id = ? order by indicator_id")
            .params(r.id())
            .query((rs, n) -> new Contribution(rs.getLong(1), rs.getString(2)))
            .list();
    List<BudgetItem> budget =
        jdbc.sql(
                "select year, source_code, amount from budget_line where programme_id = ?"
                    + " order by year, source_code")
            .params(r.id())
            .query((rs, n) -> new BudgetItem(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3)))
            .list();
    List<Long> dependsOn =
        jdbc.sql(
                "select depends_on_id from programme_dependency where programme_id = ?"
                    + " order by depends_on_id")
            .params(r.id())
            .query(Long.class)
            .list();
    List<Risk> risks =
        jdbc.sql(
                "select description, likelihood, impact, mitigation from programme_risk"
                    + " where programme_id = ? order by position")
            .params(r.id())
            .query(
                (rs, n) -> new Risk(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4)))
            .list();
    return new Programme(
        r.id(),
        r.masterplanId(),
        r.code(),
        r.name(),
        r.dimension(),
        r.element(),
        r.problem(),
        r.description(),
        r.impactSociety(),
        r.impactEnvironment(),
        r.horizon(),
        r.startYear(),
        r.endYear(),
        r.leadOpdId(),
        r.quickWin(),
        r.sipdProgram(),
        r.sipdKegiatan(),
        r.sipdSubKegiatan(),
        r.status(),
        partners,
        targets,
        indicatorLinks,
        budget,
        dependsOn,
        risks,
        r.version());
  }

  private static List<Object> fields(long regionId, long masterplanId, ProgrammeCommand c) {
    List<Object> values = new ArrayList<>();
    values.add(regionId);
    values.add(masterplanId);
    values.add(c.code().strip());
    values.add(c.name().strip());
    values.add(c.dimension().name());
    values.add(c.element() == null ? null : c.element().name());
    values.add(blankToNull(c.problem()));
    values.add(blankToNull(c.description()));
    values.add(blankToNull(c.impactSociety()));
    values.add(blankToNull(c.impactEnvironment()));
    values.add(c.horizon().name());
    values.add(c.startYear());
    values.add(c.endYear());
    values.add(c.leadOpdId());
    values.add(c.quickWin());
    values.add(blankToNull(c.sipdProgram()));
    values.add(blankToNull(c.sipdKegiatan()));
    values.add(blankToNull(c.sipdSubKegiatan()));
    return values;
  }

  record Row(
      long id,
      long masterplanId,
      String code,
      String name,
      Dimension dimension,
      Element element,
      String problem,
      String description,
      String impactSociety,
      String impactEnvironment,
      Horizon horizon,
      int startYear,
      int endYear,
      Long leadOpdId,
      boolean quickWin,
      String sipdProgram,
      String sipdKegiatan,
      String sipdSubKegiatan,
      ProgrammeStatus status,
      int version) {}

  static Row mapRow(ResultSet rs, int n) throws SQLException {
    String element = rs.getString("element_code");
    return new Row(
        rs.getLong("id"),
        rs.getLong("masterplan_id"),
        rs.getString("code"),
        rs.getString("name"),
        Dimension.valueOf(rs.getString("dimension_code")),
        element == null ? null : Element.valueOf(element),
        rs.getString("problem"),
        rs.getString("description"),
        rs.getString("impact_society"),
        rs.getString("impact_environment"),
        Horizon.valueOf(rs.getString("horizon")),
        rs.getInt("start_year"),
        rs.getInt("end_year"),
        rs.getObject("lead_opd_id", Long.class),
        rs.getBoolean("quick_win"),
        rs.getString("sipd_program"),
        rs.getString("sipd_kegiatan"),
        rs.getString("sipd_sub_kegiatan"),
        ProgrammeStatus.valueOf(rs.getString("status")),
        rs.getInt("version"));
  }

  private static Map<String, Object> snapshot(Programme p) {
    return Snapshot.of(
        "code", p.code(),
        "name", p.name(),
        "dimension", p.dimension(),
        "element", p.element(),
        "horizon", p.horizon(),
        "years", p.startYear() + "-" + p.endYear(),
        "leadOpdId", p.leadOpdId(),
        "quickWin", p.quickWin(),
        "status", p.status(),
        "budget",
            p.budget().stream()
                .map(b -> b.year() + " " + b.source() + " " + b.amount().toPlainString())
                .collect(Collectors.joining(", ")),
        "dependsOn", p.dependsOn().toString(),
        "partners",
            p.partners().stream()
                .map(x -> x.stakeholderId() + " " + x.role())
                .collect(Collectors.joining(", ")),
        "targets",
            p.targets().stream().map(t -> Long.toString(t.id())).collect(Collectors.joining(", ")));
  }

  private static String actor() {
    org.springframework.security.core.Authentication auth =
        org.springframework.security.core.context.SecurityContextHolder.getContext()
            .getAuthentication();
    return auth == null ? "system" : auth.getName();
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static BigDecimal zeroIfNull(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }
}
