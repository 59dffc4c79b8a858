package id.rancang.monitoring.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Input the monitoring engine refuses: every {@link Problem} found, not only the first (message key
 * {@code monitoring.input.<code>}). The codes, with their arguments in order:
 *
 * <ul>
 *   <li>{@code bandMissing}: band (VERY_GOOD, GOOD, FAIR or POOR: its lower threshold is missing)
 *   <li>{@code bandOutOfRange}: band, threshold, 0, 1000 (the allowed range)
 *   <li>{@code bandsNotDescending}: the higher band, its threshold, the next band, its threshold
 *       (thresholds must fall strictly from VERY_GOOD to POOR)
 *   <li>{@code polarityMissing}: none
 *   <li>{@code baselineMissing}: none
 *   <li>{@code endTargetMissing}: none
 *   <li>{@code endNotAfterBaseline}: baseline year, end target year
 *   <li>{@code targetNull}: position in the list of yearly targets (from 1)
 *   <li>{@code duplicateTargetYear}: year
 *   <li>{@code ruleMissing}: none (a quarter roll-up without a rule)
 *   <li>{@code quarterOutOfRange}: quarter (not 1 to 4)
 *   <li>{@code weightMissing}: part (its API name: baseline, output, outcome, impact, quickWin)
 *   <li>{@code weightNegative}: part, weight
 *   <li>{@code weightsSum}: the sum of the given weights (not 1 within {@link
 *       EvaluationIndex#WEIGHT_TOLERANCE})
 *   <li>{@code scoreMissing}: part
 *   <li>{@code scoreOutOfRange}: part, score, 0, 100 (the allowed range)
 * </ul>
 */
public final class MonitoringInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public MonitoringInputException(List<Problem> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  /** The codes of the problems, in order (for tests and logs). */
  public List<String> codes() {
    return problems.stream().map(Problem::code).toList();
  }

  /** One thing wrong with the input: a code and the arguments its message shows. */
  public record Problem(String code, List<Object> args) {

    public Problem {
      args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Problem of(String code, Object... args) {
      return new Problem(code, Arrays.asList(args));
    }
  }

  /** Throws when {@code problems} is not empty. */
  static void throwIfAny(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw new MonitoringInputException(problems);
    }
  }
}
