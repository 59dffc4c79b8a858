package id.rancang.shared;

import java.util.List;

/**
 * Someone else saved the record after the caller read it, or is working on it right now (e.g. a
 * solve already running); the caller's change was not applied. An optional message key says which.
 */
public class ConcurrentEditException extends RuntimeException {

  private final String messageKey;
  private final transient List<Object> args;

  public ConcurrentEditException(String recordType, Object id) {
    super(recordType + " " + id + " was changed by someone else");
    this.messageKey = null;
    this.args = List.of();
  }

  /** A conflict with its own message (key and arguments) instead of the general one. */
  public ConcurrentEditException(String recordType, Object id, String messageKey, Object... args) {
    super(recordType + " " + id + ": " + messageKey);
    this.messageKey = messageKey;
    this.args = List.of(args);
  }

  /** The message key of a specific conflict, or null for "changed by someone else". */
  public String messageKey() {
    return messageKey;
  }

  public List<Object> args() {
    return args;
  }
}
