package id.rancang.workshop;

/** What an organiser enters for a decision: its text and, optionally, the idea it is about. */
public record DecisionCommand(String body, Long ideaId) {}
