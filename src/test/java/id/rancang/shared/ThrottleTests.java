package id.rancang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rancang.support.RancangIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@RancangIntegrationTest
class ThrottleTests {

  @Autowired Throttle throttle;
  @Autowired JdbcClient jdbc;

  @Test
  void fiftyConcurrentRequestsLetExactlyTheLimitThrough() throws Exception {
    String key = key("flood");
    int threads = 50;
    int attemptsEach = 4;
    int limit = 73;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> allowed = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        allowed.add(
            pool.submit(
                () -> {
                  start.await();
                  int granted = 0;
                  for (int i = 0; i < attemptsEach; i++) {
                    if (throttle.tryAcquire(key, limit, Duration.ofHours(1))) {
                      granted++;
                    }
                  }
                  return granted;
                }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : allowed) {
        total += f.get(60, TimeUnit.SECONDS);
      }

      assertThat(total).isEqualTo(limit);
      assertThat(hits(key)).isEqualTo(limit);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theCountStartsAgainWhenTheWindowRollsOver() {
    MovableClock clock = new MovableClock(Instant.parse("2031-05-20T03:00:10Z"));
    Throttle byTheMinute = new Throttle(jdbc, clock);
    String key = key("idea:account");
    Duration minute = Duration.ofMinutes(1);

    List<Boolean> first = attempts(byTheMinute, key, 3, minute, 4);
    clock.set(Instant.parse("2031-05-20T03:00:59.900Z"));
    boolean lastMomentOfTheWindow = byTheMinute.tryAcquire(key, 3, minute);
    clock.set(Instant.parse("2031-05-20T03:01:00Z"));
    List<Boolean> next = attempts(byTheMinute, key, 3, minute, 4);

    assertThat(first).containsExactly(true, true, true, false);
    assertThat(lastMomentOfTheWindow).isFalse();
    assertThat(next).containsExactly(true, true, true, false);
  }

  @Test
  void enforcingTheLimitTellsHowLongUntilTheWindowEnds() {
    MovableClock clock = new MovableClock(Instant.parse("2031-05-20T03:00:20Z"));
    Throttle byTheMinute = new Throttle(jdbc, clock);
    String key = key("comment:account");

    byTheMinute.enforce(key, 2, Duration.ofMinutes(1));
    byTheMinute.enforce(key, 2, Duration.ofMinutes(1));

    assertThatThrownBy(() -> byTheMinute.enforce(key, 2, Duration.ofMinutes(1)))
        .isInstanceOfSatisfying(
            TooManyRequestsException.class,
            e -> {
              assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(40));
              assertThat(e.retryAfterSeconds()).isEqualTo(40);
            });
  }

  @Test
  void keysAreCountedApart() {
    String alice = key("vote:account:1");
    String bob = key("vote:account:2");

    assertThat(throttle.tryAcquire(alice, 1, Duration.ofMinutes(5))).isTrue();
    assertThat(throttle.tryAcquire(alice, 1, Duration.ofMinutes(5))).isFalse();
    assertThat(throttle.tryAcquire(bob, 1, Duration.ofMinutes(5))).isTrue();
  }

  @Test
  void countersOfWindowsThatEndedLongAgoAreRemovedAndCurrentOnesKept() {
    MovableClock clock = new MovableClock(Instant.parse("2031-05-20T03:00:00Z"));
    Throttle throttleAt = new Throttle(jdbc, clock);
    String old = key("old");
    String current = key("current");
    throttleAt.tryAcquire(old, 5, Duration.ofHours(1));
    clock.set(Instant.parse("2031-05-21T03:30:00Z"));
    throttleAt.tryAcquire(current, 5, Duration.ofHours(1));

    int removed = throttleAt.removeExpired();

    assertThat(removed).isGreaterThanOrEqualTo(1);
    assertThat(exists(old)).isFalse();
    assertThat(exists(current)).isTrue();
  }

  @Test
  void aBlankKeyANonPositiveLimitOrAWindowOutsideOneSecondToOneDayIsAMistake() {
    assertThatThrownBy(() -> throttle.tryAcquire(" ", 1, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> throttle.tryAcquire(key("x"), 0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> throttle.tryAcquire(key("x"), 1, Duration.ofMillis(10)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> throttle.tryAcquire(key("x"), 1, Duration.ofDays(2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<Boolean> attempts(
      Throttle throttle, String key, int limit, Duration window, int count) {
    List<Boolean> results = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      results.add(throttle.tryAcquire(key, limit, window));
    }
    return results;
  }

  private static String key(String what) {
    return "test:" + what + ":" + UUID.randomUUID();
  }

  private int hits(String key) {
    return jdbc.sql("select hits from request_throttle where key = ?")
        .param(key)
        .query(Integer.class)
        .single();
  }

  private boolean exists(String key) {
    return jdbc.sql("select count(*) from request_throttle where key = ?")
            .param(key)
            .query(Integer.class)
            .single()
        > 0;
  }

  /** A clock a test moves by hand. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
