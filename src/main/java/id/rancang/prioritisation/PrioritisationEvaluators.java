package id.rancang.prioritisation;

import id.rancang.identity.Account;
import id.rancang.identity.AccountCatalog;
import id.rancang.identity.Member;
import id.rancang.region.PentahelixRole;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluators of a prioritisation exercise, in groups. Groups (a name unique in the exercise,
 * optionally a pentahelix role, a weight above 0) change only while the exercise's set-up may
 * change (a draft, or open before any judgement or rating). Evaluators are members of the region,
 * added in bulk to a group, moved between groups, weighted within their group and removed; that
 * works until the results are published. Removing an evaluator removes their judgements and
 * ratings, so it needs the caller's explicit confirmation when there are any.
 *
 * <p>Reads take the region and exercise, not a viewer: callers show an exercise to a person only
 * after {@link PrioritisationExercises#get(long, long, ExerciseViewer)} let them see it.
 */
@Service
public class PrioritisationEvaluators {

  public static final String GROUP_RECORD = "prioritisationGroup";
  public static final String EVALUATOR_RECORD = "prioritisationEvaluator";
  static final int NAME_LENGTH = 200;
  private static final BigDecimal MAX_WEIGHT = new BigDecimal("999999");
  private static final String GROUP_SELECT =
      """
      select g.id, g.exercise_id, g.name, g.pentahelix_role, g.weight, g.position, g.version,
        count(e.id) as evaluators,
        count(e.id) filter (where exists (select 1 from judgement j where j.evaluator_id = e.id)
          or exists (select 1 from rating r where r.evaluator_id = e.id)) as started,
        count(e.submitted_at) as submitted
      from evaluator_group g left join evaluator e on e.group_id = g.id
      """;
  private static final String GROUP_ORDER =
      " group by g.id order by g.position, lower(g.name), g.id";
  private static final String EVALUATOR_SELECT =
      """
      select e.id, e.exercise_id, e.group_id, e.account_id, e.weight, e.submitted_at, e.created_at,
        e.version,
        (select count(*) from judgement j where j.evaluator_id = e.id) as judgements,
        (select count(*) from rating r where r.evaluator_id = e.id) as ratings
      from evaluator e join evaluator_group g on g.id = e.group_id
      """;

  private final JdbcClient jdbc;
  private final ExerciseStore exercises;
  private final AccountCatalog accounts;
  private final ApplicationEventPublisher events;

  PrioritisationEvaluators(
      JdbcClient jdbc,
      ExerciseStore exercises,
      AccountCatalog accounts,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.exercises = exercises;
    this.accounts = accounts;
    this.events = events;
  }

  // ---- groups ----

  /** The exercise's groups in order, each with its counts of evaluators, started and submitted. */
  public List<EvaluatorGroup> groups(long regionId, long exerciseId) {
    exercises.get(regionId, exerciseId);
    return jdbc.sql(GROUP_SELECT + " where g.region_id = ? and g.exercise_id = ?" + GROUP_ORDER)
        .params(regionId, exerciseId)
        .query(PrioritisationEvaluators::mapGroup)
        .list();
  }

  /** A group of the region; another region's is not found. */
  public EvaluatorGroup group(long regionId, long groupId) {
    return findGroup(regionId, groupId)
        .orElseThrow(() -> new NotFoundException(GROUP_RECORD, groupId));
  }

  @Transactional
  public EvaluatorGroup createGroup(long regionId, long exerciseId, EvaluatorGroupCommand command) {
    exercises.lockForSetup(regionId, exerciseId);
    CheckedGroup checked = checkGroup(regionId, exerciseId, null, command);
    long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into evaluator_group (region_id, exercise_id, name, pentahelix_role,
                    weight, position)
                  values (?, ?, ?, ?, ?, (select coalesce(max(position), -1) + 1
                    from evaluator_group where exercise_id = ?))
                  returning id""")
              .params(
                  regionId,
                  exerciseId,
                  checked.name(),
                  role(checked.role()),
                  checked.weight(),
                  exerciseId)
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw groupNameTaken(checked.name());
    }
    EvaluatorGroup created = group(regionId, id);
    events.publishEvent(RecordChanged.created(regionId, GROUP_RECORD, id, snapshot(created)));
    return created;
  }

  @Transactional
  public EvaluatorGroup updateGroup(
      long regionId, long groupId, EvaluatorGroupCommand command, int expectedVersion) {
    EvaluatorGroup before = group(regionId, groupId);
    exercises.lockForSetup(regionId, before.exerciseId());
    CheckedGroup checked = checkGroup(regionId, before.exerciseId(), groupId, command);
    int updated;
    try {
      updated =
          jdbc.sql(
                  """
                  update evaluator_group set name = ?, pentahelix_role = ?, weight = ?,
                    version = version + 1
                  where region_id = ? and id = ? and version = ?""")
              .params(
                  checked.name(),
                  role(checked.role()),
                  checked.weight(),
                  regionId,
                  groupId,
                  expectedVersion)
              .update();
    } catch (DuplicateKeyException e) {
      throw groupNameTaken(checked.name());
    }
    if (updated == 0) {
      throw new ConcurrentEditException(GROUP_RECORD, groupId);
    }
    EvaluatorGroup after = group(regionId, groupId);
    events.publishEvent(
        RecordChanged.updated(regionId, GROUP_RECORD, groupId, snapshot(before), snapshot(after)));
    return after;
  }

  /**
   * Deletes a group; refused, with their number, while evaluators are in it (move or remove them
   * first).
   */
  @Transactional
  public void deleteGroup(long regionId, long groupId) {
    EvaluatorGroup before = group(regionId, groupId);
    exercises.lockForSetup(regionId, before.exerciseId());
    EvaluatorGroup current = group(regionId, groupId);
    if (current.evaluators() > 0) {
      throw InvalidInputException.of(
          "groupId", "prioritisation.group.hasEvaluators", current.name(), current.evaluators());
    }
    jdbc.sql("delete from evaluator_group where region_id = ? and id = ?")
        .params(regionId, groupId)
        .update();
    events.publishEvent(RecordChanged.deleted(regionId, GROUP_RECORD, groupId, snapshot(before)));
  }

  // ---- evaluators ----

  /** The exercise's evaluators, group by group (in the groups' order), by name. */
  public List<Evaluator> evaluators(long regionId, long exerciseId) {
    exercises.get(regionId, exerciseId);
    List<Row> rows =
        jdbc.sql(EVALUATOR_SELECT + " where e.region_id = ? and e.exercise_id = ?")
            .params(regionId, exerciseId)
            .query(PrioritisationEvaluators::mapRow)
            .list();
    Map<Long, Integer> groupOrder = new HashMap<>();
    List<EvaluatorGroup> groups = groups(regionId, exerciseId);
    for (int i = 0; i < groups.size(); i++) {
      groupOrder.put(groups.get(i).id(), i);
    }
    Map<Long, Member> members = members(regionId);
    List<Evaluator> evaluators = new ArrayList<>();
    for (Row row : rows) {
      evaluators.add(evaluator(regionId, row, members));
    }
    evaluators.sort(
        java.util.Comparator.comparing((Evaluator e) -> groupOrder.getOrDefault(e.groupId(), 0))
            .thenComparing(e -> e.name() == null ? "" : e.name().toLowerCase(java.util.Locale.ROOT))
            .thenComparingLong(Evaluator::id));
    return evaluators;
  }

  /** The number of the exercise's evaluators. */
  public long evaluatorCount(long regionId, long exerciseId) {
    return jdbc.sql("select count(*) from evaluator where region_id = ? and exercise_id = ?")
        .params(regionId, exerciseId)
        .query(Long.class)
        .single();
  }

  /** An evaluator of the region; another region's is not found. */
  public Evaluator evaluator(long regionId, long evaluatorId) {
    Row row =
        jdbc.sql(EVALUATOR_SELECT + " where e.region_id = ? and e.id = ?")
            .params(regionId, evaluatorId)
            .query(PrioritisationEvaluators::mapRow)
            .optional()
            .orElseThrow(() -> new NotFoundException(EVALUATOR_RECORD, evaluatorId));
    return evaluator(regionId, row, null);
  }

  /**
   * The account's place in the exercise, when it evaluates there: for the pages on which an
   * evaluator judges and rates.
   */
  public Optional<Evaluator> evaluatorOf(long regionId, long exerciseId, long accountId) {
    return jdbc.sql(
            EVALUATOR_SELECT + " where e.region_id = ? and e.exercise_id = ? and e.account_id = ?")
        .params(regionId, exerciseId, accountId)
        .query(PrioritisationEvaluators::mapRow)
        .optional()
        .map(row -> evaluator(regionId, row, null));
  }

  /**
   * Members of the region matching {@code q} (name or e-mail), by name, each with the group they
   * evaluate in already, if any.
   */
  public Page<EvaluatorCandidate> candidates(
      long regionId, long exerciseId, String q, PageRequest page) {
    exercises.get(regionId, exerciseId);
    Map<Long, Long> groupOf = new HashMap<>();
    jdbc.sql("select account_id, group_id from evaluator where region_id = ? and exercise_id = ?")
        .params(regionId, exerciseId)
        .query(
            (ResultSet rs) -> {
              groupOf.put(rs.getLong(1), rs.getLong(2));
            });
    return accounts
        .members(regionId, q == null ? "" : q.strip(), page)
        .map(
            m ->
                new EvaluatorCandidate(
                    m.accountId(), m.name(), m.email(), m.role(), groupOf.get(m.accountId())));
  }

  /**
   * Adds members of the region to a group as evaluators (weight 1). Someone who evaluates in the
   * exercise already is reported back and left where they are. Works until the results are
   * published.
   */
  @Transactional
  public EvaluatorsAdded add(
      long regionId, long exerciseId, long groupId, Collection<Long> accountIds) {
    lockForEvaluators(regionId, exerciseId);
    List<FieldProblem> problems = new ArrayList<>();
    Optional<EvaluatorGroup> group =
        findGroup(regionId, groupId).filter(g -> g.exerciseId() == exerciseId);
    if (group.isEmpty()) {
      problems.add(FieldProblem.of("groupId", "prioritisation.evaluator.unknownGroup"));
    }
    Set<Long> ids = new LinkedHashSet<>(accountIds == null ? List.of() : accountIds);
    ids.remove(null);
    if (ids.isEmpty()) {
      problems.add(FieldProblem.of("accountIds", "prioritisation.evaluator.nobody"));
    }
    for (Long id : ids) {
      if (accounts.membership(id, regionId).isEmpty()) {
        problems.add(FieldProblem.of("accountIds", "prioritisation.evaluator.notMember", id));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<Evaluator> added = new ArrayList<>();
    List<Evaluator> already = new ArrayList<>();
    for (Long accountId : ids) {
      Optional<Long> id =
          jdbc.sql(
                  """
                  insert into evaluator (region_id, exercise_id, group_id, account_id)
                  values (?, ?, ?, ?) on conflict (exercise_id, account_id) do nothing
                  returning id""")
              .params(regionId, exerciseId, groupId, accountId)
              .query(Long.class)
              .optional();
      if (id.isPresent()) {
        Evaluator evaluator = evaluator(regionId, id.get());
        events.publishEvent(
            RecordChanged.created(regionId, EVALUATOR_RECORD, id.get(), snapshot(evaluator)));
        added.add(evaluator);
      } else {
        already.add(evaluatorOf(regionId, exerciseId, accountId).orElseThrow());
      }
    }
    return new EvaluatorsAdded(added, already);
  }

  /** Moves an evaluator to another group of the exercise and/or changes their weight. */
  @Transactional
  public Evaluator update(
      long regionId, long evaluatorId, EvaluatorCommand command, int expectedVersion) {
    Evaluator before = evaluator(regionId, evaluatorId);
    lockForEvaluators(regionId, before.exerciseId());
    List<FieldProblem> problems = new ArrayList<>();
    long groupId = command.groupId() == null ? before.groupId() : command.groupId();
    if (findGroup(regionId, groupId).filter(g -> g.exerciseId() == before.exerciseId()).isEmpty()) {
      problems.add(FieldProblem.of("groupId", "prioritisation.evaluator.unknownGroup"));
    }
    BigDecimal weight = command.weight() == null ? before.weight() : command.weight();
    checkWeight(weight, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    int updated =
        jdbc.sql(
                """
                update evaluator set group_id = ?, weight = ?, version = version + 1
                where region_id = ? and id = ? and version = ?""")
            .params(groupId, weight, regionId, evaluatorId, expectedVersion)
            .update();
    if (updated == 0) {
      throw new ConcurrentEditException(EVALUATOR_RECORD, evaluatorId);
    }
    Evaluator after = evaluator(regionId, evaluatorId);
    events.publishEvent(
        RecordChanged.updated(
            regionId, EVALUATOR_RECORD, evaluatorId, snapshot(before), snapshot(after)));
    return after;
  }

  /**
   * Removes an evaluator with their judgements and ratings. When they have any, it is refused on
   * {@code confirm} with their numbers unless {@code confirmLoss} says the caller accepts losing
   * them.
   */
  @Transactional
  public void remove(long regionId, long evaluatorId, boolean confirmLoss) {
    Evaluator before = evaluator(regionId, evaluatorId);
    lockForEvaluators(regionId, before.exerciseId());
    Evaluator current = evaluator(regionId, evaluatorId);
    if (current.started() && !confirmLoss) {
      throw InvalidInputException.of(
          "confirm",
          "prioritisation.evaluator.removeHasInput",
          current.name(),
          current.judgements(),
          current.ratings());
    }
    jdbc.sql("delete from evaluator where region_id = ? and id = ?")
        .params(regionId, evaluatorId)
        .update();
    events.publishEvent(
        RecordChanged.deleted(regionId, EVALUATOR_RECORD, evaluatorId, snapshot(current)));
  }

  // ---- helpers ----

  private void lockForEvaluators(long regionId, long exerciseId) {
    Exercise exercise = exercises.lock(regionId, exerciseId);
    if (exercise.status() == ExerciseStatus.PUBLISHED) {
      throw InvalidInputException.of("status", "prioritisation.evaluator.published");
    }
  }

  private record CheckedGroup(String name, PentahelixRole role, BigDecimal weight) {}

  private CheckedGroup checkGroup(
      long regionId, long exerciseId, Long groupId, EvaluatorGroupCommand command) {
    List<FieldProblem> problems = new ArrayList<>();
    String name = command.name() == null ? "" : command.name().strip();
    if (name.isEmpty()) {
      problems.add(FieldProblem.of("name", "shared.validation.required"));
    } else if (name.length() > NAME_LENGTH) {
      problems.add(FieldProblem.of("name", "shared.validation.tooLong"));
    } else if (jdbc.sql(
                "select count(*) from evaluator_group where region_id = ? and exercise_id = ?"
                    + " and lower(name) = lower(?) and id is distinct from ?")
            .params(regionId, exerciseId, name, groupId)
            .query(Long.class)
            .single()
        > 0) {
      problems.add(FieldProblem.of("name", "prioritisation.group.nameTaken", name));
    }
    BigDecimal weight = command.weight() == null ? BigDecimal.ONE : command.weight();
    checkWeight(weight, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new CheckedGroup(name, command.pentahelixRole(), weight);
  }

  private static void checkWeight(BigDecimal weight, List<FieldProblem> problems) {
    if (weight.signum() <= 0) {
      problems.add(FieldProblem.of("weight", "shared.validation.positive"));
    } else if (weight.compareTo(MAX_WEIGHT) > 0 || weight.stripTrailingZeros().scale() > 4) {
      problems.add(FieldProblem.of("weight", "prioritisation.group.weightFormat"));
    }
  }

  private static InvalidInputException groupNameTaken(String name) {
    return InvalidInputException.of("name", "prioritisation.group.nameTaken", name);
  }

  private static String role(PentahelixRole role) {
    return role == null ? null : role.name();
  }

  private Optional<EvaluatorGroup> findGroup(long regionId, long groupId) {
    return jdbc.sql(GROUP_SELECT + " where g.region_id = ? and g.id = ?" + GROUP_ORDER)
        .params(regionId, groupId)
        .query(PrioritisationEvaluators::mapGroup)
        .optional();
  }

  private static EvaluatorGroup mapGroup(ResultSet rs, int n) throws SQLException {
    String role = rs.getString("pentahelix_role");
    return new EvaluatorGroup(
        rs.getLong("id"),
        rs.getLong("exercise_id"),
        rs.getString("name"),
        role == null ? null : PentahelixRole.valueOf(role),
        rs.getBigDecimal("weight").stripTrailingZeros(),
        rs.getInt("position"),
        rs.getInt("evaluators"),
        rs.getInt("started"),
        rs.getInt("submitted"),
        rs.getInt("version"));
  }

  private record Row(
      long id,
      long exerciseId,
      long groupId,
      long accountId,
      BigDecimal weight,
      long judgements,
      long ratings,
      java.time.OffsetDateTime submittedAt,
      java.time.OffsetDateTime createdAt,
      int version) {}

  private static Row mapRow(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getLong("exercise_id"),
        rs.getLong("group_id"),
        rs.getLong("account_id"),
        rs.getBigDecimal("weight").stripTrailingZeros(),
        rs.getLong("judgements"),
        rs.getLong("ratings"),
        ExerciseStore.time(rs.getTimestamp("submitted_at")),
        ExerciseStore.time(rs.getTimestamp("created_at")),
        rs.getInt("version"));
  }

  /** The evaluator with the person's name: from the region's members, else from their account. */
  private Evaluator evaluator(long regionId, Row row, Map<Long, Member> members) {
    Member member =
        members != null
            ? members.get(row.accountId())
            : accounts.membership(row.accountId(), regionId).orElse(null);
    String name;
    String email;
    if (member != null) {
      name = member.name();
      email = member.email();
    } else {
      Optional<Account> account = accounts.findById(row.accountId());
      name = account.map(Account::name).orElse("");
      email = account.map(Account::email).orElse("");
    }
    return new Evaluator(
        row.id(),
        row.exerciseId(),
        row.groupId(),
        row.accountId(),
        name,
        email,
        member == null ? null : member.role(),
        row.weight(),
        row.judgements(),
        row.ratings(),
        row.submittedAt(),
        row.createdAt(),
        row.version());
  }

  /** Every member of the region by account id. */
  private Map<Long, Member> members(long regionId) {
    Map<Long, Member> members = new LinkedHashMap<>();
    for (int number = 0; ; number++) {
      Page<Member> page = accounts.members(regionId, "", new PageRequest(number, 200));
      page.items().forEach(m -> members.put(m.accountId(), m));
      if (!page.hasNext()) {
        return members;
      }
    }
  }

  private static Map<String, Object> snapshot(EvaluatorGroup g) {
    return Snapshot.of(
        "exerciseId",
        g.exerciseId(),
        "name",
        g.name(),
        "pentahelixRole",
        g.pentahelixRole(),
        "weight",
        g.weight().toPlainString());
  }

  private static Map<String, Object> snapshot(Evaluator e) {
    return Snapshot.of(
        "exerciseId",
        e.exerciseId(),
        "groupId",
        e.groupId(),
        "accountId",
        e.accountId(),
        "weight",
        e.weight().toPlainString(),
        "judgements",
        e.judgements(),
        "ratings",
        e.ratings());
  }
}
