package id.rancang.region;

import java.util.Set;

/** Life of a masterplan: written, reviewed, adopted by regulation, archived. */
public enum MasterplanStatus {
  DRAFT,
  IN_REVIEW,
  ADOPTED,
  ARCHIVED;

  /** The statuses a masterplan may move to from this one. */
  public Set<MasterplanStatus> next() {
    return switch (this) {
      case DRAFT -> Set.of(IN_REVIEW, ARCHIVED);
      case IN_REVIEW -> Set.of(DRAFT, ADOPTED, ARCHIVED);
      case ADOPTED -> Set.of(ARCHIVED);
      case ARCHIVED -> Set.of();
    };
  }
}
