package id.rancang.region;

import java.time.OffsetDateTime;

/** An organisation or person taking part in the masterplan, with their pentahelix role. */
public record Stakeholder(
    long id,
    long regionId,
    StakeholderKind kind,
    String name,
    PentahelixRole pentahelixRole,
    String organisation,
    String position,
    String email,
    String phone,
    OffsetDateTime consentAt,
    String consentPurpose,
    String consentRecordedBy,
    int version) {

  public boolean hasConsent() {
    return consentAt != null;
  }
}
