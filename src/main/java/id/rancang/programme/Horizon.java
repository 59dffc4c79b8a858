package id.rancang.programme;

/**
 * How long a programme runs, counted in calendar years from its start year to its end year (both
 * included): a {@code QUICK_WIN} is done within the year it starts, a {@code MEDIUM} programme
 * within 5 years, a {@code LONG} one within 10. The codes are stable: they are used in the API and
 * in files.
 */
public enum Horizon {
  QUICK_WIN(1),
  MEDIUM(5),
  LONG(10);

  private final int maxYears;

  Horizon(int maxYears) {
    this.maxYears = maxYears;
  }

  /** The most calendar years (start and end year included) a programme of this horizon may run. */
  public int maxYears() {
    return maxYears;
  }
}
