package id.rancang.roadmap.rules;

import java.util.Map;

/** Why each programme a schedule leaves out is not in it. */
public final class LeftOutReasons {

  private LeftOutReasons() {}

  /** For every candidate not in {@code starts}, the main reason, by programme id. */
  public static Map<Long, Finding> explain(RoadmapProblem problem, Map<Long, Integer> starts) {
    throw new UnsupportedOperationException("not yet");
  }
}
