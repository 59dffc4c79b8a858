package id.rancang.identity.web;

import id.rancang.region.Region;
import java.util.List;

/** What the page header needs to know about the person and their regions. */
public record Navigation(
    boolean signedIn,
    String userName,
    boolean systemAdmin,
    boolean regionAdmin,
    boolean canSeeStakeholders,
    Region region,
    List<Region> regions) {

  static Navigation anonymous() {
    return new Navigation(false, null, false, false, false, null, List.of());
  }
}
