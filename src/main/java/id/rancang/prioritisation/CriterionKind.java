package id.rancang.prioritisation;

/**
 * How programmes get their value on a criterion: evaluators rate them on the criterion's scale
 * ({@code RATED}), or it is taken from the programme's data ({@code MEASURED}, see {@link
 * Measure}).
 */
public enum CriterionKind {
  RATED,
  MEASURED
}
