package id.rancang.identity.internal;

import id.rancang.identity.AccountStatus;
import id.rancang.identity.RancangUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Loads the account (with its password hash) for a sign-in. */
class AccountDetailsService implements UserDetailsService {

  private final JdbcClient jdbc;

  AccountDetailsService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public RancangUser loadUserByUsername(String email) {
    return jdbc.sql(
            "select id, email, name, system_admin, password_hash, status from account"
                + " where lower(email) = lower(?)")
        .param(email == null ? "" : email.strip())
        .query(
            (rs, n) ->
                new RancangUser(
                    rs.getLong("id"),
                    rs.getString("email"),
                    rs.getString("name"),
                    rs.getBoolean("system_admin"),
                    // no password yet (invited): null never matches; "{noop}" made the
                    // DelegatingPasswordEncoder throw, answering a sign-in with 500
                    rs.getString("password_hash"),
                    AccountStatus.valueOf(rs.getString("status"))))
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException(email));
  }

  RancangUser loadById(long accountId) {
    return jdbc.sql("select id, email, name, system_admin, status from account where id = ?")
        .param(accountId)
        .query(
            (rs, n) ->
                new RancangUser(
                    rs.getLong("id"),
                    rs.getString("email"),
                    rs.getString("name"),
                    rs.getBoolean("system_admin"),
                    null,
                    AccountStatus.valueOf(rs.getString("status"))))
        .optional()
        .orElseThrow(() -> new UsernameNotFoundException("#" + accountId));
  }
}
