package id.rancang.monitoring.rules;

import id.rancang.monitoring.rules.MonitoringInputException.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ministry's yearly evaluation index: the sum over the five {@link EvaluationPart}s of weight x
 * score, 2 decimals rounded half-up. The weights change between evaluation years (10/20/30/20/20 %
 * matches the published 2022-2024 indices) and are given as fractions summing to 1.
 *
 * <p>Refused with a {@link MonitoringInputException} listing every problem: a weight missing
 * ({@code weightMissing}) or negative ({@code weightNegative}), weights whose sum is not 1 within
 * {@link #WEIGHT_TOLERANCE} ({@code weightsSum}, with the sum of the weights given), a score
 * missing ({@code scoreMissing}) or outside 0..100 ({@code scoreOutOfRange}). Parts are named by
 * their API name in the arguments.
 */
public final class EvaluationIndex {

  /** How far the weights may sum from 1. */
  public static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("0.0001");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private EvaluationIndex() {}

  public static BigDecimal compute(
      Map<EvaluationPart, BigDecimal> weights, Map<EvaluationPart, BigDecimal> scores) {
    Map<EvaluationPart, BigDecimal> w = weights == null ? Map.of() : weights;
    Map<EvaluationPart, BigDecimal> s = scores == null ? Map.of() : scores;
    List<Problem> problems = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (EvaluationPart part : EvaluationPart.values()) {
      BigDecimal weight = w.get(part);
      if (weight == null) {
        problems.add(Problem.of("weightMissing", part.apiName()));
      } else {
        if (weight.signum() < 0) {
          problems.add(Problem.of("weightNegative", part.apiName(), weight));
        }
        sum = sum.add(weight);
      }
    }
    if (sum.subtract(BigDecimal.ONE).abs().compareTo(WEIGHT_TOLERANCE) > 0) {
      problems.add(Problem.of("weightsSum", sum));
    }
    for (EvaluationPart part : EvaluationPart.values()) {
      BigDecimal score = s.get(part);
      if (score == null) {
        problems.add(Problem.of("scoreMissing", part.apiName()));
      } else if (score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
        problems.add(Problem.of("scoreOutOfRange", part.apiName(), score, 0, 100));
      }
    }
    MonitoringInputException.throwIfAny(problems);
    BigDecimal index = BigDecimal.ZERO;
    for (EvaluationPart part : EvaluationPart.values()) {
      index = index.add(w.get(part).multiply(s.get(part)));
    }
    return index.setScale(2, RoundingMode.HALF_UP);
  }
}
