package id.rancang.prioritisation;

import id.rancang.prioritisation.EvaluatorAccess.Evaluator;
import id.rancang.prioritisation.EvaluatorAccess.Setting;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeFilter;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.programme.ProgrammeSummary;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An evaluator's ratings of the masterplan's programmes on the rated criteria, each a level of the
 * criterion's scale. Pairwise comparison of hundreds of programmes is not practical, so programmes
 * are rated, not compared. Only the evaluator reads and writes their own ratings here, only while
 * the exercise is open, and a rating changed meanwhile elsewhere is never overwritten.
 */
@Service
@Transactional
public class Ratings {

  /** The record type of ratings in the audit trail. */
  public static final String RECORD_TYPE = "rating";

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final EvaluatorAccess access;
  private final ProgrammePortfolio portfolio;

  Ratings(
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      EvaluatorAccess access,
      ProgrammePortfolio portfolio) {
    this.jdbc = jdbc;
    this.events = events;
    this.access = access;
    this.portfolio = portfolio;
  }

  /**
   * The account's rating sheet: the rated criteria and a page of the programmes matching the
   * filter, with the account's ratings.
   *
   * @throws id.rancang.shared.NotFoundException unless the account evaluates the region's exercise
   */
  @Transactional(readOnly = true)
  public MyRatings mine(
      long regionId, long exerciseId, long accountId, ProgrammeFilter filter, PageRequest page) {
    Setting setting = access.setting(regionId, exerciseId);
    Evaluator evaluator = access.evaluator(regionId, exerciseId, accountId);
    List<RatedCriterion> criteria = ratedCriteria(exerciseId);
    Page<ProgrammeSummary> programmes =
        portfolio.search(regionId, setting.masterplanId(), filter, page);
    Page<RatedProgramme> sheet =
        programmes.map(
            p ->
                new RatedProgramme(
                    p.id(),
                    p.code(),
                    p.name(),
                    p.dimension(),
                    p.status(),
                    p.status() != ProgrammeStatus.CANCELLED,
                    Map.of()));
    sheet = withRatings(evaluator, sheet);
    long rated =
        jdbc.sql(
                "select count(*) from rating r join criterion c on c.id = r.criterion_id"
                    + " where r.evaluator_id = ? and c.kind = 'RATED'")
            .params(evaluator.id())
            .query(Long.class)
            .single();
    PageRequest count = new PageRequest(0, 1);
    long ratable =
        portfolio.search(regionId, setting.masterplanId(), ProgrammeFilter.none(), count).total()
            - portfolio
                .search(
                    regionId,
                    setting.masterplanId(),
                    new ProgrammeFilter(
                        null, null, null, null, null, ProgrammeStatus.CANCELLED, null, null, null),
                    count)
                .total();
    return new MyRatings(
        setting.id(),
        setting.name(),
        setting.masterplanId(),
        evaluator.id(),
        setting.open(),
        criteria,
        sheet,
        rated,
        ratable * criteria.size());
  }

  /**
   * One programme's row of the account's rating sheet, as after saving it.
   *
   * @throws id.rancang.shared.NotFoundException unless the account evaluates the region's exercise
   *     and the programme is of its masterplan
   */
  @Transactional(readOnly = true)
  public RatedProgramme row(long regionId, long exerciseId, long accountId, long programmeId) {
    Setting setting = access.setting(regionId, exerciseId);
    Evaluator evaluator = access.evaluator(regionId, exerciseId, accountId);
    Programme p = portfolio.get(regionId, setting.masterplanId(), programmeId);
    RatedProgramme row =
        new RatedProgramme(
            p.id(),
            p.code(),
            p.name(),
            p.dimension(),
            p.status(),
            p.status() != ProgrammeStatus.CANCELLED,
            Map.of());
    return withRatings(evaluator, new Page<>(List.of(row), 0, 1, 1)).items().get(0);
  }

  /** Whether evaluators may change their ratings (the exercise is open). */
  @Transactional(readOnly = true)
  public boolean open(long regionId, long exerciseId) {
    return access.setting(regionId, exerciseId).open();
  }

  /** The rated criteria of the exercise with their scales, in order. */
  @Transactional(readOnly = true)
  public List<RatedCriterion> criteria(long regionId, long exerciseId) {
    return ratedCriteria(access.setting(regionId, exerciseId).id());
  }

  private Page<RatedProgramme> withRatings(Evaluator evaluator, Page<RatedProgramme> sheet) {
    Map<Long, Map<Long, Rating>> ratings = new HashMap<>();
    List<Long> ids = sheet.items().stream().map(RatedProgramme::id).toList();
    if (!ids.isEmpty()) {
      jdbc.sql(
              "select programme_id, criterion_id, level, version from rating"
                  + " where evaluator_id = ? and programme_id in ("
                  + placeholders(ids.size())
                  + ")")
          .params(params(evaluator.id(), ids))
          .query(
              rs -> {
                ratings
                    .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                    .put(rs.getLong(2), new Rating(rs.getInt(3), rs.getInt(4)));
              });
    }
    return sheet.map(
        p ->
            new RatedProgramme(
                p.id(),
                p.code(),
                p.name(),
                p.dimension(),
                p.status(),
                p.ratable(),
                ratings.getOrDefault(p.id(), Map.of())));
  }

  /**
   * Saves several ratings at once, all or nothing: ratings whose level did not change are left
   * alone whatever version they carry.
   *
   * @throws InvalidInputException when the exercise is not open, a criterion is not rated on a
   *     scale, a level is not on its scale, or a programme is not the masterplan's or is cancelled
   * @throws ConcurrentEditException when a rating changed since the version the evaluator saw
   */
  public void rateAll(
      long regionId, long exerciseId, long accountId, List<RatingCommand> commands) {
    Setting setting = access.setting(regionId, exerciseId);
    Evaluator evaluator = access.evaluator(regionId, exerciseId, accountId);
    setting.requireOpen();
    Map<Long, RatedCriterion> criteria =
        ratedCriteria(exerciseId).stream()
            .collect(Collectors.toMap(RatedCriterion::id, c -> c, (a, b) -> a, LinkedHashMap::new));
    Map<Long, ProgrammeStatus> programmes = programmeStatuses(regionId, setting, commands);
    List<FieldProblem> problems = new ArrayList<>();
    for (RatingCommand c : commands) {
      String field = "rating[" + c.programmeId() + "-" + c.criterionId() + "]";
      RatedCriterion criterion = criteria.get(c.criterionId());
      ProgrammeStatus status = programmes.get(c.programmeId());
      if (criterion == null) {
        problems.add(FieldProblem.of(field, "prioritisation.rating.unknownCriterion"));
      } else if (status == null) {
        problems.add(FieldProblem.of(field, "prioritisation.rating.unknownProgramme"));
      } else if (status == ProgrammeStatus.CANCELLED) {
        problems.add(FieldProblem.of(field, "prioritisation.rating.cancelled"));
      } else if (c.level() != null && !criterion.hasLevel(c.level())) {
        problems.add(
            FieldProblem.of(
                field,
                "prioritisation.rating.offScale",
                criterion.name(),
                c.level(),
                criterion.topLevel()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    for (RatingCommand c : commands) {
      save(regionId, evaluator, c);
    }
  }

  private void save(long regionId, Evaluator evaluator, RatingCommand c) {
    String key = c.programmeId() + "-" + c.criterionId();
    Optional<Rating> before =
        jdbc.sql(
                "select level, version from rating where evaluator_id = ? and programme_id = ?"
                    + " and criterion_id = ? for update")
            .params(evaluator.id(), c.programmeId(), c.criterionId())
            .query((rs, n) -> new Rating(rs.getInt(1), rs.getInt(2)))
            .optional();
    if (before.isEmpty()) {
      if (c.level() == null) {
        return;
      }
      if (c.version() != 0) {
        throw new ConcurrentEditException(RECORD_TYPE, key);
      }
      int inserted =
          jdbc.sql(
                  "insert into rating (evaluator_id, region_id, programme_id, criterion_id, level)"
                      + " values (?, ?, ?, ?, ?) on conflict do nothing")
              .params(evaluator.id(), regionId, c.programmeId(), c.criterionId(), c.level())
              .update();
      if (inserted == 0) {
        throw new ConcurrentEditException(RECORD_TYPE, key);
      }
      events.publishEvent(
          RecordChanged.created(
              regionId,
              RECORD_TYPE,
              evaluator.id(),
              Snapshot.of("rating", key, "level", c.level())));
      return;
    }
    Rating old = before.get();
    if (c.level() != null && old.level() == c.level()) {
      return;
    }
    if (old.version() != c.version()) {
      throw new ConcurrentEditException(RECORD_TYPE, key);
    }
    if (c.level() == null) {
      jdbc.sql(
              "delete from rating where evaluator_id = ? and programme_id = ? and criterion_id = ?")
          .params(evaluator.id(), c.programmeId(), c.criterionId())
          .update();
      events.publishEvent(
          RecordChanged.deleted(
              regionId,
              RECORD_TYPE,
              evaluator.id(),
              Snapshot.of("rating", key, "level", old.level())));
      return;
    }
    jdbc.sql(
            "update rating set level = ?, version = version + 1, updated_at = now()"
                + " where evaluator_id = ? and programme_id = ? and criterion_id = ?")
        .params(c.level(), evaluator.id(), c.programmeId(), c.criterionId())
        .update();
    events.publishEvent(
        RecordChanged.updated(
            regionId,
            RECORD_TYPE,
            evaluator.id(),
            Snapshot.of("rating", key, "level", old.level()),
            Snapshot.of("rating", key, "level", c.level())));
  }

  /** The leaf criteria rated on a scale, in order (top-level order, then sub-criteria). */
  List<RatedCriterion> ratedCriteria(long exerciseId) {
    record Row(long id, Long parent, String code, String name, String kind, int position) {}
    List<Row> rows =
        jdbc.sql(
                "select id, parent_id, code, name, kind, position from criterion"
                    + " where exercise_id = ? order by position, id")
            .params(exerciseId)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getLong(1),
                        rs.getObject(2, Long.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6)))
            .list();
    Map<Long, List<ScaleLevel>> levels = new HashMap<>();
    jdbc.sql(
            "select l.criterion_id, l.level, l.label, l.definition from criterion_level l"
                + " join criterion c on c.id = l.criterion_id where c.exercise_id = ?"
                + " order by l.criterion_id, l.level")
        .params(exerciseId)
        .query(
            rs -> {
              levels
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(new ScaleLevel(rs.getInt(2), rs.getString(3), rs.getString(4)));
            });
    List<RatedCriterion> rated = new ArrayList<>();
    for (Row top : rows) {
      if (top.parent() != null) {
        continue;
      }
      List<Row> children =
          rows.stream().filter(r -> Long.valueOf(top.id()).equals(r.parent())).toList();
      List<Row> leaves = children.isEmpty() ? List.of(top) : children;
      for (Row leaf : leaves) {
        if ("RATED".equals(leaf.kind())) {
          rated.add(
              new RatedCriterion(
                  leaf.id(),
                  leaf.code(),
                  leaf.name(),
                  leaf == top ? null : top.name(),
                  levels.getOrDefault(leaf.id(), List.of())));
        }
      }
    }
    return rated;
  }

  private Map<Long, ProgrammeStatus> programmeStatuses(
      long regionId, Setting setting, List<RatingCommand> commands) {
    Map<Long, ProgrammeStatus> statuses = new HashMap<>();
    for (Long id : commands.stream().map(RatingCommand::programmeId).distinct().toList()) {
      portfolio
          .masterplanOf(regionId, id)
          .filter(m -> m == setting.masterplanId())
          .ifPresent(m -> statuses.put(id, portfolio.get(regionId, m, id).status()));
    }
    return statuses;
  }

  private static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  private static List<Object> params(long first, List<Long> rest) {
    List<Object> params = new ArrayList<>();
    params.add(first);
    params.addAll(rest);
    return params;
  }
}
