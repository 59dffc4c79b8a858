package id.rancang.workshop;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often one person may act on ideas, and how often one client address may register for a public
 * consultation, before further attempts are refused (HTTP 429) until the window ends. Set with
 * {@code rancang.workshop.limits.*} (see the README's configuration table).
 *
 * @param ideasPerHour ideas one account raises per hour (workshops and consultations together)
 * @param commentsPerHour comments and replies one account writes per hour
 * @param reportsPerHour reports of ideas and comments one account sends per hour
 * @param votesPerTenMinutes support votes one account gives or withdraws per ten minutes
 * @param registrationsPerHour consultation registrations from one client IP address per hour
 */
@ConfigurationProperties("rancang.workshop.limits")
public record WorkshopLimits(
    @DefaultValue("20") int ideasPerHour,
    @DefaultValue("60") int commentsPerHour,
    @DefaultValue("30") int reportsPerHour,
    @DefaultValue("300") int votesPerTenMinutes,
    @DefaultValue("5") int registrationsPerHour) {

  public WorkshopLimits {
    if (ideasPerHour < 1
        || commentsPerHour < 1
        || reportsPerHour < 1
        || votesPerTenMinutes < 1
        || registrationsPerHour < 1) {
      throw new IllegalArgumentException("rancang.workshop.limits.* must be at least 1");
    }
  }
}
