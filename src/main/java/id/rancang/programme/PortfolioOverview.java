package id.rancang.programme;

import id.rancang.programme.rules.BudgetLine;
import id.rancang.programme.rules.BudgetTotals;
import id.rancang.programme.rules.DimensionBudgetLine;
import id.rancang.programme.rules.ProgrammeFinding;
import id.rancang.programme.rules.QuickWinRule;
import id.rancang.region.MasterplanManagement;
import id.rancang.strategy.Dimension;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Views over a masterplan's whole portfolio: the budget summary, the quick-win spread over the
 * dimensions, and the dependency graph around one programme or of the whole portfolio. Each is read
 * with a fixed number of queries, whatever the number of programmes.
 */
@Service
public class PortfolioOverview {

  private static final Comparator<String> DIMENSION_ORDER =
      Comparator.comparingInt(code -> Dimension.valueOf(code).ordinal());

  private final JdbcClient jdbc;
  private final MasterplanManagement masterplans;
  private final ProgrammePortfolio portfolio;
  private final int quickWinsPerDimension;

  PortfolioOverview(
      JdbcClient jdbc,
      MasterplanManagement masterplans,
      ProgrammePortfolio portfolio,
      @Value("${rancang.programme.quick-wins-per-dimension:1}") int quickWinsPerDimension) {
    this.jdbc = jdbc;
    this.masterplans = masterplans;
    this.portfolio = portfolio;
    this.quickWinsPerDimension = quickWinsPerDimension;
  }

  public BudgetSummary budget(long regionId, long masterplanId) {
    masterplans.get(regionId, masterplanId);
    // one line per dimension, year and source, added up by the database: the sums of these sums
    // are the same exact totals, from a few hundred rows instead of every budget line
    List<DimensionBudgetLine> lines =
        jdbc.sql(
                "select p.dimension_code, b.year, b.source_code, sum(b.amount) from budget_line b"
                    + " join programme p on p.id = b.programme_id"
                    + " where p.region_id = ? and p.masterplan_id = ? and p.status <> 'CANCELLED'"
                    + " group by p.dimension_code, b.year, b.source_code")
            .params(regionId, masterplanId)
            .query(
                (rs, n) ->
                    new DimensionBudgetLine(
                        rs.getString(1),
                        new BudgetLine(rs.getInt(2), rs.getString(3), rs.getBigDecimal(4))))
            .list();
    SortedMap<Integer, SortedMap<String, SortedMap<String, BigDecimal>>> summary =
        BudgetTotals.summary(lines, DIMENSION_ORDER);
    List<BudgetSummary.Cell> cells = new ArrayList<>();
    summary.forEach(
        (year, byDimension) ->
            byDimension.forEach(
                (dimension, bySource) ->
                    bySource.forEach(
                        (source, amount) ->
                            cells.add(new BudgetSummary.Cell(year, dimension, source, amount)))));
    List<BudgetLine> plain = lines.stream().map(DimensionBudgetLine::line).toList();
    Map<String, BigDecimal> perDimension = new LinkedHashMap<>();
    for (Dimension dimension : Dimension.values()) {
      perDimension.put(
          dimension.name(),
          BudgetTotals.total(
              lines.stream()
                  .filter(l -> l.dimension().equals(dimension.name()))
                  .map(DimensionBudgetLine::line)
                  .toList()));
    }
    return new BudgetSummary(
        cells,
        BudgetTotals.perYear(plain),
        perDimension.entrySet().stream()
            .map(e -> new BudgetSummary.DimensionTotal(e.getKey(), e.getValue()))
            .toList(),
        BudgetTotals.perSource(plain),
        BudgetTotals.total(plain));
  }

  /**
   * Warnings about how the quick wins spread over the six dimensions (by default one per dimension,
   * {@code rancang.programme.quick-wins-per-dimension}); cancelled ones do not count.
   */
  public List<ProgrammeFinding> quickWins(long regionId, long masterplanId) {
    masterplans.get(regionId, masterplanId);
    List<String> dimensions =
        jdbc.sql(
                "select dimension_code from programme where region_id = ? and masterplan_id = ?"
                    + " and quick_win and status <> 'CANCELLED'")
            .params(regionId, masterplanId)
            .query(String.class)
            .list();
    return QuickWinRule.check(
        Arrays.stream(Dimension.values()).map(Dimension::name).toList(),
        dimensions,
        quickWinsPerDimension);
  }

  /** The programme, what it waits for and what waits for it, transitively. */
  public DependencyView dependencies(long regionId, long masterplanId, long programmeId) {
    portfolio.get(regionId, masterplanId, programmeId);
    Map<Long, Set<Long>> dependsOn = portfolio.dependencies(regionId, masterplanId);
    Map<Long, Set<Long>> neededBy = new HashMap<>();
    dependsOn.forEach(
        (from, tos) ->
            tos.forEach(to -> neededBy.computeIfAbsent(to, k -> new HashSet<>()).add(from)));
    Set<Long> upstream = reach(dependsOn, programmeId);
    Set<Long> downstream = reach(neededBy, programmeId);
    Set<Long> all = new HashSet<>(upstream);
    all.addAll(downstream);
    all.add(programmeId);
    List<DependencyView.Node> nodes =
        jdbc.sql(
                "select id, code, name, status from programme where region_id = ?"
                    + " and masterplan_id = ? and id = any(?) order by lower(code)")
            .params(regionId, masterplanId, (Object) all.toArray(Long[]::new))
            .query(
                (rs, n) -> {
                  long id = rs.getLong(1);
                  String side =
                      id == programmeId
                          ? "SELF"
                          : upstream.contains(id) ? "UPSTREAM" : "DOWNSTREAM";
                  return new DependencyView.Node(
                      id,
                      rs.getString(2),
                      rs.getString(3),
                      ProgrammeStatus.valueOf(rs.getString(4)),
                      side);
                })
            .list();
    List<DependencyView.Edge> edges = new ArrayList<>();
    dependsOn.forEach(
        (from, tos) ->
            tos.forEach(
                to -> {
                  if (all.contains(from) && all.contains(to)) {
                    edges.add(new DependencyView.Edge(from, to));
                  }
                }));
    edges.sort(
        Comparator.comparingLong(DependencyView.Edge::from)
            .thenComparingLong(DependencyView.Edge::to));
    return new DependencyView(programmeId, nodes, edges);
  }

  /**
   * Every programme of the masterplan that waits for another or is waited for, with all their
   * dependencies, laid out for drawing (prerequisites left of what waits for them).
   */
  public DependencyDrawing dependencyGraph(long regionId, long masterplanId) {
    masterplans.get(regionId, masterplanId);
    Map<Long, Set<Long>> dependsOn = portfolio.dependencies(regionId, masterplanId);
    Set<Long> involved = new HashSet<>(dependsOn.keySet());
    dependsOn.values().forEach(involved::addAll);
    List<DependencyView.Node> nodes =
        jdbc.sql(
                "select id, code, name, status from programme where region_id = ?"
                    + " and masterplan_id = ? and id = any(?) order by lower(code), id")
            .params(regionId, masterplanId, (Object) involved.toArray(Long[]::new))
            .query(
                (rs, n) ->
                    new DependencyView.Node(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        ProgrammeStatus.valueOf(rs.getString(4)),
                        "NONE"))
            .list();
    List<DependencyView.Edge> edges = new ArrayList<>();
    dependsOn.forEach(
        (from, tos) -> tos.forEach(to -> edges.add(new DependencyView.Edge(from, to))));
    edges.sort(
        Comparator.comparingLong(DependencyView.Edge::from)
            .thenComparingLong(DependencyView.Edge::to));
    return DependencyDrawing.portfolio(nodes, edges);
  }

  private static Set<Long> reach(Map<Long, Set<Long>> graph, long start) {
    Set<Long> seen = new HashSet<>();
    Deque<Long> todo = new ArrayDeque<>(graph.getOrDefault(start, Set.of()));
    while (!todo.isEmpty()) {
      long next = todo.pop();
      if (next != start && seen.add(next)) {
        todo.addAll(graph.getOrDefault(next, Set.of()));
      }
    }
    return seen;
  }
}
