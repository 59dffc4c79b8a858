package id.rancang.programme;

/** A goal, target or indicator (by id) that a programme contributes to, and how. */
public record Contribution(long id, String contribution) {}
