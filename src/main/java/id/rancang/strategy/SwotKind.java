package id.rancang.strategy;

/** The four kinds of SWOT item. */
public enum SwotKind {
  STRENGTH,
  WEAKNESS,
  OPPORTUNITY,
  THREAT
}
