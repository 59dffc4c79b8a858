package id.rancang.strategy;

import id.rancang.region.MasterplanManagement;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The readiness analysis of a masterplan (Buku 1): SWOT items and a gap statement for each of the 6
 * dimensions x 3 pillars, and the matrix that shows which cells are still empty.
 */
@Service
public class ReadinessAnalysis {

  public static final String ITEM_RECORD = "swotItem";
  public static final String GAP_RECORD = "readinessGap";
  private static final String ITEM_COLUMNS =
      "id, masterplan_id, dimension_code, pillar, kind, statement, position, version";
  private static final String GAP_COLUMNS =
      "id, masterplan_id, dimension_code, pillar, current_state, desired_state, version";

  private final JdbcClient jdbc;
  private final MasterplanManagement masterplans;
  private final ApplicationEventPublisher events;

  ReadinessAnalysis(
      JdbcClient jdbc, MasterplanManagement masterplans, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.masterplans = masterplans;
    this.events = events;
  }

  /** Every SWOT item of the masterplan, by dimension, pillar, kind and position. */
  public List<SwotItem> items(long regionId, long masterplanId) {
    masterplans.get(regionId, masterplanId);
    return jdbc.sql(
            "select "
                + ITEM_COLUMNS
                + " from readiness_item where region_id = ? and masterplan_id = ?"
                + " order by dimension_code, pillar, kind, position, id")
        .params(regionId, masterplanId)
        .query(ReadinessAnalysis::mapItem)
        .list();
  }

  public List<SwotItem> items(
      long regionId, long masterplanId, Dimension dimension, Pillar pillar) {
    return items(regionId, masterplanId).stream()
        .filter(i -> i.dimension() == dimension && i.pillar() == pillar)
        .toList();
  }

  public List<ReadinessGap> gaps(long regionId, long masterplanId) {
    masterplans.get(regionId, masterplanId);
    return jdbc.sql(
            "select "
                + GAP_COLUMNS
                + " from readiness_gap where region_id = ? and masterplan_id = ?"
                + " order by dimension_code, pillar")
        .params(regionId, masterplanId)
        .query(ReadinessAnalysis::mapGap)
        .list();
  }

  public Optional<ReadinessGap> gap(
      long regionId, long masterplanId, Dimension dimension, Pillar pillar) {
    return gaps(regionId, masterplanId).stream()
        .filter(g -> g.dimension() == dimension && g.pillar() == pillar)
        .findFirst();
  }

  /** The 6 x 3 matrix, dimensions in their published order, pillars in order. */
  public Map<Dimension, Map<Pillar, ReadinessCell>> matrix(long regionId, long masterplanId) {
    List<SwotItem> items = items(regionId, masterplanId);
    List<ReadinessGap> gaps = gaps(regionId, masterplanId);
    Map<Dimension, Map<Pillar, ReadinessCell>> matrix = new LinkedHashMap<>();
    for (Dimension dimension : Dimension.values()) {
      Map<Pillar, ReadinessCell> row = new EnumMap<>(Pillar.class);
      for (Pillar pillar : Pillar.values()) {
        Map<SwotKind, Integer> counts = new EnumMap<>(SwotKind.class);
        for (SwotKind kind : SwotKind.values()) {
          counts.put(
              kind,
              (int)
                  items.stream()
                      .filter(
                          i ->
                              i.dimension() == dimension
                                  && i.pillar() == pillar
                                  && i.kind() == kind)
                      .count());
        }
        boolean hasGap =
            gaps.stream().anyMatch(g -> g.dimension() == dimension && g.pillar() == pillar);
        row.put(pillar, new ReadinessCell(dimension, pillar, counts, hasGap));
      }
      matrix.put(dimension, row);
    }
    return matrix;
  }

  public SwotItem item(long regionId, long masterplanId, long id) {
    return jdbc.sql(
            "select "
                + ITEM_COLUMNS
                + " from readiness_item"
                + " where region_id = ? and masterplan_id = ? and id = ?")
        .params(regionId, masterplanId, id)
        .query(ReadinessAnalysis::mapItem)
        .optional()
        .orElseThrow(() -> new NotFoundException(ITEM_RECORD, id));
  }

  @Transactional
  public SwotItem addItem(long regionId, long masterplanId, SwotItemCommand command) {
    masterplans.get(regionId, masterplanId);
    long id =
        jdbc.sql(
                """
                insert into readiness_item (region_id, masterplan_id, dimension_code, pillar, kind,
                  statement, position)
                values (?, ?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from readiness_item
                  where masterplan_id = ? and dimension_code = ? and pillar = ? and kind = ?))
                returning id""")
            .params(
                regionId,
                masterplanId,
                command.dimension().name(),
                command.pillar().name(),
                command.kind().name(),
                command.statement().strip(),
                masterplanId,
                command.dimension().name(),
                command.pillar().name(),
                command.kind().name())
            .query(Long.class)
            .single();
    SwotItem created = item(regionId, masterplanId, id);
    events.publishEvent(RecordChanged.created(regionId, ITEM_RECORD, id, snapshot(created)));
    return created;
  }

  @Transactional
  public SwotItem updateItem(
      long regionId, long masterplanId, long id, SwotItemCommand command, int expectedVersion) {
    SwotItem before = item(regionId, masterplanId, id);
    int updated =
        jdbc.sql(
                """
                update readiness_item set dimension_code = ?, pillar = ?, kind = ?, statement = ?,
                  version = version + 1
                where region_id = ? and masterplan_id = ? and id = ? and version = ?""")
            .params(
                command.dimension().name(),
                command.pillar().name(),
                command.kind().name(),
                command.statement().strip(),
                regionId,
                masterplanId,
                id,
                expectedVersion)
            .update();
    if (updated == 0) {
      throw new ConcurrentEditException(ITEM_RECORD, id);
    }
    SwotItem after = item(regionId, masterplanId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, ITEM_RECORD, id, snapshot(before), snapshot(after)));
    return after;
  }

  @Transactional
  public void deleteItem(long regionId, long masterplanId, long id) {
    SwotItem before = item(regionId, masterplanId, id);
    jdbc.sql("delete from readiness_item where region_id = ? and id = ?")
        .params(regionId, id)
        .update();
    events.publishEvent(RecordChanged.deleted(regionId, ITEM_RECORD, id, snapshot(before)));
  }

  /**
   * Sets the gap statement of a cell. {@code expectedVersion} is null when the cell had no gap
   * statement when the user opened it; if someone wrote one meanwhile, that is a conflict too.
   */
  @Transactional
  public ReadinessGap setGap(
      long regionId,
      long masterplanId,
      Dimension dimension,
      Pillar pillar,
      String currentState,
      String desiredState,
      Integer expectedVersion) {
    masterplans.get(regionId, masterplanId);
    List<FieldProblem> problems = new ArrayList<>();
    if (currentState == null || currentState.isBlank()) {
      problems.add(FieldProblem.of("currentState", "shared.validation.required"));
    }
    if (desiredState == null || desiredState.isBlank()) {
      problems.add(FieldProblem.of("desiredState", "shared.validation.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Optional<ReadinessGap> before = gap(regionId, masterplanId, dimension, pillar);
    if (before.isEmpty()) {
      if (expectedVersion != null) {
        throw new ConcurrentEditException(GAP_RECORD, dimension + "/" + pillar);
      }
      int inserted =
          jdbc.sql(
                  """
                  insert into readiness_gap (region_id, masterplan_id, dimension_code, pillar,
                    current_state, desired_state)
                  values (?, ?, ?, ?, ?, ?)
                  on conflict (masterplan_id, dimension_code, pillar) do nothing""")
              .params(
                  regionId,
                  masterplanId,
                  dimension.name(),
                  pillar.name(),
                  currentState.strip(),
                  desiredState.strip())
              .update();
      if (inserted == 0) {
        throw new ConcurrentEditException(GAP_RECORD, dimension + "/" + pillar);
      }
    } else {
      if (expectedVersion == null) {
        throw new ConcurrentEditException(GAP_RECORD, before.get().id());
      }
      int updated =
          jdbc.sql(
                  """
                  update readiness_gap set current_state = ?, desired_state = ?, version = version + 1
                  where region_id = ? and id = ? and version = ?""")
              .params(
                  currentState.strip(),
                  desiredState.strip(),
                  regionId,
                  before.get().id(),
                  expectedVersion)
              .update();
      if (updated == 0) {
        throw new ConcurrentEditException(GAP_RECORD, before.get().id());
      }
    }
    ReadinessGap after = gap(regionId, masterplanId, dimension, pillar).orElseThrow();
    events.publishEvent(
        before.isEmpty()
            ? RecordChanged.created(regionId, GAP_RECORD, after.id(), snapshot(after))
            : RecordChanged.updated(
                regionId, GAP_RECORD, after.id(), snapshot(before.get()), snapshot(after)));
    return after;
  }

  private static Map<String, Object> snapshot(SwotItem i) {
    return Snapshot.of(
        "dimension",
        i.dimension(),
        "pillar",
        i.pillar(),
        "kind",
        i.kind(),
        "statement",
        i.statement());
  }

  private static Map<String, Object> snapshot(ReadinessGap g) {
    return Snapshot.of(
        "dimension",
        g.dimension(),
        "pillar",
        g.pillar(),
        "currentState",
        g.currentState(),
        "desiredState",
        g.desiredState());
  }

  static SwotItem mapItem(ResultSet rs, int row) throws SQLException {
    return new SwotItem(
        rs.getLong("id"),
        rs.getLong("masterplan_id"),
        Dimension.valueOf(rs.getString("dimension_code")),
        Pillar.valueOf(rs.getString("pillar")),
        SwotKind.valueOf(rs.getString("kind")),
        rs.getString("statement"),
        rs.getInt("position"),
        rs.getInt("version"));
  }

  static ReadinessGap mapGap(ResultSet rs, int row) throws SQLException {
    return new ReadinessGap(
        rs.getLong("id"),
        rs.getLong("masterplan_id"),
        Dimension.valueOf(rs.getString("dimension_code")),
        Pillar.valueOf(rs.getString("pillar")),
        rs.getString("current_state"),
        rs.getString("desired_state"),
        rs.getInt("version"));
  }
}
