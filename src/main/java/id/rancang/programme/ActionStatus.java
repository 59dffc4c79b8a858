package id.rancang.programme;

/** Where an action of a programme's action plan stands. */
public enum ActionStatus {
  PLANNED,
  RUNNING,
  DONE,
  CANCELLED
}
