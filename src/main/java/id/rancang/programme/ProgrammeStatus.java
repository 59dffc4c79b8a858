package id.rancang.programme;

/** Where a programme stands, from proposal to completion; every change is kept in its history. */
public enum ProgrammeStatus {
  PROPOSED,
  SELECTED,
  PLANNED,
  RUNNING,
  DONE,
  CANCELLED
}
