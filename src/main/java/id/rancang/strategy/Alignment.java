package id.rancang.strategy;

import id.rancang.region.MasterplanManagement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Builds the alignment matrix of a masterplan's strategy against its RPJMD. */
@Service
public class Alignment {

  private final JdbcClient jdbc;
  private final StrategyTree tree;
  private final MasterplanManagement masterplans;

  Alignment(JdbcClient jdbc, StrategyTree tree, MasterplanManagement masterplans) {
    this.jdbc = jdbc;
    this.tree = tree;
    this.masterplans = masterplans;
  }

  public AlignmentMatrix matrix(long regionId, long masterplanId) {
    masterplans.get(regionId, masterplanId);
    List<StrategyItem> items = tree.items(regionId, masterplanId);
    List<AlignmentMatrix.Row> rows = new ArrayList<>();
    addRows(items, null, rows);
    Set<AlignmentMatrix.Link> links = new HashSet<>();
    for (StrategyItem item : items) {
      for (Long rpjmd : item.rpjmdItemIds()) {
        links.add(new AlignmentMatrix.Link(item.id(), rpjmd));
      }
    }
    List<Rpjmd> rpjmd =
        jdbc.sql(
                "select id, parent_id, kind, code, statement from rpjmd_item"
                    + " where region_id = ? and masterplan_id = ? order by position, id")
            .params(regionId, masterplanId)
            .query(
                (rs, n) ->
                    new Rpjmd(
                        rs.getLong("id"),
                        rs.getObject("parent_id", Long.class),
                        rs.getString("kind"),
                        rs.getString("code"),
                        rs.getString("statement")))
            .list();
    List<AlignmentMatrix.Column> columns = new ArrayList<>();
    addColumns(rpjmd, null, columns);
    return new AlignmentMatrix(rows, columns, links);
  }

  private static void addRows(
      List<StrategyItem> items, Long parentId, List<AlignmentMatrix.Row> rows) {
    for (StrategyItem item : items) {
      if (Objects.equals(item.parentId(), parentId)) {
        rows.add(new AlignmentMatrix.Row(item.id(), item.kind(), item.code(), item.statement()));
        addRows(items, item.id(), rows);
      }
    }
  }

  private record Rpjmd(long id, Long parentId, String kind, String code, String statement) {}

  private static void addColumns(
      List<Rpjmd> items, Long parentId, List<AlignmentMatrix.Column> columns) {
    for (Rpjmd item : items) {
      if (Objects.equals(item.parentId(), parentId)) {
        columns.add(
            new AlignmentMatrix.Column(
                item.id(), StrategyItemKind.valueOf(item.kind()), item.code(), item.statement()));
        addColumns(items, item.id(), columns);
      }
    }
  }
}
