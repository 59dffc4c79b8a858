package id.rancang.prioritisation;

import java.util.Map;

/**
 * The weight of a criterion programmes are scored on (a top-level criterion without sub-criteria,
 * or a sub-criterion).
 *
 * @param parentName the parent criterion's name, or null
 * @param kind RATED or MEASURED
 * @param local its weight among its siblings; null while not known
 * @param global its weight in the whole: the parent's weight times the local weight; null while not
 *     known
 * @param byGroup its global weight by each evaluator group's own judgements (null where not known)
 */
public record LeafWeight(
    long criterionId,
    String code,
    String name,
    String parentName,
    String kind,
    Double local,
    Double global,
    Map<String, Double> byGroup) {

  public LeafWeight {
    byGroup = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byGroup));
  }
}
