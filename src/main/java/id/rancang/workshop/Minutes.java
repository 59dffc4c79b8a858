package id.rancang.workshop;

import java.time.OffsetDateTime;

/**
 * The minutes (notulen) of a workshop: one text. Version 0 with an empty text until first saved;
 * {@code updatedAt} and {@code updatedBy} are null until then.
 */
public record Minutes(
    long workshopId, String body, OffsetDateTime updatedAt, String updatedBy, int version) {}
