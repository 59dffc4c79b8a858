package id.rancang.strategy;

import java.util.List;
import java.util.Set;

/**
 * Smart-city items (rows) against RPJMD items (columns): which traces to which. Rows without any
 * link and RPJMD items that no smart-city item serves are listed so the team can close the gap.
 */
public record AlignmentMatrix(List<Row> rows, List<Column> columns, Set<Link> links) {

  public AlignmentMatrix {
    rows = List.copyOf(rows);
    columns = List.copyOf(columns);
    links = Set.copyOf(links);
  }

  /** A mission, goal or target of the smart-city strategy, indented by its level. */
  public record Row(long id, StrategyItemKind kind, String code, String statement) {}

  /** An RPJMD mission, goal or target. */
  public record Column(long id, StrategyItemKind kind, String code, String statement) {}

  public record Link(long itemId, long rpjmdItemId) {}

  public boolean linked(long itemId, long rpjmdItemId) {
    return links.contains(new Link(itemId, rpjmdItemId));
  }

  public List<Row> unlinkedRows() {
    return rows.stream().filter(r -> links.stream().noneMatch(l -> l.itemId() == r.id())).toList();
  }

  public List<Column> unservedColumns() {
    return columns.stream()
        .filter(c -> links.stream().noneMatch(l -> l.rpjmdItemId() == c.id()))
        .toList();
  }
}
