package id.rancang.roadmap.rules;

import java.util.List;

/** Why a problem has no schedule at all, in conflicts a user can act on. */
public final class InfeasibilityExplainer {

  private InfeasibilityExplainer() {}

  /** The conflicts, smallest first; empty if the problem is feasible. */
  public static List<Finding> explain(RoadmapProblem problem) {
    throw new UnsupportedOperationException("not yet");
  }
}
