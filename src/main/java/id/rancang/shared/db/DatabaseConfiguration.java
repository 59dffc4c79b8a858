package id.rancang.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
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

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(DatabaseProperties properties) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("rancang");
    config.setMaximumPoolSize(properties.poolSize());
    config.setConnectionTimeout(properties.connectionTimeout().toMillis());
    config.setValidationTimeout(Math.min(3000, properties.connectionTimeout().toMillis()));
    if (properties.isExternal()) {
      config.setJdbcUrl(properties.url());
      config.setUsername(properties.user());
      config.setPassword(properties.password());
    } else {
      EmbeddedPostgres pg =
          EmbeddedPostgresServer.start(
              Path.of(properties.embedded().dataDir()), properties.embedded().port());
      config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
      config.setUsername("postgres");
    }
    return new HikariDataSource(config);
  }
}
