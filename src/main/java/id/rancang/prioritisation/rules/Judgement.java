package id.rancang.prioritisation.rules;

/**
 * One pairwise comparison: criterion {@code i} is {@code value} times as important as criterion
 * {@code j} (so a value below 1 means {@code j} is the more important). Indices are 0-based.
 */
public record Judgement(int i, int j, double value) {}
