package id.rancang.strategy;

/**
 * The levels of the smart-city strategy below the vision: misi, tujuan (goal), sasaran (target).
 * Each level hangs under the one before it.
 */
public enum StrategyItemKind {
  MISSION,
  GOAL,
  TARGET;

  /** The kind an item of this kind hangs under, or null for a mission (under the vision). */
  public StrategyItemKind parentKind() {
    return switch (this) {
      case MISSION -> null;
      case GOAL -> MISSION;
      case TARGET -> GOAL;
    };
  }

  /** The kind of this kind's children, or null for a target (indicators hang under targets). */
  public StrategyItemKind childKind() {
    return switch (this) {
      case MISSION -> GOAL;
      case GOAL -> TARGET;
      case TARGET -> null;
    };
  }
}
