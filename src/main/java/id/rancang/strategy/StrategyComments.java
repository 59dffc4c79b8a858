package id.rancang.strategy;

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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on the parts of Buku 1 (vision, missions, goals, targets, indicators, branding, RPJMD).
 * Reviewers comment without being able to edit; the planning team resolves the comments. Who may
 * comment or resolve is decided by the callers (controllers); this service checks that the subject
 * belongs to the masterplan and region, and who may delete a comment.
 */
@Service
public class StrategyComments {

  public static final String RECORD_TYPE = "strategyComment";
  public static final int BODY_MAX = 4000;
  private static final String COLUMNS =
      "id, masterplan_id, subject_type, subject_id, author, body, resolved, created_at, version";

  private final JdbcClient jdbc;
  private final MasterplanManagement masterplans;
  private final ApplicationEventPublisher events;

  StrategyComments(
      JdbcClient jdbc, MasterplanManagement masterplans, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.masterplans = masterplans;
    this.events = events;
  }

  /** Every comment on one subject, resolved ones included, oldest first (a thread). */
  public List<Comment> list(
      long regionId, long masterplanId, CommentSubject subjectType, long subjectId) {
    masterplans.get(regionId, masterplanId);
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from strategy_comment where region_id = ? and masterplan_id = ?"
                + " and subject_type = ? and subject_id = ? order by created_at, id")
        .params(regionId, masterplanId, subjectType.name(), subjectId)
        .query(StrategyComments::map)
        .list();
  }

  /** The unresolved comments of the whole masterplan, newest first. */
  public Page<Comment> listOpen(long regionId, long masterplanId, PageRequest page) {
    masterplans.get(regionId, masterplanId);
    long total =
        jdbc.sql(
                "select count(*) from strategy_comment"
                    + " where region_id = ? and masterplan_id = ? and not resolved")
            .params(regionId, masterplanId)
            .query(Long.class)
            .single();
    List<Comment> items =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from strategy_comment where region_id = ? and masterplan_id = ?"
                    + " and not resolved order by created_at desc, id desc limit ? offset ?")
            .params(regionId, masterplanId, page.size(), page.offset())
            .query(StrategyComments::map)
            .list();
    return new Page<>(items, page.number(), page.size(), total);
  }

  public Comment get(long regionId, long masterplanId, long id) {
    masterplans.get(regionId, masterplanId);
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from strategy_comment where region_id = ? and masterplan_id = ? and id = ?")
        .params(regionId, masterplanId, id)
        .query(StrategyComments::map)
        .optional()
        .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
  }

  /**
   * Adds a comment by {@code author} (the sign-in name). The subject must be part of this
   * masterplan in this region: otherwise {@link InvalidInputException} on {@code subjectId}.
   */
  @Transactional
  public Comment add(
      long regionId,
      long masterplanId,
      CommentSubject subjectType,
      Long subjectId,
      String author,
      String body) {
    masterplans.get(regionId, masterplanId);
    List<FieldProblem> problems = new ArrayList<>();
    if (subjectType == null) {
      problems.add(FieldProblem.of("subjectType", "shared.validation.required"));
    }
    if (subjectId == null) {
      problems.add(FieldProblem.of("subjectId", "shared.validation.required"));
    }
    if (body == null || body.isBlank()) {
      problems.add(FieldProblem.of("body", "shared.validation.required"));
    } else if (body.strip().length() > BODY_MAX) {
      problems.add(FieldProblem.of("body", "strategy.comment.tooLong", BODY_MAX));
    }
    if (problems.isEmpty() && !subjectExists(regionId, masterplanId, subjectType, subjectId)) {
      problems.add(FieldProblem.of("subjectId", "strategy.comment.unknownSubject"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    long id =
        jdbc.sql(
                """
                insert into strategy_comment (region_id, masterplan_id, subject_type, subject_id,
                  author, body)
                values (?, ?, ?, ?, ?, ?)
                returning id""")
            .params(regionId, masterplanId, subjectType.name(), subjectId, author, body.strip())
            .query(Long.class)
            .single();
    Comment created = get(regionId, masterplanId, id);
    events.publishEvent(RecordChanged.created(regionId, RECORD_TYPE, id, snapshot(created)));
    return created;
  }

  /** Marks a comment as dealt with (or opens it again). */
  @Transactional
  public Comment resolve(
      long regionId, long masterplanId, long id, boolean resolved, int expectedVersion) {
    Comment before = get(regionId, masterplanId, id);
    int updated =
        jdbc.sql(
                """
                update strategy_comment set resolved = ?, version = version + 1
                where region_id = ? and masterplan_id = ? and id = ? and version = ?""")
            .params(resolved, regionId, masterplanId, id, expectedVersion)
            .update();
    if (updated == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    Comment after = get(regionId, masterplanId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, RECORD_TYPE, id, snapshot(before), snapshot(after)));
    return after;
  }

  /**
   * Deletes a comment. Its author may, and so may the planning team ({@code isEditor}: region
   * administrators and editors); anyone else gets {@link AccessDeniedException}.
   */
  @Transactional
  public void delete(long regionId, long masterplanId, long id, String actor, boolean isEditor) {
    Comment before = get(regionId, masterplanId, id);
    if (!isEditor && !mayDeleteAsAuthor(before, actor)) {
      throw new AccessDeniedException("only the author or an editor deletes a comment");
    }
    jdbc.sql("delete from strategy_comment where region_id = ? and masterplan_id = ? and id = ?")
        .params(regionId, masterplanId, id)
        .update();
    events.publishEvent(RecordChanged.deleted(regionId, RECORD_TYPE, id, snapshot(before)));
  }

  /**
   * Deletes every comment on a subject; for the owner of the subject to call when it deletes the
   * subject itself (a comment's subject id has no foreign key). Returns how many were deleted.
   */
  @Transactional
  public int deleteAllOn(
      long regionId, long masterplanId, CommentSubject subjectType, long subjectId) {
    List<Comment> thread = list(regionId, masterplanId, subjectType, subjectId);
    for (Comment comment : thread) {
      jdbc.sql("delete from strategy_comment where region_id = ? and id = ?")
          .params(regionId, comment.id())
          .update();
      events.publishEvent(
          RecordChanged.deleted(regionId, RECORD_TYPE, comment.id(), snapshot(comment)));
    }
    return thread.size();
  }

  /** Whether {@code actor} wrote the comment (sign-in names compare without case). */
  public static boolean mayDeleteAsAuthor(Comment comment, String actor) {
    return actor != null && comment.author().equalsIgnoreCase(actor);
  }

  private boolean subjectExists(
      long regionId, long masterplanId, CommentSubject subjectType, long subjectId) {
    if (subjectType.isMasterplanPart()) {
      return subjectId == masterplanId;
    }
    String sql =
        subjectType.isStrategyItem()
            ? "select count(*) from strategy_item"
                + " where region_id = ? and masterplan_id = ? and id = ? and kind = ?"
            : "select count(*) from indicator where region_id = ? and masterplan_id = ? and id = ?";
    JdbcClient.StatementSpec query =
        subjectType.isStrategyItem()
            ? jdbc.sql(sql).params(regionId, masterplanId, subjectId, subjectType.name())
            : jdbc.sql(sql).params(regionId, masterplanId, subjectId);
    return query.query(Long.class).single() > 0;
  }

  private static Map<String, Object> snapshot(Comment c) {
    return Snapshot.of(
        "subjectType",
        c.subjectType(),
        "subjectId",
        c.subjectId(),
        "author",
        c.author(),
        "body",
        c.body(),
        "resolved",
        c.resolved());
  }

  static Comment map(ResultSet rs, int row) throws SQLException {
    return new Comment(
        rs.getLong("id"),
        rs.getLong("masterplan_id"),
        CommentSubject.valueOf(rs.getString("subject_type")),
        rs.getLong("subject_id"),
        rs.getString("author"),
        rs.getString("body"),
        rs.getBoolean("resolved"),
        rs.getTimestamp("created_at").toInstant().atOffset(ZoneOffset.UTC),
        rs.getInt("version"));
  }
}
