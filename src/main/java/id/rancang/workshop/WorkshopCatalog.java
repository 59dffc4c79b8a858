package id.rancang.workshop;

import id.rancang.shared.NotFoundException;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads the workshops of a region, and answers who may see them: a participant only the workshops
 * they are invited to or registered for (a declined invitation still shows the workshop, so that it
 * can be accepted after all), every other member all of them. Other parts of the workshop module
 * and other modules read workshops here.
 */
@Service
public class WorkshopCatalog {

  public static final String RECORD_TYPE = "workshop";
  static final String COLUMNS =
      "w.id, w.region_id, w.masterplan_id, w.stage, w.stage_label, w.title, w.description,"
          + " w.start_date, w.end_date, w.venue, w.ideas_open, w.created_at, w.version";
  private static final String NEWEST_FIRST = " order by w.start_date desc, w.id desc";
  private static final String INVITED =
      " and exists (select 1 from workshop_invitation i where i.workshop_id = w.id"
          + " and i.account_id = ?)";

  private final JdbcClient jdbc;

  WorkshopCatalog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Workshop> find(long regionId, long id) {
    return jdbc.sql("select " + COLUMNS + " from workshop w where w.region_id = ? and w.id = ?")
        .params(regionId, id)
        .query(WorkshopCatalog::map)
        .optional();
  }

  /** A workshop of the region; another region's (or none) is not found. */
  public Workshop get(long regionId, long id) {
    return find(regionId, id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
  }

  /** A workshop the viewer may see; one they may not is "not found" to them. */
  public Workshop get(long regionId, long id, WorkshopViewer viewer) {
    Workshop workshop = get(regionId, id);
    if (!viewer.seesAll() && participation(regionId, id, viewer.accountId()).isEmpty()) {
      throw new NotFoundException(RECORD_TYPE, id);
    }
    return workshop;
  }

  /**
   * Whether the viewer may see the workshop: it is of the region and, for a participant, theirs.
   */
  public boolean maySee(long regionId, long workshopId, WorkshopViewer viewer) {
    if (find(regionId, workshopId).isEmpty()) {
      return false;
    }
    return viewer.seesAll() || participation(regionId, workshopId, viewer.accountId()).isPresent();
  }

  /** The masterplan's workshops, newest first. */
  public Page<Workshop> list(long regionId, long masterplanId, PageRequest page) {
    return page(regionId, masterplanId, null, page);
  }

  /** The masterplan's workshops the viewer may see, newest first. */
  public Page<Workshop> list(
      long regionId, long masterplanId, WorkshopViewer viewer, PageRequest page) {
    return page(regionId, masterplanId, viewer.seesAll() ? null : viewer.accountId(), page);
  }

  /** Every workshop of the region (all masterplans) the viewer may see, newest first. */
  public List<Workshop> visibleTo(long regionId, WorkshopViewer viewer) {
    List<Object> params = new ArrayList<>(List.of(regionId));
    String where = " where w.region_id = ?";
    if (!viewer.seesAll()) {
      where += INVITED;
      params.add(viewer.accountId());
    }
    return jdbc.sql("select " + COLUMNS + " from workshop w" + where + NEWEST_FIRST)
        .params(params)
        .query(WorkshopCatalog::map)
        .list();
  }

  /**
   * Whether the account is invited to the workshop (invitation not declined) or registered for it:
   * whether it takes part.
   */
  public boolean isInvitedOrRegistered(long regionId, long workshopId, long accountId) {
    return participation(regionId, workshopId, accountId)
        .map(s -> s != InvitationStatus.DECLINED)
        .orElse(false);
  }

  /** The status of the account's invitation to (or registration for) the workshop, if any. */
  public Optional<InvitationStatus> participation(long regionId, long workshopId, long accountId) {
    return jdbc.sql(
            "select status from workshop_invitation where region_id = ? and workshop_id = ?"
                + " and account_id = ?")
        .params(regionId, workshopId, accountId)
        .query((rs, n) -> InvitationStatus.valueOf(rs.getString(1)))
        .optional();
  }

  /** The number of ideas raised in the workshop. */
  public long ideaCount(long regionId, long workshopId) {
    return jdbc.sql("select count(*) from idea where region_id = ? and workshop_id = ?")
        .params(regionId, workshopId)
        .query(Long.class)
        .single();
  }

  private Page<Workshop> page(
      long regionId, long masterplanId, Long onlyInvitedAccount, PageRequest page) {
    List<Object> params = new ArrayList<>(List.of(regionId, masterplanId));
    String where = " where w.region_id = ? and w.masterplan_id = ?";
    if (onlyInvitedAccount != null) {
      where += INVITED;
      params.add(onlyInvitedAccount);
    }
    long total =
        jdbc.sql("select count(*) from workshop w" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(page.size());
    pageParams.add(page.offset());
    List<Workshop> items =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from workshop w"
                    + where
                    + NEWEST_FIRST
                    + " limit ? offset ?")
            .params(pageParams)
            .query(WorkshopCatalog::map)
            .list();
    return new Page<>(items, page.number(), page.size(), total);
  }

  static Workshop map(ResultSet rs, int row) throws SQLException {
    return new Workshop(
        rs.getLong("id"),
        rs.getLong("region_id"),
        rs.getLong("masterplan_id"),
        WorkshopStage.valueOf(rs.getString("stage")),
        rs.getString("stage_label"),
        rs.getString("title"),
        rs.getString("description"),
        rs.getObject("start_date", java.time.LocalDate.class),
        rs.getObject("end_date", java.time.LocalDate.class),
        rs.getString("venue"),
        rs.getBoolean("ideas_open"),
        rs.getTimestamp("created_at").toInstant().atOffset(ZoneOffset.UTC),
        rs.getInt("version"));
  }
}
