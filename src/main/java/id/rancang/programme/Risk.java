package id.rancang.programme;

/** A risk of a programme: likelihood and impact from 1 (low) to 5 (high), and its mitigation. */
public record Risk(String description, int likelihood, int impact, String mitigation) {

  /** Likelihood times impact, 1 to 25. */
  public int score() {
    return likelihood * impact;
  }
}
