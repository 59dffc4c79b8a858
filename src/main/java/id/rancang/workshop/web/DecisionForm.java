package id.rancang.workshop.web;

import id.rancang.shared.FieldProblem;
import id.rancang.workshop.Decision;
import id.rancang.workshop.DecisionCommand;
import java.util.List;

/**
 * A decision as the organiser filled the form; every field as sent (text), so that a hand-made
 * value is reported instead of failing the binding.
 */
record DecisionForm(String body, String ideaId, String version) {

  static DecisionForm blank() {
    return new DecisionForm("", "", null);
  }

  static DecisionForm of(Decision d) {
    return new DecisionForm(
        d.body(), d.ideaId() == null ? "" : d.ideaId().toString(), Integer.toString(d.version()));
  }

  DecisionForm withVersion(int newVersion) {
    return new DecisionForm(body, ideaId, Integer.toString(newVersion));
  }

  /** The idea chosen, or null; a problem when the choice is not a number. */
  Long idea(List<FieldProblem> problems) {
    if (ideaId == null || ideaId.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(ideaId.strip());
    } catch (NumberFormatException e) {
      problems.add(FieldProblem.of("ideaId", "workshop.validation.choice"));
      return null;
    }
  }

  DecisionCommand command(List<FieldProblem> problems) {
    return new DecisionCommand(body, idea(problems));
  }
}
