package id.rancang.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one data source: an external PostgreSQL when {@code rancang.db.url} is set, otherwise the
 * embedded server with data under {@code rancang.db.embedded.data-dir}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

  /** The server's address and sign-in; starts the embedded server when no URL is configured. */
  @Bean
  ConnectionSettings connectionSettings(DatabaseProperties properties) {
    if (properties.isExternal()) {
      return new ConnectionSettings(properties.url(), properties.user(), properties.password());
    }
    EmbeddedPostgres pg =
        EmbeddedPostgresServer.start(
            Path.of(properties.embedded().dataDir()), properties.embedded().port());
    return new ConnectionSettings(pg.getJdbcUrl("postgres", "postgres"), "postgres", null);
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(DatabaseProperties properties, ConnectionSettings connection) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("rancang");
    config.setMaximumPoolSize(properties.poolSize());
    config.setConnectionTimeout(properties.connectionTimeout().toMillis());
    config.setValidationTimeout(Math.min(3000, properties.connectionTimeout().toMillis()));
    config.setJdbcUrl(connection.url());
    config.setUsername(connection.user());
    config.setPassword(connection.password());
    return new HikariDataSource(config);
  }

  /** LISTEN/NOTIFY through the database, started on the first subscription. */
  @Bean(destroyMethod = "close")
  PgChannels pgChannels(DataSource dataSource, ConnectionSettings connection) {
    return new PgChannels(dataSource, connection);
  }
}
