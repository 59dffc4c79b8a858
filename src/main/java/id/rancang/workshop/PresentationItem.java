package id.rancang.workshop;

/**
 * A statistic of the regional profile or an indicator of the masterplan chosen for a workshop's
 * data presentation, at its place in the order shown (exactly one of the two ids is set).
 */
public record PresentationItem(
    long id, long workshopId, int position, Long profileStatId, Long indicatorId) {

  /** What an item shows. */
  public enum Kind {
    PROFILE_STAT,
    INDICATOR
  }

  public Kind kind() {
    return profileStatId != null ? Kind.PROFILE_STAT : Kind.INDICATOR;
  }
}
