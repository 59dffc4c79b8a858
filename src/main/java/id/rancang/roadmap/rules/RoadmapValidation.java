package id.rancang.roadmap.rules;

/** Every problem of a roadmap's input, found before solving. */
public final class RoadmapValidation {

  private RoadmapValidation() {}

  /** Throws {@link RoadmapInputException} listing every problem; returns when there is none. */
  public static void validate(RoadmapProblem problem) {
    throw new UnsupportedOperationException("not yet");
  }
}
