package id.rancang.prioritisation;

import id.rancang.prioritisation.rules.IncompleteMethod;
import id.rancang.prioritisation.rules.RandomIndexTable;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads exercise rows for the three prioritisation services, and guards changes to an exercise's
 * set-up. Changes lock the exercise row ({@code FOR UPDATE}), so that a change of status, and
 * judgements or ratings saved under a {@code FOR SHARE} lock of the same row, come before or after
 * them, never in between.
 */
@Component
class ExerciseStore {

  static final String RECORD_TYPE = "prioritisationExercise";
  static final String COLUMNS =
      "id, masterplan_id, name, description, aggregation, ri_table, incomplete_method, status,"
          + " workshop_id, created_at, published_at, version";

  private final JdbcClient jdbc;

  ExerciseStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Exercise> find(long regionId, long id) {
    return jdbc.sql(
            "select " + COLUMNS + " from prioritisation_exercise where region_id = ? and id = ?")
        .params(regionId, id)
        .query(ExerciseStore::map)
        .optional();
  }

  Exercise get(long regionId, long id) {
    return find(regionId, id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
  }

  /** The exercise, its row locked until the transaction ends. */
  Exercise lock(long regionId, long id) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from prioritisation_exercise where region_id = ? and id = ? for update")
        .params(regionId, id)
        .query(ExerciseStore::map)
        .optional()
        .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
  }

  /**
   * The exercise, locked, when its criteria, scales and groups may still change: while it is a
   * draft, or open before anyone judged or rated.
   *
   * @throws InvalidInputException on {@code status} saying why not
   */
  Exercise lockForSetup(long regionId, long id) {
    Exercise exercise = lock(regionId, id);
    switch (exercise.status()) {
      case DRAFT -> {}
      case OPEN -> {
        InputCounts input = input(regionId, id);
        if (!input.isEmpty()) {
          throw InvalidInputException.of(
              "status", "prioritisation.setup.lockedInput", input.judgements(), input.ratings());
        }
      }
      default -> throw InvalidInputException.of("status", "prioritisation.setup.lockedStatus");
    }
    return exercise;
  }

  /** The judgements and ratings of every evaluator of the exercise. */
  InputCounts input(long regionId, long exerciseId) {
    return jdbc.sql(
            """
            select
              (select count(*) from judgement j join evaluator e on e.id = j.evaluator_id
                where e.region_id = ? and e.exercise_id = ?),
              (select count(*) from rating r join evaluator e on e.id = r.evaluator_id
                where e.region_id = ? and e.exercise_id = ?)""")
        .params(regionId, exerciseId, regionId, exerciseId)
        .query((rs, n) -> new InputCounts(rs.getLong(1), rs.getLong(2)))
        .single();
  }

  /** Whether the account is an evaluator of the exercise. */
  boolean isEvaluator(long regionId, long exerciseId, long accountId) {
    return jdbc.sql(
                "select count(*) from evaluator where region_id = ? and exercise_id = ?"
                    + " and account_id = ?")
            .params(regionId, exerciseId, accountId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** An exercise the viewer may see; one they may not is "not found" to them. */
  Exercise visible(long regionId, long id, ExerciseViewer viewer) {
    Exercise exercise = get(regionId, id);
    if (!viewer.seesAll() && !isEvaluator(regionId, id, viewer.accountId())) {
      throw new NotFoundException(RECORD_TYPE, id);
    }
    return exercise;
  }

  static Exercise map(ResultSet rs, int row) throws SQLException {
    long workshop = rs.getLong("workshop_id");
    Long workshopId = rs.wasNull() ? null : workshop;
    return new Exercise(
        rs.getLong("id"),
        rs.getLong("masterplan_id"),
        rs.getString("name"),
        rs.getString("description"),
        Aggregation.valueOf(rs.getString("aggregation")),
        table(rs.getString("ri_table")),
        IncompleteMethod.valueOf(rs.getString("incomplete_method")),
        ExerciseStatus.valueOf(rs.getString("status")),
        workshopId,
        time(rs.getTimestamp("created_at")),
        time(rs.getTimestamp("published_at")),
        rs.getInt("version"));
  }

  private static RandomIndexTable table(String id) {
    for (RandomIndexTable table : RandomIndexTable.values()) {
      if (table.id().equals(id)) {
        return table;
      }
    }
    return RandomIndexTable.DEFAULT;
  }

  static OffsetDateTime time(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant().atOffset(ZoneOffset.UTC);
  }
}
