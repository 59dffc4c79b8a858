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

  /**
   * The account a valid (known, unexpired, unrevoked) token belongs to. The last use is recorded at
   * most once a minute, so that reading with a token does not write on every request.
   */
  @Transactional
  public Optional<Long> accountFor(String secret) {
    String hash = Secrets.hash(secret);
    Optional<UsedToken> token =
        jdbc.sql(
                """
                select account_id,
                       last_used_at is null or last_used_at < now() - interval '1 minute' as stale
                from api_token
                where token_hash = ? and revoked_at is null and expires_at > now()""")
            .param(hash)
            .query((rs, n) -> new UsedToken(rs.getLong(1), rs.getBoolean(2)))
            .optional();
    token
        .filter(UsedToken::stale)
        .ifPresent(
            t ->
                jdbc.sql("update api_token set last_used_at = now() where token_hash = ?")
                    .param(hash)
                    .update());
    return token.map(UsedToken::accountId);
  }

  private record UsedToken(long accountId, boolean stale) {}

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
