package id.rancang.strategy;

/**
 * The levels of an RPJMD: missions (misi), their goals (tujuan) and the goals' targets (sasaran).
 */
public enum RpjmdItemKind {
  MISSION,
  GOAL,
  TARGET;

  /** The kind an item's parent must have; null for a mission, which has no parent. */
  public RpjmdItemKind parentKind() {
    return switch (this) {
      case MISSION -> null;
      case GOAL -> MISSION;
      case TARGET -> GOAL;
    };
  }

  /** The kind of this item's children; null for a target, which has none. */
  public RpjmdItemKind childKind() {
    return switch (this) {
      case MISSION -> GOAL;
      case GOAL -> TARGET;
      case TARGET -> null;
    };
  }
}
