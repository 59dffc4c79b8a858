package id.rancang.workshop;

/** Whether an idea or a comment is shown to everybody. */
public enum Moderation {
  /** Shown. */
  VISIBLE,
  /** Hidden after enough reports, until a moderator decides. */
  HIDDEN,
  /** Kept by a moderator: further reports no longer hide it. */
  KEPT,
  /** Removed by a moderator. */
  REMOVED;

  /** Whether people other than moderators and the author see it. */
  public boolean shown() {
    return this == VISIBLE || this == KEPT;
  }
}
