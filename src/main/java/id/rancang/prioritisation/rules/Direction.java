package id.rancang.prioritisation.rules;

/** Whether more of a measured quantity is better (benefit) or worse (cost). */
public enum Direction {
  /** More is better, e.g. beneficiaries reached. */
  BENEFIT,
  /** Less is better, e.g. the programme's cost. */
  COST
}
