package id.rancang.strategy;

/** The gap statement of a dimension and pillar: where the region is, and where it wants to be. */
public record ReadinessGap(
    long id,
    long masterplanId,
    Dimension dimension,
    Pillar pillar,
    String currentState,
    String desiredState,
    int version) {}
