package id.rancang.workshop;

/** One choice of a live question with its votes. */
public record LiveResult(long ideaId, String title, long votes) {}
