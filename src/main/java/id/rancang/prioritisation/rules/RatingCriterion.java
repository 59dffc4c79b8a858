package id.rancang.prioritisation.rules;

/**
 * A criterion programmes are rated on: by evaluators on a {@link RatingScale}, or measured from
 * programme data (such as cost) with a stated {@link Direction}.
 */
public sealed interface RatingCriterion {

  /** Identifies the criterion in results and messages. */
  String id();

  /**
   * A criterion rated on a scale; an alternative's rating is its (possibly fractional) level.
   *
   * @param id identifies the criterion
   * @param scale the levels and their values
   */
  record Scaled(String id, RatingScale scale) implements RatingCriterion {}

  /**
   * A criterion measured from programme data; an alternative's rating is the raw value.
   *
   * @param id identifies the criterion
   * @param direction whether more is better
   * @param normalisation how raw values become ratings in [0, 1]; {@link Normalisation#MIN_MAX}
   *     when null
   */
  record Measured(String id, Direction direction, Normalisation normalisation)
      implements RatingCriterion {

    public Measured {
      normalisation = normalisation == null ? Normalisation.MIN_MAX : normalisation;
    }
  }
}
