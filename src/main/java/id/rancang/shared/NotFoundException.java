package id.rancang.shared;

/** A record that does not exist in the current region (or does not exist at all). */
public class NotFoundException extends RuntimeException {

  private final String recordType;

  public NotFoundException(String recordType, Object id) {
    super(recordType + " " + id + " not found");
    this.recordType = recordType;
  }

  public String recordType() {
    return recordType;
  }
}
