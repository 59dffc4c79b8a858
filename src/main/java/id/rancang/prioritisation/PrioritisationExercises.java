package id.rancang.prioritisation;

import id.rancang.prioritisation.rules.AhpInputException;
import id.rancang.prioritisation.rules.IncompleteMethod;
import id.rancang.prioritisation.rules.RandomIndexTable;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import id.rancang.workshop.Workshop;
import id.rancang.workshop.WorkshopCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prioritisation exercises of a masterplan: their settings, their life from draft to published
 * results, and their deletion. An exercise's name is unique in its masterplan (whatever its case);
 * its workshop, if any, is one of the same masterplan.
 *
 * <p>Who sees what: every member of the region sees every exercise, except participants, who see
 * only those they evaluate in ({@link ExerciseViewer}); for anybody else such an exercise is "not
 * found". Changes are for the team (region administrators and editors); the controllers check that,
 * this service checks the rules.
 *
 * <p>Status: DRAFT → OPEN (only with at least two top-level criteria, a scale of 2 to 10 levels on
 * every rated criterion without sub-criteria, each set of criteria compared together within the
 * random-index table, and at least one evaluator) → CLOSED → PUBLISHED; a closed or published
 * exercise may be reopened. Every change is in the audit trail.
 */
@Service
public class PrioritisationExercises {

  public static final String RECORD_TYPE = ExerciseStore.RECORD_TYPE;
  static final int NAME_LENGTH = 200;
  static final int DESCRIPTION_LENGTH = 4000;

  private final JdbcClient jdbc;
  private final ExerciseStore store;
  private final PrioritisationCriteria criteria;
  private final PrioritisationEvaluators evaluators;
  private final MasterplanManagement masterplans;
  private final WorkshopCatalog workshops;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;

  PrioritisationExercises(
      JdbcClient jdbc,
      ExerciseStore store,
      PrioritisationCriteria criteria,
      PrioritisationEvaluators evaluators,
      MasterplanManagement masterplans,
      WorkshopCatalog workshops,
      MessageSource messages,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.store = store;
    this.criteria = criteria;
    this.evaluators = evaluators;
    this.masterplans = masterplans;
    this.workshops = workshops;
    this.messages = messages;
    this.events = events;
  }

  // ---- reading ----

  /** The masterplan's exercises the viewer may see, newest first. */
  public Page<Exercise> list(
      long regionId, long masterplanId, ExerciseViewer viewer, PageRequest page) {
    masterplans.get(regionId, masterplanId);
    String where = " where x.region_id = ? and x.masterplan_id = ?";
    List<Object> params = new ArrayList<>(List.of(regionId, masterplanId));
    if (!viewer.seesAll()) {
      where +=
          " and exists (select 1 from evaluator e where e.exercise_id = x.id"
              + " and e.account_id = ?)";
      params.add(viewer.accountId());
    }
    long total =
        jdbc.sql("select count(*) from prioritisation_exercise x" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(page.size());
    pageParams.add(page.offset());
    List<Exercise> items =
        jdbc.sql(
                "select "
                    + ExerciseStore.COLUMNS
                    + " from prioritisation_exercise x"
                    + where
                    + " order by x.created_at desc, x.id desc limit ? offset ?")
            .params(pageParams)
            .query(ExerciseStore::map)
            .list();
    return new Page<>(items, page.number(), page.size(), total);
  }

  /** An exercise the viewer may see; another region's, or one they may not see, is not found. */
  public Exercise get(long regionId, long id, ExerciseViewer viewer) {
    return store.visible(regionId, id, viewer);
  }

  /** An exercise of the region, whoever asks (for the team's pages and for other services). */
  public Exercise get(long regionId, long id) {
    return store.get(regionId, id);
  }

  /** The judgements and ratings the exercise's evaluators have given so far. */
  public InputCounts input(long regionId, long id) {
    store.get(regionId, id);
    return store.input(regionId, id);
  }

  /**
   * Whether the criteria, scales and groups may still change: while the exercise is a draft, or
   * open before anyone judged or rated.
   */
  public boolean setupMayChange(long regionId, long id) {
    Exercise exercise = store.get(regionId, id);
    return exercise.status() == ExerciseStatus.DRAFT
        || (exercise.status() == ExerciseStatus.OPEN && store.input(regionId, id).isEmpty());
  }

  /** Whether evaluators may still be added, moved and removed: until the results are published. */
  public boolean evaluatorsMayChange(long regionId, long id) {
    return store.get(regionId, id).status() != ExerciseStatus.PUBLISHED;
  }

  /** The workshops the exercise may belong to: those of its masterplan, newest first. */
  public List<Workshop> workshopChoices(long regionId, long masterplanId) {
    return workshops.list(regionId, masterplanId, new PageRequest(0, 200)).items();
  }

  /**
   * What keeps the exercise from opening, each on {@code status} (empty when it may open, or when
   * it is not a draft).
   */
  public List<FieldProblem> openingProblems(long regionId, long id) {
    Exercise exercise = store.get(regionId, id);
    List<FieldProblem> problems = new ArrayList<>();
    List<Criterion> tree = criteria.tree(regionId, id);
    if (tree.size() < 2) {
      problems.add(FieldProblem.of("status", "prioritisation.open.tooFewCriteria", tree.size()));
    }
    RandomIndexTable table = exercise.riTable();
    if (tree.size() > table.maxSize()) {
      problems.add(
          FieldProblem.of(
              "status",
              "prioritisation.open.tooManyCriteria",
              tree.size(),
              table.maxSize(),
              table.id()));
    }
    List<String> withoutScale = new ArrayList<>();
    for (Criterion top : tree) {
      if (top.children().size() > table.maxSize()) {
        problems.add(
            FieldProblem.of(
                "status",
                "prioritisation.open.tooManySubCriteria",
                top.code(),
                top.children().size(),
                table.maxSize(),
                table.id()));
      }
      for (Criterion leaf : top.leaf() ? List.of(top) : top.children()) {
        int levels = leaf.levels().size();
        if (leaf.rated()
            && (levels < PrioritisationCriteria.MIN_LEVELS
                || levels > PrioritisationCriteria.MAX_LEVELS)) {
          withoutScale.add(leaf.code());
        }
      }
    }
    if (!withoutScale.isEmpty()) {
      problems.add(
          FieldProblem.of(
              "status", "prioritisation.open.scaleMissing", String.join(", ", withoutScale)));
    }
    if (evaluators.evaluatorCount(regionId, id) == 0) {
      problems.add(FieldProblem.of("status", "prioritisation.open.noEvaluators"));
    }
    return problems;
  }

  // ---- changing ----

  /** Creates an exercise in the language of the current request for its default names. */
  @Transactional
  public Exercise create(long regionId, long masterplanId, ExerciseCommand command) {
    return create(regionId, masterplanId, command, LocaleContextHolder.getLocale());
  }

  /**
   * Creates a draft exercise; with {@code defaultCriteria} it starts with the ministry's nine
   * criteria and with {@code defaultGroups} with one evaluator group per pentahelix role, named in
   * {@code locale}'s language.
   */
  @Transactional
  public Exercise create(long regionId, long masterplanId, ExerciseCommand command, Locale locale) {
    masterplans.get(regionId, masterplanId);
    Checked checked = check(regionId, masterplanId, null, command);
    long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into prioritisation_exercise (region_id, masterplan_id, name, description,
                    aggregation, ri_table, incomplete_method, workshop_id)
                  values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
              .params(
                  regionId,
                  masterplanId,
                  checked.name(),
                  checked.description(),
                  checked.aggregation().name(),
                  checked.riTable().id(),
                  checked.incompleteMethod().name(),
                  checked.workshopId())
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw nameTaken(checked.name());
    }
    Exercise created = store.get(regionId, id);
    events.publishEvent(RecordChanged.created(regionId, RECORD_TYPE, id, snapshot(created)));
    DefaultSetup.Names names = new DefaultSetup.Names(messages, locale);
    if (command.defaultCriteria()) {
      for (CriterionCommand criterion : DefaultSetup.criteria(names)) {
        criteria.create(regionId, id, criterion);
      }
    }
    if (command.defaultGroups()) {
      for (EvaluatorGroupCommand group : DefaultSetup.groups(names)) {
        evaluators.createGroup(regionId, id, group);
      }
    }
    return created;
  }

  /**
   * Changes the settings. Once the results are published the aggregation, random-index table and
   * incomplete method stay as they are until the exercise is reopened.
   */
  @Transactional
  public Exercise update(long regionId, long id, ExerciseCommand command, int expectedVersion) {
    Exercise before = store.lock(regionId, id);
    Checked checked = check(regionId, before.masterplanId(), before, command);
    int updated;
    try {
      updated =
          jdbc.sql(
                  """
                  update prioritisation_exercise set name = ?, description = ?, aggregation = ?,
                    ri_table = ?, incomplete_method = ?, workshop_id = ?, version = version + 1
                  where region_id = ? and id = ? and version = ?""")
              .params(
                  checked.name(),
                  checked.description(),
                  checked.aggregation().name(),
                  checked.riTable().id(),
                  checked.incompleteMethod().name(),
                  checked.workshopId(),
                  regionId,
                  id,
                  expectedVersion)
              .update();
    } catch (DuplicateKeyException e) {
      throw nameTaken(checked.name());
    }
    if (updated == 0) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    Exercise after = store.get(regionId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, RECORD_TYPE, id, snapshot(before), snapshot(after)));
    return after;
  }

  /**
   * Deletes the exercise with its criteria, groups, evaluators, judgements and ratings. When
   * evaluators have given input it is refused on {@code confirm}, with the numbers that would be
   * lost, unless {@code confirmLoss} says the caller accepts losing them.
   */
  @Transactional
  public void delete(long regionId, long id, boolean confirmLoss) {
    Exercise before = store.lock(regionId, id);
    InputCounts input = store.input(regionId, id);
    if (!input.isEmpty() && !confirmLoss) {
      throw InvalidInputException.of(
          "confirm", "prioritisation.exercise.deleteHasInput", input.judgements(), input.ratings());
    }
    Map<String, Object> snapshot = new java.util.LinkedHashMap<>(snapshot(before));
    snapshot.put("judgements", input.judgements());
    snapshot.put("ratings", input.ratings());
    jdbc.sql("delete from prioritisation_exercise where region_id = ? and id = ?")
        .params(regionId, id)
        .update();
    events.publishEvent(RecordChanged.deleted(regionId, RECORD_TYPE, id, snapshot));
  }

  /**
   * Moves the exercise to {@code target} when its status allows it (see {@link
   * ExerciseStatus#transitions()}); opening also needs {@link #openingProblems} to be empty. With
   * {@code expectedVersion} the change is refused when someone changed the exercise since.
   *
   * @throws InvalidInputException on {@code status}, with every reason
   */
  @Transactional
  public Exercise changeStatus(
      long regionId, long id, ExerciseStatus target, Integer expectedVersion) {
    Exercise before = store.lock(regionId, id);
    if (expectedVersion != null && expectedVersion != before.version()) {
      throw new ConcurrentEditException(RECORD_TYPE, id);
    }
    if (target == null) {
      throw InvalidInputException.of("status", "shared.validation.required");
    }
    if (!before.status().mayBecome(target)) {
      throw InvalidInputException.of(
          "status", "prioritisation.status.notAllowed", before.status().name(), target.name());
    }
    if (target == ExerciseStatus.OPEN && before.status() == ExerciseStatus.DRAFT) {
      List<FieldProblem> problems = openingProblems(regionId, id);
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
    }
    jdbc.sql(
            """
            update prioritisation_exercise set status = ?,
              published_at = case when ? then now() else null end, version = version + 1
            where region_id = ? and id = ?""")
        .params(target.name(), target == ExerciseStatus.PUBLISHED, regionId, id)
        .update();
    Exercise after = store.get(regionId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, RECORD_TYPE, id, snapshot(before), snapshot(after)));
    return after;
  }

  /** Opens a draft exercise to its evaluators. */
  public Exercise open(long regionId, long id) {
    return changeStatus(regionId, id, ExerciseStatus.OPEN, null);
  }

  /** Ends the evaluators' input. */
  public Exercise close(long regionId, long id) {
    return changeStatus(regionId, id, ExerciseStatus.CLOSED, null);
  }

  /** Shows the combined results to the evaluators. */
  public Exercise publish(long regionId, long id) {
    return changeStatus(regionId, id, ExerciseStatus.PUBLISHED, null);
  }

  /** Opens a closed or published exercise again (published results are withdrawn). */
  public Exercise reopen(long regionId, long id) {
    return changeStatus(regionId, id, ExerciseStatus.OPEN, null);
  }

  // ---- checks ----

  private record Checked(
      String name,
      String description,
      Aggregation aggregation,
      RandomIndexTable riTable,
      IncompleteMethod incompleteMethod,
      Long workshopId) {}

  private Checked check(
      long regionId, long masterplanId, Exercise existing, ExerciseCommand command) {
    List<FieldProblem> problems = new ArrayList<>();
    String name = command.name() == null ? "" : command.name().strip();
    if (name.isEmpty()) {
      problems.add(FieldProblem.of("name", "shared.validation.required"));
    } else if (name.length() > NAME_LENGTH) {
      problems.add(FieldProblem.of("name", "shared.validation.tooLong"));
    } else if (jdbc.sql(
                "select count(*) from prioritisation_exercise where region_id = ?"
                    + " and masterplan_id = ? and lower(name) = lower(?) and id is distinct from ?")
            .params(regionId, masterplanId, name, existing == null ? null : existing.id())
            .query(Long.class)
            .single()
        > 0) {
      problems.add(FieldProblem.of("name", "prioritisation.exercise.nameTaken", name));
    }
    String description =
        command.description() == null || command.description().isBlank()
            ? null
            : command.description().strip();
    if (description != null && description.length() > DESCRIPTION_LENGTH) {
      problems.add(FieldProblem.of("description", "shared.validation.tooLong"));
    }
    RandomIndexTable table = null;
    try {
      table = RandomIndexTable.byId(command.riTable());
    } catch (AhpInputException e) {
      problems.add(
          FieldProblem.of(
              "riTable",
              "prioritisation.exercise.riTableUnknown",
              command.riTable(),
              String.join(", ", RandomIndexTable.ids())));
    }
    Aggregation aggregation =
        command.aggregation() == null ? Aggregation.AIJ : command.aggregation();
    IncompleteMethod method =
        command.incompleteMethod() == null ? IncompleteMethod.HARKER : command.incompleteMethod();
    if (command.workshopId() != null
        && workshops
            .find(regionId, command.workshopId())
            .filter(w -> w.masterplanId() == masterplanId)
            .isEmpty()) {
      problems.add(FieldProblem.of("workshopId", "prioritisation.exercise.workshopUnknown"));
    }
    if (existing != null && existing.status() == ExerciseStatus.PUBLISHED) {
      if (aggregation != existing.aggregation()) {
        problems.add(FieldProblem.of("aggregation", "prioritisation.exercise.methodPublished"));
      }
      if (table != null && table != existing.riTable()) {
        problems.add(FieldProblem.of("riTable", "prioritisation.exercise.methodPublished"));
      }
      if (method != existing.incompleteMethod()) {
        problems.add(
            FieldProblem.of("incompleteMethod", "prioritisation.exercise.methodPublished"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new Checked(
        name,
        description,
        aggregation,
        Objects.requireNonNull(table),
        method,
        command.workshopId());
  }

  private static InvalidInputException nameTaken(String name) {
    return InvalidInputException.of("name", "prioritisation.exercise.nameTaken", name);
  }

  private static Map<String, Object> snapshot(Exercise x) {
    return Snapshot.of(
        "masterplanId",
        x.masterplanId(),
        "name",
        x.name(),
        "description",
        x.description(),
        "aggregation",
        x.aggregation(),
        "riTable",
        x.riTable().id(),
        "incompleteMethod",
        x.incompleteMethod(),
        "workshopId",
        x.workshopId(),
        "status",
        x.status());
  }
}
