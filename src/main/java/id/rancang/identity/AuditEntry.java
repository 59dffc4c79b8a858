package id.rancang.identity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One recorded change: who, when, what, before and after (as JSON text), and the fields whose value
 * differs between the two.
 */
public record AuditEntry(
    long id,
    OffsetDateTime occurredAt,
    String actorEmail,
    String recordType,
    long recordId,
    String action,
    String before,
    String after,
    List<FieldChange> changes) {

  /** One field's value before and after the change (null when absent). */
  public record FieldChange(String field, String before, String after) {}
}
