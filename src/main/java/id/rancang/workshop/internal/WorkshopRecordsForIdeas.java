package id.rancang.workshop.internal;

import id.rancang.region.RegionOwnedRecords;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** TEMPORARY until the workshop core lands: which region a workshop belongs to. */
@Component
class WorkshopRecordsForIdeas implements RegionOwnedRecords {

  private final JdbcClient jdbc;

  WorkshopRecordsForIdeas(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String apiSegment() {
    return "workshops";
  }

  @Override
  public Optional<Long> regionOf(long id) {
    return jdbc.sql("select region_id from workshop where id = ?")
        .params(id)
        .query(Long.class)
        .optional();
  }
}
