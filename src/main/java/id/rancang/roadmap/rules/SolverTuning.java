package id.rancang.roadmap.rules;

/**
 * How the CP-SAT model is written and searched, beyond {@link SolveOptions}: for the benchmark and
 * the ADR's comparisons (docs/adr/0015-roadmap-optimisation-model.md); the application uses {@link
 * #defaults()}.
 *
 * @param search which CP-SAT subsolvers run
 * @param precedence how a dependency is written
 */
public record SolverTuning(Search search, Precedence precedence) {

  /** Which CP-SAT subsolvers run on the workers. */
  public enum Search {
    /** CP-SAT's own portfolio for the number of workers. */
    DEFAULT,
    /**
     * Only the {@code max_lp} subsolver (the full linear relaxation with cuts at every node) on the
     * full problem, the other workers do what CP-SAT adds (LNS, first solutions).
     */
    MAX_LP,
    /** {@code max_lp} first, then CP-SAT's own portfolio ({@code extra_subsolvers}). */
    MAX_LP_FIRST
  }

  /** How "p starts after q has finished" is written. */
  public enum Precedence {
    /**
     * For every year t: p started by t implies q started by t - duration(q), as sum_{t' <= t}
     * x[p][t'] <= sum_{t' <= t - dur(q)} x[q][t'] (tight: the linear relaxation of a fractional
     * schedule cannot cheat).
     */
    DISAGGREGATED,
    /**
     * One row per dependency on the start years: start(p) >= start(q) + dur(q) when p is in, with a
     * big-M when it is out, and x_p <= x_q (weak relaxation).
     */
    AGGREGATED
  }

  /** What the measurements chose (bench/README.md). */
  public static SolverTuning defaults() {
    return new SolverTuning(Search.MAX_LP, Precedence.DISAGGREGATED);
  }
}
