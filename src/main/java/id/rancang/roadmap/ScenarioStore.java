package id.rancang.roadmap;

import id.rancang.roadmap.rules.SolveStatus;
import id.rancang.shared.NotFoundException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads scenarios and their inputs and schedules, always within one region. */
@Component
class ScenarioStore {

  /*
   * A solve whose heartbeat stopped for a minute (its instance went away) reads as FAILED
   * ("interrupted") here, computed on read: no instance needs to sweep for it.
   */

  static final String RECORD_TYPE = "roadmapScenario";

  static final String COLUMNS =
      """
      s.id, s.masterplan_id, s.name, s.description, s.time_limit_seconds, s.gap_limit,
      s.quick_wins_first_year, s.locked_through, s.created_by, s.created_at, s.version,
      case when s.solve_state in ('QUEUED', 'RUNNING')
             and s.heartbeat_at < now() - interval '60 seconds' then 'FAILED'
           else s.solve_state end as solve_state,
      case when s.solve_state in ('QUEUED', 'RUNNING')
             and s.heartbeat_at < now() - interval '60 seconds' then 'interrupted'
           else s.failure end as failure,
      s.progress_objective, s.progress_bound, s.progress_millis, s.status,
      s.objective, s.bound, s.gap, s.greedy_objective, s.wall_millis, s.solved_at,
      s.edited_by_hand, s.adopted_at, s.adopted_by""";

  private final JdbcClient jdbc;

  ScenarioStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Scenario get(long regionId, long masterplanId, long id) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from roadmap_scenario s where s.region_id = ? and s.masterplan_id = ?"
                + " and s.id = ?")
        .params(regionId, masterplanId, id)
        .query(ScenarioStore::map)
        .optional()
        .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
  }

  Scenario lock(long regionId, long masterplanId, long id) {
    jdbc.sql(
            "select id from roadmap_scenario where region_id = ? and masterplan_id = ? and id = ?"
                + " for update")
        .params(regionId, masterplanId, id)
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    return get(regionId, masterplanId, id);
  }

  ScenarioInputs inputs(long regionId, long id) {
    List<CeilingEntry> ceilings =
        jdbc.sql(
                "select year, source_code, amount from roadmap_ceiling where region_id = ?"
                    + " and scenario_id = ? order by year, source_code")
            .params(regionId, id)
            .query((rs, n) -> new CeilingEntry(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3)))
            .list();
    List<ScenarioInputs.CandidateSetting> candidates =
        jdbc.sql(
                """
                select c.programme_id, c.value, c.earliest_start, c.latest_start, c.mandatory,
                  c.excluded
                from roadmap_candidate c join programme p on p.id = c.programme_id
                where c.region_id = ? and c.scenario_id = ? order by lower(p.code), p.id""")
            .params(regionId, id)
            .query(
                (rs, n) ->
                    new ScenarioInputs.CandidateSetting(
                        rs.getLong(1),
                        (Double) rs.getObject(2),
                        (Integer) rs.getObject(3),
                        (Integer) rs.getObject(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6)))
            .list();
    Map<Integer, List<Long>> groups = new TreeMap<>();
    jdbc.sql(
            "select group_no, programme_id from roadmap_exclusive_member where region_id = ?"
                + " and scenario_id = ? order by group_no, programme_id")
        .params(regionId, id)
        .query(
            (ResultSet rs) -> {
              groups.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getLong(2));
            });
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    jdbc.sql(
            "select dimension_code, minimum_share from roadmap_dimension_share where region_id = ?"
                + " and scenario_id = ? order by dimension_code")
        .params(regionId, id)
        .query(
            (ResultSet rs) -> {
              shares.put(rs.getString(1), rs.getBigDecimal(2));
            });
    return new ScenarioInputs(ceilings, candidates, List.copyOf(groups.values()), shares);
  }

  /** The scenario's schedule: start year by programme id. */
  Map<Long, Integer> starts(long regionId, long id) {
    Map<Long, Integer> starts = new LinkedHashMap<>();
    jdbc.sql(
            "select programme_id, start_year from roadmap_start where region_id = ?"
                + " and scenario_id = ? order by programme_id")
        .params(regionId, id)
        .query(
            (ResultSet rs) -> {
              starts.put(rs.getLong(1), rs.getInt(2));
            });
    return starts;
  }

  /** The schedule of the masterplan's adopted scenario, empty when none is adopted. */
  Map<Long, Integer> adoptedStarts(long regionId, long masterplanId) {
    Map<Long, Integer> starts = new LinkedHashMap<>();
    jdbc.sql(
            "select r.programme_id, r.start_year from roadmap_start r join roadmap_scenario s"
                + " on s.id = r.scenario_id where s.region_id = ? and s.masterplan_id = ?"
                + " and s.adopted_at is not null")
        .params(regionId, masterplanId)
        .query(
            (ResultSet rs) -> {
              starts.put(rs.getLong(1), rs.getInt(2));
            });
    return starts;
  }

  void replaceStarts(long regionId, long id, Map<Long, Integer> starts) {
    jdbc.sql("delete from roadmap_start where region_id = ? and scenario_id = ?")
        .params(regionId, id)
        .update();
    for (Map.Entry<Long, Integer> start : starts.entrySet()) {
      // a programme deleted meanwhile is skipped (its row would break the foreign key)
      jdbc.sql(
              "insert into roadmap_start (scenario_id, region_id, programme_id, start_year)"
                  + " select ?, ?, p.id, ? from programme p where p.id = ? and p.region_id = ?")
          .params(id, regionId, start.getValue(), start.getKey(), regionId)
          .update();
    }
  }

  static Scenario map(ResultSet rs, int row) throws SQLException {
    String status = rs.getString("status");
    return new Scenario(
        rs.getLong("id"),
        rs.getLong("masterplan_id"),
        rs.getString("name"),
        rs.getString("description"),
        rs.getInt("time_limit_seconds"),
        rs.getBigDecimal("gap_limit"),
        rs.getBoolean("quick_wins_first_year"),
        (Integer) rs.getObject("locked_through"),
        rs.getString("created_by"),
        instant(rs.getTimestamp("created_at")),
        rs.getInt("version"),
        SolveState.valueOf(rs.getString("solve_state")),
        (Double) rs.getObject("progress_objective"),
        (Double) rs.getObject("progress_bound"),
        (Long) rs.getObject("progress_millis"),
        status == null ? null : SolveStatus.valueOf(status),
        (Double) rs.getObject("objective"),
        (Double) rs.getObject("bound"),
        (Double) rs.getObject("gap"),
        (Double) rs.getObject("greedy_objective"),
        (Long) rs.getObject("wall_millis"),
        instant(rs.getTimestamp("solved_at")),
        rs.getString("failure"),
        rs.getBoolean("edited_by_hand"),
        instant(rs.getTimestamp("adopted_at")),
        rs.getString("adopted_by"));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
