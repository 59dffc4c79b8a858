package id.rancang.workshop;

import java.time.LocalDate;

/** A consultation as the public sees it: no record of who organises or takes part. */
public record PublicConsultation(
    long id,
    long regionId,
    String regionName,
    String masterplanTitle,
    String title,
    String description,
    LocalDate opensOn,
    LocalDate closesOn,
    ConsultationStatus status) {

  public boolean open() {
    return status == ConsultationStatus.OPEN;
  }
}
