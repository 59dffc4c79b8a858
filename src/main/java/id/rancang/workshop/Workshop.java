package id.rancang.workshop;

import id.rancang.workshop.rules.WorkshopDates;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A workshop (Bimtek) of a masterplan: its stage ({@code stageLabel} names a CUSTOM one), dates,
 * venue, and whether participants may add ideas and support votes now.
 */
public record Workshop(
    long id,
    long regionId,
    long masterplanId,
    WorkshopStage stage,
    String stageLabel,
    String title,
    String description,
    LocalDate startDate,
    LocalDate endDate,
    String venue,
    boolean ideasOpen,
    OffsetDateTime createdAt,
    int version) {

  /** Every day of the workshop, first to last. */
  public List<LocalDate> days() {
    return WorkshopDates.each(startDate, endDate);
  }

  public boolean includes(LocalDate day) {
    return day != null && !day.isBefore(startDate) && !day.isAfter(endDate);
  }
}
