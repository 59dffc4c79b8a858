package id.rancang.workshop;

import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes (notulen) of a workshop and its numbered decisions. The minutes are one text saved
 * with the version read (version 0 before the first save); decisions are numbered 1, 2, ... in the
 * order they were added, and the numbers close up when one is deleted. A decision may name an idea
 * raised in the same workshop.
 */
@Service
public class WorkshopMinutes {

  public static final String MINUTES_RECORD = "workshopMinutes";
  public static final String DECISION_RECORD = "workshopDecision";
  static final int MINUTES_LENGTH = 100_000;
  static final int DECISION_LENGTH = 4000;
  private static final String DECISION_COLUMNS =
      "d.id, d.workshop_id, d.position, d.body, d.idea_id, i.title as idea_title, d.version";
  private static final String DECISION_FROM =
      " from workshop_decision d left join idea i on i.id = d.idea_id and i.region_id = d.region_id";

  private final JdbcClient jdbc;
  private final WorkshopCatalog catalog;
  private final ApplicationEventPublisher events;

  WorkshopMinutes(JdbcClient jdbc, WorkshopCatalog catalog, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.catalog = catalog;
    this.events = events;
  }

  // ---- minutes ----

  public Minutes minutes(long regionId, long workshopId) {
    catalog.get(regionId, workshopId);
    return jdbc.sql(
            "select workshop_id, body, updated_at, updated_by, version from workshop_minutes"
                + " where region_id = ? and workshop_id = ?")
        .params(regionId, workshopId)
        .query(WorkshopMinutes::mapMinutes)
        .optional()
        .orElse(new Minutes(workshopId, "", null, null, 0));
  }

  /** Saves the minutes read at {@code expectedVersion} (0 when never saved). */
  @Transactional
  public Minutes save(
      long regionId, long workshopId, String body, int expectedVersion, String updatedBy) {
    Minutes before = minutes(regionId, workshopId);
    String text = body == null ? "" : body.strip();
    if (text.length() > MINUTES_LENGTH) {
      throw InvalidInputException.of("body", "workshop.validation.tooLong", MINUTES_LENGTH);
    }
    int updated;
    if (expectedVersion == 0) {
      // the first save creates the row; if another first save came before, its version is 1
      updated =
          jdbc.sql(
                  """
                  insert into workshop_minutes (workshop_id, region_id, body, updated_by, version)
                  values (?, ?, ?, ?, 1)
                  on conflict (workshop_id) do update set body = excluded.body,
                    updated_at = now(), updated_by = excluded.updated_by,
                    version = workshop_minutes.version + 1
                  where workshop_minutes.version = 0""")
              .params(workshopId, regionId, text, updatedBy)
              .update();
    } else {
      updated =
          jdbc.sql(
                  """
                  update workshop_minutes set body = ?, updated_at = now(), updated_by = ?,
                    version = version + 1
                  where region_id = ? and workshop_id = ? and version = ?""")
              .params(text, updatedBy, regionId, workshopId, expectedVersion)
              .update();
    }
    if (updated == 0) {
      throw new ConcurrentEditException(MINUTES_RECORD, workshopId);
    }
    Minutes after = minutes(regionId, workshopId);
    Map<String, Object> afterSnapshot = Snapshot.of("body", after.body());
    events.publishEvent(
        before.version() == 0
            ? RecordChanged.created(regionId, MINUTES_RECORD, workshopId, afterSnapshot)
            : RecordChanged.updated(
                regionId,
                MINUTES_RECORD,
                workshopId,
                Snapshot.of("body", before.body()),
                afterSnapshot));
    return after;
  }

  // ---- decisions ----

  public List<Decision> decisions(long regionId, long workshopId) {
    catalog.get(regionId, workshopId);
    return jdbc.sql(
            "select "
                + DECISION_COLUMNS
                + DECISION_FROM
                + " where d.region_id = ? and d.workshop_id = ? order by d.position, d.id")
        .params(regionId, workshopId)
        .query(WorkshopMinutes::mapDecision)
        .list();
  }

  public Decision decision(long regionId, long id) {
    return jdbc.sql(
            "select " + DECISION_COLUMNS + DECISION_FROM + " where d.region_id = ? and d.id = ?")
        .params(regionId, id)
        .query(WorkshopMinutes::mapDecision)
        .optional()
        .orElseThrow(() -> new NotFoundException(DECISION_RECORD, id));
  }

  /** The ideas of the workshop a decision may be about, by title. */
  public List<IdeaChoice> ideaChoices(long regionId, long workshopId) {
    return jdbc.sql(
            "select id, title from idea where workshop_id = ? and region_id = ?"
                + " order by lower(title), id")
        .params(workshopId, regionId)
        .query((rs, n) -> new IdeaChoice(rs.getLong("id"), rs.getString("title")))
        .list();
  }

  /** Adds a decision as the last of the workshop's. */
  @Transactional
  public Decision add(long regionId, long workshopId, DecisionCommand command) {
    lockWorkshop(regionId, workshopId);
    DecisionCommand c = checked(regionId, workshopId, command);
    long id =
        jdbc.sql(
                """
                insert into workshop_decision (workshop_id, region_id, position, body, idea_id)
                values (?, ?, (select coalesce(max(position), 0) + 1 from workshop_decision
                               where workshop_id = ?), ?, ?)
                returning id""")
            .params(workshopId, regionId, workshopId, c.body(), c.ideaId())
            .query(Long.class)
            .single();
    Decision created = decision(regionId, id);
    events.publishEvent(RecordChanged.created(regionId, DECISION_RECORD, id, snapshot(created)));
    return created;
  }

  @Transactional
  public Decision update(long regionId, long id, DecisionCommand command, int expectedVersion) {
    Decision before = decision(regionId, id);
    DecisionCommand c = checked(regionId, before.workshopId(), command);
    int updated =
        jdbc.sql(
                "update workshop_decision set body = ?, idea_id = ?, version = version + 1"
                    + " where region_id = ? and id = ? and version = ?")
            .params(c.body(), c.ideaId(), regionId, id, expectedVersion)
            .update();
    if (updated == 0) {
      throw new ConcurrentEditException(DECISION_RECORD, id);
    }
    Decision after = decision(regionId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, DECISION_RECORD, id, snapshot(before), snapshot(after)));
    return after;
  }

  /** Deletes a decision; those after it move up one number. */
  @Transactional
  public void delete(long regionId, long id) {
    Decision found = decision(regionId, id);
    lockWorkshop(regionId, found.workshopId());
    Decision before = decision(regionId, id);
    jdbc.sql("delete from workshop_decision where region_id = ? and id = ?")
        .params(regionId, id)
        .update();
    jdbc.sql(
            "update workshop_decision set position = position - 1"
                + " where region_id = ? and workshop_id = ? and position > ?")
        .params(regionId, before.workshopId(), before.position())
        .update();
    events.publishEvent(RecordChanged.deleted(regionId, DECISION_RECORD, id, snapshot(before)));
  }

  /** Numbering decisions needs one writer per workshop at a time. */
  private void lockWorkshop(long regionId, long workshopId) {
    jdbc.sql("select id from workshop where region_id = ? and id = ? for update")
        .params(regionId, workshopId)
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new NotFoundException(WorkshopCatalog.RECORD_TYPE, workshopId));
  }

  private DecisionCommand checked(long regionId, long workshopId, DecisionCommand c) {
    List<FieldProblem> problems = new ArrayList<>();
    String body = Texts.required(c.body(), "body", DECISION_LENGTH, problems);
    if (c.ideaId() != null
        && ideaChoices(regionId, workshopId).stream().noneMatch(i -> i.id() == c.ideaId())) {
      problems.add(FieldProblem.of("ideaId", "workshop.decision.ideaNotInWorkshop"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new DecisionCommand(body, c.ideaId());
  }

  private static Map<String, Object> snapshot(Decision d) {
    return Snapshot.of(
        "workshopId", d.workshopId(),
        "position", d.position(),
        "body", d.body(),
        "ideaId", d.ideaId());
  }

  private static Minutes mapMinutes(ResultSet rs, int n) throws SQLException {
    return new Minutes(
        rs.getLong("workshop_id"),
        rs.getString("body"),
        rs.getTimestamp("updated_at").toInstant().atOffset(ZoneOffset.UTC),
        rs.getString("updated_by"),
        rs.getInt("version"));
  }

  private static Decision mapDecision(ResultSet rs, int n) throws SQLException {
    return new Decision(
        rs.getLong("id"),
        rs.getLong("workshop_id"),
        rs.getInt("position"),
        rs.getString("body"),
        rs.getObject("idea_id", Long.class),
        rs.getString("idea_title"),
        rs.getInt("version"));
  }
}
