package id.rancang.document;

import id.rancang.document.diff.ContentDiff;
import id.rancang.document.diff.Differences;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.RegionCatalog;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import id.rancang.shared.web.Access;
import id.rancang.strategy.StrategyItemKind;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Frozen versions of a masterplan: the content the books show, resolved and stored as JSON at the
 * moment a team adopts it (e.g. "v1.0 - Perbup 20/2024"), with the region logo of that moment.
 * Versions are immutable (the database refuses to change them, ADR 10); documents can be generated
 * from any of them and two of them, or one and the live masterplan, compared.
 */
@Service
public class MasterplanVersions {

  public static final String RECORD_TYPE = "masterplanVersion";
  public static final int NAME_MAX = 120;
  public static final int NOTE_MAX = 2000;

  private static final String COLUMNS =
      "id, masterplan_id, name, note, frozen_at, frozen_by, programme_count, action_count,"
          + " indicator_count, target_count, total_budget, logo is not null as has_logo";

  private final JdbcClient jdbc;
  private final MasterplanManagement masterplans;
  private final MasterplanContents live;
  private final RegionCatalog regions;
  private final ApplicationEventPublisher events;
  private final JsonMapper json =
      JsonMapper.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  MasterplanVersions(
      JdbcClient jdbc,
      MasterplanManagement masterplans,
      MasterplanContents live,
      RegionCatalog regions,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.masterplans = masterplans;
    this.live = live;
    this.regions = regions;
    this.events = events;
  }

  /**
   * Freezes the masterplan as it is now under {@code name}, unique in the masterplan whatever the
   * case. The content is read in one snapshot of the database, so its parts agree.
   *
   * @throws InvalidInputException when the name is missing, too long or taken, or the note too long
   * @throws NotFoundException when the region has no such masterplan
   */
  @Transactional(isolation = Isolation.REPEATABLE_READ)
  public MasterplanVersion freeze(long regionId, long masterplanId, String name, String note) {
    masterplans.get(regionId, masterplanId);
    String cleanName = name == null ? "" : name.strip();
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    List<FieldProblem> problems = new ArrayList<>();
    if (cleanName.isEmpty()) {
      problems.add(FieldProblem.of("name", "shared.validation.required"));
    } else if (cleanName.length() > NAME_MAX) {
      problems.add(FieldProblem.of("name", "document.version.name.tooLong", NAME_MAX));
    } else if (nameTaken(regionId, masterplanId, cleanName)) {
      problems.add(FieldProblem.of("name", "document.version.name.taken", cleanName));
    }
    if (cleanNote != null && cleanNote.length() > NOTE_MAX) {
      problems.add(FieldProblem.of("note", "document.version.note.tooLong", NOTE_MAX));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    MasterplanContent content = live.live(regionId, masterplanId);
    Optional<RegionCatalog.Logo> logo = regions.logo(regionId);
    long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into masterplan_version (region_id, masterplan_id, name, note,
                    content_schema, content, logo, logo_content_type, frozen_by, programme_count,
                    action_count, indicator_count, target_count, total_budget)
                  values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?)
                  returning id""")
              .params(
                  regionId,
                  masterplanId,
                  cleanName,
                  cleanNote,
                  content.schema(),
                  write(content),
                  logo.map(RegionCatalog.Logo::content).orElse(null),
                  logo.map(RegionCatalog.Logo::contentType).orElse(null),
                  Access.actor(),
                  content.programmes().size(),
                  content.programmes().stream().mapToInt(p -> p.actions().size()).sum(),
                  content.indicators().size(),
                  (int)
                      content.strategy().stream()
                          .filter(s -> s.kind() == StrategyItemKind.TARGET)
                          .count(),
                  content.programmes().stream()
                      .map(MasterplanContent.ProgrammeEntry::totalBudget)
                      .reduce(BigDecimal.ZERO, BigDecimal::add))
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      // someone froze a version of the same name since the check above
      throw InvalidInputException.of("name", "document.version.name.taken", cleanName);
    }
    MasterplanVersion created = get(regionId, masterplanId, id);
    events.publishEvent(RecordChanged.created(regionId, RECORD_TYPE, id, snapshot(created)));
    return created;
  }

  /** The versions of the masterplan, newest first. */
  public Page<MasterplanVersion> list(long regionId, long masterplanId, PageRequest page) {
    masterplans.get(regionId, masterplanId);
    long total =
        jdbc.sql(
                "select count(*) from masterplan_version where region_id = ? and masterplan_id = ?")
            .params(regionId, masterplanId)
            .query(Long.class)
            .single();
    List<MasterplanVersion> items =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from masterplan_version where region_id = ? and masterplan_id = ?"
                    + " order by frozen_at desc, id desc limit ? offset ?")
            .params(regionId, masterplanId, page.size(), page.offset())
            .query(MasterplanVersions::map)
            .list();
    return new Page<>(items, page.number(), page.size(), total);
  }

  /** Every version of the masterplan, newest first (for choosing two to compare). */
  public List<MasterplanVersion> all(long regionId, long masterplanId) {
    masterplans.get(regionId, masterplanId);
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from masterplan_version where region_id = ? and masterplan_id = ?"
                + " order by frozen_at desc, id desc")
        .params(regionId, masterplanId)
        .query(MasterplanVersions::map)
        .list();
  }

  /**
   * @throws NotFoundException when the masterplan of the region has no such version
   */
  public MasterplanVersion get(long regionId, long masterplanId, long versionId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from masterplan_version where region_id = ? and masterplan_id = ? and id = ?")
        .params(regionId, masterplanId, versionId)
        .query(MasterplanVersions::map)
        .optional()
        .orElseThrow(() -> new NotFoundException(RECORD_TYPE, versionId));
  }

  /**
   * The content as it was frozen.
   *
   * @throws NotFoundException when the masterplan of the region has no such version
   */
  public MasterplanContent content(long regionId, long masterplanId, long versionId) {
    String text =
        jdbc.sql(
                "select content::text from masterplan_version"
                    + " where region_id = ? and masterplan_id = ? and id = ?")
            .params(regionId, masterplanId, versionId)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new NotFoundException(RECORD_TYPE, versionId));
    return read(text);
  }

  /**
   * The region logo frozen with the version, empty when the region had none then.
   *
   * @throws NotFoundException when the masterplan of the region has no such version
   */
  public Optional<ContentSource.Logo> logo(long regionId, long masterplanId, long versionId) {
    return jdbc.sql(
            "select logo, logo_content_type from masterplan_version"
                + " where region_id = ? and masterplan_id = ? and id = ?")
        .params(regionId, masterplanId, versionId)
        .query(
            (rs, n) -> {
              byte[] bytes = rs.getBytes("logo");
              return bytes == null
                  ? Optional.<ContentSource.Logo>empty()
                  : Optional.of(new ContentSource.Logo(bytes, rs.getString("logo_content_type")));
            })
        .optional()
        .orElseThrow(() -> new NotFoundException(RECORD_TYPE, versionId));
  }

  /**
   * What changed from one side to the other, each side a version of the masterplan or, when its id
   * is null, the live masterplan. Without {@code partnerNames} partners are compared by role only.
   *
   * @throws NotFoundException when the masterplan of the region has no such masterplan or version
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Differences compare(
      long regionId,
      long masterplanId,
      Long fromVersionId,
      Long toVersionId,
      boolean partnerNames) {
    MasterplanContent from = side(regionId, masterplanId, fromVersionId);
    MasterplanContent to = side(regionId, masterplanId, toVersionId);
    if (!partnerNames) {
      from = from.withoutPartnerNames();
      to = to.withoutPartnerNames();
    }
    return ContentDiff.between(from, to);
  }

  private MasterplanContent side(long regionId, long masterplanId, Long versionId) {
    return versionId == null
        ? live.live(regionId, masterplanId)
        : content(regionId, masterplanId, versionId);
  }

  private boolean nameTaken(long regionId, long masterplanId, String name) {
    return jdbc.sql(
            "select exists (select 1 from masterplan_version where region_id = ?"
                + " and masterplan_id = ? and lower(name) = lower(?))")
        .params(regionId, masterplanId, name)
        .query(Boolean.class)
        .single();
  }

  MasterplanContent read(String text) {
    MasterplanContent content = json.readValue(text, MasterplanContent.class);
    if (content.schema() != MasterplanContent.SCHEMA) {
      // a later layout converts older ones here; there is only the first so far
      throw new IllegalStateException("Unknown masterplan content layout " + content.schema());
    }
    return content;
  }

  String write(MasterplanContent content) {
    return json.writeValueAsString(content);
  }

  private static MasterplanVersion map(ResultSet rs, int n) throws SQLException {
    return new MasterplanVersion(
        rs.getLong("id"),
        rs.getLong("masterplan_id"),
        rs.getString("name"),
        rs.getString("note"),
        rs.getTimestamp("frozen_at").toInstant().atOffset(ZoneOffset.UTC),
        rs.getString("frozen_by"),
        rs.getInt("programme_count"),
        rs.getInt("action_count"),
        rs.getInt("indicator_count"),
        rs.getInt("target_count"),
        rs.getBigDecimal("total_budget"),
        rs.getBoolean("has_logo"));
  }

  private static Map<String, Object> snapshot(MasterplanVersion v) {
    return Snapshot.of(
        "masterplanId",
        v.masterplanId(),
        "name",
        v.name(),
        "note",
        v.note(),
        "frozenBy",
        v.frozenBy(),
        "programmes",
        v.programmes(),
        "actions",
        v.actions(),
        "indicators",
        v.indicators(),
        "targets",
        v.targets(),
        "totalBudget",
        v.totalBudget(),
        "logo",
        v.hasLogo());
  }
}
