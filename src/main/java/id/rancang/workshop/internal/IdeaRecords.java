package id.rancang.workshop.internal;

import id.rancang.region.RegionOwnedRecords;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the security layer which region an idea under {@code /api/v1/ideas/{id}} belongs to. */
@Component
class IdeaRecords implements RegionOwnedRecords {

  private final JdbcClient jdbc;

  IdeaRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String apiSegment() {
    return "ideas";
  }

  @Override
  public Optional<Long> regionOf(long id) {
    return jdbc.sql("select region_id from idea where id = ?")
        .params(id)
        .query(Long.class)
        .optional();
  }
}
