package id.rancang.workshop;

/** Where an idea stands: still open for support, or promoted to a programme. */
public enum IdeaStatus {
  OPEN,
  PROMOTED
}
