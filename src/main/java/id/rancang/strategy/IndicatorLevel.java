package id.rancang.strategy;

/**
 * What an indicator measures: the impact of a goal or target, the outcome of a programme, or the
 * output of an activity.
 */
public enum IndicatorLevel {
  IMPACT,
  OUTCOME,
  OUTPUT
}
