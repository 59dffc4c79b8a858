package id.rancang.prioritisation;

/**
 * How the evaluators of an exercise are combined: their judgements, by the weighted geometric mean
 * of each pair (AIJ, aggregation of individual judgements), or their priorities, by the weighted
 * geometric mean of each criterion's weight (AIP, aggregation of individual priorities).
 */
public enum Aggregation {
  AIJ,
  AIP
}
