package id.rancang.document.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An item added, removed or changed, with the code and name to show it by (from the later side, or
 * the earlier one for a removed item) and, when changed, its fields that differ.
 */
public record Change(
    Subject subject, ChangeKind kind, long id, String code, String name, List<FieldChange> fields) {

  public Change {
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  /** The field of that name and key, if it changed. */
  public Optional<FieldChange> field(String field, String key) {
    return fields.stream()
        .filter(f -> f.field().equals(field) && Objects.equals(f.key(), key))
        .findFirst();
  }

  /** The field of that name (without a key), if it changed. */
  public Optional<FieldChange> field(String field) {
    return field(field, null);
  }
}
