package id.rancang.shared.db;

/**
 * Where the database is and how to sign in: the JDBC URL, user and password the connection pool
 * uses, for the few connections that must not come from the pool (the LISTEN connection of {@link
 * PgChannels}). The password never appears in {@link #toString()}.
 */
public record ConnectionSettings(String url, String user, String password) {

  @Override
  public String toString() {
    return "ConnectionSettings[url=" + url + ", user=" + user + "]";
  }
}
