package id.rancang.programme;

import id.rancang.programme.rules.ProgrammeFinding;
import id.rancang.programme.rules.ProgrammeYears;
import id.rancang.region.OpdDirectory;
import id.rancang.region.RegionOwnedRecords;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Ordering;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plans (rencana aksi) of programmes, in Kominfo's three categories. An action falls
 * within its programme's years, is owned by an OPD of the same region and never has a negative
 * budget.
 */
@Service
public class ActionPlan implements RegionOwnedRecords {

  public static final String RECORD_TYPE = "programmeAction";
  private static final String COLUMNS =
      "id, programme_id, category, title, year, quarter, owner_opd_id, deliverable, budget,"
          + " status, progress, position, version";

  private final JdbcClient jdbc;
  private final OpdDirectory opds;
  private final ApplicationEventPublisher events;

  ActionPlan(JdbcClient jdbc, OpdDirectory opds, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.opds = opds;
    this.events = events;
  }

  @Override
  public String apiSegment() {
    return "programmes";
  }

  @Override
  public Optional<Long> regionOf(long programmeId) {
    return jdbc.sql("select region_id from programme where id = ?")
        .params(programmeId)
        .query(Long.class)
        .optional();
  }

  /**
   * The actions of a programme in Kominfo's order of categories (policy and institutions,
   * infrastructure, applications and literacy), then by year, quarter and position.
   */
  public List<PlannedAction> actions(long regionId, long programmeId) {
    programme(regionId, programmeId);
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from programme_action where region_id = ? and programme_id = ?"
                + " order by case category when 'POLICY_INSTITUTION' then 1"
                + " when 'INFRASTRUCTURE' then 2 else 3 end, year, quarter nulls first,"
                + " position, id")
        .params(regionId, programmeId)
        .query(ActionPlan::map)
        .list();
  }

  public PlannedAction action(long regionId, long programmeId, long id) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from programme_action where region_id = ? and programme_id = ? and id = ?")
        .params(regionId, programmeId, id)
        .query(ActionPlan::map)
        .optional()
        .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
  }

  /** The lead OPD of the programme (null when none), for the OPD contributor's rights. */
  public Optional<Long> leadOpdOf(long regionId, long programmeId) {
    return Optional.ofNullable(programme(regionId, programmeId).leadOpdId());
  }

  @Transactional
  public PlannedAction add(long regionId, long programmeId, ActionCommand c) {
    ProgrammeRef programme = programme(regionId, programmeId);
    validate(regionId, programme, c);
    long id =
        jdbc.sql(
                """
                insert into programme_action (region_id, programme_id, category, title, year,
                  quarter, owner_opd_id, deliverable, budget, status, progress, position)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1
                  from programme_action where programme_id = ?))
                returning id""")
            .params(
                regionId,
                programmeId,
                c.category().name(),
                c.title().strip(),
                c.year(),
                c.quarter(),
                c.ownerOpdId(),
                ProgrammePortfolio.blankToNull(c.deliverable()),
                c.budget(),
                (c.status() == null ? ActionStatus.PLANNED : c.status()).name(),
                c.progress() == null ? 0 : c.progress(),
                programmeId)
            .query(Long.class)
            .single();
    PlannedAction created = action(regionId, programmeId, id);
    events.publishEvent(RecordChanged.created(regionId, RECORD_TYPE, id, snapshot(created)));
    return created;
  }

  @Transactional
  public PlannedAction update(
      long regionId, long programmeId, long id, ActionCommand c, int expectedVersion) {
    ProgrammeRef programme = programme(regionId, programmeId);
    PlannedAction before = action(regionId, programmeId, id);
    validate(regionId, programme, c);
    int updated =
        jdbc.sql(
                """
                update programme_action set category = ?, title = ?, year = ?, quarter = ?,
                  owner_opd_id = ?, deliverable = ?, budget = ?, status = ?, progress = ?,
                  version = version + 1
                where region_id = ? and id = ? and version = ?""")
            .params(
                c.category().name(),
                c.title().strip(),
                c.year(),
                c.quarter(),
                c.ownerOpdId(),
                ProgrammePortfolio.blankToNull(c.deliverable()),
                c.budget(),
                (c.status() == null ? before.status() : c.status()).name(),
                c.progress() == null ? before.progress() : c.progress(),
                regionId,
                id,
                expectedVersion)
            .update();
    if (updated == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    PlannedAction after = action(regionId, programmeId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, RECORD_TYPE, id, snapshot(before), snapshot(after)));
    return after;
  }

  /**
   * Reports where an action stands: its status and progress in percent, nothing else (a quick
   * update from the action plan's row).
   */
  @Transactional
  public PlannedAction updateProgress(
      long regionId,
      long programmeId,
      long id,
      ActionStatus status,
      Integer progress,
      int expectedVersion) {
    programme(regionId, programmeId);
    PlannedAction before = action(regionId, programmeId, id);
    List<FieldProblem> problems = new ArrayList<>();
    if (status == null) {
      problems.add(FieldProblem.of("status", "shared.validation.required"));
    }
    if (progress == null) {
      problems.add(FieldProblem.of("progress", "shared.validation.required"));
    } else if (progress < 0 || progress > 100) {
      problems.add(FieldProblem.of("progress", "programme.action.progress"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    int updated =
        jdbc.sql(
                """
                update programme_action set status = ?, progress = ?, version = version + 1
                where region_id = ? and programme_id = ? and id = ? and version = ?""")
            .params(status.name(), progress, regionId, programmeId, id, expectedVersion)
            .update();
    if (updated == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    PlannedAction after = action(regionId, programmeId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, RECORD_TYPE, id, snapshot(before), snapshot(after)));
    return after;
  }

  /**
   * Moves an action one place up or down among the actions it is listed with: those of the same
   * category, year and quarter (the plan is ordered by time first, so only there does the position
   * decide). At either end nothing changes.
   */
  @Transactional
  public PlannedAction move(
      long regionId, long programmeId, long id, Ordering.Direction direction, int expectedVersion) {
    PlannedAction action = action(regionId, programmeId, id);
    if (action.version() != expectedVersion) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    List<PlannedAction> siblings = siblings(regionId, programmeId, action);
    List<Long> ids = siblings.stream().map(PlannedAction::id).toList();
    int index = ids.indexOf(id);
    Optional<List<Long>> order = Ordering.moved(ids, index, direction);
    if (order.isEmpty()) {
      return action;
    }
    int bumped =
        jdbc.sql(
                "update programme_action set version = version + 1"
                    + " where region_id = ? and id = ? and version = ?")
            .params(regionId, id, expectedVersion)
            .update();
    if (bumped == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    // the group keeps the positions it had, handed out in the new order
    int first = siblings.stream().mapToInt(PlannedAction::position).min().orElse(1);
    for (int i = 0; i < order.get().size(); i++) {
      jdbc.sql("update programme_action set position = ? where region_id = ? and id = ?")
          .params(first + i, regionId, order.get().get(i))
          .update();
    }
    PlannedAction after = action(regionId, programmeId, id);
    events.publishEvent(
        RecordChanged.updated(
            regionId,
            RECORD_TYPE,
            id,
            Snapshot.of("position", index + 1),
            Snapshot.of("position", order.get().indexOf(id) + 1)));
    return after;
  }

  /**
   * The actions listed together with {@code action} (same category, year and quarter), itself
   * included, in the plan's order.
   */
  private List<PlannedAction> siblings(long regionId, long programmeId, PlannedAction action) {
    return actions(regionId, programmeId).stream()
        .filter(
            a ->
                a.category() == action.category()
                    && a.year() == action.year()
                    && Objects.equals(a.quarter(), action.quarter()))
        .toList();
  }

  @Transactional
  public void delete(long regionId, long programmeId, long id) {
    PlannedAction before = action(regionId, programmeId, id);
    jdbc.sql("delete from programme_action where region_id = ? and id = ?")
        .params(regionId, id)
        .update();
    events.publishEvent(RecordChanged.deleted(regionId, RECORD_TYPE, id, snapshot(before)));
  }

  private void validate(long regionId, ProgrammeRef programme, ActionCommand c) {
    List<FieldProblem> problems = new ArrayList<>();
    if (c.category() == null) {
      problems.add(FieldProblem.of("category", "shared.validation.required"));
    }
    if (c.title() == null || c.title().isBlank()) {
      problems.add(FieldProblem.of("title", "shared.validation.required"));
    } else if (c.title().strip().length() > 500) {
      problems.add(FieldProblem.of("title", "shared.validation.tooLong"));
    }
    if (c.year() == null) {
      problems.add(FieldProblem.of("year", "shared.validation.required"));
    } else {
      for (ProgrammeFinding f :
          ProgrammeYears.check(
              null,
              programme.startYear(),
              programme.endYear(),
              programme.startYear(),
              programme.endYear(),
              List.of(),
              List.of(c.year()))) {
        if (f.isError()) {
          problems.add(new FieldProblem("year", f.messageKey(), f.args()));
        }
      }
    }
    if (c.quarter() != null && (c.quarter() < 1 || c.quarter() > 4)) {
      problems.add(FieldProblem.of("quarter", "programme.action.quarter"));
    }
    if (c.ownerOpdId() != null && opds.find(regionId, c.ownerOpdId()).isEmpty()) {
      problems.add(FieldProblem.of("ownerOpdId", "programme.opdNotFound", c.ownerOpdId()));
    }
    if (c.budget() != null
        && (c.budget().signum() < 0 || c.budget().stripTrailingZeros().scale() > 2)) {
      problems.add(FieldProblem.of("budget", "programme.action.budget"));
    }
    if (c.progress() != null && (c.progress() < 0 || c.progress() > 100)) {
      problems.add(FieldProblem.of("progress", "programme.action.progress"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private record ProgrammeRef(long id, int startYear, int endYear, Long leadOpdId) {}

  private ProgrammeRef programme(long regionId, long programmeId) {
    return jdbc.sql(
            "select id, start_year, end_year, lead_opd_id from programme"
                + " where region_id = ? and id = ?")
        .params(regionId, programmeId)
        .query(
            (rs, n) ->
                new ProgrammeRef(
                    rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getObject(4, Long.class)))
        .optional()
        .orElseThrow(() -> new NotFoundException(ProgrammePortfolio.RECORD_TYPE, programmeId));
  }

  static PlannedAction map(ResultSet rs, int n) throws SQLException {
    return new PlannedAction(
        rs.getLong("id"),
        rs.getLong("programme_id"),
        ActionCategory.valueOf(rs.getString("category")),
        rs.getString("title"),
        rs.getInt("year"),
        rs.getObject("quarter", Integer.class),
        rs.getObject("owner_opd_id", Long.class),
        rs.getString("deliverable"),
        rs.getBigDecimal("budget"),
        ActionStatus.valueOf(rs.getString("status")),
        rs.getInt("progress"),
        rs.getInt("position"),
        rs.getInt("version"));
  }

  private static Map<String, Object> snapshot(PlannedAction a) {
    return Snapshot.of(
        "category", a.category(),
        "title", a.title(),
        "year", a.year(),
        "quarter", a.quarter(),
        "ownerOpdId", a.ownerOpdId(),
        "deliverable", a.deliverable(),
        "budget", a.budget() == null ? null : a.budget().toPlainString(),
        "status", a.status(),
        "progress", a.progress());
  }
}
