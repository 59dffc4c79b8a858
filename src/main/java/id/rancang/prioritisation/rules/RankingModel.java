package id.rancang.prioritisation.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores and ranks alternatives (programmes) on rated criteria with criteria weights, and measures
 * how the ranking responds to the weights. Built once per set of ratings; ranking under other
 * weights reuses the normalised ratings, so a weight slider can re-rank live.
 *
 * <p>Each rating becomes a number in [0, 1]: a scaled criterion's level through its {@link
 * RatingScale}, a measured criterion's raw value by its {@link Normalisation} over the
 * alternatives. The score is the weighted sum of these numbers (weights rescaled to sum 1). TOPSIS
 * ({@link Topsis}) is the second view, on the scale values and raw measurements with their
 * directions.
 *
 * <p>Sensitivity: setting criterion k's weight to w' and rescaling the others proportionally,
 * w<sub>j</sub>' = w<sub>j</sub>(1 − w')/(1 − w<sub>k</sub>), makes every score a straight line in
 * w': S<sub>a</sub>(w') = B<sub>a</sub> + w'·(r<sub>ak</sub> − B<sub>a</sub>), with B<sub>a</sub>
 * the score on the other criteria at their rescaled shares. Two alternatives swap where their lines
 * cross, w* = w<sub>k</sub> − d/(m<sub>b</sub> − m<sub>a</sub>) for a score difference d and slopes
 * m, so the changes that move the first place or any position are found exactly, not by scanning.
 * When a criterion holds all the weight (w<sub>k</sub> = 1) the others share what it gives up
 * equally.
 */
public final class RankingModel {

  /** Scores (and closeness values) closer than this are equal. */
  public static final double TIE = 1e-9;

  /** How many leading alternatives the stability indicator covers. */
  public static final int TOP = 10;

  private final List<RatingCriterion> criteria;
  private final double[] weights;
  private final List<Alternative> alternatives;
  private final double[][] ratings;
  private final double[][] topsisValues;
  private final Direction[] directions;

  private RankingModel(
      List<RatingCriterion> criteria,
      double[] weights,
      List<Alternative> alternatives,
      double[][] ratings,
      double[][] topsisValues,
      Direction[] directions) {
    this.criteria = criteria;
    this.weights = weights;
    this.alternatives = alternatives;
    this.ratings = ratings;
    this.topsisValues = topsisValues;
    this.directions = directions;
  }

  /**
   * A model of the alternatives' ratings on the criteria under the given weights.
   *
   * @param weights one non-negative weight per criterion, rescaled to sum 1 (e.g. AHP priorities)
   * @throws AhpInputException {@code tooSmall} (no criteria), {@code weightsLength}, {@code
   *     badWeight}, {@code zeroWeights}, {@code duplicateAlternative}, {@code ratingsLength},
   *     {@code notFinite}, {@code levelOutOfRange} or {@code notPositiveMeasure}
   */
  public static RankingModel of(
      List<RatingCriterion> criteria, List<Double> weights, List<Alternative> alternatives) {
    int n = criteria.size();
    if (n < 1) {
      throw new AhpInputException("tooSmall", n, 1);
    }
    double[] w = normalisedWeights(weights, n);
    int m = alternatives.size();
    Set<String> ids = new HashSet<>();
    for (Alternative alternative : alternatives) {
      if (!ids.add(alternative.id())) {
        throw new AhpInputException("duplicateAlternative", alternative.id());
      }
      if (alternative.ratings().size() != n) {
        throw new AhpInputException(
            "ratingsLength", alternative.id(), n, alternative.ratings().size());
      }
    }
    double[][] ratings = new double[m][n];
    double[][] topsisValues = new double[m][n];
    Direction[] directions = new Direction[n];
    for (int k = 0; k < n; k++) {
      RatingCriterion criterion = criteria.get(k);
      double[] raw = new double[m];
      for (int a = 0; a < m; a++) {
        Alternative alternative = alternatives.get(a);
        raw[a] = alternative.ratings().get(k);
        if (!Double.isFinite(raw[a])) {
          throw new AhpInputException("notFinite", alternative.id(), criterion.id(), raw[a]);
        }
      }
      if (criterion instanceof RatingCriterion.Scaled scaled) {
        directions[k] = Direction.BENEFIT;
        for (int a = 0; a < m; a++) {
          if (!scaled.scale().contains(raw[a])) {
            throw new AhpInputException(
                "levelOutOfRange",
                alternatives.get(a).id(),
                criterion.id(),
                raw[a],
                scaled.scale().levels());
          }
          ratings[a][k] = scaled.scale().valueOf(raw[a]);
          topsisValues[a][k] = ratings[a][k];
        }
      } else if (criterion instanceof RatingCriterion.Measured measured) {
        directions[k] = measured.direction();
        double[] normalised = normalise(measured, raw, alternatives);
        for (int a = 0; a < m; a++) {
          ratings[a][k] = normalised[a];
          topsisValues[a][k] = raw[a];
        }
      }
    }
    return new RankingModel(
        List.copyOf(criteria), w, List.copyOf(alternatives), ratings, topsisValues, directions);
  }

  private static double[] normalisedWeights(List<Double> weights, int n) {
    if (weights.size() != n) {
      throw new AhpInputException("weightsLength", n, weights.size());
    }
    double[] w = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      Double weight = weights.get(k);
      if (weight == null || !(weight >= 0) || Double.isInfinite(weight)) {
        throw new AhpInputException("badWeight", k, weight);
      }
      w[k] = weight;
      sum += weight;
    }
    if (sum == 0) {
      throw new AhpInputException("zeroWeights");
    }
    for (int k = 0; k < n; k++) {
      w[k] /= sum;
    }
    return w;
  }

  private static double[] normalise(
      RatingCriterion.Measured criterion, double[] raw, List<Alternative> alternatives) {
    int m = raw.length;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double x : raw) {
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    boolean benefit = criterion.direction() == Direction.BENEFIT;
    double[] r = new double[m];
    for (int a = 0; a < m; a++) {
      double x = raw[a];
      if (criterion.normalisation() == Normalisation.MIN_MAX) {
        r[a] = max == min ? 1 : benefit ? (x - min) / (max - min) : (max - x) / (max - min);
      } else {
        if (benefit ? x < 0 : x <= 0) {
          throw new AhpInputException(
              "notPositiveMeasure", alternatives.get(a).id(), criterion.id(), x);
        }
        r[a] = benefit ? (max == 0 ? 1 : x / max) : min / x;
      }
    }
    return r;
  }

  /** The criteria weights, summing to 1. */
  public List<Double> weights() {
    return toList(weights);
  }

  /** The normalised rating in [0, 1] of alternative {@code a} on criterion {@code k}. */
  public double rating(int a, int k) {
    return ratings[a][k];
  }

  /** The ranking under the model's weights. */
  public RankingResult rank() {
    return rankWith(weights);
  }

  /**
   * The ranking when criterion {@code criterion}'s weight is set to {@code weight} and the others
   * are rescaled proportionally to keep the sum at 1.
   *
   * @throws AhpInputException {@code criterionOutOfRange} or {@code badWeight} (outside [0, 1])
   */
  public RankingResult rankWithWeight(int criterion, double weight) {
    checkCriterion(criterion);
    if (!(weight >= 0 && weight <= 1)) {
      throw new AhpInputException("badWeight", criterion, weight);
    }
    return rankWith(weightsWithArray(criterion, weight));
  }

  /**
   * The weights when criterion {@code k}'s weight is set to {@code weight}, the others rescaled
   * proportionally (equally when they had none left).
   */
  public List<Double> weightsWith(int k, double weight) {
    checkCriterion(k);
    return toList(weightsWithArray(k, weight));
  }

  private double[] weightsWithArray(int k, double weight) {
    double[] shares = shares(k);
    double[] w = new double[weights.length];
    for (int j = 0; j < w.length; j++) {
      w[j] = j == k ? weight : (1 - weight) * shares[j];
    }
    return w;
  }

  /** How the other criteria share the weight criterion k leaves: proportionally, or equally. */
  private double[] shares(int k) {
    int n = weights.length;
    double[] shares = new double[n];
    double rest = 1 - weights[k];
    for (int j = 0; j < n; j++) {
      if (j != k) {
        shares[j] = rest > 1e-12 ? weights[j] / rest : 1.0 / (n - 1);
      }
    }
    return shares;
  }

  private void checkCriterion(int k) {
    if (k < 0 || k >= weights.length) {
      throw new AhpInputException("criterionOutOfRange", k, weights.length);
    }
  }

  /** Scores, closeness and listing order under some weights. */
  private record Ordering(double[] score, double[] closeness, int[] order) {}

  private Ordering order(double[] w) {
    int m = alternatives.size();
    double[] score = new double[m];
    for (int a = 0; a < m; a++) {
      double s = 0;
      for (int k = 0; k < w.length; k++) {
        s += w[k] * ratings[a][k];
      }
      score[a] = s;
    }
    double[] closeness = new double[m];
    if (m > 0) {
      List<Double> c = Topsis.evaluate(topsisValues, w, directions).closeness();
      for (int a = 0; a < m; a++) {
        closeness[a] = c.get(a);
      }
    }
    Integer[] byScore = new Integer[m];
    for (int a = 0; a < m; a++) {
      byScore[a] = a;
    }
    Arrays.sort(byScore, Comparator.comparingDouble((Integer a) -> -score[a]));
    int[] order = new int[m];
    int p = 0;
    for (List<Integer> block : blocks(byScore, score)) {
      Integer[] tied = block.toArray(new Integer[0]);
      Arrays.sort(tied, Comparator.comparingDouble((Integer a) -> -closeness[a]));
      for (List<Integer> same : blocks(tied, closeness)) {
        List<Integer> sorted = new ArrayList<>(same);
        sorted.sort(Comparator.naturalOrder());
        for (int a : sorted) {
          order[p++] = a;
        }
      }
    }
    return new Ordering(score, closeness, order);
  }

  /** Splits a list sorted by descending value into runs within {@link #TIE} of their first. */
  private static List<List<Integer>> blocks(Integer[] sorted, double[] value) {
    List<List<Integer>> blocks = new ArrayList<>();
    List<Integer> block = null;
    double first = 0;
    for (int a : sorted) {
      if (block == null || first - value[a] > TIE) {
        block = new ArrayList<>();
        blocks.add(block);
        first = value[a];
      }
      block.add(a);
    }
    return blocks;
  }

  private RankingResult rankWith(double[] w) {
    Ordering ordering = order(w);
    double[] score = ordering.score();
    double[] closeness = ordering.closeness();
    int[] order = ordering.order();
    int m = order.length;
    int[] rank = ranks(order, score);
    Integer[] byCloseness = new Integer[m];
    for (int a = 0; a < m; a++) {
      byCloseness[a] = a;
    }
    Arrays.sort(byCloseness, Comparator.comparingDouble((Integer a) -> -closeness[a]));
    int[] byClosenessOrder = Arrays.stream(byCloseness).mapToInt(Integer::intValue).toArray();
    int[] topsisRank = ranks(byClosenessOrder, closeness);

    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (Alternative alternative : alternatives) {
      if (alternative.group() != null) {
        groups.putIfAbsent(alternative.group(), new ArrayList<>());
      }
    }
    for (int a : order) {
      String group = alternatives.get(a).group();
      if (group != null) {
        groups.get(group).add(a);
      }
    }
    int[] groupRank = new int[m];
    groups
        .values()
        .forEach(
            members -> {
              int[] memberOrder = members.stream().mapToInt(Integer::intValue).toArray();
              int[] ranks = ranks(memberOrder, score);
              for (int a : memberOrder) {
                groupRank[a] = ranks[a];
              }
            });

    // alternatives sharing a place are consecutive in the listing order, from position rank - 1
    RankedAlternative[] ranked = new RankedAlternative[m];
    List<RankedAlternative> ranking = new ArrayList<>(m);
    for (int p = 0; p < m; p++) {
      int a = order[p];
      List<String> tiedWith = new ArrayList<>();
      boolean sameCloseness = false;
      for (int q = rank[a] - 1; q < m && rank[order[q]] == rank[a]; q++) {
        int b = order[q];
        if (b != a) {
          tiedWith.add(alternatives.get(b).id());
          sameCloseness |= Math.abs(closeness[a] - closeness[b]) <= TIE;
        }
      }
      String tieReason =
          tiedWith.isEmpty()
              ? null
              : sameCloseness
                  ? RankedAlternative.EQUAL_SCORE_AND_CLOSENESS
                  : RankedAlternative.EQUAL_SCORE;
      Alternative alternative = alternatives.get(a);
      ranked[a] =
          new RankedAlternative(
              alternative.id(),
              alternative.group(),
              score[a],
              rank[a],
              closeness[a],
              topsisRank[a],
              groupRank[a],
              tiedWith,
              tieReason);
      ranking.add(ranked[a]);
    }

    Map<String, List<RankedAlternative>> byGroup = new LinkedHashMap<>();
    Map<String, QuickWin> quickWins = new LinkedHashMap<>();
    groups.forEach(
        (group, members) -> {
          byGroup.put(group, members.stream().map(a -> ranked[a]).toList());
          List<Integer> eligible =
              members.stream().filter(a -> alternatives.get(a).quickWinEligible()).toList();
          if (!eligible.isEmpty()) {
            int best = eligible.get(0);
            List<String> tied =
                eligible.stream()
                    .skip(1)
                    .filter(a -> score[best] - score[a] <= TIE)
                    .map(a -> alternatives.get(a).id())
                    .toList();
            quickWins.put(
                group, new QuickWin(group, alternatives.get(best).id(), score[best], tied));
          }
        });
    return new RankingResult(toList(w), ranking, byGroup, quickWins);
  }

  /**
   * Competition ranks (1, 1, 3) of alternatives listed in {@code order} by descending value: an
   * alternative within {@link #TIE} of the first of its run shares that one's place.
   */
  private static int[] ranks(int[] order, double[] value) {
    int[] rank = new int[value.length];
    int runStart = 0;
    for (int p = 0; p < order.length; p++) {
      if (p == 0 || value[order[runStart]] - value[order[p]] > TIE) {
        runStart = p;
      }
      rank[order[p]] = runStart + 1;
    }
    return rank;
  }

  /**
   * The sensitivity of the ranking under the model's weights: for each criterion the weight
   * changes, up and down, at which the first place changes, and for each of the first {@link #TOP}
   * alternatives the smallest single weight change that changes its rank position.
   */
  public SensitivityReport sensitivity() {
    int m = alternatives.size();
    int n = weights.length;
    if (m < 2 || n < 2) {
      List<FirstPlaceSensitivity> firstPlace = new ArrayList<>();
      for (int k = 0; k < n && m > 0; k++) {
        firstPlace.add(
            new FirstPlaceSensitivity(
                k, criteria.get(k).id(), weights[k], alternatives.get(0).id(), null, null));
      }
      List<PositionStability> top = new ArrayList<>();
      if (m == 1) {
        top.add(new PositionStability(alternatives.get(0).id(), 1, -1, null, null));
      }
      return new SensitivityReport(firstPlace, top);
    }
    Ordering ordering = order(weights);
    int[] order = ordering.order();
    int[] rank = ranks(order, ordering.score());
    // score lines per criterion: S_a(w') = base[k][a] + w' * slope[k][a]
    double[][] base = new double[n][m];
    double[][] slope = new double[n][m];
    for (int k = 0; k < n; k++) {
      double[] shares = shares(k);
      for (int a = 0; a < m; a++) {
        double b = 0;
        for (int j = 0; j < n; j++) {
          if (j != k) {
            b += shares[j] * ratings[a][j];
          }
        }
        base[k][a] = b;
        slope[k][a] = ratings[a][k] - b;
      }
    }
    int leader = order[0];
    List<FirstPlaceSensitivity> firstPlace = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      WeightCrossing up = null;
      WeightCrossing down = null;
      for (int b = 0; b < m; b++) {
        if (b == leader) {
          continue;
        }
        WeightCrossing crossing = crossing(k, leader, b, base, slope);
        if (crossing == null) {
          continue;
        }
        boolean rising =
            crossing.change() > 0 || (crossing.change() == 0 && slope[k][b] > slope[k][leader]);
        if (rising && (up == null || crossing.change() < up.change())) {
          up = crossing;
        } else if (!rising && (down == null || crossing.change() > down.change())) {
          down = crossing;
        }
      }
      firstPlace.add(
          new FirstPlaceSensitivity(
              k, criteria.get(k).id(), weights[k], alternatives.get(leader).id(), up, down));
    }
    List<PositionStability> top = new ArrayList<>();
    for (int p = 0; p < Math.min(TOP, m); p++) {
      int a = order[p];
      WeightCrossing smallest = null;
      int smallestCriterion = -1;
      for (int k = 0; k < n; k++) {
        for (int b = 0; b < m; b++) {
          if (b == a) {
            continue;
          }
          WeightCrossing crossing = crossing(k, a, b, base, slope);
          if (crossing != null
              && (smallest == null || Math.abs(crossing.change()) < Math.abs(smallest.change()))) {
            smallest = crossing;
            smallestCriterion = k;
          }
        }
      }
      top.add(
          new PositionStability(
              alternatives.get(a).id(),
              rank[a],
              smallestCriterion,
              smallestCriterion < 0 ? null : criteria.get(smallestCriterion).id(),
              smallest));
    }
    return new SensitivityReport(firstPlace, top);
  }

  /**
   * Where, moving criterion k's weight, the scores of a and b become equal, if within [0, 1]; a
   * change of 0 when they are tied already and moving the weight separates them.
   */
  private WeightCrossing crossing(int k, int a, int b, double[][] base, double[][] slope) {
    double w = weights[k];
    double difference = (base[k][b] + w * slope[k][b]) - (base[k][a] + w * slope[k][a]);
    double slopeDifference = slope[k][b] - slope[k][a];
    String other = alternatives.get(b).id();
    if (Math.abs(difference) <= TIE) {
      return Math.abs(slopeDifference) <= 1e-15 ? null : new WeightCrossing(w, 0, other);
    }
    if (Math.abs(slopeDifference) <= 1e-15) {
      return null;
    }
    double at = w - difference / slopeDifference;
    if (at < -1e-12 || at > 1 + 1e-12) {
      return null;
    }
    at = Math.min(1, Math.max(0, at));
    return new WeightCrossing(at, at - w, other);
  }

  private static List<Double> toList(double[] values) {
    List<Double> list = new ArrayList<>(values.length);
    for (double value : values) {
      list.add(value);
    }
    return List.copyOf(list);
  }
}
