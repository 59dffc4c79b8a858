package id.rancang.roadmap.rules;

/** Lets another thread cancel a running solve; the solver keeps the best schedule found. */
public final class SolveControl {

  private volatile boolean cancelled;
  private volatile Runnable onCancel = () -> {};

  /** Asks the solve to stop as soon as it can. */
  public void cancel() {
    cancelled = true;
    onCancel.run();
  }

  public boolean cancelled() {
    return cancelled;
  }

  /** For the solver: what to run on {@link #cancel()} (runs at once if already cancelled). */
  void whenCancelled(Runnable action) {
    onCancel = action;
    if (cancelled) {
      action.run();
    }
  }
}
