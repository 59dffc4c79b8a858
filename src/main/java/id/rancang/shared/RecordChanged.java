package id.rancang.shared;

import java.util.Map;

/**
 * Published by every module when it creates, changes or deletes a record, in the same transaction.
 * The audit trail listens to it. {@code before} and {@code after} are the record's fields (null
 * when the record did not exist before or does not exist after).
 */
public record RecordChanged(
    Long regionId,
    String recordType,
    long recordId,
    Action action,
    Map<String, Object> before,
    Map<String, Object> after) {

  public enum Action {
    CREATED,
    UPDATED,
    DELETED,
    ERASED
  }

  public static RecordChanged created(Long regionId, String type, long id, Map<String, Object> a) {
    return new RecordChanged(regionId, type, id, Action.CREATED, null, a);
  }

  public static RecordChanged updated(
      Long regionId, String type, long id, Map<String, Object> b, Map<String, Object> a) {
    return new RecordChanged(regionId, type, id, Action.UPDATED, b, a);
  }

  public static RecordChanged deleted(Long regionId, String type, long id, Map<String, Object> b) {
    return new RecordChanged(regionId, type, id, Action.DELETED, b, null);
  }
}
