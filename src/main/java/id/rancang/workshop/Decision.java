package id.rancang.workshop;

/**
 * A decision of a workshop's minutes, numbered by {@code position} (1, 2, ...), optionally about an
 * idea raised in the same workshop.
 */
public record Decision(
    long id,
    long workshopId,
    int position,
    String body,
    Long ideaId,
    String ideaTitle,
    int version) {}
