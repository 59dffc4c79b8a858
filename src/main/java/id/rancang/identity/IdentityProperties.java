package id.rancang.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the identity module (see the README's configuration table). */
@ConfigurationProperties("rancang")
public record IdentityProperties(
    @DefaultValue("http://localhost:8080") String baseUrl,
    String adminEmail,
    String adminPassword,
    @DefaultValue("noreply@rancang.local") String mailFrom,
    @DefaultValue Security security) {

  /** Lifetimes and limits. */
  public record Security(
      @DefaultValue("7d") Duration invitationValidity,
      @DefaultValue("1h") Duration resetValidity,
      @DefaultValue("30d") Duration tokenValidity,
      @DefaultValue("5") int maxFailedLogins,
      @DefaultValue("15m") Duration lockout,
      @DefaultValue("48h") Duration verificationValidity,
      @DefaultValue("7d") Duration unverifiedRetention) {}
}
