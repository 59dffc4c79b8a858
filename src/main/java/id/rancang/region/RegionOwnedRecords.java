package id.rancang.region;

import java.util.Optional;

/**
 * Records that the API addresses directly by id, outside a region or masterplan path (e.g. {@code
 * /api/v1/programmes/{id}/actions}). A module implements it so that the request's region can be
 * found from the id, and a person of another region gets 404, without identity depending on that
 * module.
 */
public interface RegionOwnedRecords {

  /**
   * The path segment (or segments) after {@code /api/v1/} and before the id, e.g. {@code
   * programmes} or {@code prioritisation/exercises}.
   */
  String apiSegment();

  /** The region the record belongs to, empty when there is no such record. */
  Optional<Long> regionOf(long id);
}
