package id.rancang.shared.db;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database settings. {@code RANCANG_DB_URL}, {@code RANCANG_DB_USER} and {@code
 * RANCANG_DB_PASSWORD} select an external server; without a URL the embedded server runs.
 */
@ConfigurationProperties("rancang.db")
public record DatabaseProperties(
    String url,
    String user,
    String password,
    @DefaultValue("10") int poolSize,
    @DefaultValue("5s") Duration connectionTimeout,
    @DefaultValue Embedded embedded) {

  public boolean isExternal() {
    return url != null && !url.isBlank();
  }

  public record Embedded(
      @DefaultValue("./data/postgres") String dataDir, @DefaultValue("0") int port) {}
}
