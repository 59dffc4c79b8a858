package id.rancang.document.diff;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every change between two contents, by subject in {@link Subject} order. */
public record Differences(List<Change> changes) {

  public Differences {
    changes = List.copyOf(changes);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public List<Change> of(Subject subject) {
    return changes.stream().filter(c -> c.subject() == subject).toList();
  }

  public long count(Subject subject, ChangeKind kind) {
    return changes.stream().filter(c -> c.subject() == subject && c.kind() == kind).count();
  }

  /** The subjects that have changes, each with its changes. */
  public Map<Subject, List<Change>> bySubject() {
    Map<Subject, List<Change>> map = new LinkedHashMap<>();
    for (Subject subject : Subject.values()) {
      List<Change> of = of(subject);
      if (!of.isEmpty()) {
        map.put(subject, of);
      }
    }
    return map;
  }

  /** How many items of each subject were added, removed and changed. */
  public Map<Subject, Map<ChangeKind, Long>> counts() {
    Map<Subject, Map<ChangeKind, Long>> map = new EnumMap<>(Subject.class);
    for (Subject subject : Subject.values()) {
      Map<ChangeKind, Long> byKind = new EnumMap<>(ChangeKind.class);
      for (ChangeKind kind : ChangeKind.values()) {
        byKind.put(kind, count(subject, kind));
      }
      map.put(subject, byKind);
    }
    return map;
  }

  /** The change of one item, if it has one. */
  public Optional<Change> find(Subject subject, long id) {
    return changes.stream().filter(c -> c.subject() == subject && c.id() == id).findFirst();
  }
}
