package id.rancang.prioritisation;

import id.rancang.prioritisation.rules.RankedAlternative;
import id.rancang.strategy.Dimension;

/**
 * A programme in the ranking.
 *
 * @param ranked its score, place, TOPSIS closeness and place, place in its dimension and ties
 */
public record RankedProgramme(
    long id,
    String code,
    String name,
    Dimension dimension,
    boolean quickWinEligible,
    RankedAlternative ranked) {}
