package id.rancang.prioritisation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmark of the prioritisation engine at the sizes the issue names, run by {@code
 * bench/ahp.sh} (never by the build: it is no test, and the build generates no JMH harness).
 *
 * <ul>
 *   <li>{@link #aggregate200EvaluatorsOf9Criteria}: each evaluator's priorities with feedback, AIJ,
 *       AIP (geometric and arithmetic), the consensus, for everyone and for each of five groups;
 *   <li>{@link #rankAndAnalyse500ProgrammesOn9Criteria}: the model built from the ratings, the
 *       ranking (weighted sum, TOPSIS, per dimension, quick wins) and its sensitivity (first place
 *       per criterion, stability of the top ten);
 *   <li>{@link #moveOneWeightSlider}: the ranking again with one criterion weight changed, as a
 *       slider on the ranking page does;
 *   <li>{@link #prioritiesOfOneEvaluator}: one 9 x 9 matrix with its three suggested corrections,
 *       what an evaluator waits for after each judgement.
 * </ul>
 *
 * <p>The data are drawn with a fixed seed: evaluators judge around common weights with log-normal
 * noise snapped to Saaty's scale (so their consistency ratios spread around 0.1, as real ones do);
 * programmes have seven criteria rated on five levels (fractional, as means of several raters are)
 * and two measured ones, cost and beneficiaries.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms256m", "-Xmx256m"})
public class PrioritisationBenchmark {

  static final int CRITERIA = 9;
  static final int EVALUATORS = 200;
  static final int PROGRAMMES = 500;
  private static final String[] GROUPS = {
    "GOVERNMENT", "BUSINESS", "ACADEMIA", "COMMUNITY", "MEDIA"
  };
  private static final String[] DIMENSIONS = {
    "GOVERNANCE", "BRANDING", "ECONOMY", "LIVING", "SOCIETY", "ENVIRONMENT"
  };

  private List<Evaluator> evaluators;
  private double[][] oneMatrix;
  private List<RatingCriterion> criteria;
  private List<Double> weights;
  private List<Alternative> programmes;
  private RankingModel model;

  @Setup
  public void setUp() {
    Random random = new Random(20241129);
    double[] truth = new double[CRITERIA];
    for (int i = 0; i < CRITERIA; i++) {
      truth[i] = 1 + random.nextInt(9);
    }
    evaluators = new ArrayList<>(EVALUATORS);
    for (int k = 0; k < EVALUATORS; k++) {
      List<Judgement> judgements = new ArrayList<>();
      for (int i = 0; i < CRITERIA; i++) {
        for (int j = i + 1; j < CRITERIA; j++) {
          double felt = truth[i] / truth[j] * Math.exp(0.45 * random.nextGaussian());
          judgements.add(new Judgement(i, j, SaatyScale.nearest(felt)));
        }
      }
      evaluators.add(
          new Evaluator(
              "e" + k,
              GROUPS[k % GROUPS.length],
              1 + random.nextInt(2),
              PairwiseComparisons.ofJudgements(CRITERIA, judgements)));
    }
    oneMatrix = evaluators.get(0).comparisons().toMatrix();

    criteria = new ArrayList<>();
    for (int c = 0; c < CRITERIA - 2; c++) {
      criteria.add(new RatingCriterion.Scaled("c" + c, RatingScale.linear(5)));
    }
    criteria.add(new RatingCriterion.Measured("cost", Direction.COST, Normalisation.MIN_MAX));
    criteria.add(
        new RatingCriterion.Measured("beneficiaries", Direction.BENEFIT, Normalisation.BY_MAX));
    weights = GroupAggregation.aggregate(evaluators).combined().aij().weights();
    programmes = new ArrayList<>(PROGRAMMES);
    for (int p = 0; p < PROGRAMMES; p++) {
      List<Double> ratings = new ArrayList<>(CRITERIA);
      for (int c = 0; c < CRITERIA - 2; c++) {
        ratings.add(1 + Math.round(random.nextDouble() * 16) / 4.0); // 1, 1.25, ... 5
      }
      ratings.add((50 + random.nextInt(5_000)) * 1e6); // rupiah, 50 million to 5 billion
      ratings.add((double) (100 + random.nextInt(100_000)));
      programmes.add(
          new Alternative(
              "P" + p, DIMENSIONS[p % DIMENSIONS.length], random.nextDouble() < 0.3, ratings));
    }
    model = RankingModel.of(criteria, weights, programmes);
  }

  @Benchmark
  public GroupAggregationResult aggregate200EvaluatorsOf9Criteria() {
    return GroupAggregation.aggregate(evaluators, DerivationOptions.defaults());
  }

  @Benchmark
  public void rankAndAnalyse500ProgrammesOn9Criteria(Blackhole blackhole) {
    RankingModel built = RankingModel.of(criteria, weights, programmes);
    blackhole.consume(built.rank());
    blackhole.consume(built.sensitivity());
  }

  @Benchmark
  public RankingResult moveOneWeightSlider() {
    return model.rankWithWeight(3, 0.3);
  }

  @Benchmark
  public PriorityResult prioritiesOfOneEvaluator() {
    return AhpPriorities.derive(PairwiseComparisons.ofMatrix(oneMatrix));
  }
}
