package id.rancang.workshop;

/** Where a public consultation stands. */
public enum ConsultationStatus {
  /** Being prepared by the organisers; not public, no ideas yet. */
  DRAFT,
  /** Public: participants raise ideas, support, comment and report. */
  OPEN,
  /** Still public to read; no more ideas, votes, comments or reports. */
  CLOSED
}
