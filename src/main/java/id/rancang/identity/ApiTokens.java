package id.rancang.identity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bearer tokens for API clients; only their SHA-256 is stored. They expire and can be revoked. */
@Service
public class ApiTokens {

  private final JdbcClient jdbc;
  private final IdentityProperties properties;

  ApiTokens(JdbcClient jdbc, IdentityProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /** A token issued to a client, shown to it once. */
  public record IssuedToken(String token, OffsetDateTime expiresAt) {}

  @Transactional
  public IssuedToken issue(long accountId) {
    String secret = Secrets.newSecret();
    OffsetDateTime expires =
        OffsetDateTime.now(ZoneOffset.UTC).plus(properties.security().tokenValidity());
    jdbc.sql("insert into api_token (account_id, token_hash, expires_at) values (?, ?, ?)")
        .params(accountId, Secrets.hash(secret), expires)
        .update();
    return new IssuedToken(secret, expires);
  }

  /** The account a valid (known, unexpired, unrevoked) token belongs to. */
  @Transactional
  public Optional<Long> accountFor(String secret) {
    return jdbc.sql(
            """
            update api_token set last_used_at = now()
            where token_hash = ? and revoked_at is null and expires_at > now()
            returning account_id""")
        .param(Secrets.hash(secret))
        .query(Long.class)
        .optional();
  }

  /** Revokes a token; answers whether it was valid before. */
  @Transactional
  public boolean revoke(String secret) {
    return jdbc.sql(
                "update api_token set revoked_at = now() where token_hash = ? and revoked_at is null")
            .param(Secrets.hash(secret))
            .update()
        > 0;
  }

  @Transactional
  public int revokeAll(long accountId) {
    return jdbc.sql(
            "update api_token set revoked_at = now() where account_id = ? and revoked_at is null")
        .param(accountId)
        .update();
  }
}
