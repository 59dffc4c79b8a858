package id.rancang.workshop;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A public idea collection of a masterplan (konsultasi publik), open to participants who registered
 * with a verified e-mail address. {@code opensOn} and {@code closesOn} are the period announced to
 * the public; the organisers open and close it. {@code ideas} counts every idea raised in it.
 */
public record Consultation(
    long id,
    long masterplanId,
    String title,
    String description,
    LocalDate opensOn,
    LocalDate closesOn,
    ConsultationStatus status,
    long ideas,
    OffsetDateTime createdAt,
    int version) {

  /** Whether anybody, also without an account, may read it. */
  public boolean isPublic() {
    return status != ConsultationStatus.DRAFT;
  }
}
