package id.rancang.monitoring.rules;

/**
 * How a region computes the achievement of a lower-is-better (negative) indicator; both are common
 * in Indonesian performance reports (SAKIP).
 */
public enum NegativeFormula {
  /** (2 x target - realisation) / target x 100 %: each unit above the target costs as much. */
  DIFFERENCE,
  /** target / realisation x 100 %: the share of the realisation the target allows. */
  RATIO
}
