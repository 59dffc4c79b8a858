package id.rancang.roadmap.rules;

import java.util.List;
import java.util.Map;

/** Every constraint a schedule breaks, e.g. after a manual edit. */
public final class ScheduleCheck {

  private ScheduleCheck() {}

  /** The violations of {@code starts} (start year by programme id), empty when it is valid. */
  public static List<Finding> violations(RoadmapProblem problem, Map<Long, Integer> starts) {
    throw new UnsupportedOperationException("not yet");
  }
}
