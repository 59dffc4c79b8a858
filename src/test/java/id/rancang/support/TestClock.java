package id.rancang.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the system clock, unless a test fixes it at a moment. A test
 * that fixes it sets it back ({@link #reset}) when it ends, so the next test runs on real time.
 */
@TestComponent
@Primary
public class TestClock extends Clock {

  private volatile Instant fixed;

  /** From now on the clock says {@code instant}, until {@link #reset}. */
  public void fix(Instant instant) {
    this.fixed = instant;
  }

  public void reset() {
    this.fixed = null;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    TestClock parent = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return parent.withZone(other);
      }

      @Override
      public Instant instant() {
        return parent.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    Instant at = fixed;
    return at != null ? at : Instant.now();
  }
}
