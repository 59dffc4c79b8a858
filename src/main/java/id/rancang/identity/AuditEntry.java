package id.rancang.identity;

import java.time.OffsetDateTime;

/** One recorded change: who, when, what, before and after (as JSON text). */
public record AuditEntry(
    long id,
    OffsetDateTime occurredAt,
    String actorEmail,
    String recordType,
    long recordId,
    String action,
    String before,
    String after) {}
