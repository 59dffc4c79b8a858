package id.rancang.strategy;

/** The smart-city vision of a masterplan, the root of its strategy tree. */
public record SmartVision(
    long id, long masterplanId, String statement, String explanation, int version) {}
