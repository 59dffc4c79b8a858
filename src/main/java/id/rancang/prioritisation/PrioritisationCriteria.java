package id.rancang.prioritisation;

import id.rancang.prioritisation.rules.Direction;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The criteria of a prioritisation exercise: top-level criteria with at most one level of
 * sub-criteria, each with a code unique in the exercise (whatever its case), and the rating scale
 * of a rated criterion (2 to 10 levels, each with a label and optionally a definition). Criteria
 * change only while the exercise's set-up may change (a draft, or open before any judgement or
 * rating); otherwise every change is refused on {@code status} with the reason.
 *
 * <p>Reads take the region and exercise, not a viewer: callers show an exercise to a person only
 * after {@link PrioritisationExercises#get(long, long, ExerciseViewer)} let them see it.
 */
@Service
public class PrioritisationCriteria {

  public static final String RECORD_TYPE = "prioritisationCriterion";
  static final int CODE_LENGTH = 20;
  static final int NAME_LENGTH = 200;
  static final int DESCRIPTION_LENGTH = 4000;
  static final int LABEL_LENGTH = 100;
  static final int DEFINITION_LENGTH = 1000;
  public static final int MIN_LEVELS = 2;
  public static final int MAX_LEVELS = 10;
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]+");
  private static final String COLUMNS =
      "id, exercise_id, parent_id, code, name, description, kind, measure, direction, position,"
          + " version";

  /** Which way a criterion moves among its siblings. */
  public enum Move {
    UP,
    DOWN
  }

  private final JdbcClient jdbc;
  private final ExerciseStore exercises;
  private final ApplicationEventPublisher events;

  PrioritisationCriteria(
      JdbcClient jdbc, ExerciseStore exercises, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.exercises = exercises;
    this.events = events;
  }

  /**
   * The criteria of the exercise as a tree: the top-level criteria in order, each with its
   * sub-criteria in order and every rated criterion with its scale. Three queries whatever the
   * size.
   *
   * @throws NotFoundException when the exercise is not one of the region's
   */
  public List<Criterion> tree(long regionId, long exerciseId) {
    exercises.get(regionId, exerciseId);
    List<Row> rows =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from criterion where region_id = ? and exercise_id = ?"
                    + " order by position, id")
            .params(regionId, exerciseId)
            .query(PrioritisationCriteria::mapRow)
            .list();
    Map<Long, List<CriterionLevel>> levels = levelsOf(regionId, exerciseId);
    Map<Long, List<Criterion>> children = new LinkedHashMap<>();
    for (Row r : rows) {
      if (r.parentId() != null) {
        children
            .computeIfAbsent(r.parentId(), k -> new ArrayList<>())
            .add(r.criterion(levels.getOrDefault(r.id(), List.of()), List.of()));
      }
    }
    List<Criterion> tree = new ArrayList<>();
    for (Row r : rows) {
      if (r.parentId() == null) {
        tree.add(
            r.criterion(
                levels.getOrDefault(r.id(), List.of()), children.getOrDefault(r.id(), List.of())));
      }
    }
    return tree;
  }

  /** The criteria on which programmes are rated or measured (those without sub-criteria). */
  public List<Criterion> leaves(long regionId, long exerciseId) {
    List<Criterion> leaves = new ArrayList<>();
    for (Criterion top : tree(regionId, exerciseId)) {
      if (top.leaf()) {
        leaves.add(top);
      } else {
        leaves.addAll(top.children());
      }
    }
    return leaves;
  }

  /** A criterion of the region with its scale and sub-criteria; another region's is not found. */
  public Criterion get(long regionId, long id) {
    Row row = row(regionId, id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    List<Criterion> tree = tree(regionId, row.exerciseId());
    for (Criterion top : tree) {
      if (top.id() == id) {
        return top;
      }
      for (Criterion child : top.children()) {
        if (child.id() == id) {
          return child;
        }
      }
    }
    throw new NotFoundException(RECORD_TYPE, id);
  }

  /** The exercise a criterion belongs to, for routes that carry only the criterion's id. */
  public Optional<Long> exerciseOf(long regionId, long id) {
    return row(regionId, id).map(Row::exerciseId);
  }

  @Transactional
  public Criterion create(long regionId, long exerciseId, CriterionCommand command) {
    exercises.lockForSetup(regionId, exerciseId);
    Checked checked = check(regionId, exerciseId, null, command);
    long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into criterion (region_id, exercise_id, parent_id, code, name, description,
                    kind, measure, direction, position)
                  values (?, ?, ?, ?, ?, ?, ?, ?, ?,
                    (select coalesce(max(position), -1) + 1 from criterion
                      where exercise_id = ? and parent_id is not distinct from ?))
                  returning id""")
              .params(
                  regionId,
                  exerciseId,
                  command.parentId(),
                  checked.code(),
                  checked.name(),
                  checked.description(),
                  checked.kind().name(),
                  checked.measure() == null ? null : checked.measure().name(),
                  checked.direction().name(),
                  exerciseId,
                  command.parentId())
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw codeTaken(checked.code());
    }
    writeLevels(id, checked.levels());
    Criterion created = get(regionId, id);
    events.publishEvent(RecordChanged.created(regionId, RECORD_TYPE, id, snapshot(created)));
    return created;
  }

  /**
   * Changes a criterion, its scale (replaced as a whole) and possibly its parent; under another
   * parent it comes last.
   */
  @Transactional
  public Criterion update(long regionId, long id, CriterionCommand command, int expectedVersion) {
    Row row = row(regionId, id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    exercises.lockForSetup(regionId, row.exerciseId());
    Criterion before = get(regionId, id);
    Checked checked = check(regionId, row.exerciseId(), before, command);
    boolean moved = !Objects.equals(before.parentId(), command.parentId());
    int updated;
    try {
      updated =
          jdbc.sql(
                  """
                  update criterion set parent_id = ?, code = ?, name = ?, description = ?,
                    kind = ?, measure = ?, direction = ?,
                    position = case when ? then (select coalesce(max(c.position), -1) + 1
                      from criterion c where c.exercise_id = ? and c.parent_id is not distinct from ?)
                      else position end,
                    version = version + 1
                  where region_id = ? and id = ? and version = ?""")
              .params(
                  command.parentId(),
                  checked.code(),
                  checked.name(),
                  checked.description(),
                  checked.kind().name(),
                  checked.measure() == null ? null : checked.measure().name(),
                  checked.direction().name(),
                  moved,
                  row.exerciseId(),
                  command.parentId(),
                  regionId,
                  id,
                  expectedVersion)
              .update();
    } catch (DuplicateKeyException e) {
      throw codeTaken(checked.code());
    }
    if (updated == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    jdbc.sql("delete from criterion_level where criterion_id = ?").params(id).update();
    writeLevels(id, checked.levels());
    Criterion after = get(regionId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, RECORD_TYPE, id, snapshot(before), snapshot(after)));
    return after;
  }

  /** Deletes a criterion with its scale and its sub-criteria. */
  @Transactional
  public void delete(long regionId, long id) {
    Row row = row(regionId, id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    exercises.lockForSetup(regionId, row.exerciseId());
    Criterion before = get(regionId, id);
    jdbc.sql("delete from criterion where region_id = ? and id = ?").params(regionId, id).update();
    for (Criterion child : before.children()) {
      events.publishEvent(
          RecordChanged.deleted(regionId, RECORD_TYPE, child.id(), snapshot(child)));
    }
    events.publishEvent(RecordChanged.deleted(regionId, RECORD_TYPE, id, snapshot(before)));
  }

  /**
   * Moves a criterion one place up or down among its siblings; the first stays first and the last
   * last.
   */
  @Transactional
  public Criterion move(long regionId, long id, Move move) {
    Row row = row(regionId, id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    exercises.lockForSetup(regionId, row.exerciseId());
    List<Row> siblings =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from criterion where exercise_id = ? and parent_id is not distinct from ?"
                    + " order by position, id")
            .params(row.exerciseId(), row.parentId())
            .query(PrioritisationCriteria::mapRow)
            .list();
    List<Long> order = new ArrayList<>(siblings.stream().map(Row::id).toList());
    int at = order.indexOf(id);
    int to = move == Move.UP ? at - 1 : at + 1;
    if (to < 0 || to >= order.size()) {
      return get(regionId, id);
    }
    order.set(at, order.get(to));
    order.set(to, id);
    // the siblings are numbered afresh, so that positions are distinct whatever came before
    for (int i = 0; i < order.size(); i++) {
      jdbc.sql("update criterion set position = ? where id = ? and position <> ?")
          .params(i, order.get(i), i)
          .update();
    }
    int mine = to;
    Criterion after = get(regionId, id);
    events.publishEvent(
        RecordChanged.updated(
            regionId,
            RECORD_TYPE,
            id,
            Snapshot.of("code", row.code(), "position", row.position()),
            Snapshot.of("code", row.code(), "position", mine)));
    return after;
  }

  // ---- checks ----

  private record Checked(
      String code,
      String name,
      String description,
      CriterionKind kind,
      Measure measure,
      Direction direction,
      List<CriterionLevel> levels) {}

  private Checked check(
      long regionId, long exerciseId, Criterion existing, CriterionCommand command) {
    List<FieldProblem> problems = new ArrayList<>();
    String code = command.code() == null ? "" : command.code().strip();
    if (code.isEmpty()) {
      problems.add(FieldProblem.of("code", "shared.validation.required"));
    } else if (code.length() > CODE_LENGTH || !CODE.matcher(code).matches()) {
      problems.add(FieldProblem.of("code", "prioritisation.criterion.codeFormat", CODE_LENGTH));
    } else if (codeTaken(regionId, exerciseId, code, existing == null ? null : existing.id())) {
      problems.add(FieldProblem.of("code", "prioritisation.criterion.codeTaken", code));
    }
    String name = command.name() == null ? "" : command.name().strip();
    if (name.isEmpty()) {
      problems.add(FieldProblem.of("name", "shared.validation.required"));
    } else if (name.length() > NAME_LENGTH) {
      problems.add(FieldProblem.of("name", "shared.validation.tooLong"));
    }
    String description = blankToNull(command.description());
    if (description != null && description.length() > DESCRIPTION_LENGTH) {
      problems.add(FieldProblem.of("description", "shared.validation.tooLong"));
    }
    CriterionKind kind = command.kind() == null ? CriterionKind.RATED : command.kind();
    Direction direction = command.direction() == null ? Direction.BENEFIT : command.direction();
    if (kind == CriterionKind.MEASURED && command.measure() == null) {
      problems.add(FieldProblem.of("measure", "prioritisation.criterion.measureRequired"));
    }
    if (kind == CriterionKind.RATED && command.measure() != null) {
      problems.add(FieldProblem.of("measure", "prioritisation.criterion.measureOnlyMeasured"));
    }
    checkParent(regionId, exerciseId, existing, command.parentId(), kind, problems);
    List<CriterionLevel> levels = checkLevels(kind, command.levels(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Checked(
        code,
        name,
        description,
        kind,
        kind == CriterionKind.MEASURED ? command.measure() : null,
        direction,
        levels);
  }

  private void checkParent(
      long regionId,
      long exerciseId,
      Criterion existing,
      Long parentId,
      CriterionKind kind,
      List<FieldProblem> problems) {
    if (existing != null && kind == CriterionKind.MEASURED && !existing.children().isEmpty()) {
      problems.add(
          FieldProblem.of(
              "kind", "prioritisation.criterion.measuredHasChildren", existing.children().size()));
    }
    if (parentId == null) {
      return;
    }
    if (existing != null && parentId == existing.id()) {
      problems.add(FieldProblem.of("parentId", "prioritisation.criterion.parentSelf"));
      return;
    }
    Optional<Row> parent = row(regionId, parentId).filter(p -> p.exerciseId() == exerciseId);
    if (parent.isEmpty()) {
      problems.add(FieldProblem.of("parentId", "prioritisation.criterion.parentUnknown"));
    } else if (parent.get().parentId() != null) {
      problems.add(
          FieldProblem.of(
              "parentId", "prioritisation.criterion.parentNotTopLevel", parent.get().code()));
    } else if (parent.get().kind() == CriterionKind.MEASURED) {
      problems.add(
          FieldProblem.of(
              "parentId", "prioritisation.criterion.parentMeasured", parent.get().code()));
    } else if (existing != null && !existing.children().isEmpty()) {
      problems.add(
          FieldProblem.of(
              "parentId", "prioritisation.criterion.hasChildren", existing.children().size()));
    }
  }

  /** The scale numbered 1..n in the given order; problems on {@code levels}. */
  private static List<CriterionLevel> checkLevels(
      CriterionKind kind, List<CriterionLevel> given, List<FieldProblem> problems) {
    if (given.isEmpty()) {
      return List.of();
    }
    if (kind == CriterionKind.MEASURED) {
      problems.add(FieldProblem.of("levels", "prioritisation.criterion.measuredNoLevels"));
      return List.of();
    }
    if (given.size() < MIN_LEVELS || given.size() > MAX_LEVELS) {
      problems.add(
          FieldProblem.of(
              "levels",
              "prioritisation.criterion.levelCount",
              given.size(),
              MIN_LEVELS,
              MAX_LEVELS));
    }
    List<CriterionLevel> levels = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      CriterionLevel level = given.get(i);
      String label = level == null ? null : blankToNull(level.label());
      String definition = level == null ? null : blankToNull(level.definition());
      if (label == null) {
        problems.add(FieldProblem.of("levels", "prioritisation.criterion.levelLabel", i + 1));
      } else if (label.length() > LABEL_LENGTH
          || (definition != null && definition.length() > DEFINITION_LENGTH)) {
        problems.add(FieldProblem.of("levels", "prioritisation.criterion.levelTooLong", i + 1));
      }
      levels.add(new CriterionLevel(i + 1, label, definition));
    }
    return levels;
  }

  private boolean codeTaken(long regionId, long exerciseId, String code, Long exceptId) {
    return jdbc.sql(
                "select count(*) from criterion where region_id = ? and exercise_id = ?"
                    + " and lower(code) = lower(?) and id is distinct from ?")
            .params(regionId, exerciseId, code, exceptId)
            .query(Long.class)
            .single()
        > 0;
  }

  private static InvalidInputException codeTaken(String code) {
    return InvalidInputException.of("code", "prioritisation.criterion.codeTaken", code);
  }

  // ---- rows ----

  private record Row(
      long id,
      long exerciseId,
      Long parentId,
      String code,
      String name,
      String description,
      CriterionKind kind,
      Measure measure,
      Direction direction,
      int position,
      int version) {

    Criterion criterion(List<CriterionLevel> levels, List<Criterion> children) {
      return new Criterion(
          id,
          exerciseId,
          parentId,
          code,
          name,
          description,
          kind,
          measure,
          direction,
          position,
          levels,
          children,
          version);
    }
  }

  private Optional<Row> row(long regionId, long id) {
    return jdbc.sql("select " + COLUMNS + " from criterion where region_id = ? and id = ?")
        .params(regionId, id)
        .query(PrioritisationCriteria::mapRow)
        .optional();
  }

  private static Row mapRow(ResultSet rs, int n) throws SQLException {
    long parent = rs.getLong("parent_id");
    Long parentId = rs.wasNull() ? null : parent;
    String measure = rs.getString("measure");
    return new Row(
        rs.getLong("id"),
        rs.getLong("exercise_id"),
        parentId,
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("description"),
        CriterionKind.valueOf(rs.getString("kind")),
        measure == null ? null : Measure.valueOf(measure),
        Direction.valueOf(rs.getString("direction")),
        rs.getInt("position"),
        rs.getInt("version"));
  }

  private Map<Long, List<CriterionLevel>> levelsOf(long regionId, long exerciseId) {
    Map<Long, List<CriterionLevel>> levels = new LinkedHashMap<>();
    jdbc.sql(
            """
            select l.criterion_id, l.level, l.label, l.definition from criterion_level l
            join criterion c on c.id = l.criterion_id
            where c.region_id = ? and c.exercise_id = ? order by l.criterion_id, l.level""")
        .params(regionId, exerciseId)
        .query(
            (ResultSet rs) -> {
              levels
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(new CriterionLevel(rs.getInt(2), rs.getString(3), rs.getString(4)));
            });
    return levels;
  }

  private void writeLevels(long criterionId, List<CriterionLevel> levels) {
    for (CriterionLevel level : levels) {
      jdbc.sql(
              "insert into criterion_level (criterion_id, level, label, definition)"
                  + " values (?, ?, ?, ?)")
          .params(criterionId, level.level(), level.label(), level.definition())
          .update();
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  static Map<String, Object> snapshot(Criterion c) {
    return Snapshot.of(
        "exerciseId",
        c.exerciseId(),
        "parentId",
        c.parentId(),
        "code",
        c.code(),
        "name",
        c.name(),
        "description",
        c.description(),
        "kind",
        c.kind(),
        "measure",
        c.measure(),
        "direction",
        c.direction(),
        "levels",
        c.levels().stream()
            .map(l -> l.level() + " " + l.label())
            .collect(Collectors.joining("; ")));
  }
}
