package id.rancang.programme;

import java.util.List;

/**
 * A programme with everything it waits for (upstream, transitively) and everything that waits for
 * it (downstream), as nodes and "depends on" edges for drawing.
 */
public record DependencyView(long programmeId, List<Node> nodes, List<Edge> edges) {

  public DependencyView {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** {@code side} is SELF, UPSTREAM or DOWNSTREAM. */
  public record Node(long id, String code, String name, ProgrammeStatus status, String side) {}

  /** {@code from} depends on {@code to}. */
  public record Edge(long from, long to) {}
}
