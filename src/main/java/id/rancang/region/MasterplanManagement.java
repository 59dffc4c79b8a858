package id.rancang.region;

import static id.rancang.region.RegionManagement.blankToNull;

import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A region's masterplans: create the shell, edit its period, move it through its statuses. */
@Service
public class MasterplanManagement {

  public static final String RECORD_TYPE = "masterplan";
  private static final String COLUMNS =
      "id, region_id, title, start_year, end_year, status, regulation_number, regulation_date,"
          + " version";

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  MasterplanManagement(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  public List<Masterplan> list(long regionId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from masterplan where region_id = ? order by start_year desc, id")
        .param(regionId)
        .query(MasterplanManagement::map)
        .list();
  }

  /**
   * The region a masterplan belongs to, for resolving {@code /api/v1/masterplans/{id}/...} paths.
   * Callers must still check that the person has a role in that region.
   */
  public Optional<Long> regionOf(long masterplanId) {
    return jdbc.sql("select region_id from masterplan where id = ?")
        .param(masterplanId)
        .query(Long.class)
        .optional();
  }

  public Optional<Masterplan> find(long regionId, long id) {
    return jdbc.sql("select " + COLUMNS + " from masterplan where region_id = ? and id = ?")
        .params(regionId, id)
        .query(MasterplanManagement::map)
        .optional();
  }

  public Masterplan get(long regionId, long id) {
    return find(regionId, id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
  }

  @Transactional
  public Masterplan create(long regionId, MasterplanCommand command) {
    checkPeriod(command);
    long id =
        jdbc.sql(
                "insert into masterplan (region_id, title, start_year, end_year) values (?, ?, ?, ?)"
                    + " returning id")
            .params(
                regionId, command.title().strip(), command.startYear(), command.effectiveEndYear())
            .query(Long.class)
            .single();
    Masterplan created = get(regionId, id);
    events.publishEvent(RecordChanged.created(regionId, RECORD_TYPE, id, snapshot(created)));
    return created;
  }

  @Transactional
  public Masterplan update(long regionId, long id, MasterplanCommand command, int expectedVersion) {
    Masterplan before = get(regionId, id);
    checkPeriod(command);
    if (before.status() == MasterplanStatus.ADOPTED
        || before.status() == MasterplanStatus.ARCHIVED) {
      throw InvalidInputException.of("status", "region.masterplan.locked");
    }
    int updated =
        jdbc.sql(
                """
                update masterplan set title = ?, start_year = ?, end_year = ?, version = version + 1
                where region_id = ? and id = ? and version = ?""")
            .params(
                command.title().strip(),
                command.startYear(),
                command.effectiveEndYear(),
                regionId,
                id,
                expectedVersion)
            .update();
    if (updated == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    Masterplan after = get(regionId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, RECORD_TYPE, id, snapshot(before), snapshot(after)));
    return after;
  }

  /** Moves the masterplan to a new status; adoption needs the regulation's number and date. */
  @Transactional
  public Masterplan changeStatus(
      long regionId,
      long id,
      MasterplanStatus target,
      String regulationNumber,
      LocalDate regulationDate,
      int expectedVersion) {
    Masterplan before = get(regionId, id);
    if (target == null) {
      throw InvalidInputException.of("status", "shared.validation.required");
    }
    if (!before.status().next().contains(target)) {
      throw InvalidInputException.of(
          "status", "region.masterplan.transition", before.status().name(), target.name());
    }
    String number = before.regulationNumber();
    LocalDate date = before.regulationDate();
    if (target == MasterplanStatus.ADOPTED) {
      List<FieldProblem> problems = new ArrayList<>();
      if (blankToNull(regulationNumber) == null) {
        problems.add(FieldProblem.of("regulationNumber", "region.masterplan.regulationRequired"));
      }
      if (regulationDate == null) {
        problems.add(FieldProblem.of("regulationDate", "region.masterplan.regulationRequired"));
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      number = regulationNumber.strip();
      date = regulationDate;
    }
    int updated =
        jdbc.sql(
                """
                update masterplan set status = ?, regulation_number = ?, regulation_date = ?,
                  version = version + 1
                where region_id = ? and id = ? and version = ?""")
            .params(target.name(), number, date, regionId, id, expectedVersion)
            .update();
    if (updated == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    Masterplan after = get(regionId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, RECORD_TYPE, id, snapshot(before), snapshot(after)));
    return after;
  }

  private static void checkPeriod(MasterplanCommand command) {
    if (command.startYear() != null
        && command.endYear() != null
        && command.endYear() < command.startYear()) {
      throw InvalidInputException.of("endYear", "region.masterplan.endBeforeStart");
    }
  }

  static Map<String, Object> snapshot(Masterplan m) {
    return Snapshot.of(
        "title", m.title(),
        "startYear", m.startYear(),
        "endYear", m.endYear(),
        "status", m.status(),
        "regulationNumber", m.regulationNumber(),
        "regulationDate", m.regulationDate() == null ? null : m.regulationDate().toString());
  }

  static Masterplan map(ResultSet rs, int row) throws SQLException {
    java.sql.Date date = rs.getDate("regulation_date");
    return new Masterplan(
        rs.getLong("id"),
        rs.getLong("region_id"),
        rs.getString("title"),
        rs.getInt("start_year"),
        rs.getInt("end_year"),
        MasterplanStatus.valueOf(rs.getString("status")),
        rs.getString("regulation_number"),
        date == null ? null : date.toLocalDate(),
        rs.getInt("version"));
  }
}
