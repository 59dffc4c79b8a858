package id.rancang.monitoring.rules;

import java.util.Arrays;
import java.util.Optional;

/** The five parts the ministry scores in its yearly evaluation, with their API names. */
public enum EvaluationPart {
  BASELINE("baseline"),
  OUTPUT("output"),
  OUTCOME("outcome"),
  IMPACT("impact"),
  QUICK_WIN("quickWin");

  private final String apiName;

  EvaluationPart(String apiName) {
    this.apiName = apiName;
  }

  /** The name in the API and in files: baseline, output, outcome, impact, quickWin. */
  public String apiName() {
    return apiName;
  }

  public static Optional<EvaluationPart> fromApiName(String name) {
    return Arrays.stream(values()).filter(p -> p.apiName.equals(name)).findFirst();
  }
}
