package id.rancang.region;

import static id.rancang.region.RegionManagement.blankToNull;

import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.PersonalDataErased;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Search;
import id.rancang.shared.Snapshot;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pentahelix stakeholders of a region. Contact data is kept only with recorded consent (UU
 * 27/2022); a person's data can be exported and erased on request.
 */
@Service
public class StakeholderRegister {

  public static final String RECORD_TYPE = "stakeholder";
  private static final String COLUMNS =
      "id, region_id, kind, name, pentahelix_role, organisation, position, email, phone,"
          + " consent_at, consent_purpose, consent_recorded_by, version";

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  StakeholderRegister(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  public Page<Stakeholder> search(
      long regionId, String text, PentahelixRole role, PageRequest page) {
    String like = Search.containsPattern(text);
    String where =
        " where region_id = ? and lower(name || ' ' || coalesce(organisation, '')) like ?"
            + " and (cast(? as text) is null or pentahelix_role = ?)";
    String roleName = role == null ? null : role.name();
    long total =
        jdbc.sql("select count(*) from stakeholder" + where)
            .params(regionId, like, roleName, roleName)
            .query(Long.class)
            .single();
    List<Stakeholder> items =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from stakeholder"
                    + where
                    + " order by lower(name), id"
                    + " limit ? offset ?")
            .params(regionId, like, roleName, roleName, page.size(), page.offset())
            .query(StakeholderRegister::map)
            .list();
    return new Page<>(items, page.number(), page.size(), total);
  }

  /** Every stakeholder of the region by name, for choosing partners (a region has hundreds). */
  public List<Stakeholder> all(long regionId) {
    return jdbc.sql(
            "select " + COLUMNS + " from stakeholder where region_id = ? order by lower(name), id")
        .params(regionId)
        .query(StakeholderRegister::map)
        .list();
  }

  public Optional<Stakeholder> find(long regionId, long id) {
    return jdbc.sql("select " + COLUMNS + " from stakeholder where region_id = ? and id = ?")
        .params(regionId, id)
        .query(StakeholderRegister::map)
        .optional();
  }

  public Stakeholder get(long regionId, long id) {
    return find(regionId, id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
  }

  /** Counts per pentahelix role, for the overview. */
  public Map<PentahelixRole, Long> countByRole(long regionId) {
    Map<PentahelixRole, Long> counts = new LinkedHashMap<>();
    for (PentahelixRole role : PentahelixRole.values()) {
      counts.put(role, 0L);
    }
    jdbc.sql(
            "select pentahelix_role, count(*) from stakeholder where region_id = ?"
                + " group by pentahelix_role")
        .param(regionId)
        .query((rs, n) -> counts.put(PentahelixRole.valueOf(rs.getString(1)), rs.getLong(2)))
        .list();
    return counts;
  }

  @Transactional
  public Stakeholder create(long regionId, StakeholderCommand command, String recordedBy) {
    checkConsent(command);
    OffsetDateTime consentAt = command.consentGiven() ? OffsetDateTime.now(ZoneOffset.UTC) : null;
    long id =
        jdbc.sql(
                """
                insert into stakeholder (region_id, kind, name, pentahelix_role, organisation,
                  position, email, phone, consent_at, consent_purpose, consent_recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                regionId,
                command.kind().name(),
                command.name().strip(),
                command.pentahelixRole().name(),
                blankToNull(command.organisation()),
                blankToNull(command.position()),
                blankToNull(command.email()),
                blankToNull(command.phone()),
                consentAt,
                command.consentGiven() ? blankToNull(command.consentPurpose()) : null,
                command.consentGiven() ? recordedBy : null)
            .query(Long.class)
            .single();
    Stakeholder created = get(regionId, id);
    events.publishEvent(RecordChanged.created(regionId, RECORD_TYPE, id, snapshot(created)));
    return created;
  }

  @Transactional
  public Stakeholder update(
      long regionId, long id, StakeholderCommand command, int expectedVersion, String recordedBy) {
    Stakeholder before = get(regionId, id);
    checkConsent(command);
    OffsetDateTime consentAt = null;
    String purpose = null;
    String by = null;
    if (command.consentGiven()) {
      boolean samePurpose =
          before.hasConsent()
              && java.util.Objects.equals(
                  before.consentPurpose(), blankToNull(command.consentPurpose()));
      consentAt = samePurpose ? before.consentAt() : OffsetDateTime.now(ZoneOffset.UTC);
      purpose = blankToNull(command.consentPurpose());
      by = samePurpose ? before.consentRecordedBy() : recordedBy;
    }
    int updated =
        jdbc.sql(
                """
                update stakeholder set kind = ?, name = ?, pentahelix_role = ?, organisation = ?,
                  position = ?, email = ?, phone = ?, consent_at = ?, consent_purpose = ?,
                  consent_recorded_by = ?, version = version + 1
                where region_id = ? and id = ? and version = ?""")
            .params(
                command.kind().name(),
                command.name().strip(),
                command.pentahelixRole().name(),
                blankToNull(command.organisation()),
                blankToNull(command.position()),
                blankToNull(command.email()),
                blankToNull(command.phone()),
                consentAt,
                purpose,
                by,
                regionId,
                id,
                expectedVersion)
            .update();
    if (updated == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    Stakeholder after = get(regionId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, RECORD_TYPE, id, snapshot(before), snapshot(after)));
    return after;
  }

  /**
   * Deletes a stakeholder. A person is erased instead, so that no copy of their data stays in the
   * history.
   */
  @Transactional
  public void delete(long regionId, long id) {
    Stakeholder before = get(regionId, id);
    if (before.kind() == StakeholderKind.PERSON) {
      erasePersonalData(regionId, id);
      return;
    }
    jdbc.sql("delete from stakeholder where region_id = ? and id = ?")
        .params(regionId, id)
        .update();
    events.publishEvent(RecordChanged.deleted(regionId, RECORD_TYPE, id, snapshot(before)));
  }

  /** Everything Rancang keeps about this stakeholder, for a data subject's access request. */
  public Map<String, Object> exportPersonalData(long regionId, long id) {
    Stakeholder s = get(regionId, id);
    Map<String, Object> data = new LinkedHashMap<>(snapshot(s));
    data.put("kind", s.kind().name());
    data.put("consentAt", s.consentAt() == null ? null : s.consentAt().toString());
    data.put("consentPurpose", s.consentPurpose());
    data.put("consentRecordedBy", s.consentRecordedBy());
    return data;
  }

  /**
   * Erases a stakeholder and every copy of their data (the audit trail keeps only that an erasure
   * happened).
   */
  @Transactional
  public void erasePersonalData(long regionId, long id) {
    get(regionId, id);
    jdbc.sql("delete from stakeholder where region_id = ? and id = ?")
        .params(regionId, id)
        .update();
    events.publishEvent(new PersonalDataErased(regionId, RECORD_TYPE, id));
    events.publishEvent(
        new RecordChanged(regionId, RECORD_TYPE, id, RecordChanged.Action.ERASED, null, null));
  }

  private static void checkConsent(StakeholderCommand command) {
    boolean hasContact =
        blankToNull(command.email()) != null || blankToNull(command.phone()) != null;
    List<FieldProblem> problems = new ArrayList<>();
    if (hasContact && !command.consentGiven()) {
      problems.add(FieldProblem.of("consentGiven", "region.stakeholder.consentRequired"));
    }
    if (command.consentGiven() && blankToNull(command.consentPurpose()) == null) {
      problems.add(FieldProblem.of("consentPurpose", "region.stakeholder.purposeRequired"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  static Map<String, Object> snapshot(Stakeholder s) {
    return Snapshot.of(
        "name", s.name(),
        "pentahelixRole", s.pentahelixRole(),
        "organisation", s.organisation(),
        "position", s.position(),
        "email", s.email(),
        "phone", s.phone(),
        "consent", s.hasConsent());
  }

  static Stakeholder map(ResultSet rs, int row) throws SQLException {
    Timestamp consent = rs.getTimestamp("consent_at");
    return new Stakeholder(
        rs.getLong("id"),
        rs.getLong("region_id"),
        StakeholderKind.valueOf(rs.getString("kind")),
        rs.getString("name"),
        PentahelixRole.valueOf(rs.getString("pentahelix_role")),
        rs.getString("organisation"),
        rs.getString("position"),
        rs.getString("email"),
        rs.getString("phone"),
        consent == null ? null : consent.toInstant().atOffset(ZoneOffset.UTC),
        rs.getString("consent_purpose"),
        rs.getString("consent_recorded_by"),
        rs.getInt("version"));
  }
}
