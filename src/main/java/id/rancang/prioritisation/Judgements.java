package id.rancang.prioritisation;

import id.rancang.prioritisation.EvaluatorAccess.Evaluator;
import id.rancang.prioritisation.EvaluatorAccess.Setting;
import id.rancang.prioritisation.rules.AhpInputException;
import id.rancang.prioritisation.rules.AhpPriorities;
import id.rancang.prioritisation.rules.Judgement;
import id.rancang.prioritisation.rules.PairwiseComparisons;
import id.rancang.prioritisation.rules.PriorityResult;
import id.rancang.prioritisation.rules.SaatyScale;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An evaluator's pairwise comparisons of the criteria: one matrix for the top-level criteria and
 * one for the sub-criteria of each criterion that has two or more. Judgements are saved one pair at
 * a time as the evaluator goes, and every answer carries the weights, the consistency ratio and the
 * judgements worth reconsidering, computed by the AHP engine on what is saved. Only the evaluator
 * reads and writes their own judgements here, and only while the exercise is open; a judgement
 * changed meanwhile elsewhere (another tab, another device) is never overwritten.
 */
@Service
@Transactional
public class Judgements {

  /** The record type of judgements in the audit trail. */
  public static final String RECORD_TYPE = "judgement";

  private static final double SAME = 1e-9;

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final EvaluatorAccess access;

  Judgements(JdbcClient jdbc, ApplicationEventPublisher events, EvaluatorAccess access) {
    this.jdbc = jdbc;
    this.events = events;
    this.access = access;
  }

  /**
   * The account's own comparisons in the exercise.
   *
   * @throws NotFoundException when the exercise is not the region's or the account is not one of
   *     its evaluators
   */
  @Transactional(readOnly = true)
  public MyComparisons mine(long regionId, long exerciseId, long accountId) {
    Setting setting = access.setting(regionId, exerciseId);
    Evaluator evaluator = access.evaluator(regionId, exerciseId, accountId);
    return comparisons(setting, evaluator);
  }

  /** Whether the account is an evaluator of the region's exercise. */
  @Transactional(readOnly = true)
  public boolean isEvaluator(long regionId, long exerciseId, long accountId) {
    return access.findEvaluator(regionId, exerciseId, accountId).isPresent();
  }

  /**
   * Saves (or with a null value takes back) one judgement and answers with the set it belongs to,
   * recomputed.
   *
   * @throws InvalidInputException when the exercise is not open, the criteria are not a pair of one
   *     set, or the value lies outside 1/9 to 9
   * @throws ConcurrentEditException when the judgement changed since the version the evaluator saw
   */
  public ComparisonSet judge(
      long regionId, long exerciseId, long accountId, JudgementCommand command) {
    Setting setting = access.setting(regionId, exerciseId);
    Evaluator evaluator = access.evaluator(regionId, exerciseId, accountId);
    setting.requireOpen();
    Map<Long, CriterionRow> criteria = criteria(exerciseId);
    long first = Math.min(command.firstId(), command.secondId());
    long second = Math.max(command.firstId(), command.secondId());
    Double value = command.value();
    if (value != null && command.firstId() > command.secondId()) {
      value = 1 / value;
    }
    validate(criteria, command, value);
    save(regionId, evaluator, first, second, value, command.version());
    long parent = parentKey(criteria.get(first));
    return comparisons(setting, evaluator).sets().stream()
        .filter(s -> (s.parent() == null ? -1 : s.parent().id()) == parent)
        .findFirst()
        .orElseThrow();
  }

  /**
   * Saves several judgements at once (a whole set from a form without JavaScript), all or nothing:
   * pairs whose value did not change are left alone, whatever version they carry.
   */
  public MyComparisons judgeAll(
      long regionId, long exerciseId, long accountId, List<JudgementCommand> commands) {
    Setting setting = access.setting(regionId, exerciseId);
    Evaluator evaluator = access.evaluator(regionId, exerciseId, accountId);
    setting.requireOpen();
    Map<Long, CriterionRow> criteria = criteria(exerciseId);
    List<FieldProblem> problems = new ArrayList<>();
    for (JudgementCommand command : commands) {
      try {
        validate(criteria, command, command.value());
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    for (JudgementCommand command : commands) {
      long first = Math.min(command.firstId(), command.secondId());
      long second = Math.max(command.firstId(), command.secondId());
      Double value = command.value();
      if (value != null && command.firstId() > command.secondId()) {
        value = 1 / value;
      }
      save(regionId, evaluator, first, second, value, command.version());
    }
    return comparisons(setting, evaluator);
  }

  /** Marks the evaluator's comparisons and ratings as done (they may still change them). */
  public MyComparisons submit(long regionId, long exerciseId, long accountId) {
    Setting setting = access.setting(regionId, exerciseId);
    Evaluator evaluator = access.evaluator(regionId, exerciseId, accountId);
    setting.requireOpen();
    MyComparisons current = comparisons(setting, evaluator);
    for (ComparisonSet set : current.sets()) {
      if (set.result() == null) {
        throw InvalidInputException.of(
            "judgements",
            "prioritisation.judgement.submitIncomplete",
            set.parent() == null ? "-" : set.parent().name());
      }
    }
    jdbc.sql("update evaluator set submitted_at = now(), version = version + 1 where id = ?")
        .params(evaluator.id())
        .update();
    events.publishEvent(
        RecordChanged.updated(
            regionId,
            "evaluator",
            evaluator.id(),
            Snapshot.of("submitted", false),
            Snapshot.of("submitted", true)));
    return comparisons(setting, access.evaluator(regionId, exerciseId, accountId));
  }

  // --- reading ---

  private MyComparisons comparisons(Setting setting, Evaluator evaluator) {
    Map<Long, CriterionRow> criteria = criteria(setting.id());
    Map<String, Saved> saved = new HashMap<>();
    jdbc.sql("select first_id, second_id, value, version from judgement where evaluator_id = ?")
        .params(evaluator.id())
        .query(
            rs -> {
              saved.put(
                  rs.getLong(1) + "-" + rs.getLong(2), new Saved(rs.getDouble(3), rs.getInt(4)));
            });
    List<ComparisonSet> sets = new ArrayList<>();
    List<CriterionRow> top = children(criteria, null);
    sets.add(set(setting, null, top, saved));
    for (CriterionRow parent : top) {
      List<CriterionRow> subs = children(criteria, parent.id());
      if (subs.size() >= 2) {
        sets.add(set(setting, parent, subs, saved));
      }
    }
    return new MyComparisons(
        setting.id(),
        setting.name(),
        setting.masterplanId(),
        evaluator.id(),
        setting.open(),
        evaluator.submittedAt(),
        sets);
  }

  private static ComparisonSet set(
      Setting setting, CriterionRow parent, List<CriterionRow> members, Map<String, Saved> saved) {
    List<ComparedCriterion> criteria = members.stream().map(CriterionRow::compared).toList();
    List<PairJudgement> pairs = new ArrayList<>();
    List<Judgement> judgements = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        CriterionRow a = members.get(i);
        CriterionRow b = members.get(j);
        // stored with the lower id first; shown in the criteria's order
        boolean inOrder = a.id() < b.id();
        Saved s = saved.get(Math.min(a.id(), b.id()) + "-" + Math.max(a.id(), b.id()));
        Double value = s == null ? null : inOrder ? s.value() : 1 / s.value();
        pairs.add(
            new PairJudgement(a.compared(), b.compared(), value, s == null ? 0 : s.version()));
        if (value != null) {
          judgements.add(new Judgement(i, j, value));
        }
      }
    }
    PriorityResult result = null;
    String problem = null;
    if (members.size() < 2) {
      problem = "prioritisation.judgement.tooFewCriteria";
    } else {
      PairwiseComparisons comparisons =
          PairwiseComparisons.ofJudgements(members.size(), judgements);
      if (comparisons.groups().size() > 1) {
        problem = "prioritisation.judgement.notConnected";
      } else {
        try {
          result = AhpPriorities.derive(comparisons, setting.options());
        } catch (AhpInputException e) {
          problem = "prioritisation.judgement.cannotDerive";
        }
      }
    }
    return new ComparisonSet(
        parent == null ? null : parent.compared(), criteria, pairs, result, problem);
  }

  private Map<Long, CriterionRow> criteria(long exerciseId) {
    Map<Long, CriterionRow> criteria = new LinkedHashMap<>();
    jdbc.sql(
            "select id, parent_id, code, name from criterion where exercise_id = ?"
                + " order by position, id")
        .params(exerciseId)
        .query(
            rs -> {
              long id = rs.getLong(1);
              Long parent = rs.getObject(2, Long.class);
              criteria.put(id, new CriterionRow(id, parent, rs.getString(3), rs.getString(4)));
            });
    return criteria;
  }

  private static List<CriterionRow> children(Map<Long, CriterionRow> criteria, Long parent) {
    return criteria.values().stream()
        .filter(c -> parent == null ? c.parentId() == null : parent.equals(c.parentId()))
        .toList();
  }

  private static long parentKey(CriterionRow criterion) {
    return criterion.parentId() == null ? -1 : criterion.parentId();
  }

  // --- writing ---

  private static void validate(
      Map<Long, CriterionRow> criteria, JudgementCommand command, Double value) {
    String field = "judgement[" + command.firstId() + "-" + command.secondId() + "]";
    CriterionRow a = criteria.get(command.firstId());
    CriterionRow b = criteria.get(command.secondId());
    if (a == null || b == null) {
      throw InvalidInputException.of(field, "prioritisation.judgement.unknownCriterion");
    }
    if (a.id() == b.id()) {
      throw InvalidInputException.of(field, "prioritisation.judgement.sameCriterion", a.name());
    }
    if (parentKey(a) != parentKey(b)) {
      throw InvalidInputException.of(
          field, "prioritisation.judgement.notSiblings", a.name(), b.name());
    }
    if (value != null && (!(value > 0) || !SaatyScale.contains(value))) {
      throw InvalidInputException.of(
          field, "prioritisation.judgement.offScale", a.name(), b.name());
    }
  }

  private void save(
      long regionId, Evaluator evaluator, long first, long second, Double value, int version) {
    Optional<Saved> before =
        jdbc.sql(
                "select value, version from judgement where evaluator_id = ? and first_id = ?"
                    + " and second_id = ? for update")
            .params(evaluator.id(), first, second)
            .query((rs, n) -> new Saved(rs.getDouble(1), rs.getInt(2)))
            .optional();
    String pair = first + "-" + second;
    if (before.isEmpty()) {
      if (value == null) {
        return;
      }
      if (version != 0) {
        // the evaluator saw a judgement that someone took back meanwhile
        throw new ConcurrentEditException(RECORD_TYPE, pair);
      }
      int inserted =
          jdbc.sql(
                  "insert into judgement (evaluator_id, region_id, first_id, second_id, value)"
                      + " values (?, ?, ?, ?, ?) on conflict do nothing")
              .params(evaluator.id(), regionId, first, second, value)
              .update();
      if (inserted == 0) {
        throw new ConcurrentEditException(RECORD_TYPE, pair);
      }
      events.publishEvent(
          RecordChanged.created(
              regionId, RECORD_TYPE, evaluator.id(), Snapshot.of("pair", pair, "value", value)));
      return;
    }
    Saved old = before.get();
    if (value != null && Math.abs(old.value() - value) < SAME) {
      return;
    }
    if (old.version() != version) {
      throw new ConcurrentEditException(RECORD_TYPE, pair);
    }
    if (value == null) {
      jdbc.sql("delete from judgement where evaluator_id = ? and first_id = ? and second_id = ?")
          .params(evaluator.id(), first, second)
          .update();
      events.publishEvent(
          RecordChanged.deleted(
              regionId,
              RECORD_TYPE,
              evaluator.id(),
              Snapshot.of("pair", pair, "value", old.value())));
      return;
    }
    jdbc.sql(
            "update judgement set value = ?, version = version + 1, updated_at = now()"
                + " where evaluator_id = ? and first_id = ? and second_id = ?")
        .params(value, evaluator.id(), first, second)
        .update();
    events.publishEvent(
        RecordChanged.updated(
            regionId,
            RECORD_TYPE,
            evaluator.id(),
            Snapshot.of("pair", pair, "value", old.value()),
            Snapshot.of("pair", pair, "value", value)));
  }

  private record CriterionRow(long id, Long parentId, String code, String name) {

    ComparedCriterion compared() {
      return new ComparedCriterion(id, code, name);
    }
  }

  private record Saved(double value, int version) {}
}
