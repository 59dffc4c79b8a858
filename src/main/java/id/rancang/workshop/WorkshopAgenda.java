package id.rancang.workshop;

import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import id.rancang.workshop.rules.Agenda;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda of a workshop: sessions on the workshop's days, listed per day in time order. A
 * session that overlaps another of the same day is saved with a warning, not refused.
 */
@Service
public class WorkshopAgenda {

  public static final String RECORD_TYPE = "workshopSession";
  static final int TOPIC_LENGTH = 300;
  static final int SPEAKER_LENGTH = 200;
  private static final String COLUMNS =
      "id, workshop_id, day, starts_at, ends_at, topic, speaker, speaker_institution, version";

  private final JdbcClient jdbc;
  private final WorkshopCatalog catalog;
  private final ApplicationEventPublisher events;

  WorkshopAgenda(JdbcClient jdbc, WorkshopCatalog catalog, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.catalog = catalog;
    this.events = events;
  }

  /** The workshop's sessions by day, start and end. */
  public List<AgendaSession> sessions(long regionId, long workshopId) {
    catalog.get(regionId, workshopId);
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from workshop_session where region_id = ? and workshop_id = ?"
                + " order by day, starts_at, ends_at, id")
        .params(regionId, workshopId)
        .query(WorkshopAgenda::map)
        .list();
  }

  /** The sessions grouped per day (only days that have sessions), with their overlaps. */
  public List<AgendaDay> days(long regionId, long workshopId) {
    List<AgendaSession> sessions = sessions(regionId, workshopId);
    Map<Long, AgendaSession> byId =
        sessions.stream().collect(Collectors.toMap(AgendaSession::id, Function.identity()));
    List<Agenda.Slot> slots = sessions.stream().map(WorkshopAgenda::slot).toList();
    Map<Long, List<Long>> overlaps = Agenda.overlaps(slots);
    List<AgendaDay> days = new ArrayList<>();
    Agenda.byDay(slots)
        .forEach(
            (day, daySlots) -> {
              Map<Long, List<Long>> dayOverlaps = new LinkedHashMap<>();
              for (Agenda.Slot s : daySlots) {
                if (overlaps.containsKey(s.id())) {
                  dayOverlaps.put(s.id(), overlaps.get(s.id()));
                }
              }
              days.add(
                  new AgendaDay(
                      day, daySlots.stream().map(s -> byId.get(s.id())).toList(), dayOverlaps));
            });
    return days;
  }

  public AgendaSession get(long regionId, long workshopId, long sessionId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from workshop_session where region_id = ? and workshop_id = ? and id = ?")
        .params(regionId, workshopId, sessionId)
        .query(WorkshopAgenda::map)
        .optional()
        .orElseThrow(() -> new NotFoundException(RECORD_TYPE, sessionId));
  }

  @Transactional
  public SessionSaved add(long regionId, long workshopId, SessionCommand command) {
    Workshop workshop = catalog.get(regionId, workshopId);
    SessionCommand c = checked(workshop, command);
    long id =
        jdbc.sql(
                """
                insert into workshop_session (workshop_id, region_id, day, starts_at, ends_at,
                  topic, speaker, speaker_institution)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                workshopId,
                regionId,
                c.day(),
                c.startsAt(),
                c.endsAt(),
                c.topic(),
                c.speaker(),
                c.speakerInstitution())
            .query(Long.class)
            .single();
    AgendaSession created = get(regionId, workshopId, id);
    events.publishEvent(RecordChanged.created(regionId, RECORD_TYPE, id, snapshot(created)));
    return new SessionSaved(created, overlapping(regionId, created));
  }

  @Transactional
  public SessionSaved update(
      long regionId, long workshopId, long sessionId, SessionCommand command, int expectedVersion) {
    Workshop workshop = catalog.get(regionId, workshopId);
    AgendaSession before = get(regionId, workshopId, sessionId);
    SessionCommand c = checked(workshop, command);
    int updated =
        jdbc.sql(
                """
                update workshop_session set day = ?, starts_at = ?, ends_at = ?, topic = ?,
                  speaker = ?, speaker_institution = ?, version = version + 1
                where region_id = ? and workshop_id = ? and id = ? and version = ?""")
            .params(
                c.day(),
                c.startsAt(),
                c.endsAt(),
                c.topic(),
                c.speaker(),
                c.speakerInstitution(),
                regionId,
                workshopId,
                sessionId,
                expectedVersion)
            .update();
    if (updated == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, sessionId);
    }
    AgendaSession after = get(regionId, workshopId, sessionId);
    events.publishEvent(
        RecordChanged.updated(regionId, RECORD_TYPE, sessionId, snapshot(before), snapshot(after)));
    return new SessionSaved(after, overlapping(regionId, after));
  }

  @Transactional
  public void delete(long regionId, long workshopId, long sessionId) {
    AgendaSession before = get(regionId, workshopId, sessionId);
    jdbc.sql("delete from workshop_session where region_id = ? and workshop_id = ? and id = ?")
        .params(regionId, workshopId, sessionId)
        .update();
    events.publishEvent(RecordChanged.deleted(regionId, RECORD_TYPE, sessionId, snapshot(before)));
  }

  private List<AgendaSession> overlapping(long regionId, AgendaSession session) {
    List<AgendaSession> sameDay =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from workshop_session where region_id = ? and workshop_id = ? and day = ?")
            .params(regionId, session.workshopId(), session.day())
            .query(WorkshopAgenda::map)
            .list();
    Map<Long, AgendaSession> byId =
        sameDay.stream().collect(Collectors.toMap(AgendaSession::id, Function.identity()));
    return Agenda.overlapping(slot(session), sameDay.stream().map(WorkshopAgenda::slot).toList())
        .stream()
        .map(s -> byId.get(s.id()))
        .toList();
  }

  static SessionCommand checked(Workshop workshop, SessionCommand c) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate day = c.day();
    if (day == null) {
      problems.add(FieldProblem.of("day", "shared.validation.required"));
    } else if (!workshop.includes(day)) {
      problems.add(
          FieldProblem.of(
              "day",
              "workshop.session.dayOutside",
              workshop.startDate().toString(),
              workshop.endDate().toString()));
    }
    LocalTime start = c.startsAt();
    LocalTime end = c.endsAt();
    if (start == null) {
      problems.add(FieldProblem.of("startsAt", "shared.validation.required"));
    }
    if (end == null) {
      problems.add(FieldProblem.of("endsAt", "shared.validation.required"));
    }
    if (start != null && end != null && !end.isAfter(start)) {
      problems.add(FieldProblem.of("endsAt", "workshop.session.endNotAfterStart"));
    }
    String topic = Texts.required(c.topic(), "topic", TOPIC_LENGTH, problems);
    String speaker = Texts.optional(c.speaker(), "speaker", SPEAKER_LENGTH, problems);
    String institution =
        Texts.optional(c.speakerInstitution(), "speakerInstitution", SPEAKER_LENGTH, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new SessionCommand(day, start, end, topic, speaker, institution);
  }

  private static Agenda.Slot slot(AgendaSession s) {
    return new Agenda.Slot(s.id(), s.day(), s.startsAt(), s.endsAt());
  }

  private static Map<String, Object> snapshot(AgendaSession s) {
    return Snapshot.of(
        "workshopId", s.workshopId(),
        "day", s.day().toString(),
        "startsAt", s.startsAt().toString(),
        "endsAt", s.endsAt().toString(),
        "topic", s.topic(),
        "speaker", s.speaker(),
        "speakerInstitution", s.speakerInstitution());
  }

  static AgendaSession map(ResultSet rs, int row) throws SQLException {
    return new AgendaSession(
        rs.getLong("id"),
        rs.getLong("workshop_id"),
        rs.getObject("day", LocalDate.class),
        rs.getObject("starts_at", LocalTime.class),
        rs.getObject("ends_at", LocalTime.class),
        rs.getString("topic"),
        rs.getString("speaker"),
        rs.getString("speaker_institution"),
        rs.getInt("version"));
  }
}
