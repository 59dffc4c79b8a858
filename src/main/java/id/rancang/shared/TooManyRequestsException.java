package id.rancang.shared;

import java.time.Duration;
import java.util.Objects;

/**
 * Someone acted more often than a {@link Throttle} allows. The API answers 429 with a {@code
 * Retry-After} header, pages show a friendly message saying how long to wait.
 */
public class TooManyRequestsException extends RuntimeException {

  private final Duration retryAfter;

  public TooManyRequestsException(Duration retryAfter) {
    super("too many requests, retry after " + retryAfter);
    this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
  }

  /** How long until the next attempt is allowed. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** {@link #retryAfter()} in whole seconds, rounded up and at least 1 (for Retry-After). */
  public long retryAfterSeconds() {
    long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }
}
