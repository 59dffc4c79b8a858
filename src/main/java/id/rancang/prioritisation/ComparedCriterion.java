package id.rancang.prioritisation;

/** A criterion as it appears in pairwise comparisons: its id, code and name. */
public record ComparedCriterion(long id, String code, String name) {}
