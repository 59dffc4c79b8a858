package id.rancang.strategy;

/**
 * A mission, goal or target of the RPJMD with the code the RPJMD gives it (e.g. M1, T1.1, S1.1.1).
 * A goal's parent is a mission, a target's parent a goal; a mission has none.
 */
public record RpjmdItem(
    long id,
    long masterplanId,
    RpjmdItemKind kind,
    Long parentId,
    String code,
    String statement,
    int position,
    int version) {}
