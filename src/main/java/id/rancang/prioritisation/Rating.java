package id.rancang.prioritisation;

/** An evaluator's rating of a programme on a criterion: a level of its scale, and its version. */
public record Rating(int level, int version) {}
