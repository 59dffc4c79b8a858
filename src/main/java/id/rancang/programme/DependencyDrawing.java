package id.rancang.programme;

import id.rancang.programme.rules.DependencyLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Programme dependencies laid out for drawing (an SVG on the programme page and on the portfolio's
 * dependency page): a box per programme, left of what waits for it, and a line per dependency.
 * Coordinates are pixels of a drawing {@code width} x {@code height}.
 *
 * @param focusId the programme drawn in the middle, or {@code null} for a whole portfolio
 */
public record DependencyDrawing(
    Long focusId, int width, int height, List<Node> nodes, List<Line> lines) {

  /** Characters of a code or name that fit on one line of a box; longer ones are shortened. */
  static final int LABEL_LENGTH = 25;

  public DependencyDrawing {
    nodes = List.copyOf(nodes);
    lines = List.copyOf(lines);
  }

  /**
   * A programme's box. {@code codeLabel} and {@code nameLabel} are the code and name shortened to
   * fit; {@code side} is SELF, UPSTREAM, DOWNSTREAM or (in a portfolio) NONE.
   */
  public record Node(
      long id,
      String code,
      String name,
      String codeLabel,
      String nameLabel,
      ProgrammeStatus status,
      String side,
      int x,
      int y,
      int width,
      int height) {}

  /** {@code from} waits for (depends on) {@code to}; {@code path} is SVG path data. */
  public record Line(long from, long to, String path) {}

  /**
   * The programme of {@code view} in the middle, what it waits for left, what waits for it right.
   */
  public static DependencyDrawing around(DependencyView view) {
    List<Long> ids = view.nodes().stream().map(DependencyView.Node::id).toList();
    return of(
        view.programmeId(),
        view.nodes(),
        view.edges(),
        DependencyLayout.around(view.programmeId(), ids, graph(view.edges())));
  }

  /** Every programme given (in this order where nothing else decides) with its dependencies. */
  public static DependencyDrawing portfolio(
      List<DependencyView.Node> nodes, List<DependencyView.Edge> edges) {
    List<Long> ids = nodes.stream().map(DependencyView.Node::id).toList();
    return of(null, nodes, edges, DependencyLayout.of(ids, graph(edges)));
  }

  private static DependencyDrawing of(
      Long focusId,
      List<DependencyView.Node> nodes,
      List<DependencyView.Edge> edges,
      DependencyLayout layout) {
    Map<Long, DependencyView.Node> known = new LinkedHashMap<>();
    nodes.forEach(n -> known.put(n.id(), n));
    List<Node> boxes = new ArrayList<>();
    for (DependencyLayout.Box box : layout.boxes()) {
      DependencyView.Node node = known.get(box.id());
      if (node == null) {
        continue; // the focus of a view that did not list it
      }
      boxes.add(
          new Node(
              node.id(),
              node.code(),
              node.name(),
              shorten(node.code()),
              shorten(node.name()),
              node.status(),
              node.side() == null ? "NONE" : node.side(),
              box.x(),
              box.y(),
              DependencyLayout.NODE_WIDTH,
              DependencyLayout.NODE_HEIGHT));
    }
    List<Line> lines = new ArrayList<>();
    for (DependencyLayout.Route route : layout.routes()) {
      if (known.containsKey(route.dependent()) && known.containsKey(route.dependency())) {
        lines.add(new Line(route.dependent(), route.dependency(), route.path()));
      }
    }
    return new DependencyDrawing(focusId, layout.width(), layout.height(), boxes, lines);
  }

  /** The box of a programme in the drawing. */
  public Node node(long id) {
    return nodes.stream()
        .filter(n -> n.id() == id)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no programme " + id + " in the drawing"));
  }

  /** What the programme waits for, in the order of the boxes. */
  public List<Node> dependenciesOf(long id) {
    Set<Long> targets = new HashSet<>();
    lines.stream().filter(l -> l.from() == id).forEach(l -> targets.add(l.to()));
    return nodes.stream().filter(n -> targets.contains(n.id())).toList();
  }

  /** What waits for the programme, in the order of the boxes. */
  public List<Node> dependentsOf(long id) {
    Set<Long> sources = new HashSet<>();
    lines.stream().filter(l -> l.to() == id).forEach(l -> sources.add(l.from()));
    return nodes.stream().filter(n -> sources.contains(n.id())).toList();
  }

  static String shorten(String text) {
    if (text == null) {
      return "";
    }
    String plain = text.strip();
    return plain.codePointCount(0, plain.length()) <= LABEL_LENGTH
        ? plain
        : plain.substring(0, plain.offsetByCodePoints(0, LABEL_LENGTH - 1)).strip() + "\u2026";
  }

  private static Map<Long, Set<Long>> graph(List<DependencyView.Edge> edges) {
    Map<Long, Set<Long>> graph = new HashMap<>();
    edges.forEach(e -> graph.computeIfAbsent(e.from(), k -> new HashSet<>()).add(e.to()));
    return graph;
  }
}
