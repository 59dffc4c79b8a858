package id.rancang.document.diff;

import java.util.List;

/**
 * One field of an item that differs between the two sides. A single value has {@code before} and
 * {@code after} (either may be null: not set). A list compared as a set (partners, budget lines,
 * actions, ...) names what was {@code added} and {@code removed}; {@code before} and {@code after}
 * then summarise it when a summary helps (the budget total, the number of actions). {@code key}
 * narrows the field, e.g. the year of an indicator's yearly target.
 */
public record FieldChange(
    String field,
    String key,
    Object before,
    Object after,
    List<Object> added,
    List<Object> removed) {

  public FieldChange {
    added = added == null ? List.of() : List.copyOf(added);
    removed = removed == null ? List.of() : List.copyOf(removed);
  }

  static FieldChange value(String field, Object before, Object after) {
    return new FieldChange(field, null, before, after, List.of(), List.of());
  }

  /** Whether the field is a list compared as a set. */
  public boolean isSet() {
    return !added.isEmpty() || !removed.isEmpty();
  }
}
