package id.rancang.strategy;

/**
 * The region's RPJMD (5-year regional development plan) that a masterplan must serve: its period,
 * the regional head's vision and the regulation that adopted it.
 */
public record Rpjmd(
    long id,
    long masterplanId,
    int startYear,
    int endYear,
    String vision,
    String regulation,
    int version) {}
