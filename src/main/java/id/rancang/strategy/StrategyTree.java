package id.rancang.strategy;

import id.rancang.region.MasterplanManagement;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Ordering;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The smart-city strategy of a masterplan (Buku 1): the vision, and under it missions, goals
 * (tujuan) and targets (sasaran), each linked to the dimensions and elements it serves and to the
 * RPJMD items it traces to.
 *
 * <p>A goal always hangs under a mission of the same masterplan and a target under a goal, so the
 * tree can have no cycle; a parent or RPJMD item of another masterplan or region is refused as not
 * found. Deleting an item that still has children or indicators is refused with what is attached.
 */
@Service
public class StrategyTree {

  public static final String VISION_RECORD = "smartVision";
  public static final String ITEM_RECORD = "strategyItem";
  private static final String ITEM_COLUMNS =
      "id, masterplan_id, kind, parent_id, code, statement, position, version";

  private final JdbcClient jdbc;
  private final MasterplanManagement masterplans;
  private final ApplicationEventPublisher events;

  StrategyTree(
      JdbcClient jdbc, MasterplanManagement masterplans, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.masterplans = masterplans;
    this.events = events;
  }

  // ---- vision ----

  public Optional<SmartVision> vision(long regionId, long masterplanId) {
    masterplans.get(regionId, masterplanId);
    return jdbc.sql(
            "select id, masterplan_id, statement, explanation, version from smart_vision"
                + " where region_id = ? and masterplan_id = ?")
        .params(regionId, masterplanId)
        .query(
            (rs, n) ->
                new SmartVision(
                    rs.getLong("id"),
                    rs.getLong("masterplan_id"),
                    rs.getString("statement"),
                    rs.getString("explanation"),
                    rs.getInt("version")))
        .optional();
  }

  /**
   * Sets the vision. {@code expectedVersion} is null when there was no vision when the user opened
   * it; if someone wrote one meanwhile, that is a conflict too.
   */
  @Transactional
  public SmartVision saveVision(
      long regionId,
      long masterplanId,
      String statement,
      String explanation,
      Integer expectedVersion) {
    List<FieldProblem> problems = new ArrayList<>();
    if (statement == null || statement.isBlank()) {
      problems.add(FieldProblem.of("statement", "shared.validation.required"));
    } else if (statement.length() > 2000) {
      problems.add(FieldProblem.of("statement", "shared.validation.tooLong"));
    }
    if (explanation != null && explanation.length() > 10000) {
      problems.add(FieldProblem.of("explanation", "shared.validation.tooLong"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Optional<SmartVision> before = vision(regionId, masterplanId);
    String cleanExplanation = blankToNull(explanation);
    if (before.isEmpty()) {
      if (expectedVersion != null) {
        throw new ConcurrentEditException(VISION_RECORD, masterplanId);
      }
      int inserted =
          jdbc.sql(
                  """
                  insert into smart_vision (region_id, masterplan_id, statement, explanation)
                  values (?, ?, ?, ?) on conflict (masterplan_id) do nothing""")
              .params(regionId, masterplanId, statement.strip(), cleanExplanation)
              .update();
      if (inserted == 0) {
        throw new ConcurrentEditException(VISION_RECORD, masterplanId);
      }
    } else {
      if (expectedVersion == null) {
        throw new ConcurrentEditException(VISION_RECORD, masterplanId);
      }
      int updated =
          jdbc.sql(
                  """
                  update smart_vision set statement = ?, explanation = ?, version = version + 1
                  where region_id = ? and masterplan_id = ? and version = ?""")
              .params(statement.strip(), cleanExplanation, regionId, masterplanId, expectedVersion)
              .update();
      if (updated == 0) {
        throw new ConcurrentEditException(VISION_RECORD, masterplanId);
      }
    }
    SmartVision after = vision(regionId, masterplanId).orElseThrow();
    events.publishEvent(
        before.isEmpty()
            ? RecordChanged.created(regionId, VISION_RECORD, after.id(), snapshot(after))
            : RecordChanged.updated(
                regionId, VISION_RECORD, after.id(), snapshot(before.get()), snapshot(after)));
    return after;
  }

  // ---- missions, goals, targets ----

  /** Every item of the masterplan: missions, goals and targets, each level by position. */
  public List<StrategyItem> items(long regionId, long masterplanId) {
    masterplans.get(regionId, masterplanId);
    List<Row> rows =
        jdbc.sql(
                "select "
                    + ITEM_COLUMNS
                    + " from strategy_item where region_id = ? and masterplan_id = ?"
                    + " order by position, id")
            .params(regionId, masterplanId)
            .query(StrategyTree::mapRow)
            .list();
    Links links = links(regionId, masterplanId, null);
    return rows.stream()
        .map(r -> r.toItem(links))
        .sorted(Comparator.comparing(StrategyItem::kind))
        .toList();
  }

  public List<StrategyItem> items(long regionId, long masterplanId, StrategyItemKind kind) {
    return items(regionId, masterplanId).stream().filter(i -> i.kind() == kind).toList();
  }

  /** The items directly under {@code parentId} (missions when null), by position. */
  public List<StrategyItem> children(long regionId, long masterplanId, Long parentId) {
    return items(regionId, masterplanId).stream()
        .filter(i -> Objects.equals(i.parentId(), parentId))
        .toList();
  }

  public StrategyItem item(long regionId, long masterplanId, long id) {
    Row row =
        jdbc.sql(
                "select "
                    + ITEM_COLUMNS
                    + " from strategy_item where region_id = ? and masterplan_id = ? and id = ?")
            .params(regionId, masterplanId, id)
            .query(StrategyTree::mapRow)
            .optional()
            .orElseThrow(() -> new NotFoundException(ITEM_RECORD, id));
    return row.toItem(links(regionId, masterplanId, id));
  }

  public Optional<StrategyItem> findItem(long regionId, long masterplanId, long id) {
    try {
      return Optional.of(item(regionId, masterplanId, id));
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  @Transactional
  public StrategyItem addItem(long regionId, long masterplanId, StrategyItemCommand command) {
    masterplans.get(regionId, masterplanId);
    validate(regionId, masterplanId, null, command);
    long id;
    try {
      id =
          jdbc.sql(
                  """
                  insert into strategy_item (region_id, masterplan_id, kind, parent_id, code,
                    statement, position)
                  values (?, ?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1
                    from strategy_item where masterplan_id = ? and kind = ?
                    and parent_id is not distinct from ?))
                  returning id""")
              .params(
                  regionId,
                  masterplanId,
                  command.kind().name(),
                  command.parentId(),
                  blankToNull(command.code()),
                  command.statement().strip(),
                  masterplanId,
                  command.kind().name(),
                  command.parentId())
              .query(Long.class)
              .single();
    } catch (DuplicateKeyException e) {
      throw InvalidInputException.of("code", "strategy.item.codeTaken", command.code().strip());
    }
    writeLinks(id, command);
    if (command.order() != null) {
      placeAt(regionId, masterplanId, id, command.order());
    }
    StrategyItem created = item(regionId, masterplanId, id);
    events.publishEvent(RecordChanged.created(regionId, ITEM_RECORD, id, snapshot(created)));
    return created;
  }

  @Transactional
  public StrategyItem updateItem(
      long regionId, long masterplanId, long id, StrategyItemCommand command, int expectedVersion) {
    StrategyItem before = item(regionId, masterplanId, id);
    if (command.kind() != before.kind()) {
      throw InvalidInputException.of("kind", "strategy.item.kindFixed");
    }
    validate(regionId, masterplanId, id, command);
    boolean moved = !Objects.equals(before.parentId(), command.parentId());
    int updated;
    try {
      updated =
          jdbc.sql(
                  """
                  update strategy_item set parent_id = ?, code = ?, statement = ?,
                    position = case when ? then (select coalesce(max(position), 0) + 1
                      from strategy_item where masterplan_id = ? and kind = ?
                      and parent_id is not distinct from ?) else position end,
                    version = version + 1
                  where region_id = ? and masterplan_id = ? and id = ? and version = ?""")
              .params(
                  command.parentId(),
                  blankToNull(command.code()),
                  command.statement().strip(),
                  moved,
                  masterplanId,
                  command.kind().name(),
                  command.parentId(),
                  regionId,
                  masterplanId,
                  id,
                  expectedVersion)
              .update();
    } catch (DuplicateKeyException e) {
      throw InvalidInputException.of("code", "strategy.item.codeTaken", command.code().strip());
    }
    if (updated == 0) {
      throw new ConcurrentEditException(ITEM_RECORD, id);
    }
    jdbc.sql("delete from strategy_item_dimension where item_id = ?").params(id).update();
    jdbc.sql("delete from strategy_item_element where item_id = ?").params(id).update();
    jdbc.sql("delete from strategy_item_rpjmd where item_id = ?").params(id).update();
    writeLinks(id, command);
    if (command.order() != null) {
      placeAt(regionId, masterplanId, id, command.order());
    }
    StrategyItem after = item(regionId, masterplanId, id);
    events.publishEvent(
        RecordChanged.updated(regionId, ITEM_RECORD, id, snapshot(before), snapshot(after)));
    return after;
  }

  /**
   * Deletes an item with no children and no indicators; otherwise refuses, naming what is attached
   * so the user can move or delete it first. Its comments go with it.
   */
  @Transactional
  public void deleteItem(long regionId, long masterplanId, long id) {
    StrategyItem before = item(regionId, masterplanId, id);
    int children =
        jdbc.sql("select count(*) from strategy_item where region_id = ? and parent_id = ?")
            .params(regionId, id)
            .query(Integer.class)
            .single();
    int indicators =
        jdbc.sql("select count(*) from indicator where region_id = ? and item_id = ?")
            .params(regionId, id)
            .query(Integer.class)
            .single();
    List<FieldProblem> problems = new ArrayList<>();
    if (children > 0) {
      problems.add(
          FieldProblem.of(
              "id", "strategy.item.hasChildren." + before.kind().childKind().name(), children));
    }
    if (indicators > 0) {
      problems.add(FieldProblem.of("id", "strategy.item.hasIndicators", indicators));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    jdbc.sql(
            "delete from strategy_comment where region_id = ? and masterplan_id = ?"
                + " and subject_type = ? and subject_id = ?")
        .params(regionId, masterplanId, before.kind().name(), id)
        .update();
    try {
      jdbc.sql("delete from strategy_item where region_id = ? and id = ?")
          .params(regionId, id)
          .update();
    } catch (DataIntegrityViolationException e) {
      // still referenced by a later module's records (e.g. a programme contributing to it)
      throw InvalidInputException.of("id", "strategy.item.inUse");
    }
    events.publishEvent(RecordChanged.deleted(regionId, ITEM_RECORD, id, snapshot(before)));
  }

  /** Swaps the item with its previous or next sibling; at the edge nothing changes. */
  @Transactional
  public StrategyItem move(
      long regionId,
      long masterplanId,
      long id,
      Ordering.Direction direction,
      int expectedVersion) {
    StrategyItem item = item(regionId, masterplanId, id);
    if (item.version() != expectedVersion) {
      throw new ConcurrentEditException(ITEM_RECORD, id);
    }
    List<StrategyItem> siblings =
        items(regionId, masterplanId).stream()
            .filter(i -> i.kind() == item.kind() && Objects.equals(i.parentId(), item.parentId()))
            .toList();
    List<Long> ids = siblings.stream().map(StrategyItem::id).toList();
    int index = ids.indexOf(id);
    Optional<List<Long>> order = Ordering.moved(ids, index, direction);
    if (order.isEmpty()) {
      return item;
    }
    int bumped =
        jdbc.sql(
                "update strategy_item set version = version + 1"
                    + " where region_id = ? and id = ? and version = ?")
            .params(regionId, id, expectedVersion)
            .update();
    if (bumped == 0) {
      throw new ConcurrentEditException(ITEM_RECORD, id);
    }
    renumber(regionId, order.get());
    StrategyItem after = item(regionId, masterplanId, id);
    events.publishEvent(
        RecordChanged.updated(
            regionId,
            ITEM_RECORD,
            id,
            Snapshot.of("position", index + 1),
            Snapshot.of("position", order.get().indexOf(id) + 1)));
    return after;
  }

  /** Puts the item at the 1-based {@code order} among its siblings (at the end if beyond). */
  private void placeAt(long regionId, long masterplanId, long id, int order) {
    StrategyItem item = item(regionId, masterplanId, id);
    List<StrategyItem> siblings =
        new ArrayList<>(
            items(regionId, masterplanId).stream()
                .filter(
                    i ->
                        i.kind() == item.kind()
                            && Objects.equals(i.parentId(), item.parentId())
                            && i.id() != id)
                .toList());
    siblings.add(Math.min(order - 1, siblings.size()), item);
    renumber(regionId, siblings.stream().map(StrategyItem::id).toList());
  }

  /** Positions 1..n in the given order, so equal positions cannot make a swap a no-op. */
  private void renumber(long regionId, List<Long> order) {
    for (int i = 0; i < order.size(); i++) {
      jdbc.sql("update strategy_item set position = ? where region_id = ? and id = ?")
          .params(i + 1, regionId, order.get(i))
          .update();
    }
  }

  private void validate(
      long regionId, long masterplanId, Long selfId, StrategyItemCommand command) {
    List<FieldProblem> problems = new ArrayList<>();
    StrategyItemKind parentKind = command.kind().parentKind();
    if (parentKind == null && command.parentId() != null) {
      problems.add(FieldProblem.of("parentId", "strategy.item.missionHasNoParent"));
    } else if (parentKind != null && command.parentId() == null) {
      problems.add(FieldProblem.of("parentId", "strategy.item.parentRequired." + command.kind()));
    } else if (parentKind != null) {
      Optional<String> kind =
          jdbc.sql(
                  "select kind from strategy_item"
                      + " where region_id = ? and masterplan_id = ? and id = ?")
              .params(regionId, masterplanId, command.parentId())
              .query(String.class)
              .optional();
      if (kind.isEmpty() || Objects.equals(command.parentId(), selfId)) {
        problems.add(
            FieldProblem.of("parentId", "strategy.item.parentNotFound", command.parentId()));
      } else if (!kind.get().equals(parentKind.name())) {
        problems.add(
            FieldProblem.of("parentId", "strategy.item.parentWrongKind." + command.kind()));
      }
    }
    String code = blankToNull(command.code());
    if (code != null) {
      boolean taken =
          jdbc.sql(
                      "select count(*) from strategy_item where masterplan_id = ?"
                          + " and lower(code) = lower(?) and id is distinct from ?")
                  .params(masterplanId, code, selfId)
                  .query(Integer.class)
                  .single()
              > 0;
      if (taken) {
        problems.add(FieldProblem.of("code", "strategy.item.codeTaken", code));
      }
    }
    for (Long rpjmdItemId : command.rpjmdItemIds()) {
      boolean exists =
          jdbc.sql(
                      "select count(*) from rpjmd_item"
                          + " where region_id = ? and masterplan_id = ? and id = ?")
                  .params(regionId, masterplanId, rpjmdItemId)
                  .query(Integer.class)
                  .single()
              > 0;
      if (!exists) {
        problems.add(FieldProblem.of("rpjmdItemIds", "strategy.item.rpjmdNotFound", rpjmdItemId));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private void writeLinks(long id, StrategyItemCommand command) {
    for (Dimension dimension : command.dimensions()) {
      jdbc.sql("insert into strategy_item_dimension (item_id, dimension_code) values (?, ?)")
          .params(id, dimension.name())
          .update();
    }
    for (Element element : command.elements()) {
      jdbc.sql("insert into strategy_item_element (item_id, element_code) values (?, ?)")
          .params(id, element.name())
          .update();
    }
    for (Long rpjmdItemId : command.rpjmdItemIds()) {
      jdbc.sql("insert into strategy_item_rpjmd (item_id, rpjmd_item_id) values (?, ?)")
          .params(id, rpjmdItemId)
          .update();
    }
  }

  /** The links of every item of the masterplan, or of one item when {@code onlyItem} is set. */
  private Links links(long regionId, long masterplanId, Long onlyItem) {
    String scope =
        " join strategy_item s on s.id = l.item_id where s.region_id = ? and s.masterplan_id = ?"
            + " and (?::bigint is null or s.id = ?)";
    Map<Long, List<Dimension>> dimensions = new HashMap<>();
    jdbc.sql(
            "select l.item_id, l.dimension_code from strategy_item_dimension l"
                + scope
                + " order by l.dimension_code")
        .params(regionId, masterplanId, onlyItem, onlyItem)
        .query(
            (ResultSet rs) -> {
              dimensions
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(Dimension.valueOf(rs.getString(2)));
            });
    Map<Long, List<Element>> elements = new HashMap<>();
    jdbc.sql(
            "select l.item_id, l.element_code from strategy_item_element l"
                + scope
                + " order by l.element_code")
        .params(regionId, masterplanId, onlyItem, onlyItem)
        .query(
            (ResultSet rs) -> {
              elements
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(Element.valueOf(rs.getString(2)));
            });
    Map<Long, List<Long>> rpjmd = new HashMap<>();
    jdbc.sql(
            "select l.item_id, l.rpjmd_item_id from strategy_item_rpjmd l"
                + scope
                + " order by l.rpjmd_item_id")
        .params(regionId, masterplanId, onlyItem, onlyItem)
        .query(
            (ResultSet rs) -> {
              rpjmd.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            });
    dimensions.values().forEach(list -> list.sort(Comparator.naturalOrder()));
    elements.values().forEach(list -> list.sort(Comparator.naturalOrder()));
    return new Links(dimensions, elements, rpjmd);
  }

  private record Links(
      Map<Long, List<Dimension>> dimensions,
      Map<Long, List<Element>> elements,
      Map<Long, List<Long>> rpjmd) {}

  private record Row(
      long id,
      long masterplanId,
      StrategyItemKind kind,
      Long parentId,
      String code,
      String statement,
      int position,
      int version) {
    StrategyItem toItem(Links links) {
      return new StrategyItem(
          id,
          masterplanId,
          kind,
          parentId,
          code,
          statement,
          position,
          links.dimensions().getOrDefault(id, List.of()),
          links.elements().getOrDefault(id, List.of()),
          links.rpjmd().getOrDefault(id, List.of()),
          version);
    }
  }

  private static Row mapRow(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getLong("masterplan_id"),
        StrategyItemKind.valueOf(rs.getString("kind")),
        rs.getObject("parent_id", Long.class),
        rs.getString("code"),
        rs.getString("statement"),
        rs.getInt("position"),
        rs.getInt("version"));
  }

  private static Map<String, Object> snapshot(SmartVision v) {
    return Snapshot.of("statement", v.statement(), "explanation", v.explanation());
  }

  private static Map<String, Object> snapshot(StrategyItem i) {
    return Snapshot.of(
        "kind",
        i.kind(),
        "parentId",
        i.parentId(),
        "code",
        i.code(),
        "statement",
        i.statement(),
        "dimensions",
        i.dimensions().toString(),
        "elements",
        i.elements().toString(),
        "rpjmdItemIds",
        i.rpjmdItemIds().toString());
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
