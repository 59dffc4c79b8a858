package id.rancang.workshop;

import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Search;
import id.rancang.shared.Snapshot;
import id.rancang.shared.Throttle;
import id.rancang.shared.TooManyRequestsException;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ideas (usulan) of a workshop or a public consultation: raising and editing them, support votes
 * (one per person per idea), comments one level deep, reports that hide an idea or comment after a
 * configurable number until a moderator decides, and the moderators' decisions. Every method is
 * scoped to a region; a participant who is only invited sees only the workshops they are invited
 * to, while every member of the region takes part in its consultations. Floods are throttled per
 * account ({@link WorkshopLimits}): too many ideas, comments, reports or votes in a window are
 * refused with {@link TooManyRequestsException} and nothing is saved.
 */
@Service
@Transactional
public class Ideas {

  static final int TITLE_MAX = 200;
  static final int TEXT_MAX = 4000;

  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final int reportThreshold;
  private final Throttle throttle;
  private final WorkshopLimits limits;

  private final WorkshopCatalog catalog;

  Ideas(
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      @Value("${rancang.workshop.report-threshold:3}") int reportThreshold,
      Throttle throttle,
      WorkshopLimits limits,
      WorkshopCatalog catalog) {
    this.catalog = catalog;
    this.jdbc = jdbc;
    this.events = events;
    this.reportThreshold = Math.max(1, reportThreshold);
    this.throttle = throttle;
    this.limits = limits;
  }

  /** How many reports hide an idea or a comment until a moderator decides. */
  public int reportThreshold() {
    return reportThreshold;
  }

  // --- reading ---

  /** The ideas of a workshop the participant may see, filtered, sorted and paged. */
  @Transactional(readOnly = true)
  public Page<Idea> ofWorkshop(
      long regionId, long workshopId, Participant who, IdeaFilter filter, PageRequest page) {
    return list(regionId, workshop(regionId, workshopId, who), who, filter, page);
  }

  /** The ideas of a consultation the participant may see, filtered, sorted and paged. */
  @Transactional(readOnly = true)
  public Page<Idea> ofConsultation(
      long regionId, long consultationId, Participant who, IdeaFilter filter, PageRequest page) {
    return list(regionId, consultation(regionId, consultationId, false), who, filter, page);
  }

  /**
   * The visible ideas of a consultation as anybody may read them, most supported first. Empty for a
   * consultation that is not public (a draft).
   */
  @Transactional(readOnly = true)
  public Page<PublicIdea> ofPublicConsultation(long consultationId, PageRequest page) {
    String where =
        " from idea i join consultation c on c.id = i.consultation_id and c.region_id = i.region_id"
            + " where i.consultation_id = ? and c.status in ('OPEN', 'CLOSED')"
            + " and i.moderation in ('VISIBLE', 'KEPT')";
    long total =
        jdbc.sql("select count(*)" + where).params(consultationId).query(Long.class).single();
    List<PublicIdea> items =
        jdbc.sql(
                "select i.id, i.title, i.problem, i.proposal, i.dimension_code, i.element_code,"
                    + " i.status, i.created_at,"
                    + " (select count(*) from idea_vote v where v.idea_id = i.id) as votes"
                    + where
                    + " order by votes desc, i.created_at desc, i.id desc limit ? offset ?")
            .params(consultationId, page.size(), page.offset())
            .query(
                (rs, n) -> {
                  String element = rs.getString("element_code");
                  return new PublicIdea(
                      rs.getLong("id"),
                      rs.getString("title"),
                      rs.getString("problem"),
                      rs.getString("proposal"),
                      Dimension.valueOf(rs.getString("dimension_code")),
                      element == null ? null : Element.valueOf(element),
                      IdeaStatus.valueOf(rs.getString("status")),
                      rs.getLong("votes"),
                      rs.getObject("created_at", OffsetDateTime.class));
                })
            .list();
    return new Page<>(items, page.number(), page.size(), total);
  }

  private Page<Idea> list(
      long regionId, Container container, Participant who, IdeaFilter filter, PageRequest page) {
    StringBuilder where =
        new StringBuilder(
            " where i.region_id = ? and i."
                + (container.consultation() ? "consultation_id" : "workshop_id")
                + " = ?");
    List<Object> params = new ArrayList<>(List.of(regionId, container.id()));
    if (!who.moderator()) {
      where.append(" and (i.moderation in ('VISIBLE', 'KEPT') or i.author_account_id = ?)");
      params.add(who.accountId());
    }
    String q = filter.q() == null ? null : filter.q().strip();
    if (q != null && !q.isEmpty()) {
      where.append(
          " and (i.search @@ (websearch_to_tsquery('indonesian', ?)"
              + " || websearch_to_tsquery('english', ?)) or lower(i.title) like ?)");
      params.add(q);
      params.add(q);
      params.add(Search.containsPattern(q));
    }
    if (filter.dimension() != null) {
      where.append(" and i.dimension_code = ?");
      params.add(filter.dimension().name());
    }
    if (filter.element() != null) {
      where.append(" and i.element_code = ?");
      params.add(filter.element().name());
    }
    if (filter.status() != null) {
      where.append(" and i.status = ?");
      params.add(filter.status().name());
    }
    long total =
        jdbc.sql("select count(*) from idea i" + where)
            .params(params.toArray())
            .query(Long.class)
            .single();
    String order =
        switch (filter.sortOrDefault()) {
          case SUPPORT -> "votes desc, i.created_at desc, i.id desc";
          case NEWEST -> "i.created_at desc, i.id desc";
          case DISCUSSED -> "comments desc, i.created_at desc, i.id desc";
        };
    List<Object> all = new ArrayList<>();
    all.add(who.accountId());
    all.add(who.accountId());
    all.addAll(params);
    all.add(page.size());
    all.add(page.offset());
    List<Idea> items =
        jdbc.sql(SELECT_IDEA + where + " order by " + order + " limit ? offset ?")
            .params(all.toArray())
            .query(Ideas::idea)
            .list();
    return new Page<>(items, page.number(), page.size(), total);
  }

  /** One idea, if the participant may see it (moderators see hidden ones, authors their own). */
  @Transactional(readOnly = true)
  public Idea get(long regionId, long ideaId, Participant who) {
    Idea idea =
        jdbc.sql(SELECT_IDEA + " where i.region_id = ? and i.id = ?")
            .params(who.accountId(), who.accountId(), regionId, ideaId)
            .query(Ideas::idea)
            .optional()
            .orElseThrow(() -> new NotFoundException("idea", ideaId));
    containerOf(regionId, idea, who);
    if (!idea.moderation().shown() && !who.moderator() && !idea.mine()) {
      throw new NotFoundException("idea", ideaId);
    }
    return idea;
  }

  /** The names of the people who support an idea, in the order they did. */
  @Transactional(readOnly = true)
  public List<String> supporters(long regionId, long ideaId) {
    return jdbc.sql(
            "select coalesce(a.name, a.email) from idea_vote v join idea i on i.id = v.idea_id"
                + " join account a on a.id = v.account_id"
                + " where i.region_id = ? and v.idea_id = ? order by v.created_at, a.id")
        .params(regionId, ideaId)
        .query(String.class)
        .list();
  }

  // --- writing ---

  /** Raises an idea in a workshop whose idea collection is open. */
  public Idea submit(long regionId, long workshopId, Participant who, IdeaCommand command) {
    return insert(regionId, workshop(regionId, workshopId, who), who, command);
  }

  /** Raises an idea in an open consultation. */
  public Idea submitToConsultation(
      long regionId, long consultationId, Participant who, IdeaCommand command) {
    // the key-share lock keeps the consultation from being deleted until this idea is saved
    return insert(regionId, consultation(regionId, consultationId, true), who, command);
  }

  private Idea insert(long regionId, Container container, Participant who, IdeaCommand command) {
    requireOpen(container);
    validate(regionId, command);
    throttle.enforce("idea:account:" + who.accountId(), limits.ideasPerHour(), HOUR);
    long id =
        jdbc.sql(
                "insert into idea (region_id, masterplan_id, workshop_id, consultation_id, title,"
                    + " problem, proposal, dimension_code, element_code, suggested_opd_id,"
                    + " suggested_partners, author_account_id)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
            .params(
                regionId,
                container.masterplanId(),
                container.consultation() ? null : container.id(),
                container.consultation() ? container.id() : null,
                command.title().strip(),
                blankToNull(command.problem()),
                blankToNull(command.proposal()),
                command.dimension().name(),
                command.element() == null ? null : command.element().name(),
                command.suggestedOpdId(),
                blankToNull(command.suggestedPartners()),
                who.accountId())
            .query(Long.class)
            .single();
    Idea created = get(regionId, id, who);
    events.publishEvent(RecordChanged.created(regionId, "idea", id, snapshot(created)));
    return created;
  }

  /** Changes an idea: its author while it is open, or a moderator. */
  public Idea update(
      long regionId, long ideaId, Participant who, IdeaCommand command, int version) {
    Idea before = get(regionId, ideaId, who);
    if (!before.mine() && !who.moderator()) {
      throw new org.springframework.security.access.AccessDeniedException("idea of another");
    }
    if (before.status() == IdeaStatus.PROMOTED && !who.moderator()) {
      throw InvalidInputException.of("idea", "workshop.idea.promotedLocked");
    }
    validate(regionId, command);
    int rows =
        jdbc.sql(
                "update idea set title = ?, problem = ?, proposal = ?, dimension_code = ?,"
                    + " element_code = ?, suggested_opd_id = ?, suggested_partners = ?,"
                    + " version = version + 1 where id = ? and region_id = ? and version = ?")
            .params(
                command.title().strip(),
                blankToNull(command.problem()),
                blankToNull(command.proposal()),
                command.dimension().name(),
                command.element() == null ? null : command.element().name(),
                command.suggestedOpdId(),
                blankToNull(command.suggestedPartners()),
                ideaId,
                regionId,
                version)
            .update();
    if (rows == 0) {
      throw new ConcurrentEditException("idea", ideaId);
    }
    Idea after = get(regionId, ideaId, who);
    events.publishEvent(
        RecordChanged.updated(regionId, "idea", ideaId, snapshot(before), snapshot(after)));
    return after;
  }

  /** Withdraws an idea: its author while nobody supports it and it is open, or a moderator. */
  public void delete(long regionId, long ideaId, Participant who) {
    Idea idea = get(regionId, ideaId, who);
    if (!idea.mine() && !who.moderator()) {
      throw new org.springframework.security.access.AccessDeniedException("idea of another");
    }
    if (idea.status() == IdeaStatus.PROMOTED) {
      throw InvalidInputException.of("idea", "workshop.idea.promotedNoDelete");
    }
    if (!who.moderator() && idea.votes() > 0) {
      throw InvalidInputException.of("idea", "workshop.idea.supportedNoDelete", idea.votes());
    }
    jdbc.sql("delete from idea where id = ? and region_id = ?").params(ideaId, regionId).update();
    events.publishEvent(RecordChanged.deleted(regionId, "idea", ideaId, snapshot(idea)));
  }

  /**
   * Gives the participant's support vote to an idea. A second vote by the same person counts once
   * (the primary key makes it a no-op, also when both arrive at the same moment). Refused while the
   * idea collection is closed or the idea is hidden.
   *
   * @return the number of support votes after voting
   */
  public long vote(long regionId, long ideaId, Participant who) {
    Idea idea = get(regionId, ideaId, who);
    requireOpen(containerOf(regionId, idea, who));
    if (!idea.moderation().shown()) {
      throw InvalidInputException.of("idea", "workshop.vote.hidden");
    }
    throttleVote(who);
    jdbc.sql(
            "insert into idea_vote (idea_id, account_id) values (?, ?)"
                + " on conflict (idea_id, account_id) do nothing")
        .params(ideaId, who.accountId())
        .update();
    return votes(ideaId);
  }

  /** Withdraws the participant's support vote, while the idea collection is open. */
  public long withdrawVote(long regionId, long ideaId, Participant who) {
    Idea idea = get(regionId, ideaId, who);
    requireOpen(containerOf(regionId, idea, who));
    throttleVote(who);
    jdbc.sql("delete from idea_vote where idea_id = ? and account_id = ?")
        .params(ideaId, who.accountId())
        .update();
    return votes(ideaId);
  }

  private void throttleVote(Participant who) {
    throttle.enforce("vote:account:" + who.accountId(), limits.votesPerTenMinutes(), TEN_MINUTES);
  }

  private long votes(long ideaId) {
    return jdbc.sql("select count(*) from idea_vote where idea_id = ?")
        .params(ideaId)
        .query(Long.class)
        .single();
  }

  // --- comments ---

  /** The comments of an idea in conversation order: each top-level comment followed by replies. */
  @Transactional(readOnly = true)
  public List<IdeaComment> comments(long regionId, long ideaId, Participant who) {
    get(regionId, ideaId, who);
    List<IdeaComment> all =
        jdbc.sql(
                SELECT_COMMENT
                    + " where c.region_id = ? and c.idea_id = ? order by c.created_at, c.id")
            .params(who.accountId(), regionId, ideaId)
            .query(Ideas::comment)
            .list();
    List<IdeaComment> visible =
        all.stream().filter(c -> c.moderation().shown() || who.moderator() || c.mine()).toList();
    List<IdeaComment> ordered = new ArrayList<>();
    for (IdeaComment top : visible) {
      if (top.parentId() == null) {
        ordered.add(top);
        visible.stream()
            .filter(r -> Long.valueOf(top.id()).equals(r.parentId()))
            .forEach(ordered::add);
      }
    }
    return ordered;
  }

  /** Adds a comment, or a reply to a top-level comment of the same idea (one level deep). */
  public IdeaComment comment(
      long regionId, long ideaId, Participant who, Long parentId, String body) {
    Idea idea = get(regionId, ideaId, who);
    requireOpen(containerOf(regionId, idea, who));
    String text = body == null ? "" : body.strip();
    if (text.isEmpty()) {
      throw InvalidInputException.of("body", "workshop.comment.bodyRequired");
    }
    if (text.length() > TEXT_MAX) {
      throw InvalidInputException.of("body", "workshop.comment.bodyTooLong", TEXT_MAX);
    }
    if (parentId != null) {
      Long grandParent =
          jdbc.sql("select coalesce(parent_id, 0) from idea_comment where id = ? and idea_id = ?")
              .params(parentId, ideaId)
              .query(Long.class)
              .optional()
              .orElseThrow(() -> InvalidInputException.of("parentId", "workshop.comment.noParent"));
      if (grandParent != 0) {
        throw InvalidInputException.of("parentId", "workshop.comment.oneLevel");
      }
    }
    throttle.enforce("comment:account:" + who.accountId(), limits.commentsPerHour(), HOUR);
    long id =
        jdbc.sql(
                "insert into idea_comment (idea_id, region_id, parent_id, author_account_id, body)"
                    + " values (?, ?, ?, ?, ?) returning id")
            .params(ideaId, regionId, parentId, who.accountId(), text)
            .query(Long.class)
            .single();
    IdeaComment created = commentById(regionId, id, who);
    events.publishEvent(
        RecordChanged.created(
            regionId,
            "idea_comment",
            id,
            Snapshot.of("ideaId", ideaId, "parentId", parentId, "body", text)));
    return created;
  }

  /** Deletes a comment (with its replies): its author or a moderator. */
  public void deleteComment(long regionId, long commentId, Participant who) {
    IdeaComment comment = commentById(regionId, commentId, who);
    if (!comment.mine() && !who.moderator()) {
      throw new org.springframework.security.access.AccessDeniedException("comment of another");
    }
    jdbc.sql("delete from idea_comment where id = ? and region_id = ?")
        .params(commentId, regionId)
        .update();
    events.publishEvent(
        RecordChanged.deleted(
            regionId,
            "idea_comment",
            commentId,
            Snapshot.of("ideaId", comment.ideaId(), "body", comment.body())));
  }

  /** One comment of the region, if its idea is visible to the participant. */
  @Transactional(readOnly = true)
  public IdeaComment commentById(long regionId, long commentId, Participant who) {
    IdeaComment comment =
        jdbc.sql(SELECT_COMMENT + " where c.region_id = ? and c.id = ?")
            .params(who.accountId(), regionId, commentId)
            .query(Ideas::comment)
            .optional()
            .orElseThrow(() -> new NotFoundException("comment", commentId));
    get(regionId, comment.ideaId(), who);
    if (!comment.moderation().shown() && !who.moderator() && !comment.mine()) {
      throw new NotFoundException("comment", commentId);
    }
    return comment;
  }

  // --- reports and moderation ---

  /**
   * Reports an idea. Each person reports an idea once; when the reports reach the threshold a
   * visible idea is hidden until a moderator decides.
   *
   * @return the idea's moderation state after the report
   */
  public Moderation reportIdea(long regionId, long ideaId, Participant who, String reason) {
    Idea idea = get(regionId, ideaId, who);
    requireReportable(containerOf(regionId, idea, who));
    return report(regionId, Reported.IDEA, ideaId, who, reason);
  }

  /** Reports a comment; like {@link #reportIdea}. */
  public Moderation reportComment(long regionId, long commentId, Participant who, String reason) {
    IdeaComment comment = commentById(regionId, commentId, who);
    requireReportable(containerOf(regionId, get(regionId, comment.ideaId(), who), who));
    return report(regionId, Reported.COMMENT, commentId, who, reason);
  }

  /** A moderator's decision on an idea: keep it (reports no longer hide it) or remove it. */
  public Idea moderateIdea(long regionId, long ideaId, Participant who, Moderation decision) {
    requireModerator(who);
    Idea before = get(regionId, ideaId, who);
    requireDecision(decision);
    moderate(regionId, Reported.IDEA, ideaId, before.moderation(), decision);
    return get(regionId, ideaId, who);
  }

  /** A moderator's decision on a comment. */
  public IdeaComment moderateComment(
      long regionId, long commentId, Participant who, Moderation decision) {
    requireModerator(who);
    IdeaComment before = commentById(regionId, commentId, who);
    requireDecision(decision);
    moderate(regionId, Reported.COMMENT, commentId, before.moderation(), decision);
    return commentById(regionId, commentId, who);
  }

  /** What people can report and moderators decide on: its table and its column in reports. */
  private enum Reported {
    IDEA("idea", "idea_id"),
    COMMENT("idea_comment", "comment_id");

    private final String table;
    private final String reportColumn;

    Reported(String table, String reportColumn) {
      this.table = table;
      this.reportColumn = reportColumn;
    }
  }

  /**
   * Records the person's report (once per person) and hides the visible record when its reports
   * reach the threshold; returns its moderation state afterwards.
   */
  private Moderation report(long regionId, Reported what, long id, Participant who, String reason) {
    throttleReport(who);
    String column = what.reportColumn;
    jdbc.sql(
            "insert into idea_report (region_id, "
                + column
                + ", account_id, reason) values (?, ?, ?, ?) on conflict ("
                + column
                + ", account_id) where "
                + column
                + " is not null do nothing")
        .params(regionId, id, who.accountId(), reason(reason))
        .update();
    int hidden =
        jdbc.sql(
                "update "
                    + what.table
                    + " set moderation = 'HIDDEN', version = version + 1"
                    + " where id = ? and moderation = 'VISIBLE'"
                    + " and (select count(*) from idea_report r where r."
                    + column
                    + " = ?) >= ?")
            .params(id, id, reportThreshold)
            .update();
    if (hidden > 0) {
      moderationChanged(regionId, what, id, Moderation.VISIBLE, Moderation.HIDDEN);
    }
    return jdbc.sql("select moderation from " + what.table + " where id = ?")
        .params(id)
        .query((rs, n) -> Moderation.valueOf(rs.getString(1)))
        .single();
  }

  private void moderate(
      long regionId, Reported what, long id, Moderation before, Moderation decision) {
    jdbc.sql(
            "update "
                + what.table
                + " set moderation = ?, version = version + 1 where id = ? and region_id = ?")
        .params(decision.name(), id, regionId)
        .update();
    moderationChanged(regionId, what, id, before, decision);
  }

  private void moderationChanged(
      long regionId, Reported what, long id, Moderation before, Moderation after) {
    events.publishEvent(
        RecordChanged.updated(
            regionId,
            what.table,
            id,
            Snapshot.of("moderation", before.name()),
            Snapshot.of("moderation", after.name())));
  }

  /** What waits for a moderator in a workshop: hidden ideas and comments, with their reports. */
  @Transactional(readOnly = true)
  public ModerationQueue moderationQueue(long regionId, long workshopId, Participant who) {
    requireModerator(who);
    return moderationQueue(regionId, workshop(regionId, workshopId, who), who);
  }

  /** What waits for a moderator in a consultation; like {@link #moderationQueue}. */
  @Transactional(readOnly = true)
  public ModerationQueue consultationModerationQueue(
      long regionId, long consultationId, Participant who) {
    requireModerator(who);
    return moderationQueue(regionId, consultation(regionId, consultationId, false), who);
  }

  private ModerationQueue moderationQueue(long regionId, Container container, Participant who) {
    String column = container.consultation() ? "consultation_id" : "workshop_id";
    List<Idea> ideas =
        jdbc.sql(
                SELECT_IDEA
                    + " where i.region_id = ? and i."
                    + column
                    + " = ? and i.moderation = 'HIDDEN' order by i.created_at")
            .params(who.accountId(), who.accountId(), regionId, container.id())
            .query(Ideas::idea)
            .list();
    List<IdeaComment> comments =
        jdbc.sql(
                SELECT_COMMENT
                    + " join idea i on i.id = c.idea_id where c.region_id = ? and i."
                    + column
                    + " = ? and c.moderation = 'HIDDEN' order by c.created_at")
            .params(who.accountId(), regionId, container.id())
            .query(Ideas::comment)
            .list();
    Map<Long, List<String>> ideaReasons = new java.util.HashMap<>();
    Map<Long, List<String>> commentReasons = new java.util.HashMap<>();
    jdbc.sql(
            "select r.idea_id, r.comment_id, coalesce(r.reason, '') from idea_report r"
                + " left join idea_comment c on c.id = r.comment_id"
                + " join idea i on i.id = coalesce(r.idea_id, c.idea_id)"
                + " where r.region_id = ? and i."
                + column
                + " = ? order by r.created_at")
        .params(regionId, container.id())
        .query(
            (ResultSet rs) -> {
              Long idea = rs.getObject(1, Long.class);
              Long comment = rs.getObject(2, Long.class);
              if (idea != null) {
                ideaReasons.computeIfAbsent(idea, k -> new ArrayList<>()).add(rs.getString(3));
              } else {
                commentReasons
                    .computeIfAbsent(comment, k -> new ArrayList<>())
                    .add(rs.getString(3));
              }
            });
    return new ModerationQueue(ideas, comments, ideaReasons, commentReasons);
  }

  /** The hidden ideas and comments of a workshop or consultation and the reasons people gave. */
  public record ModerationQueue(
      List<Idea> ideas,
      List<IdeaComment> comments,
      Map<Long, List<String>> ideaReasons,
      Map<Long, List<String>> commentReasons) {

    public boolean isEmpty() {
      return ideas.isEmpty() && comments.isEmpty();
    }
  }

  // --- promotion (the programme module creates or chooses the programme) ---

  /**
   * Marks ideas of one masterplan as promoted to a programme and publishes {@link IdeaPromoted}.
   * Called by the programme module after it created or chose the programme.
   */
  public void markPromoted(
      long regionId, long masterplanId, List<Long> ideaIds, long programmeId, String actor) {
    for (long ideaId : ideaIds) {
      String before =
          jdbc.sql("select status from idea where id = ? and region_id = ? and masterplan_id = ?")
              .params(ideaId, regionId, masterplanId)
              .query(String.class)
              .optional()
              .orElseThrow(() -> new NotFoundException("idea", ideaId));
      jdbc.sql("update idea set status = 'PROMOTED', version = version + 1 where id = ?")
          .params(ideaId)
          .update();
      events.publishEvent(
          RecordChanged.updated(
              regionId,
              "idea",
              ideaId,
              Snapshot.of("status", before),
              Snapshot.of("status", IdeaStatus.PROMOTED.name(), "programmeId", programmeId)));
    }
    events.publishEvent(
        new IdeaPromoted(regionId, masterplanId, List.copyOf(ideaIds), programmeId, actor));
  }

  // --- containers: the workshop (or consultation) an idea belongs to ---

  /** The workshop whose ideas a page shows, if the participant may see it. */
  @Transactional(readOnly = true)
  public IdeaCollection collection(long regionId, long workshopId, Participant who) {
    return collection(workshop(regionId, workshopId, who));
  }

  /** The consultation whose ideas a page shows. */
  @Transactional(readOnly = true)
  public IdeaCollection consultationCollection(
      long regionId, long consultationId, Participant who) {
    return collection(consultation(regionId, consultationId, false));
  }

  /** The workshop or consultation an idea was raised in, as the idea pages name it. */
  @Transactional(readOnly = true)
  public IdeaCollection collectionOf(long regionId, Idea idea, Participant who) {
    return collection(containerOf(regionId, idea, who));
  }

  private IdeaCollection collection(Container container) {
    String title =
        jdbc.sql(
                "select title from "
                    + (container.consultation() ? "consultation" : "workshop")
                    + " where id = ?")
            .params(container.id())
            .query(String.class)
            .single();
    return new IdeaCollection(
        container.id(),
        container.masterplanId(),
        title,
        container.open(),
        container.consultation());
  }

  /**
   * A workshop or consultation as the idea pages name it: where ideas are collected and whether it
   * takes ideas now.
   */
  public record IdeaCollection(
      long id, long masterplanId, String title, boolean open, boolean consultation) {

    public IdeaCollection(long id, long masterplanId, String title, boolean open) {
      this(id, masterplanId, title, open, false);
    }

    /** The page of the workshop or consultation, e.g. {@code /consultations/7}. */
    public String path() {
      return (consultation ? "/consultations/" : "/workshops/") + id;
    }

    /** The page listing its ideas. */
    public String ideasPath() {
      return path() + "/ideas";
    }

    /** The moderators' queue of its hidden ideas and comments. */
    public String moderationPath() {
      return path() + "/moderation";
    }
  }

  /** The workshop or consultation ideas are collected in. */
  record Container(long id, long masterplanId, boolean open, boolean consultation) {}

  /**
   * A consultation of the region; every member takes part. {@code lock} takes a key-share lock so
   * that it cannot be deleted before the transaction ends.
   */
  private Container consultation(long regionId, long consultationId, boolean lock) {
    return jdbc.sql(
            "select id, masterplan_id, status = 'OPEN' from consultation where id = ?"
                + " and region_id = ?"
                + (lock ? " for key share" : ""))
        .params(consultationId, regionId)
        .query((rs, n) -> new Container(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), true))
        .optional()
        .orElseThrow(() -> new NotFoundException(Consultations.RECORD_TYPE, consultationId));
  }

  private Container workshop(long regionId, long workshopId, Participant who) {
    Workshop workshop = catalog.get(regionId, workshopId, who.viewer());
    return new Container(workshop.id(), workshop.masterplanId(), workshop.ideasOpen(), false);
  }

  private Container containerOf(long regionId, Idea idea, Participant who) {
    if (idea.workshopId() != null) {
      try {
        return workshop(regionId, idea.workshopId(), who);
      } catch (NotFoundException e) {
        throw new NotFoundException("idea", idea.id());
      }
    }
    try {
      return consultation(regionId, idea.consultationId(), false);
    } catch (NotFoundException e) {
      throw new NotFoundException("idea", idea.id());
    }
  }

  private static void requireOpen(Container container) {
    if (!container.open()) {
      throw InvalidInputException.of(
          "idea",
          container.consultation() ? "workshop.ideas.consultationClosed" : "workshop.ideas.closed");
    }
  }

  /** Reports are refused while a consultation is not open (in a workshop they always count). */
  private static void requireReportable(Container container) {
    if (container.consultation()) {
      requireOpen(container);
    }
  }

  private void throttleReport(Participant who) {
    throttle.enforce("report:account:" + who.accountId(), limits.reportsPerHour(), HOUR);
  }

  private static void requireModerator(Participant who) {
    if (!who.moderator()) {
      throw new org.springframework.security.access.AccessDeniedException("not a moderator");
    }
  }

  private static void requireDecision(Moderation decision) {
    if (decision != Moderation.KEPT && decision != Moderation.REMOVED) {
      throw InvalidInputException.of("decision", "workshop.moderation.decisionInvalid");
    }
  }

  private void validate(long regionId, IdeaCommand command) {
    List<FieldProblem> problems = new ArrayList<>();
    String title = command.title() == null ? "" : command.title().strip();
    if (title.isEmpty()) {
      problems.add(FieldProblem.of("title", "workshop.idea.titleRequired"));
    } else if (title.length() > TITLE_MAX) {
      problems.add(FieldProblem.of("title", "workshop.idea.titleTooLong", TITLE_MAX));
    }
    for (var text :
        List.of(
            Map.entry("problem", String.valueOf(command.problem())),
            Map.entry("proposal", String.valueOf(command.proposal())),
            Map.entry("suggestedPartners", String.valueOf(command.suggestedPartners())))) {
      if (text.getValue().length() > TEXT_MAX) {
        problems.add(FieldProblem.of(text.getKey(), "workshop.idea.textTooLong", TEXT_MAX));
      }
    }
    if (command.dimension() == null) {
      problems.add(FieldProblem.of("dimension", "workshop.idea.dimensionRequired"));
    } else if (command.element() != null && command.element().dimension() != command.dimension()) {
      problems.add(
          FieldProblem.of(
              "element", "workshop.idea.elementOtherDimension", command.element().nameId()));
    }
    if (command.suggestedOpdId() != null
        && jdbc.sql("select count(*) from opd where id = ? and region_id = ?")
                .params(command.suggestedOpdId(), regionId)
                .query(Long.class)
                .single()
            == 0) {
      problems.add(FieldProblem.of("suggestedOpdId", "workshop.idea.opdUnknown"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static String reason(String reason) {
    String text = blankToNull(reason);
    return text == null ? null : text.substring(0, Math.min(text.length(), 500));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static Map<String, Object> snapshot(Idea idea) {
    return Snapshot.of(
        "title", idea.title(),
        "problem", idea.problem(),
        "proposal", idea.proposal(),
        "dimension", idea.dimension().name(),
        "element", idea.element() == null ? null : idea.element().name(),
        "suggestedOpdId", idea.suggestedOpdId(),
        "suggestedPartners", idea.suggestedPartners(),
        "moderation", idea.moderation().name(),
        "status", idea.status().name());
  }

  private static final String SELECT_IDEA =
      "select i.id, i.masterplan_id, i.workshop_id, i.consultation_id, i.title, i.problem,"
          + " i.proposal, i.dimension_code, i.element_code, i.suggested_opd_id,"
          + " i.suggested_partners, coalesce(a.name, i.author_name) as author, i.moderation,"
          + " i.status, i.created_at, i.version,"
          + " (select count(*) from idea_vote v where v.idea_id = i.id) as votes,"
          + " (select count(*) from idea_comment c where c.idea_id = i.id"
          + " and c.moderation in ('VISIBLE', 'KEPT')) as comments,"
          + " exists (select 1 from idea_vote v where v.idea_id = i.id and v.account_id = ?)"
          + " as supported,"
          + " coalesce(i.author_account_id = ?, false) as mine"
          + " from idea i left join account a on a.id = i.author_account_id";

  private static final String SELECT_COMMENT =
      "select c.id, c.idea_id, c.parent_id, coalesce(a.name, c.author_name) as author, c.body,"
          + " c.moderation, coalesce(c.author_account_id = ?, false) as mine, c.created_at,"
          + " c.version from idea_comment c left join account a on a.id = c.author_account_id";

  private static Idea idea(ResultSet rs, int n) throws SQLException {
    String element = rs.getString("element_code");
    return new Idea(
        rs.getLong("id"),
        rs.getLong("masterplan_id"),
        rs.getObject("workshop_id", Long.class),
        rs.getObject("consultation_id", Long.class),
        rs.getString("title"),
        rs.getString("problem"),
        rs.getString("proposal"),
        Dimension.valueOf(rs.getString("dimension_code")),
        element == null ? null : Element.valueOf(element),
        rs.getObject("suggested_opd_id", Long.class),
        rs.getString("suggested_partners"),
        rs.getString("author"),
        Moderation.valueOf(rs.getString("moderation")),
        IdeaStatus.valueOf(rs.getString("status")),
        rs.getLong("votes"),
        rs.getLong("comments"),
        rs.getBoolean("supported"),
        rs.getBoolean("mine"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getInt("version"));
  }

  private static IdeaComment comment(ResultSet rs, int n) throws SQLException {
    return new IdeaComment(
        rs.getLong("id"),
        rs.getLong("idea_id"),
        rs.getObject("parent_id", Long.class),
        rs.getString("author"),
        rs.getString("body"),
        Moderation.valueOf(rs.getString("moderation")),
        rs.getBoolean("mine"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getInt("version"));
  }
}
