package id.rancang.prioritisation;

import id.rancang.strategy.Dimension;

/**
 * A programme left out of the ranking because nobody has rated it on some criteria yet.
 *
 * @param missing how many rated criteria have no rating for it
 */
public record UnrankedProgramme(
    long id, String code, String name, Dimension dimension, int missing) {}
