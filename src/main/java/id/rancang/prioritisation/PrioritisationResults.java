package id.rancang.prioritisation;

import id.rancang.prioritisation.EvaluatorAccess.Setting;
import id.rancang.prioritisation.rules.AhpInputException;
import id.rancang.prioritisation.rules.Alternative;
import id.rancang.prioritisation.rules.Direction;
import id.rancang.prioritisation.rules.Evaluator;
import id.rancang.prioritisation.rules.GroupAggregation;
import id.rancang.prioritisation.rules.GroupAggregationResult;
import id.rancang.prioritisation.rules.Judgement;
import id.rancang.prioritisation.rules.PairwiseComparisons;
import id.rancang.prioritisation.rules.RankingModel;
import id.rancang.prioritisation.rules.RankingResult;
import id.rancang.prioritisation.rules.RatingCriterion;
import id.rancang.prioritisation.rules.RatingScale;
import id.rancang.programme.BudgetItem;
import id.rancang.programme.Horizon;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeCatalog;
import id.rancang.programme.ProgrammeOrigins;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.web.Access;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results of a prioritisation exercise, computed from the saved judgements and ratings by the
 * AHP engine each time they are asked for (nothing computed is stored, so results always match the
 * input):
 *
 * <ul>
 *   <li>the criteria weights of every matrix, aggregated over the evaluators by judgements (AIJ)
 *       and by priorities (AIP) side by side, for everyone and for each evaluator group, with the
 *       consensus; a leaf criterion's global weight is its parent's weight times its local weight;
 *   <li>the ranking of the masterplan's programmes (all but cancelled ones) by weighted sum, with
 *       TOPSIS as second view, per dimension, the suggested quick win of each dimension, and how
 *       far each weight can move before the first place changes.
 * </ul>
 *
 * <p>An evaluator's say: a group's weight is shared among its evaluators by their own weights, so a
 * large group does not outweigh a small one with the same weight. A programme's rating on a
 * criterion is the mean level its evaluators gave, weighted the same way.
 *
 * <p>Who sees results: the team (region administrators and editors) always; other members of the
 * region and the evaluators once the team publishes them.
 */
@Service
@Transactional(readOnly = true)
public class PrioritisationResults {

  private final JdbcClient jdbc;
  private final EvaluatorAccess access;
  private final Ratings ratings;
  private final ProgrammeCatalog catalog;
  private final ProgrammeOrigins origins;

  PrioritisationResults(
      JdbcClient jdbc,
      EvaluatorAccess access,
      Ratings ratings,
      ProgrammeCatalog catalog,
      ProgrammeOrigins origins) {
    this.jdbc = jdbc;
    this.access = access;
    this.ratings = ratings;
    this.catalog = catalog;
    this.origins = origins;
  }

  /**
   * The criteria weights of the exercise.
   *
   * @param team whether the caller is of the team, who see results before they are published
   * @throws AccessDeniedException for others while the results are not published
   */
  public CriteriaWeights weights(long regionId, long exerciseId, boolean team) {
    Setting setting = visible(regionId, exerciseId, team);
    return weights(setting, load(setting));
  }

  /**
   * The ranking of the masterplan's programmes under the exercise's weights, with sensitivity.
   *
   * @throws AccessDeniedException for others than the team while the results are not published
   */
  public ProgrammeRanking ranking(long regionId, long exerciseId, boolean team) {
    Setting setting = visible(regionId, exerciseId, team);
    Input input = load(setting);
    CriteriaWeights weights = weights(setting, input);
    return ranking(regionId, setting, input, weights, null, 0);
  }

  /**
   * The ranking as it would be with one leaf criterion's global weight set to {@code weight} and
   * the others rescaled proportionally (the sensitivity slider).
   *
   * @throws NotFoundException when the criterion is not a leaf criterion of the exercise
   */
  public ProgrammeRanking whatIf(
      long regionId, long exerciseId, boolean team, long criterionId, double weight) {
    Setting setting = visible(regionId, exerciseId, team);
    Input input = load(setting);
    CriteriaWeights weights = weights(setting, input);
    if (weights.leaves().stream().noneMatch(l -> l.criterionId() == criterionId)) {
      throw new NotFoundException("criterion", criterionId);
    }
    return ranking(
        regionId, setting, input, weights, criterionId, Math.max(0, Math.min(1, weight)));
  }

  /**
   * Whether the person making the request is of the team (region administrator or editor), who see
   * results before they are published. A participant sees an exercise only as one of its
   * evaluators: to any other participant it does not exist.
   *
   * @throws NotFoundException for a participant who does not evaluate the exercise
   */
  public boolean teamOrReader(long regionId, long exerciseId, long accountId) {
    boolean team = Access.hasAnyRole("REGION_ADMIN", "EDITOR");
    boolean member = team || Access.hasAnyRole("OPD_CONTRIBUTOR", "REVIEWER");
    if (!member && access.findEvaluator(regionId, exerciseId, accountId).isEmpty()) {
      throw new NotFoundException(EvaluatorAccess.EXERCISE, exerciseId);
    }
    return team;
  }

  /**
   * The ranking of the masterplan's most recently published exercise, if one is published: what
   * Buku 2 shows.
   */
  public java.util.Optional<ProgrammeRanking> published(long regionId, long masterplanId) {
    return jdbc.sql(
            "select id from prioritisation_exercise where region_id = ? and masterplan_id = ?"
                + " and status = 'PUBLISHED' order by published_at desc nulls last, id desc"
                + " limit 1")
        .params(regionId, masterplanId)
        .query(Long.class)
        .optional()
        .map(id -> ranking(regionId, id, false));
  }

  // --- visibility and input ---

  private Setting visible(long regionId, long exerciseId, boolean team) {
    Setting setting = access.setting(regionId, exerciseId);
    if (!team && !"PUBLISHED".equals(setting.status())) {
      throw new AccessDeniedException("the results are not published yet");
    }
    return setting;
  }

  /** Everything the calculations read, in a handful of queries whatever the size. */
  private record Input(
      List<CriterionRow> criteria,
      List<EvaluatorRow> evaluators,
      Map<Long, Map<String, Double>> judgementsByEvaluator) {}

  private record CriterionRow(
      long id,
      Long parentId,
      String code,
      String name,
      String kind,
      String measure,
      String direction) {}

  private record EvaluatorRow(long id, String group, double weight) {}

  private Input load(Setting setting) {
    List<CriterionRow> criteria =
        jdbc.sql(
                "select id, parent_id, code, name, kind, measure, direction from criterion"
                    + " where exercise_id = ? order by position, id")
            .params(setting.id())
            .query(
                (rs, n) ->
                    new CriterionRow(
                        rs.getLong(1),
                        rs.getObject(2, Long.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
            .list();
    // a group's weight shared among its evaluators by their own weights
    List<EvaluatorRow> evaluators =
        jdbc.sql(
                "select e.id, g.name, g.weight * e.weight"
                    + " / sum(e.weight) over (partition by e.group_id)"
                    + " from evaluator e join evaluator_group g on g.id = e.group_id"
                    + " where e.exercise_id = ? order by g.position, g.id, e.id")
            .params(setting.id())
            .query((rs, n) -> new EvaluatorRow(rs.getLong(1), rs.getString(2), rs.getDouble(3)))
            .list();
    Map<Long, Map<String, Double>> judgements = new HashMap<>();
    jdbc.sql(
            "select j.evaluator_id, j.first_id, j.second_id, j.value from judgement j"
                + " join evaluator e on e.id = j.evaluator_id where e.exercise_id = ?")
        .params(setting.id())
        .query(
            rs -> {
              judgements
                  .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                  .put(rs.getLong(2) + "-" + rs.getLong(3), rs.getDouble(4));
            });
    return new Input(criteria, evaluators, judgements);
  }

  // --- weights ---

  private CriteriaWeights weights(Setting setting, Input input) {
    List<CriterionRow> top = children(input, null);
    List<WeightSet> sets = new ArrayList<>();
    WeightSet topSet = weightSet(setting, input, null, top);
    sets.add(topSet);
    Map<Long, WeightSet> subSets = new LinkedHashMap<>();
    for (CriterionRow parent : top) {
      List<CriterionRow> subs = children(input, parent.id());
      if (subs.size() >= 2) {
        WeightSet sub = weightSet(setting, input, parent, subs);
        sets.add(sub);
        subSets.put(parent.id(), sub);
      }
    }
    boolean aij = !"AIP".equals(setting.aggregationOrDefault());
    List<String> groups = input.evaluators().stream().map(EvaluatorRow::group).distinct().toList();
    List<LeafWeight> leaves = new ArrayList<>();
    boolean complete = topSet.chosen(aij) != null;
    for (int t = 0; t < top.size(); t++) {
      CriterionRow parent = top.get(t);
      Double parentWeight = weightAt(topSet.chosen(aij), t);
      Map<String, Double> parentByGroup = new LinkedHashMap<>();
      for (String g : groups) {
        parentByGroup.put(g, weightAt(topSet.chosenOfGroup(g, aij), t));
      }
      List<CriterionRow> subs = children(input, parent.id());
      if (subs.isEmpty()) {
        leaves.add(leaf(parent, null, 1.0, parentWeight, parentByGroup, Map.of()));
        continue;
      }
      WeightSet sub = subSets.get(parent.id());
      if (sub != null && sub.chosen(aij) == null) {
        complete = false;
      }
      for (int s = 0; s < subs.size(); s++) {
        Double local = sub == null ? Double.valueOf(1.0) : weightAt(sub.chosen(aij), s);
        Map<String, Double> localByGroup = new LinkedHashMap<>();
        for (String g : groups) {
          localByGroup.put(
              g, sub == null ? Double.valueOf(1.0) : weightAt(sub.chosenOfGroup(g, aij), s));
        }
        leaves.add(leaf(subs.get(s), parent, local, parentWeight, parentByGroup, localByGroup));
      }
    }
    return new CriteriaWeights(
        setting.id(),
        setting.name(),
        setting.masterplanId(),
        aij ? "AIJ" : "AIP",
        setting.riTable(),
        setting.status(),
        input.evaluators().size(),
        sets,
        leaves,
        complete && !top.isEmpty());
  }

  private static LeafWeight leaf(
      CriterionRow criterion,
      CriterionRow parent,
      Double local,
      Double parentWeight,
      Map<String, Double> parentByGroup,
      Map<String, Double> localByGroup) {
    Double global = local == null || parentWeight == null ? null : local * parentWeight;
    Map<String, Double> byGroup = new LinkedHashMap<>();
    parentByGroup.forEach(
        (g, w) -> {
          Double l = parent == null ? Double.valueOf(1.0) : localByGroup.get(g);
          byGroup.put(g, w == null || l == null ? null : w * l);
        });
    return new LeafWeight(
        criterion.id(),
        criterion.code(),
        criterion.name(),
        parent == null ? null : parent.name(),
        criterion.kind(),
        local,
        global,
        byGroup);
  }

  private static Double weightAt(List<Double> weights, int index) {
    return weights == null ? null : weights.get(index);
  }

  private static WeightSet weightSet(
      Setting setting, Input input, CriterionRow parent, List<CriterionRow> members) {
    List<ComparedCriterion> criteria =
        members.stream().map(c -> new ComparedCriterion(c.id(), c.code(), c.name())).toList();
    ComparedCriterion parentCriterion =
        parent == null ? null : new ComparedCriterion(parent.id(), parent.code(), parent.name());
    if (members.size() < 2) {
      // one criterion alone carries all the weight
      return new WeightSet(parentCriterion, criteria, null, Map.of(), List.of(), 0, null);
    }
    List<Evaluator> evaluators = new ArrayList<>();
    for (EvaluatorRow e : input.evaluators()) {
      Map<String, Double> saved = input.judgementsByEvaluator().getOrDefault(e.id(), Map.of());
      List<Judgement> judgements = new ArrayList<>();
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          long a = members.get(i).id();
          long b = members.get(j).id();
          Double v = saved.get(Math.min(a, b) + "-" + Math.max(a, b));
          if (v != null) {
            judgements.add(new Judgement(i, j, a < b ? v : 1 / v));
          }
        }
      }
      if (!judgements.isEmpty()) {
        evaluators.add(
            new Evaluator(
                String.valueOf(e.id()),
                e.group(),
                e.weight(),
                PairwiseComparisons.ofJudgements(members.size(), judgements)));
      }
    }
    if (evaluators.isEmpty()) {
      return new WeightSet(
          parentCriterion,
          criteria,
          null,
          Map.of(),
          List.of(),
          0,
          "prioritisation.results.noJudgements");
    }
    try {
      GroupAggregationResult result = GroupAggregation.aggregate(evaluators, setting.options());
      return new WeightSet(
          parentCriterion,
          criteria,
          result.combined(),
          result.byGroup(),
          result.notConnected(),
          evaluators.size(),
          null);
    } catch (AhpInputException e) {
      return new WeightSet(
          parentCriterion,
          criteria,
          null,
          Map.of(),
          List.of(),
          evaluators.size(),
          "prioritisation.results.notConnected");
    }
  }

  private static List<CriterionRow> children(Input input, Long parent) {
    return input.criteria().stream()
        .filter(c -> parent == null ? c.parentId() == null : parent.equals(c.parentId()))
        .toList();
  }

  // --- ranking ---

  private ProgrammeRanking ranking(
      long regionId,
      Setting setting,
      Input input,
      CriteriaWeights weights,
      Long changedCriterion,
      double changedWeight) {
    List<LeafWeight> leaves = weights.leaves();
    if (!weights.complete() || leaves.isEmpty()) {
      return ProgrammeRanking.notYet(weights);
    }
    Map<Long, RatedCriterion> rated = new HashMap<>();
    for (RatedCriterion c : ratings.ratedCriteria(setting.id())) {
      rated.put(c.id(), c);
    }
    Map<Long, CriterionRow> rows = new HashMap<>();
    input.criteria().forEach(c -> rows.put(c.id(), c));
    List<RatingCriterion> criteria = new ArrayList<>();
    for (LeafWeight leaf : leaves) {
      CriterionRow row = rows.get(leaf.criterionId());
      if ("MEASURED".equals(row.kind())) {
        criteria.add(
            new RatingCriterion.Measured(
                String.valueOf(row.id()), Direction.valueOf(row.direction()), null));
      } else {
        RatedCriterion c = rated.get(row.id());
        int levels = c == null ? 0 : c.topLevel();
        if (levels < 2) {
          return ProgrammeRanking.notYet(weights);
        }
        criteria.add(
            new RatingCriterion.Scaled(String.valueOf(row.id()), RatingScale.linear(levels)));
      }
    }
    Map<Long, Map<Long, Double>> meanLevels = meanLevels(setting.id());
    Map<Long, Long> support = origins.supportByProgramme(regionId, setting.masterplanId());
    List<Alternative> alternatives = new ArrayList<>();
    Map<String, Programme> programmes = new LinkedHashMap<>();
    List<UnrankedProgramme> unranked = new ArrayList<>();
    for (Programme p : catalog.all(regionId, setting.masterplanId())) {
      if (p.status() == ProgrammeStatus.CANCELLED) {
        continue;
      }
      List<Double> values = new ArrayList<>();
      int missing = 0;
      for (LeafWeight leaf : leaves) {
        CriterionRow row = rows.get(leaf.criterionId());
        if ("MEASURED".equals(row.kind())) {
          values.add(measure(p, row.measure(), support));
        } else {
          Double level = meanLevels.getOrDefault(p.id(), Map.of()).get(row.id());
          if (level == null) {
            missing++;
          }
          values.add(level);
        }
      }
      if (missing > 0) {
        unranked.add(new UnrankedProgramme(p.id(), p.code(), p.name(), p.dimension(), missing));
        continue;
      }
      alternatives.add(
          new Alternative(
              String.valueOf(p.id()),
              p.dimension().name(),
              p.quickWin() || p.horizon() == Horizon.QUICK_WIN,
              values));
      programmes.put(String.valueOf(p.id()), p);
    }
    if (alternatives.isEmpty()) {
      return new ProgrammeRanking(
          weights, List.of(), Map.of(), List.of(), unranked, null, null, changedCriterion, null);
    }
    List<Double> globals = leaves.stream().map(LeafWeight::global).toList();
    RankingModel model = RankingModel.of(criteria, globals, alternatives);
    RankingResult result;
    List<Double> used = globals;
    if (changedCriterion != null) {
      int k = indexOf(leaves, changedCriterion);
      result = model.rankWithWeight(k, changedWeight);
      used = model.weightsWith(k, changedWeight);
    } else {
      result = model.rank();
    }
    return ProgrammeRanking.of(
        weights,
        result,
        programmes,
        unranked,
        changedCriterion == null ? model.sensitivity() : null,
        changedCriterion,
        used);
  }

  private static int indexOf(List<LeafWeight> leaves, long criterionId) {
    for (int k = 0; k < leaves.size(); k++) {
      if (leaves.get(k).criterionId() == criterionId) {
        return k;
      }
    }
    throw new NotFoundException("criterion", criterionId);
  }

  /** Each programme's mean level per rated criterion, weighted by the evaluators' say. */
  private Map<Long, Map<Long, Double>> meanLevels(long exerciseId) {
    Map<Long, Map<Long, Double>> means = new HashMap<>();
    jdbc.sql(
            "with say as (select e.id, g.weight * e.weight"
                + " / sum(e.weight) over (partition by e.group_id) as w"
                + " from evaluator e join evaluator_group g on g.id = e.group_id"
                + " where e.exercise_id = ?)"
                + " select r.programme_id, r.criterion_id, sum(r.level * s.w) / sum(s.w)"
                + " from rating r join say s on s.id = r.evaluator_id"
                + " group by r.programme_id, r.criterion_id")
        .params(exerciseId)
        .query(
            rs -> {
              means
                  .computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                  .put(rs.getLong(2), rs.getDouble(3));
            });
    return means;
  }

  private static double measure(Programme p, String measure, Map<Long, Long> support) {
    return switch (measure) {
      case "TOTAL_COST" ->
          p.budget().stream().map(BudgetItem::amount).mapToDouble(a -> a.doubleValue()).sum();
      case "DURATION" -> p.endYear() - p.startYear() + 1;
      case "PARTNERS" -> p.partners().size();
      case "SUPPORT" -> support.getOrDefault(p.id(), 0L);
      default -> throw new IllegalStateException("unknown measure " + measure);
    };
  }
}
