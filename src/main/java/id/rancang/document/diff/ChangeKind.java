package id.rancang.document.diff;

/** Whether an item is new on the later side, gone from it, or there on both with other values. */
public enum ChangeKind {
  ADDED,
  REMOVED,
  CHANGED
}
