package id.rancang.prioritisation.rules;

import java.util.List;

/**
 * TOPSIS results per alternative, in input order.
 *
 * @param closeness the relative closeness to the ideal, D⁻/(D⁺ + D⁻), in [0, 1], higher is better
 * @param distanceToIdeal D⁺, the Euclidean distance to the ideal alternative
 * @param distanceToAntiIdeal D⁻, the Euclidean distance to the anti-ideal alternative
 */
public record TopsisResult(
    List<Double> closeness, List<Double> distanceToIdeal, List<Double> distanceToAntiIdeal) {

  public TopsisResult {
    closeness = List.copyOf(closeness);
    distanceToIdeal = List.copyOf(distanceToIdeal);
    distanceToAntiIdeal = List.copyOf(distanceToAntiIdeal);
  }
}
