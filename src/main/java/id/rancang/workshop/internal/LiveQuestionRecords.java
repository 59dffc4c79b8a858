package id.rancang.workshop.internal;

import id.rancang.region.RegionOwnedRecords;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which region a live question under {@code /api/v1/live-questions/{id}} belongs to. */
@Component
class LiveQuestionRecords implements RegionOwnedRecords {

  private final JdbcClient jdbc;

  LiveQuestionRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String apiSegment() {
    return "live-questions";
  }

  @Override
  public Optional<Long> regionOf(long id) {
    return jdbc.sql("select region_id from live_question where id = ?")
        .params(id)
        .query(Long.class)
        .optional();
  }
}
