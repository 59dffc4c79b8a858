package id.rancang.roadmap.rules;

import java.util.Map;

/** The simple schedule a planner would make by hand: best value per cost first, earliest fit. */
public final class GreedyScheduler {

  private GreedyScheduler() {}

  /** The greedy schedule: start year by programme id. */
  public static Map<Long, Integer> schedule(RoadmapProblem problem) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The value of a schedule: the sum of its programmes' values. */
  public static double value(RoadmapProblem problem, Map<Long, Integer> starts) {
    return problem.candidates().stream()
        .filter(c -> starts.containsKey(c.id()))
        .mapToDouble(Candidate::value)
        .sum();
  }
}
