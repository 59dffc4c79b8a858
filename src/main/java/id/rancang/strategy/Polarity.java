package id.rancang.strategy;

/**
 * Which direction of an indicator is good: higher ({@code POSITIVE}), lower ({@code NEGATIVE}), or
 * reaching a final value ({@code FINAL_VALUE}, e.g. "regulation adopted").
 */
public enum Polarity {
  POSITIVE,
  NEGATIVE,
  FINAL_VALUE
}
