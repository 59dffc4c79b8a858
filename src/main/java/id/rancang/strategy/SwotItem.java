package id.rancang.strategy;

/** One SWOT statement about a dimension and pillar of a masterplan's readiness analysis. */
public record SwotItem(
    long id,
    long masterplanId,
    Dimension dimension,
    Pillar pillar,
    SwotKind kind,
    String statement,
    int position,
    int version) {}
