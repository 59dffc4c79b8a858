package id.rancang.roadmap.rules;

import java.util.function.Consumer;

/** Finds the schedule of most value with Google OR-Tools. */
public final class RoadmapSolver {

  /**
   * Validates the problem (throws {@link RoadmapInputException}), then solves it, reporting each
   * better schedule or bound to {@code progress} (from the solver's thread).
   */
  public RoadmapSolution solve(
      RoadmapProblem problem,
      SolveOptions options,
      Consumer<SolveProgress> progress,
      SolveControl control) {
    throw new UnsupportedOperationException("not yet");
  }
}
