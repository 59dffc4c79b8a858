package id.rancang.strategy;

import id.rancang.region.MasterplanManagement;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The branding of a masterplan (Buku 1): the region's smart-city tagline, positioning and identity
 * notes, at most one statement per masterplan. Every method checks that the masterplan belongs to
 * the region.
 */
@Service
public class Branding {

  public static final String RECORD_TYPE = "branding";
  public static final int TAGLINE_MAX = 200;
  public static final int POSITIONING_MAX = 2000;
  public static final int IDENTITY_NOTES_MAX = 4000;
  private static final String COLUMNS =
      "id, masterplan_id, tagline, positioning, identity_notes, version";

  private final JdbcClient jdbc;
  private final MasterplanManagement masterplans;
  private final ApplicationEventPublisher events;

  Branding(JdbcClient jdbc, MasterplanManagement masterplans, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.masterplans = masterplans;
    this.events = events;
  }

  /** The branding statement of the masterplan, empty when nobody has written one yet. */
  public Optional<BrandingStatement> find(long regionId, long masterplanId) {
    masterplans.get(regionId, masterplanId);
    return jdbc.sql(
            "select " + COLUMNS + " from branding where region_id = ? and masterplan_id = ?")
        .params(regionId, masterplanId)
        .query(Branding::map)
        .optional();
  }

  /**
   * Creates or changes the branding statement. {@code expectedVersion} is null when the masterplan
   * had no statement when the user opened it; if someone wrote one meanwhile, or changed it after
   * the given version, nothing is saved and {@link ConcurrentEditException} tells the caller.
   */
  @Transactional
  public BrandingStatement save(
      long regionId, long masterplanId, BrandingCommand command, Integer expectedVersion) {
    masterplans.get(regionId, masterplanId);
    check(command);
    String tagline = command.tagline().strip();
    String positioning = optional(command.positioning());
    String identityNotes = optional(command.identityNotes());
    Optional<BrandingStatement> before = find(regionId, masterplanId);
    if (before.isEmpty()) {
      if (expectedVersion != null) {
        throw new ConcurrentEditException(RECORD_TYPE, "masterplan " + masterplanId);
      }
      int inserted =
          jdbc.sql(
                  """
                  insert into branding (region_id, masterplan_id, tagline, positioning,
                    identity_notes)
                  values (?, ?, ?, ?, ?)
                  on conflict (masterplan_id) do nothing""")
              .params(regionId, masterplanId, tagline, positioning, identityNotes)
              .update();
      if (inserted == 0) {
        throw new ConcurrentEditException(RECORD_TYPE, "masterplan " + masterplanId);
      }
    } else {
      long id = before.get().id();
      if (expectedVersion == null) {
        throw new ConcurrentEditException(RECORD_TYPE, id);
      }
      int updated =
          jdbc.sql(
                  """
                  update branding set tagline = ?, positioning = ?, identity_notes = ?,
                    version = version + 1
                  where region_id = ? and id = ? and version = ?""")
              .params(tagline, positioning, identityNotes, regionId, id, expectedVersion)
              .update();
      if (updated == 0) {
        throw new ConcurrentEditException(RECORD_TYPE, id);
      }
    }
    BrandingStatement after = find(regionId, masterplanId).orElseThrow();
    events.publishEvent(
        before.isEmpty()
            ? RecordChanged.created(regionId, RECORD_TYPE, after.id(), snapshot(after))
            : RecordChanged.updated(
                regionId, RECORD_TYPE, after.id(), snapshot(before.get()), snapshot(after)));
    return after;
  }

  private static void check(BrandingCommand command) {
    List<FieldProblem> problems = new ArrayList<>();
    if (command.tagline() == null || command.tagline().isBlank()) {
      problems.add(FieldProblem.of("tagline", "shared.validation.required"));
    } else if (command.tagline().strip().length() > TAGLINE_MAX) {
      problems.add(FieldProblem.of("tagline", "strategy.branding.tooLong", TAGLINE_MAX));
    }
    if (command.positioning() != null && command.positioning().strip().length() > POSITIONING_MAX) {
      problems.add(FieldProblem.of("positioning", "strategy.branding.tooLong", POSITIONING_MAX));
    }
    if (command.identityNotes() != null
        && command.identityNotes().strip().length() > IDENTITY_NOTES_MAX) {
      problems.add(
          FieldProblem.of("identityNotes", "strategy.branding.tooLong", IDENTITY_NOTES_MAX));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static String optional(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static Map<String, Object> snapshot(BrandingStatement b) {
    return Snapshot.of(
        "tagline", b.tagline(), "positioning", b.positioning(), "identityNotes", b.identityNotes());
  }

  static BrandingStatement map(ResultSet rs, int row) throws SQLException {
    return new BrandingStatement(
        rs.getLong("id"),
        rs.getLong("masterplan_id"),
        rs.getString("tagline"),
        rs.getString("positioning"),
        rs.getString("identity_notes"),
        rs.getInt("version"));
  }
}
