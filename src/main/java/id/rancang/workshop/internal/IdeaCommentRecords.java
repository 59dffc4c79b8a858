package id.rancang.workshop.internal;

import id.rancang.region.RegionOwnedRecords;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which region a comment under {@code /api/v1/idea-comments/{id}} belongs to. */
@Component
class IdeaCommentRecords implements RegionOwnedRecords {

  private final JdbcClient jdbc;

  IdeaCommentRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String apiSegment() {
    return "idea-comments";
  }

  @Override
  public Optional<Long> regionOf(long id) {
    return jdbc.sql("select region_id from idea_comment where id = ?")
        .params(id)
        .query(Long.class)
        .optional();
  }
}
