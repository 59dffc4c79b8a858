package id.rancang.workshop;

import id.rancang.region.MasterplanManagement;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public consultations (konsultasi publik) of a masterplan: organisers create, edit, open, close
 * and delete them; every member of the region reads them, and once opened anybody may read them on
 * the public page. The ideas raised in them are handled by {@link Ideas}.
 */
@Service
@Transactional
public class Consultations {

  public static final String RECORD_TYPE = "consultation";
  static final int TITLE_MAX = 200;
  static final int DESCRIPTION_MAX = 4000;

  private final JdbcClient jdbc;
  private final MasterplanManagement masterplans;
  private final ApplicationEventPublisher events;

  Consultations(
      JdbcClient jdbc, MasterplanManagement masterplans, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.masterplans = masterplans;
    this.events = events;
  }

  // --- reading ---

  /** The consultations of a masterplan, newest period first. */
  @Transactional(readOnly = true)
  public Page<Consultation> ofMasterplan(long regionId, long masterplanId, PageRequest page) {
    masterplans.get(regionId, masterplanId);
    long total =
        jdbc.sql("select count(*) from consultation where region_id = ? and masterplan_id = ?")
            .params(regionId, masterplanId)
            .query(Long.class)
            .single();
    List<Consultation> items =
        jdbc.sql(
                SELECT
                    + " where c.region_id = ? and c.masterplan_id = ?"
                    + " order by c.opens_on desc, c.id desc limit ? offset ?")
            .params(regionId, masterplanId, page.size(), page.offset())
            .query(Consultations::consultation)
            .list();
    return new Page<>(items, page.number(), page.size(), total);
  }

  /** One consultation of the region; another region's is not found. */
  @Transactional(readOnly = true)
  public Consultation get(long regionId, long id) {
    return jdbc.sql(SELECT + " where c.region_id = ? and c.id = ?")
        .params(regionId, id)
        .query(Consultations::consultation)
        .optional()
        .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
  }

  /** A consultation as anybody may read it, if it was opened (drafts are not public). */
  @Transactional(readOnly = true)
  public Optional<PublicConsultation> publicView(long id) {
    return jdbc.sql(
            "select c.id, c.region_id, r.name as region_name, m.title as masterplan_title,"
                + " c.title, c.description, c.opens_on, c.closes_on, c.status"
                + " from consultation c join region r on r.id = c.region_id"
                + " join masterplan m on m.id = c.masterplan_id"
                + " where c.id = ? and c.status in ('OPEN', 'CLOSED')")
        .params(id)
        .query(
            (rs, n) ->
                new PublicConsultation(
                    rs.getLong("id"),
                    rs.getLong("region_id"),
                    rs.getString("region_name"),
                    rs.getString("masterplan_title"),
                    rs.getString("title"),
                    rs.getString("description"),
                    rs.getObject("opens_on", LocalDate.class),
                    rs.getObject("closes_on", LocalDate.class),
                    ConsultationStatus.valueOf(rs.getString("status"))))
        .optional();
  }

  // --- writing ---

  /** A new consultation of the masterplan, as a draft. */
  public Consultation create(long regionId, long masterplanId, ConsultationCommand command) {
    masterplans.get(regionId, masterplanId);
    validate(command);
    long id =
        jdbc.sql(
                "insert into consultation (region_id, masterplan_id, title, description, opens_on,"
                    + " closes_on) values (?, ?, ?, ?, ?, ?) returning id")
            .params(
                regionId,
                masterplanId,
                command.title().strip(),
                blankToNull(command.description()),
                command.opensOn(),
                command.closesOn())
            .query(Long.class)
            .single();
    Consultation created = get(regionId, id);
    events.publishEvent(RecordChanged.created(regionId, RECORD_TYPE, id, snapshot(created)));
    return created;
  }

  /** Changes title, description and period; refused when someone else saved in between. */
  public Consultation update(long regionId, long id, ConsultationCommand command, int version) {
    Consultation before = get(regionId, id);
    validate(command);
    int rows =
        jdbc.sql(
                "update consultation set title = ?, description = ?, opens_on = ?, closes_on = ?,"
                    + " version = version + 1 where id = ? and region_id = ? and version = ?")
            .params(
                command.title().strip(),
                blankToNull(command.description()),
                command.opensOn(),
                command.closesOn(),
                id,
                regionId,
                version)
            .update();
    if (rows == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    Consultation after = get(regionId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, RECORD_TYPE, id, snapshot(before), snapshot(after)));
    return after;
  }

  /**
   * Opens a draft or closed consultation: it becomes public and takes ideas, votes, comments and
   * reports. Opening an open consultation changes nothing.
   */
  public Consultation open(long regionId, long id) {
    return changeStatus(regionId, id, ConsultationStatus.OPEN);
  }

  /**
   * Closes an open consultation: it stays public to read but takes nothing more. A draft cannot be
   * closed (it was never open); closing a closed one changes nothing.
   */
  public Consultation close(long regionId, long id) {
    return changeStatus(regionId, id, ConsultationStatus.CLOSED);
  }

  /** Deletes a consultation; refused, with their number, while it has ideas. */
  public void delete(long regionId, long id) {
    // The row lock waits for ideas being raised right now (they hold a key-share lock on it), so
    // the count below sees them.
    Consultation before =
        jdbc.sql(SELECT + " where c.region_id = ? and c.id = ? for update of c")
            .params(regionId, id)
            .query(Consultations::consultation)
            .optional()
            .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    long ideas =
        jdbc.sql("select count(*) from idea where consultation_id = ?")
            .params(id)
            .query(Long.class)
            .single();
    if (ideas > 0) {
      throw InvalidInputException.of("id", "workshop.consultation.hasIdeas", ideas);
    }
    jdbc.sql("delete from consultation where id = ? and region_id = ?")
        .params(id, regionId)
        .update();
    events.publishEvent(RecordChanged.deleted(regionId, RECORD_TYPE, id, snapshot(before)));
  }

  private Consultation changeStatus(long regionId, long id, ConsultationStatus target) {
    Consultation before = get(regionId, id);
    if (before.status() == target) {
      return before;
    }
    if (target == ConsultationStatus.CLOSED && before.status() == ConsultationStatus.DRAFT) {
      throw InvalidInputException.of("status", "workshop.consultation.closeDraft");
    }
    // compare-and-set on the status: of two organisers pressing at once, one changes it
    int rows =
        jdbc.sql(
                "update consultation set status = ?, version = version + 1"
                    + " where id = ? and region_id = ? and status = ?")
            .params(target.name(), id, regionId, before.status().name())
            .update();
    if (rows == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    Consultation after = get(regionId, id);
    events.publishEvent(
        RecordChanged.updated(
            regionId,
            RECORD_TYPE,
            id,
            Snapshot.of("status", before.status().name()),
            Snapshot.of("status", after.status().name())));
    return after;
  }

  private static void validate(ConsultationCommand command) {
    List<FieldProblem> problems = new ArrayList<>();
    String title = command.title() == null ? "" : command.title().strip();
    if (title.isEmpty()) {
      problems.add(FieldProblem.of("title", "shared.validation.required"));
    } else if (title.length() > TITLE_MAX) {
      problems.add(FieldProblem.of("title", "workshop.consultation.titleTooLong", TITLE_MAX));
    }
    if (command.description() != null && command.description().length() > DESCRIPTION_MAX) {
      problems.add(
          FieldProblem.of(
              "description", "workshop.consultation.descriptionTooLong", DESCRIPTION_MAX));
    }
    if (command.opensOn() == null) {
      problems.add(FieldProblem.of("opensOn", "shared.validation.required"));
    }
    if (command.closesOn() == null) {
      problems.add(FieldProblem.of("closesOn", "shared.validation.required"));
    }
    if (command.opensOn() != null
        && command.closesOn() != null
        && command.closesOn().isBefore(command.opensOn())) {
      problems.add(FieldProblem.of("closesOn", "workshop.consultation.closesBeforeOpens"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static Map<String, Object> snapshot(Consultation c) {
    return Snapshot.of(
        "title", c.title(),
        "description", c.description(),
        "opensOn", c.opensOn().toString(),
        "closesOn", c.closesOn().toString(),
        "status", c.status().name());
  }

  private static final String SELECT =
      "select c.id, c.masterplan_id, c.title, c.description, c.opens_on, c.closes_on, c.status,"
          + " (select count(*) from idea i where i.consultation_id = c.id) as ideas,"
          + " c.created_at, c.version from consultation c";

  private static Consultation consultation(ResultSet rs, int n) throws SQLException {
    return new Consultation(
        rs.getLong("id"),
        rs.getLong("masterplan_id"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getObject("opens_on", LocalDate.class),
        rs.getObject("closes_on", LocalDate.class),
        ConsultationStatus.valueOf(rs.getString("status")),
        rs.getLong("ideas"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getInt("version"));
  }
}
