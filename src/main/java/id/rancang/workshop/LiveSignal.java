package id.rancang.workshop;

/**
 * What the projector of a live question learns, as it happens: a choice's new count, a new idea
 * among the choices, or the question being opened or closed. Sent as JSON to every Rancang instance
 * through PostgreSQL NOTIFY after the transaction commits.
 */
public record LiveSignal(String type, long questionId, Long ideaId, String title, Long votes) {

  public static LiveSignal votes(long questionId, long ideaId, long votes) {
    return new LiveSignal("votes", questionId, ideaId, null, votes);
  }

  public static LiveSignal idea(long questionId, long ideaId, String title) {
    return new LiveSignal("idea", questionId, ideaId, title, 0L);
  }

  public static LiveSignal status(long questionId, LiveStatus status) {
    return new LiveSignal(
        status.name().toLowerCase(java.util.Locale.ROOT), questionId, null, null, null);
  }
}
