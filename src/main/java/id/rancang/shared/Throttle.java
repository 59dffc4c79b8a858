package id.rancang.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits how often something may happen per key in fixed windows, counted in the database table
 * {@code request_throttle} so that every Rancang instance shares the same counters. A key names
 * what and who, e.g. {@code "idea:account:42"} or {@code "consultation:ip:203.0.113.9"}; use one
 * window length per key. Windows are aligned to the epoch (a one-minute window runs from :00 to
 * :59), by this instance's clock; keep the instances' clocks in sync (NTP).
 *
 * <p>Each attempt is one atomic statement: an upsert that counts the attempt only while the window
 * has room, so concurrent requests on any number of instances never let more than {@code limit}
 * through, and a flood of refused attempts writes nothing. Windows longer than {@link
 * #LONGEST_WINDOW} are refused, because counters older than that are removed periodically.
 */
@Component
public class Throttle {

  /** The longest window a key may use; counters are kept that long after their window starts. */
  public static final Duration LONGEST_WINDOW = Duration.ofDays(1);

  private final JdbcClient jdbc;
  private final Clock clock;

  @Autowired
  public Throttle(JdbcClient jdbc) {
    this(jdbc, Clock.systemUTC());
  }

  /** A throttle that reads the time from the given clock (for tests). */
  public Throttle(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Counts an attempt for the key and tells whether it is within the limit of the current window. A
   * refused attempt is not counted.
   */
  public boolean tryAcquire(String key, int limit, Duration window) {
    return attempt(key, limit, window).isEmpty();
  }

  /**
   * Like {@link #tryAcquire}, but throws when the limit is reached.
   *
   * @throws TooManyRequestsException with the time left until the window ends
   */
  public void enforce(String key, int limit, Duration window) {
    Optional<Duration> wait = attempt(key, limit, window);
    if (wait.isPresent()) {
      throw new TooManyRequestsException(wait.get());
    }
  }

  /** Empty when the attempt is allowed, otherwise the time until the window ends. */
  private Optional<Duration> attempt(String key, int limit, Duration window) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("a throttle key must not be blank");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("a throttle limit must be at least 1, not " + limit);
    }
    if (window == null
        || window.compareTo(Duration.ofSeconds(1)) < 0
        || window.compareTo(LONGEST_WINDOW) > 0) {
      throw new IllegalArgumentException(
          "a throttle window must last from 1 second to " + LONGEST_WINDOW + ", not " + window);
    }
    Instant now = clock.instant();
    long windowMillis = window.toMillis();
    Instant start =
        Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), windowMillis) * windowMillis);
    // A newer window starts over at 1; in the current (or, from an instance whose clock lags, an
    // older) window the attempt counts only while there is room, else nothing is written or
    // returned.
    Optional<Integer> hits =
        jdbc.sql(
                """
                insert into request_throttle as t (key, window_start, hits)
                values (:key, :start, 1)
                on conflict (key) do update
                   set window_start = greatest(t.window_start, excluded.window_start),
                       hits = case when excluded.window_start > t.window_start then 1
                                   else t.hits + 1 end
                 where excluded.window_start > t.window_start or t.hits < :limit
                returning hits
                """)
            .param("key", key)
            .param("start", OffsetDateTime.ofInstant(start, ZoneOffset.UTC))
            .param("limit", limit)
            .query(Integer.class)
            .optional();
    if (hits.isPresent()) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, start.plus(window)));
  }

  /**
   * Removes counters whose window started more than {@link #LONGEST_WINDOW} ago: they can no longer
   * refuse anything. Runs every quarter of an hour on each instance.
   *
   * @return the number of counters removed
   */
  @Scheduled(
      initialDelayString = "${rancang.throttle.cleanup-delay:PT1M}",
      fixedDelayString = "${rancang.throttle.cleanup-interval:PT15M}")
  public int removeExpired() {
    return jdbc.sql("delete from request_throttle where window_start < :cutoff")
        .param(
            "cutoff",
            OffsetDateTime.ofInstant(clock.instant().minus(LONGEST_WINDOW), ZoneOffset.UTC))
        .update();
  }
}
