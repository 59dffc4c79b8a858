package id.rancang.workshop;

/** Where a live question stands: prepared, taking votes, or closed with its result frozen. */
public enum LiveStatus {
  DRAFT,
  OPEN,
  CLOSED
}
