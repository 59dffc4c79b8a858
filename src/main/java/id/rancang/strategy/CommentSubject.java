package id.rancang.strategy;

/**
 * The part of Buku 1 a comment is about. The codes are stable (API and database). A comment's
 * subject id is the strategy item's id for {@code MISSION}, {@code GOAL} and {@code TARGET}, the
 * indicator's id for {@code INDICATOR}, and the masterplan's own id for the parts a masterplan has
 * once: {@code VISION}, {@code BRANDING} and {@code RPJMD}.
 */
public enum CommentSubject {
  VISION,
  MISSION,
  GOAL,
  TARGET,
  INDICATOR,
  BRANDING,
  RPJMD;

  /** Whether the subject is the masterplan itself (its id is the masterplan id). */
  public boolean isMasterplanPart() {
    return this == VISION || this == BRANDING || this == RPJMD;
  }

  /** Whether the subject is a row of {@code strategy_item} of the same kind. */
  public boolean isStrategyItem() {
    return this == MISSION || this == GOAL || this == TARGET;
  }
}
