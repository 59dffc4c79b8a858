package id.rancang.workshop;

/** An idea of a workshop a decision may be about. */
public record IdeaChoice(long id, String title) {}
