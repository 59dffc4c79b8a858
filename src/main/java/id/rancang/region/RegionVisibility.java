package id.rancang.region;

import java.util.Set;

/**
 * Which regions the person making the current request may see. Implemented by the identity module
 * (which knows memberships), so that region never depends on it.
 */
public interface RegionVisibility {

  /** True for a system administrator. */
  boolean seesAllRegions();

  /** The regions the person has a role in. */
  Set<Long> visibleRegionIds();
}
