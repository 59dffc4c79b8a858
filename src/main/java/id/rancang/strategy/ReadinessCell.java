package id.rancang.strategy;

import java.util.Map;

/** One cell of the readiness matrix: how many SWOT items of each kind, and whether a gap is set. */
public record ReadinessCell(
    Dimension dimension, Pillar pillar, Map<SwotKind, Integer> counts, boolean hasGap) {

  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** A cell is complete when it has at least one item of each kind and a gap statement. */
  public boolean complete() {
    return hasGap && counts.values().stream().allMatch(c -> c > 0);
  }
}
