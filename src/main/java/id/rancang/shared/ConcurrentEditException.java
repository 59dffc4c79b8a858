package id.rancang.shared;

/** Someone else saved the record after the caller read it; the caller's change was not applied. */
public class ConcurrentEditException extends RuntimeException {

  public ConcurrentEditException(String recordType, Object id) {
    super(recordType + " " + id + " was changed by someone else");
  }
}
