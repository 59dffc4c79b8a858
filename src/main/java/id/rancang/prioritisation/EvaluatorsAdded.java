package id.rancang.prioritisation;

import java.util.List;

/** The result of adding members as evaluators: who was added, and who evaluated already. */
public record EvaluatorsAdded(List<Evaluator> added, List<Evaluator> already) {

  public EvaluatorsAdded {
    added = List.copyOf(added);
    already = List.copyOf(already);
  }
}
