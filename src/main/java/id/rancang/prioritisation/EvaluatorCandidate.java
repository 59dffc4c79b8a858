package id.rancang.prioritisation;

import id.rancang.identity.Role;

/**
 * A member of the region the team may add as an evaluator, with their role in the region, and
 * whether (and in which group) they evaluate in the exercise already.
 */
public record EvaluatorCandidate(
    long accountId, String name, String email, Role role, Long groupId) {

  public boolean evaluator() {
    return groupId != null;
  }
}
