package id.rancang.prioritisation;

/** One level of a rated criterion's scale, e.g. 5 "sangat tinggi" with what it means. */
public record ScaleLevel(int level, String label, String definition) {}
