package id.rancang.roadmap.rules;

import java.util.List;

/**
 * A problem the engine refuses before solving: every {@link Finding} found (message key {@code
 * roadmap.input.<code>}), not only the first.
 */
public final class RoadmapInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Finding> problems;

  public RoadmapInputException(List<Finding> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  public List<Finding> problems() {
    return problems;
  }
}
