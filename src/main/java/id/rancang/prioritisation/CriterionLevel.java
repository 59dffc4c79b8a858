package id.rancang.prioritisation;

/**
 * One level of a rated criterion's scale: its number (1 is the lowest), a short label such as
 * "Tinggi", and optionally what the level means for a programme, in words.
 */
public record CriterionLevel(int level, String label, String definition) {}
