package id.rancang.prioritisation.rules;

/**
 * How a measured criterion's raw values become ratings in [0, 1] for the weighted sum, over the
 * alternatives being ranked.
 */
public enum Normalisation {

  /**
   * Linear between the worst and the best value: (x − min)/(max − min) for a benefit, (max −
   * x)/(max − min) for a cost. Uses the whole range, so the worst alternative gets 0 on this
   * criterion; works for any sign. When all values are equal every alternative gets 1. The default:
   * symmetric for benefits and costs, and it does not depend on where zero lies.
   */
  MIN_MAX,

  /**
   * Ratio to the best value: x/max for a benefit (values must not be negative), min/x for a cost
   * (values must be positive). Keeps ratios ("half the cost scores twice as well"), but a cost
   * criterion then rates expensive programmes close to each other. When the best value is 0 every
   * alternative gets 1.
   */
  BY_MAX
}
