package id.rancang.workshop;

import id.rancang.region.MasterplanManagement;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import id.rancang.workshop.rules.WorkshopDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes the workshops of a masterplan. A workshop lasts at most 31 days and
 * keeps its agenda inside its dates; it is deleted only while no idea was raised in it.
 */
@Service
public class WorkshopPlanning {

  static final int TITLE_LENGTH = 200;
  static final int STAGE_LABEL_LENGTH = 100;
  static final int DESCRIPTION_LENGTH = 4000;
  static final int VENUE_LENGTH = 300;

  private final JdbcClient jdbc;
  private final WorkshopCatalog catalog;
  private final MasterplanManagement masterplans;
  private final ApplicationEventPublisher events;

  WorkshopPlanning(
      JdbcClient jdbc,
      WorkshopCatalog catalog,
      MasterplanManagement masterplans,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.catalog = catalog;
    this.masterplans = masterplans;
    this.events = events;
  }

  @Transactional
  public Workshop create(long regionId, long masterplanId, WorkshopCommand command) {
    masterplans.get(regionId, masterplanId);
    WorkshopCommand c = checked(command);
    long id =
        jdbc.sql(
                """
                insert into workshop (region_id, masterplan_id, stage, stage_label, title,
                  description, start_date, end_date, venue, ideas_open)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                regionId,
                masterplanId,
                c.stage().name(),
                c.stageLabel(),
                c.title(),
                c.description(),
                c.startDate(),
                c.endDate(),
                c.venue(),
                c.ideasOpen())
            .query(Long.class)
            .single();
    Workshop created = catalog.get(regionId, id);
    events.publishEvent(
        RecordChanged.created(regionId, WorkshopCatalog.RECORD_TYPE, id, snapshot(created)));
    return created;
  }

  /**
   * Saves a workshop read at {@code expectedVersion}; new dates must still hold every session of
   * the agenda.
   */
  @Transactional
  public Workshop update(long regionId, long id, WorkshopCommand command, int expectedVersion) {
    Workshop before = catalog.get(regionId, id);
    WorkshopCommand c = checked(command);
    long outside =
        jdbc.sql(
                "select count(*) from workshop_session where region_id = ? and workshop_id = ?"
                    + " and (day < ? or day > ?)")
            .params(regionId, id, c.startDate(), c.endDate())
            .query(Long.class)
            .single();
    if (outside > 0) {
      throw InvalidInputException.of(
          "startDate", "workshop.validation.sessionsOutsideDates", outside);
    }
    int updated =
        jdbc.sql(
                """
                update workshop set stage = ?, stage_label = ?, title = ?, description = ?,
                  start_date = ?, end_date = ?, venue = ?, ideas_open = ?, version = version + 1
                where region_id = ? and id = ? and version = ?""")
            .params(
                c.stage().name(),
                c.stageLabel(),
                c.title(),
                c.description(),
                c.startDate(),
                c.endDate(),
                c.venue(),
                c.ideasOpen(),
                regionId,
                id,
                expectedVersion)
            .update();
    if (updated == 0) {
      throw new ConcurrentEditException(WorkshopCatalog.RECORD_TYPE, id);
    }
    Workshop after = catalog.get(regionId, id);
    events.publishEvent(
        RecordChanged.updated(
            regionId, WorkshopCatalog.RECORD_TYPE, id, snapshot(before), snapshot(after)));
    return after;
  }

  /**
   * Deletes a workshop with its agenda, invitations, attendance, materials and minutes; refused,
   * with their number, while ideas were raised in it.
   */
  @Transactional
  public void delete(long regionId, long id) {
    // the row lock makes an idea saved at the same moment wait, then fail on the missing workshop
    Workshop before =
        jdbc.sql(
                "select "
                    + WorkshopCatalog.COLUMNS
                    + " from workshop w where w.region_id = ? and w.id = ? for update")
            .params(regionId, id)
            .query(WorkshopCatalog::map)
            .optional()
            .orElseThrow(() -> new NotFoundException(WorkshopCatalog.RECORD_TYPE, id));
    long ideas = catalog.ideaCount(regionId, id);
    if (ideas > 0) {
      throw InvalidInputException.of("id", "workshop.delete.hasIdeas", ideas);
    }
    jdbc.sql("delete from workshop where region_id = ? and id = ?").params(regionId, id).update();
    events.publishEvent(
        RecordChanged.deleted(regionId, WorkshopCatalog.RECORD_TYPE, id, snapshot(before)));
  }

  /** The command stripped and checked; every problem at once. */
  static WorkshopCommand checked(WorkshopCommand c) {
    List<FieldProblem> problems = new ArrayList<>();
    String title = Texts.required(c.title(), "title", TITLE_LENGTH, problems);
    if (c.stage() == null) {
      problems.add(FieldProblem.of("stage", "shared.validation.required"));
    }
    String label = null;
    if (c.stage() == WorkshopStage.CUSTOM) {
      label = Texts.required(c.stageLabel(), "stageLabel", STAGE_LABEL_LENGTH, problems);
    }
    String description =
        Texts.optional(c.description(), "description", DESCRIPTION_LENGTH, problems);
    String venue = Texts.optional(c.venue(), "venue", VENUE_LENGTH, problems);
    if (c.startDate() == null) {
      problems.add(FieldProblem.of("startDate", "shared.validation.required"));
    }
    if (c.endDate() == null) {
      problems.add(FieldProblem.of("endDate", "shared.validation.required"));
    }
    if (c.startDate() != null && c.endDate() != null) {
      WorkshopDates.Problem dates = WorkshopDates.check(c.startDate(), c.endDate());
      if (dates == WorkshopDates.Problem.END_BEFORE_START) {
        problems.add(FieldProblem.of("endDate", "workshop.validation.endBeforeStart"));
      } else if (dates == WorkshopDates.Problem.TOO_LONG) {
        problems.add(
            FieldProblem.of(
                "endDate",
                "workshop.validation.tooManyDays",
                WorkshopDates.MAX_DAYS,
                WorkshopDates.days(c.startDate(), c.endDate())));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new WorkshopCommand(
        title,
        c.stage(),
        label,
        description,
        c.startDate(),
        c.endDate(),
        venue,
        c.ideasOpen() == null || c.ideasOpen());
  }

  static Map<String, Object> snapshot(Workshop w) {
    return Snapshot.of(
        "masterplanId", w.masterplanId(),
        "stage", w.stage(),
        "stageLabel", w.stageLabel(),
        "title", w.title(),
        "description", w.description(),
        "startDate", w.startDate().toString(),
        "endDate", w.endDate().toString(),
        "venue", w.venue(),
        "ideasOpen", w.ideasOpen());
  }
}
