package id.rancang.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock the modules read "now" and "today" from (in UTC; each module applies the time zone it
 * needs). Inject it instead of calling {@code Instant.now()}, so that tests can fix the time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
