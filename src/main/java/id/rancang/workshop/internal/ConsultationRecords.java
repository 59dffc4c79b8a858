package id.rancang.workshop.internal;

import id.rancang.region.RegionOwnedRecords;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the security layer which region a consultation under {@code /api/v1/consultations/{id}} is.
 */
@Component
class ConsultationRecords implements RegionOwnedRecords {

  private final JdbcClient jdbc;

  ConsultationRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String apiSegment() {
    return "consultations";
  }

  @Override
  public Optional<Long> regionOf(long id) {
    return jdbc.sql("select region_id from consultation where id = ?")
        .params(id)
        .query(Long.class)
        .optional();
  }
}
