package id.rancang.prioritisation.rules;

/** How a result's weights were derived. */
public enum PriorityMethod {
  /** Saaty's principal right eigenvector of a complete matrix. */
  EIGENVECTOR,
  /** Harker's eigenvector of an incomplete matrix (see {@link IncompleteMethod#HARKER}). */
  HARKER,
  /** Logarithmic least squares over an incomplete matrix (see {@link IncompleteMethod#LLSM}). */
  LLSM
}
