package id.rancang.workshop.web;

import id.rancang.workshop.Decision;
import id.rancang.workshop.DecisionCommand;

/** A decision as the organiser filled the form. */
record DecisionForm(String body, Long ideaId, Integer version) {

  static DecisionForm blank() {
    return new DecisionForm("", null, null);
  }

  static DecisionForm of(Decision d) {
    return new DecisionForm(d.body(), d.ideaId(), d.version());
  }

  DecisionForm withVersion(int newVersion) {
    return new DecisionForm(body, ideaId, newVersion);
  }

  DecisionCommand command() {
    return new DecisionCommand(body, ideaId);
  }
}
