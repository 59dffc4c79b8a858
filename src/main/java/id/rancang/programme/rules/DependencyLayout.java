package id.rancang.programme.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * A layered drawing of programme dependencies: what a programme waits for stands to its left, what
 * waits for it to its right, one column per step. Within a column the programmes are ordered to
 * keep lines from crossing (barycentre sweeps); a line that skips columns is routed through a free
 * slot of each column it crosses, so it never runs through another programme's box.
 *
 * <p>{@link #of} lays out a whole portfolio (a programme as far left as its dependencies allow);
 * {@link #around} puts one programme in its own middle column with what it waits for, transitively,
 * on the left and what waits for it on the right, each as close to it as the dependencies allow.
 *
 * <p>The graph is meant to be free of cycles; should one slip in, it is broken at the programme
 * that comes first in the given order and the layout still finishes. The amount of work is bounded
 * by the number of programmes and dependencies (a fixed number of ordering sweeps), and the result
 * depends only on the input, never on hash order.
 */
public final class DependencyLayout {

  public static final int NODE_WIDTH = 190;
  public static final int NODE_HEIGHT = 58;
  public static final int COLUMN_GAP = 56;
  public static final int ROW_GAP = 18;
  public static final int MARGIN = 12;

  /** Barycentre sweeps (left to right, then right to left) at most. */
  private static final int SWEEPS = 12;

  /** A programme's box: its column (0 = leftmost), its row in the column, its top-left corner. */
  public record Box(long id, int column, int row, int x, int y) {

    /** The vertical middle of the box, where lines enter and leave. */
    public int middleY() {
      return y + NODE_HEIGHT / 2;
    }
  }

  public record Point(int x, int y) {}

  /**
   * The line of "{@code dependent} waits for {@code dependency}": from the right side of the
   * dependency's box, through the columns between, to the left side of the dependent's box.
   */
  public record Route(long dependent, long dependency, List<Point> points) {

    public Route {
      points = List.copyOf(points);
    }

    /** SVG path data: straight across a column, a smooth S-curve between columns. */
    public String path() {
      StringBuilder d = new StringBuilder();
      Point from = points.get(0);
      d.append("M").append(from.x()).append(' ').append(from.y());
      for (Point to : points.subList(1, points.size())) {
        int dx = to.x() - from.x();
        if (to.y() == from.y() || dx <= 0) {
          d.append(" L").append(to.x()).append(' ').append(to.y());
        } else {
          d.append(" C")
              .append(from.x() + dx / 2)
              .append(' ')
              .append(from.y())
              .append(' ')
              .append(to.x() - dx / 2)
              .append(' ')
              .append(to.y())
              .append(' ')
              .append(to.x())
              .append(' ')
              .append(to.y());
        }
        from = to;
      }
      return d.toString();
    }
  }

  private final Map<Long, Box> boxes;
  private final List<Route> routes;
  private final int columns;
  private final int width;
  private final int height;
  private final int crossings;

  private DependencyLayout(
      Map<Long, Box> boxes, List<Route> routes, int columns, int width, int height, int crossings) {
    this.boxes = Collections.unmodifiableMap(boxes);
    this.routes = List.copyOf(routes);
    this.columns = columns;
    this.width = width;
    this.height = height;
    this.crossings = crossings;
  }

  /**
   * The whole graph, each programme in the column after the furthest of its dependencies.
   *
   * @param programmes the programmes to draw, in the order preferred where nothing else decides
   *     (e.g. by code); dependencies on programmes not in this list are left out
   * @param dependsOn a programme's id to the ids it depends on (missing or {@code null}: none)
   */
  public static DependencyLayout of(List<Long> programmes, Map<Long, Set<Long>> dependsOn) {
    return build(null, programmes, dependsOn);
  }

  /**
   * The graph around {@code focus}: the focus alone in its column; a programme it waits for
   * (directly or not) as many columns to the left as the longest chain of waiting between them, a
   * programme that waits for it as many columns to the right. Programmes related to the focus in
   * neither way share its column.
   */
  public static DependencyLayout around(
      long focus, List<Long> programmes, Map<Long, Set<Long>> dependsOn) {
    return build(focus, programmes, dependsOn);
  }

  /** Every box, in the order the programmes were given. */
  public List<Box> boxes() {
    return List.copyOf(boxes.values());
  }

  public Box box(long id) {
    Box box = boxes.get(id);
    if (box == null) {
      throw new IllegalArgumentException("no programme " + id + " in the layout");
    }
    return box;
  }

  /** Every dependency between two programmes of the layout, once. */
  public List<Route> routes() {
    return routes;
  }

  public int columns() {
    return columns;
  }

  /** Width of the drawing in pixels, margins included. */
  public int width() {
    return width;
  }

  /** Height of the drawing in pixels, margins included. */
  public int height() {
    return height;
  }

  /** How many pairs of lines cross between neighbouring columns (0 in simple graphs). */
  public int crossings() {
    return crossings;
  }

  // --- building ---

  private static DependencyLayout build(
      Long focus, List<Long> programmes, Map<Long, Set<Long>> dependsOn) {
    List<Long> nodes = new ArrayList<>(new LinkedHashSet<>(programmes));
    if (focus != null && !nodes.contains(focus)) {
      nodes.add(0, focus);
    }
    Map<Long, Integer> rank = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      rank.put(nodes.get(i), i);
    }
    Comparator<Long> byRank = Comparator.comparing(rank::get);
    // the edges among the given programmes, each list in the given order
    Map<Long, List<Long>> dependencies = new HashMap<>();
    Map<Long, List<Long>> dependents = new HashMap<>();
    for (long node : nodes) {
      dependencies.put(node, new ArrayList<>());
      dependents.put(node, new ArrayList<>());
    }
    for (long node : nodes) {
      Set<Long> targets = dependsOn.get(node);
      if (targets == null) {
        continue;
      }
      for (Long target : targets) {
        if (target != null && target != node && rank.containsKey(target)) {
          dependencies.get(node).add(target);
          dependents.get(target).add(node);
        }
      }
    }
    for (long node : nodes) {
      dependencies.get(node).sort(byRank);
      dependents.get(node).sort(byRank);
    }

    List<Long> order = order(nodes, dependencies, dependents, byRank);
    Map<Long, Integer> position = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i), i);
    }
    Map<Long, Integer> column =
        focus == null
            ? asEarlyAsPossible(order, dependencies, position)
            : aroundFocus(focus, order, dependencies, position);
    int shift = column.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    column.replaceAll((id, c) -> c - shift);
    int columnCount = column.values().stream().mapToInt(c -> c + 1).max().orElse(0);

    Graph graph = new Graph(columnCount);
    Map<Long, Integer> vertexOf = new HashMap<>();
    for (long node : nodes) {
      vertexOf.put(node, graph.add(column.get(node), 2 * rank.get(node)));
    }
    // each dependency as a chain of vertices: dependency, one free slot per column between,
    // dependent; a dependency that does not run to the right (only in a broken cycle) is direct
    List<long[]> edges = new ArrayList<>();
    List<int[]> chains = new ArrayList<>();
    for (long node : nodes) {
      for (long target : dependencies.get(node)) {
        int from = column.get(target);
        int to = column.get(node);
        int[] chain;
        if (from < to) {
          chain = new int[to - from + 1];
          chain[0] = vertexOf.get(target);
          for (int c = from + 1; c < to; c++) {
            chain[c - from] = graph.add(c, 2 * rank.get(target) + 1);
          }
          chain[chain.length - 1] = vertexOf.get(node);
          for (int i = 0; i + 1 < chain.length; i++) {
            graph.link(chain[i], chain[i + 1]);
          }
        } else {
          chain = new int[] {vertexOf.get(target), vertexOf.get(node)};
        }
        edges.add(new long[] {node, target});
        chains.add(chain);
      }
    }
    graph.order();

    int step = NODE_HEIGHT + ROW_GAP;
    int rows = graph.maxRows();
    int[] xs = new int[graph.size()];
    int[] ys = new int[graph.size()];
    for (int c = 0; c < columnCount; c++) {
      List<Integer> layer = graph.layer(c);
      int offset = (rows - layer.size()) * step / 2;
      for (int r = 0; r < layer.size(); r++) {
        int v = layer.get(r);
        xs[v] = MARGIN + c * (NODE_WIDTH + COLUMN_GAP);
        ys[v] = MARGIN + offset + r * step;
      }
    }
    Map<Long, Box> boxes = new LinkedHashMap<>();
    for (long node : nodes) {
      int v = vertexOf.get(node);
      boxes.put(node, new Box(node, column.get(node), graph.row(v), xs[v], ys[v]));
    }
    List<Route> routes = new ArrayList<>();
    for (int e = 0; e < edges.size(); e++) {
      int[] chain = chains.get(e);
      List<Point> points = new ArrayList<>();
      int first = chain[0];
      int last = chain[chain.length - 1];
      points.add(new Point(xs[first] + NODE_WIDTH, ys[first] + NODE_HEIGHT / 2));
      for (int i = 1; i + 1 < chain.length; i++) {
        int slot = chain[i];
        points.add(new Point(xs[slot], ys[slot] + NODE_HEIGHT / 2));
        points.add(new Point(xs[slot] + NODE_WIDTH, ys[slot] + NODE_HEIGHT / 2));
      }
      points.add(new Point(xs[last], ys[last] + NODE_HEIGHT / 2));
      routes.add(new Route(edges.get(e)[0], edges.get(e)[1], points));
    }
    int width =
        columnCount == 0
            ? 2 * MARGIN
            : 2 * MARGIN + columnCount * NODE_WIDTH + (columnCount - 1) * COLUMN_GAP;
    int height = rows == 0 ? 2 * MARGIN : 2 * MARGIN + rows * NODE_HEIGHT + (rows - 1) * ROW_GAP;
    return new DependencyLayout(boxes, routes, columnCount, width, height, graph.crossings());
  }

  /**
   * Every programme after all it depends on; among those free to go, the earliest given goes first.
   * When none is free (a cycle), the earliest given of the rest goes anyway.
   */
  private static List<Long> order(
      List<Long> nodes,
      Map<Long, List<Long>> dependencies,
      Map<Long, List<Long>> dependents,
      Comparator<Long> byRank) {
    Map<Long, Integer> waiting = new HashMap<>();
    PriorityQueue<Long> ready = new PriorityQueue<>(byRank);
    for (long node : nodes) {
      waiting.put(node, dependencies.get(node).size());
      if (dependencies.get(node).isEmpty()) {
        ready.add(node);
      }
    }
    Set<Long> placed = new LinkedHashSet<>();
    int next = 0; // the earliest given programme that may not be placed yet
    while (placed.size() < nodes.size()) {
      if (ready.isEmpty()) {
        while (placed.contains(nodes.get(next))) {
          next++;
        }
        ready.add(nodes.get(next));
      }
      long node = ready.poll();
      if (!placed.add(node)) {
        continue;
      }
      for (long dependent : dependents.get(node)) {
        if (waiting.merge(dependent, -1, Integer::sum) == 0 && !placed.contains(dependent)) {
          ready.add(dependent);
        }
      }
    }
    return new ArrayList<>(placed);
  }

  private static boolean forward(Map<Long, Integer> position, long dependency, long dependent) {
    return position.get(dependency) < position.get(dependent);
  }

  private static Map<Long, Integer> asEarlyAsPossible(
      List<Long> order, Map<Long, List<Long>> dependencies, Map<Long, Integer> position) {
    Map<Long, Integer> column = new HashMap<>();
    for (long node : order) {
      int c = 0;
      for (long dependency : dependencies.get(node)) {
        if (forward(position, dependency, node)) {
          c = Math.max(c, column.get(dependency) + 1);
        }
      }
      column.put(node, c);
    }
    return column;
  }

  private static Map<Long, Integer> aroundFocus(
      long focus,
      List<Long> order,
      Map<Long, List<Long>> dependencies,
      Map<Long, Integer> position) {
    // longest chain from the focus back to what it waits for: walk against the order
    Map<Long, Integer> upstream = new HashMap<>();
    upstream.put(focus, 0);
    for (int i = position.get(focus); i >= 0; i--) {
      long node = order.get(i);
      Integer distance = upstream.get(node);
      if (distance == null) {
        continue;
      }
      for (long dependency : dependencies.get(node)) {
        if (forward(position, dependency, node)) {
          upstream.merge(dependency, distance + 1, Math::max);
        }
      }
    }
    // longest chain from what waits for the focus back to it: walk along the order
    Map<Long, Integer> downstream = new HashMap<>();
    downstream.put(focus, 0);
    for (int i = position.get(focus) + 1; i < order.size(); i++) {
      long node = order.get(i);
      for (long dependency : dependencies.get(node)) {
        Integer distance = downstream.get(dependency);
        if (distance != null && forward(position, dependency, node)) {
          downstream.merge(node, distance + 1, Math::max);
        }
      }
    }
    Map<Long, Integer> column = new HashMap<>();
    for (long node : order) {
      if (upstream.containsKey(node)) {
        column.put(node, -upstream.get(node));
      } else {
        column.put(node, downstream.getOrDefault(node, 0));
      }
    }
    return column;
  }

  /**
   * The vertices of the drawing (programmes and the free slots long lines pass through), their
   * columns, links between neighbouring columns and the order within each column.
   */
  private static final class Graph {

    private final List<List<Integer>> layers = new ArrayList<>();
    private final List<Integer> columnOf = new ArrayList<>();
    private final List<Integer> initialKey = new ArrayList<>();
    private final List<List<Integer>> left = new ArrayList<>();
    private final List<List<Integer>> right = new ArrayList<>();
    private int[] row = new int[0];

    Graph(int columns) {
      for (int c = 0; c < columns; c++) {
        layers.add(new ArrayList<>());
      }
    }

    int add(int column, int key) {
      int v = columnOf.size();
      columnOf.add(column);
      initialKey.add(key);
      left.add(new ArrayList<>());
      right.add(new ArrayList<>());
      layers.get(column).add(v);
      return v;
    }

    /** {@code a} in one column, {@code b} in the next. */
    void link(int a, int b) {
      right.get(a).add(b);
      left.get(b).add(a);
    }

    int size() {
      return columnOf.size();
    }

    List<Integer> layer(int column) {
      return layers.get(column);
    }

    int row(int v) {
      return row[v];
    }

    int maxRows() {
      return layers.stream().mapToInt(List::size).max().orElse(0);
    }

    /** Orders every column to reduce crossings; keeps the best order seen. */
    void order() {
      row = new int[size()];
      for (List<Integer> layer : layers) {
        layer.sort(Comparator.comparing(initialKey::get)); // stable: ties stay as created
      }
      renumber();
      int best = crossings();
      List<List<Integer>> bestLayers = copy(layers);
      for (int sweep = 0; sweep < SWEEPS && best > 0; sweep++) {
        for (int c = 1; c < layers.size(); c++) {
          reorder(c, left);
        }
        for (int c = layers.size() - 2; c >= 0; c--) {
          reorder(c, right);
        }
        int now = crossings();
        if (now < best) {
          best = now;
          bestLayers = copy(layers);
        }
      }
      for (int c = 0; c < layers.size(); c++) {
        layers.set(c, bestLayers.get(c));
      }
      renumber();
    }

    /** Sorts a column by the mean row of each vertex's neighbours on one side. */
    private void reorder(int column, List<List<Integer>> neighbours) {
      List<Integer> layer = layers.get(column);
      double[] key = new double[size()];
      for (int v : layer) {
        List<Integer> others = neighbours.get(v);
        if (others.isEmpty()) {
          key[v] = row[v];
        } else {
          key[v] = others.stream().mapToInt(o -> row[o]).average().orElse(row[v]);
        }
      }
      layer.sort(Comparator.comparingDouble((Integer v) -> key[v]).thenComparingInt(v -> row[v]));
      for (int r = 0; r < layer.size(); r++) {
        row[layer.get(r)] = r;
      }
    }

    private void renumber() {
      for (List<Integer> layer : layers) {
        for (int r = 0; r < layer.size(); r++) {
          row[layer.get(r)] = r;
        }
      }
    }

    /** Pairs of links that cross, over all pairs of neighbouring columns. */
    int crossings() {
      int total = 0;
      for (int c = 0; c + 1 < layers.size(); c++) {
        List<int[]> links = new ArrayList<>();
        for (int a : layers.get(c)) {
          for (int b : right.get(a)) {
            links.add(new int[] {row[a], row[b]});
          }
        }
        links.sort(Comparator.<int[]>comparingInt(l -> l[0]).thenComparingInt(l -> l[1]));
        // count earlier links ending lower than this one (Fenwick tree over the next column)
        int[] tree = new int[layers.get(c + 1).size() + 1];
        for (int i = 0; i < links.size(); i++) {
          int end = links.get(i)[1];
          int atOrAbove = 0;
          for (int k = end + 1; k > 0; k -= k & -k) {
            atOrAbove += tree[k];
          }
          total += i - atOrAbove;
          for (int k = end + 1; k < tree.length; k += k & -k) {
            tree[k]++;
          }
        }
      }
      return total;
    }

    private static List<List<Integer>> copy(List<List<Integer>> layers) {
      List<List<Integer>> copy = new ArrayList<>();
      for (List<Integer> layer : layers) {
        copy.add(new ArrayList<>(layer));
      }
      return copy;
    }
  }

  @Override
  public String toString() {
    return "DependencyLayout" + boxes.values() + " crossings=" + crossings;
  }
}
