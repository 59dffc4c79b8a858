package id.rancang.identity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after a number of failed sign-ins for one address, that address is
 * locked for a while (also for addresses without an account, so nothing is revealed). Kept in the
 * database so that every instance sees it.
 */
@Service
public class LoginThrottle {

  private final JdbcClient jdbc;
  private final IdentityProperties properties;

  LoginThrottle(JdbcClient jdbc, IdentityProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /** Until when the address is locked, if it is. */
  public Optional<OffsetDateTime> lockedUntil(String email) {
    return jdbc.sql(
            "select locked_until from login_throttle where email = ? and locked_until > now()")
        .param(key(email))
        .query(OffsetDateTime.class)
        .optional();
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void failed(String email) {
    OffsetDateTime lockUntil =
        OffsetDateTime.now(ZoneOffset.UTC).plus(properties.security().lockout());
    jdbc.sql(
            """
            insert into login_throttle (email, failures, updated_at) values (?, 1, now())
            on conflict (email) do update set
              failures = case when login_throttle.locked_until is not null
                              and login_throttle.locked_until <= now() then 1
                         else login_throttle.failures + 1 end,
              locked_until = case when login_throttle.locked_until is not null
                                  and login_throttle.locked_until <= now() then null
                             when login_throttle.failures + 1 >= ? then ?
                             else login_throttle.locked_until end,
              updated_at = now()""")
        .params(key(email), properties.security().maxFailedLogins(), lockUntil)
        .update();
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void succeeded(String email) {
    jdbc.sql("delete from login_throttle where email = ?").param(key(email)).update();
  }

  private static String key(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }
}
