package id.rancang.workshop;

import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import id.rancang.shared.Throttle;
import id.rancang.shared.db.PgChannels;
import id.rancang.strategy.Dimension;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live questions of a workshop session. The organiser prepares a question, opens it, and closes it;
 * while it is open participants choose up to {@code maxChoices} of the workshop's ideas (of the
 * question's dimension) and may add ideas; closing freezes the result.
 *
 * <p>Votes and closing are serialised on the question's row: a vote holds a share lock on it while
 * it checks that the question is open and inserts, and closing takes the row's write lock before it
 * freezes the count, so no vote can land after the result was frozen. Every change is signalled on
 * the PostgreSQL channel {@value #CHANNEL} in the same transaction: listeners on every Rancang
 * instance hear it only once it is committed.
 */
@Service
@Transactional
public class LiveQuestions {

  /** The PostgreSQL NOTIFY channel live signals travel on. */
  public static final String CHANNEL = "rancang_live";

  static final int PROMPT_MAX = 300;

  private final JdbcClient jdbc;
  private final Ideas ideas;
  private final ApplicationEventPublisher events;
  private final Throttle throttle;
  private final WorkshopLimits limits;
  private final JsonMapper json = JsonMapper.builder().build();

  private final PgChannels channels;

  LiveQuestions(
      JdbcClient jdbc,
      Ideas ideas,
      ApplicationEventPublisher events,
      Throttle throttle,
      WorkshopLimits limits,
      PgChannels channels) {
    this.jdbc = jdbc;
    this.channels = channels;
    this.ideas = ideas;
    this.events = events;
    this.throttle = throttle;
    this.limits = limits;
  }

  /** Live choices share the per-person vote limit of idea support votes. */
  private void throttleVote(Participant who) {
    throttle.enforce(
        "vote:account:" + who.accountId(), limits.votesPerTenMinutes(), Duration.ofMinutes(10));
  }

  // --- organiser ---

  public LiveQuestion create(
      long regionId, long workshopId, Participant organiser, LiveQuestionCommand command) {
    ideas.collection(regionId, workshopId, organiser);
    Validated v = validate(command);
    long id =
        jdbc.sql(
                "insert into live_question (workshop_id, region_id, prompt, dimension_code,"
                    + " max_choices, allow_ideas) values (?, ?, ?, ?, ?, ?) returning id")
            .params(
                workshopId,
                regionId,
                v.prompt(),
                v.dimension() == null ? null : v.dimension().name(),
                v.maxChoices(),
                v.allowIdeas())
            .query(Long.class)
            .single();
    events.publishEvent(
        RecordChanged.created(
            regionId,
            "live_question",
            id,
            Snapshot.of(
                "prompt", v.prompt(),
                "dimension", v.dimension() == null ? null : v.dimension().name(),
                "maxChoices", v.maxChoices())));
    return get(regionId, id, organiser);
  }

  /** Changes a question that has not been opened yet. */
  public LiveQuestion update(
      long regionId,
      long questionId,
      Participant organiser,
      LiveQuestionCommand command,
      int version) {
    LiveQuestion before = get(regionId, questionId, organiser);
    if (before.status() != LiveStatus.DRAFT) {
      throw InvalidInputException.of("status", "workshop.live.onlyDraftChanges");
    }
    Validated v = validate(command);
    int rows =
        jdbc.sql(
                "update live_question set prompt = ?, dimension_code = ?, max_choices = ?,"
                    + " allow_ideas = ?, version = version + 1"
                    + " where id = ? and region_id = ? and version = ? and status = 'DRAFT'")
            .params(
                v.prompt(),
                v.dimension() == null ? null : v.dimension().name(),
                v.maxChoices(),
                v.allowIdeas(),
                questionId,
                regionId,
                version)
            .update();
    if (rows == 0) {
      throw new ConcurrentEditException("live_question", questionId);
    }
    events.publishEvent(
        RecordChanged.updated(
            regionId,
            "live_question",
            questionId,
            Snapshot.of("prompt", before.prompt()),
            Snapshot.of("prompt", v.prompt())));
    return get(regionId, questionId, organiser);
  }

  public void delete(long regionId, long questionId, Participant organiser) {
    LiveQuestion question = get(regionId, questionId, organiser);
    if (question.status() == LiveStatus.OPEN) {
      throw InvalidInputException.of("status", "workshop.live.closeBeforeDelete");
    }
    jdbc.sql("delete from live_question where id = ? and region_id = ?")
        .params(questionId, regionId)
        .update();
    events.publishEvent(
        RecordChanged.deleted(
            regionId, "live_question", questionId, Snapshot.of("prompt", question.prompt())));
  }

  /** Opens a prepared question; only one question of a workshop is open at a time. */
  public LiveQuestion open(long regionId, long questionId, Participant organiser) {
    LiveQuestion question = get(regionId, questionId, organiser);
    if (question.status() != LiveStatus.DRAFT) {
      throw InvalidInputException.of("status", "workshop.live.notDraft");
    }
    jdbc.sql("select id from workshop where id = ? for update")
        .params(question.workshopId())
        .query(Long.class)
        .single();
    List<String> open =
        jdbc.sql("select prompt from live_question where workshop_id = ? and status = 'OPEN'")
            .params(question.workshopId())
            .query(String.class)
            .list();
    if (!open.isEmpty()) {
      throw InvalidInputException.of("status", "workshop.live.anotherOpen", open.get(0));
    }
    jdbc.sql(
            "update live_question set status = 'OPEN', opened_at = now(), version = version + 1"
                + " where id = ?")
        .params(questionId)
        .update();
    audit(regionId, questionId, LiveStatus.DRAFT, LiveStatus.OPEN);
    signal(LiveSignal.status(questionId, LiveStatus.OPEN));
    return get(regionId, questionId, organiser);
  }

  /** Closes an open question and freezes its result; later votes are refused. */
  public LiveQuestion close(long regionId, long questionId, Participant organiser) {
    LiveQuestion question = get(regionId, questionId, organiser);
    String status =
        jdbc.sql("select status from live_question where id = ? for update")
            .params(questionId)
            .query(String.class)
            .single();
    if (!LiveStatus.OPEN.name().equals(status)) {
      throw InvalidInputException.of("status", "workshop.live.notOpen");
    }
    List<LiveResult> result = count(question.workshopId(), questionId, question.dimension());
    jdbc.sql(
            "update live_question set status = 'CLOSED', closed_at = now(),"
                + " frozen_result = cast(? as jsonb), version = version + 1 where id = ?")
        .params(json.writeValueAsString(result), questionId)
        .update();
    audit(regionId, questionId, LiveStatus.OPEN, LiveStatus.CLOSED);
    signal(LiveSignal.status(questionId, LiveStatus.CLOSED));
    return get(regionId, questionId, organiser);
  }

  // --- participants ---

  /**
   * Records the participant's choice of an idea. Choosing the same idea twice counts once; choosing
   * more ideas than allowed, an idea that is not among the choices, or voting on a question that is
   * not open is refused.
   *
   * @return the idea's votes after the choice
   */
  public long vote(long regionId, long questionId, long ideaId, Participant who) {
    Row question = head(regionId, questionId, who);
    throttleVote(who);
    String status =
        jdbc.sql("select status from live_question where id = ? for share")
            .params(questionId)
            .query(String.class)
            .single();
    if (!LiveStatus.OPEN.name().equals(status)) {
      throw InvalidInputException.of("ideaId", "workshop.live.closedForVotes");
    }
    requireChoice(question, ideaId);
    // one participant's taps are taken one at a time, so a double tap cannot pass the limit
    jdbc.sql("select pg_advisory_xact_lock(?, ?)")
        .params((int) (questionId % Integer.MAX_VALUE), (int) (who.accountId() % Integer.MAX_VALUE))
        .query((ResultSet rs) -> {});
    boolean already =
        jdbc.sql(
                    "select count(*) from live_vote where question_id = ? and idea_id = ?"
                        + " and account_id = ?")
                .params(questionId, ideaId, who.accountId())
                .query(Long.class)
                .single()
            > 0;
    if (!already) {
      long mine =
          jdbc.sql("select count(*) from live_vote where question_id = ? and account_id = ?")
              .params(questionId, who.accountId())
              .query(Long.class)
              .single();
      if (mine >= question.maxChoices()) {
        throw InvalidInputException.of(
            "ideaId", "workshop.live.tooManyChoices", question.maxChoices());
      }
      jdbc.sql(
              "insert into live_vote (question_id, idea_id, account_id) values (?, ?, ?)"
                  + " on conflict do nothing")
          .params(questionId, ideaId, who.accountId())
          .update();
    }
    long votes = votesFor(questionId, ideaId);
    if (!already) {
      signal(LiveSignal.votes(questionId, ideaId, votes));
    }
    return votes;
  }

  /** Takes back a choice while the question is open. */
  public long withdraw(long regionId, long questionId, long ideaId, Participant who) {
    head(regionId, questionId, who);
    throttleVote(who);
    String status =
        jdbc.sql("select status from live_question where id = ? for share")
            .params(questionId)
            .query(String.class)
            .single();
    if (!LiveStatus.OPEN.name().equals(status)) {
      throw InvalidInputException.of("ideaId", "workshop.live.closedForVotes");
    }
    int removed =
        jdbc.sql("delete from live_vote where question_id = ? and idea_id = ? and account_id = ?")
            .params(questionId, ideaId, who.accountId())
            .update();
    long votes = votesFor(questionId, ideaId);
    if (removed > 0) {
      signal(LiveSignal.votes(questionId, ideaId, votes));
    }
    return votes;
  }

  /** Adds an idea during an open question that allows it; it becomes a choice at once. */
  public Idea addIdea(long regionId, long questionId, Participant who, IdeaCommand command) {
    LiveQuestion question = get(regionId, questionId, who);
    if (question.status() != LiveStatus.OPEN || !question.allowIdeas()) {
      throw InvalidInputException.of("title", "workshop.live.noIdeasNow");
    }
    IdeaCommand fitted =
        question.dimension() == null || command.dimension() != null
            ? command
            : new IdeaCommand(
                command.title(),
                command.problem(),
                command.proposal(),
                question.dimension(),
                command.element(),
                command.suggestedOpdId(),
                command.suggestedPartners());
    if (question.dimension() != null && fitted.dimension() != question.dimension()) {
      throw InvalidInputException.of(
          "dimension", "workshop.live.otherDimension", question.dimension().nameId());
    }
    Idea idea = ideas.submit(regionId, question.workshopId(), who, fitted);
    signal(LiveSignal.idea(questionId, idea.id(), idea.title()));
    return idea;
  }

  // --- reading ---

  @Transactional(readOnly = true)
  public LiveQuestion get(long regionId, long questionId, Participant who) {
    return question(head(regionId, questionId, who), who);
  }

  /** The question's own fields, if the participant may see its workshop (no counting). */
  private Row head(long regionId, long questionId, Participant who) {
    Row row =
        jdbc.sql(
                "select id, workshop_id, prompt, dimension_code, max_choices, allow_ideas, status,"
                    + " opened_at, closed_at, frozen_result, version from live_question"
                    + " where id = ? and region_id = ?")
            .params(questionId, regionId)
            .query(LiveQuestions::row)
            .optional()
            .orElseThrow(() -> new NotFoundException("live_question", questionId));
    try {
      ideas.collection(regionId, row.workshopId(), who);
    } catch (NotFoundException e) {
      throw new NotFoundException("live_question", questionId);
    }
    return row;
  }

  /** The questions of a workshop, newest first. */
  @Transactional(readOnly = true)
  public List<LiveQuestion> ofWorkshop(long regionId, long workshopId, Participant who) {
    ideas.collection(regionId, workshopId, who);
    return jdbc
        .sql(
            "select id, workshop_id, prompt, dimension_code, max_choices, allow_ideas, status,"
                + " opened_at, closed_at, frozen_result, version from live_question"
                + " where workshop_id = ? and region_id = ? order by created_at desc, id desc")
        .params(workshopId, regionId)
        .query(LiveQuestions::row)
        .list()
        .stream()
        .map(r -> question(r, who))
        .toList();
  }

  /** The workshop's open question, if any. */
  @Transactional(readOnly = true)
  public java.util.Optional<LiveQuestion> openQuestion(
      long regionId, long workshopId, Participant who) {
    ideas.collection(regionId, workshopId, who);
    return jdbc.sql(
            "select id from live_question where workshop_id = ? and region_id = ?"
                + " and status = 'OPEN' order by opened_at desc limit 1")
        .params(workshopId, regionId)
        .query(Long.class)
        .optional()
        .map(id -> get(regionId, id, who));
  }

  // --- inside ---

  private record Row(
      long id,
      long workshopId,
      String prompt,
      Dimension dimension,
      int maxChoices,
      boolean allowIdeas,
      LiveStatus status,
      OffsetDateTime openedAt,
      OffsetDateTime closedAt,
      String frozen,
      int version) {}

  private static Row row(ResultSet rs, int n) throws SQLException {
    String dimension = rs.getString("dimension_code");
    return new Row(
        rs.getLong("id"),
        rs.getLong("workshop_id"),
        rs.getString("prompt"),
        dimension == null ? null : Dimension.valueOf(dimension),
        rs.getInt("max_choices"),
        rs.getBoolean("allow_ideas"),
        LiveStatus.valueOf(rs.getString("status")),
        rs.getObject("opened_at", OffsetDateTime.class),
        rs.getObject("closed_at", OffsetDateTime.class),
        rs.getString("frozen_result"),
        rs.getInt("version"));
  }

  private LiveQuestion question(Row row, Participant who) {
    List<LiveResult> results =
        row.status() == LiveStatus.CLOSED && row.frozen() != null
            ? List.of(json.readValue(row.frozen(), LiveResult[].class))
            : count(row.workshopId(), row.id(), row.dimension());
    List<Long> mine =
        jdbc.sql(
                "select idea_id from live_vote where question_id = ? and account_id = ?"
                    + " order by idea_id")
            .params(row.id(), who.accountId())
            .query(Long.class)
            .list();
    long voters =
        jdbc.sql("select count(distinct account_id) from live_vote where question_id = ?")
            .params(row.id())
            .query(Long.class)
            .single();
    return new LiveQuestion(
        row.id(),
        row.workshopId(),
        row.prompt(),
        row.dimension(),
        row.maxChoices(),
        row.allowIdeas(),
        row.status(),
        row.openedAt(),
        row.closedAt(),
        results,
        mine,
        voters,
        row.version());
  }

  /** The choices (the workshop's shown ideas of the dimension) with their votes, most first. */
  private List<LiveResult> count(long workshopId, long questionId, Dimension dimension) {
    List<Object> params = new ArrayList<>(List.of(questionId, workshopId));
    String byDimension = "";
    if (dimension != null) {
      byDimension = " and i.dimension_code = ?";
      params.add(dimension.name());
    }
    return jdbc.sql(
            "select i.id, i.title, count(v.account_id) as votes from idea i"
                + " left join live_vote v on v.idea_id = i.id and v.question_id = ?"
                + " where i.workshop_id = ? and i.moderation in ('VISIBLE', 'KEPT')"
                + byDimension
                + " group by i.id, i.title order by votes desc, i.id")
        .params(params.toArray())
        .query((rs, n) -> new LiveResult(rs.getLong(1), rs.getString(2), rs.getLong(3)))
        .list();
  }

  private void requireChoice(Row question, long ideaId) {
    boolean choice =
        jdbc.sql(
                    "select count(*) from idea where id = ? and workshop_id = ?"
                        + " and moderation in ('VISIBLE', 'KEPT')"
                        + (question.dimension() == null ? "" : " and dimension_code = ?"))
                .params(
                    question.dimension() == null
                        ? new Object[] {ideaId, question.workshopId()}
                        : new Object[] {ideaId, question.workshopId(), question.dimension().name()})
                .query(Long.class)
                .single()
            > 0;
    if (!choice) {
      throw InvalidInputException.of("ideaId", "workshop.live.notAChoice");
    }
  }

  private long votesFor(long questionId, long ideaId) {
    return jdbc.sql("select count(*) from live_vote where question_id = ? and idea_id = ?")
        .params(questionId, ideaId)
        .query(Long.class)
        .single();
  }

  private void signal(LiveSignal signal) {
    channels.publish(CHANNEL, json.writeValueAsString(signal));
  }

  private void audit(long regionId, long questionId, LiveStatus from, LiveStatus to) {
    events.publishEvent(
        RecordChanged.updated(
            regionId,
            "live_question",
            questionId,
            Snapshot.of("status", from.name()),
            Snapshot.of("status", to.name())));
  }

  private record Validated(
      String prompt, Dimension dimension, int maxChoices, boolean allowIdeas) {}

  private static Validated validate(LiveQuestionCommand command) {
    List<FieldProblem> problems = new ArrayList<>();
    String prompt = command.prompt() == null ? "" : command.prompt().strip();
    if (prompt.isEmpty()) {
      problems.add(FieldProblem.of("prompt", "workshop.live.promptRequired"));
    } else if (prompt.length() > PROMPT_MAX) {
      problems.add(FieldProblem.of("prompt", "workshop.live.promptTooLong", PROMPT_MAX));
    }
    int max = command.maxChoices() == null ? 3 : command.maxChoices();
    if (max < 1 || max > 20) {
      problems.add(FieldProblem.of("maxChoices", "workshop.live.maxChoicesRange", 1, 20));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Validated(
        prompt, command.dimension(), max, command.allowIdeas() == null || command.allowIdeas());
  }
}
