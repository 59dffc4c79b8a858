package id.rancang.programme.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Dependencies between the programmes of a masterplan. The graph maps a programme's id to the ids
 * of the programmes it depends on ("A depends on B" is the edge A -&gt; B); a programme missing
 * from the map, or mapped to {@code null}, depends on nothing. Cycles are reported as paths that
 * start and end with the same id, each id depending on the next one, so that {@code [A, B, C, A]}
 * reads "A depends on B, B on C, C on A".
 *
 * <p>All walks are iterative, so deep chains (hundreds of programmes) cannot overflow the stack,
 * and deterministic: where there is a choice, the lower id goes first.
 */
public final class DependencyGraph {

  private DependencyGraph() {}

  /**
   * The cycle that adding "{@code from} depends on {@code to}" would close: {@code [from, to, ...,
   * from]}, the shortest such path; a programme depending on itself is the cycle {@code [from,
   * from]}. Empty when the new dependency keeps the graph free of cycles (through this edge).
   */
  public static Optional<List<Long>> cycleIfAdded(
      Map<Long, Set<Long>> dependsOn, long from, long to) {
    if (from == to) {
      return Optional.of(List.of(from, from));
    }
    // Breadth-first from "to": the first path that reaches "from" is a shortest one.
    Map<Long, Long> reachedFrom = new HashMap<>();
    reachedFrom.put(to, null);
    Deque<Long> queue = new ArrayDeque<>();
    queue.add(to);
    while (!queue.isEmpty()) {
      long node = queue.poll();
      for (long next : dependenciesOf(dependsOn, node)) {
        if (reachedFrom.containsKey(next)) {
          continue;
        }
        reachedFrom.put(next, node);
        if (next == from) {
          List<Long> path = new ArrayList<>();
          for (Long step = from; step != null; step = reachedFrom.get(step)) {
            path.add(step);
          }
          path.add(from);
          Collections.reverse(path); // [from, to, ..., from]
          return Optional.of(List.copyOf(path));
        }
        queue.add(next);
      }
    }
    return Optional.empty();
  }

  /**
   * A cycle in the graph as {@code [a, b, ..., a]}, or empty when there is none. Of several cycles
   * the one found first by a depth-first walk from the lowest id is returned.
   */
  public static Optional<List<Long>> anyCycle(Map<Long, Set<Long>> dependsOn) {
    Set<Long> done = new HashSet<>();
    for (long start : new TreeSet<>(dependsOn.keySet())) {
      if (done.contains(start)) {
        continue;
      }
      // The current path of the walk, with each node's position on it and its unvisited edges.
      List<Long> path = new ArrayList<>();
      Map<Long, Integer> onPath = new HashMap<>();
      Deque<Iterator<Long>> edges = new ArrayDeque<>();
      path.add(start);
      onPath.put(start, 0);
      edges.push(dependenciesOf(dependsOn, start).iterator());
      while (!edges.isEmpty()) {
        Iterator<Long> next = edges.peek();
        if (!next.hasNext()) {
          long node = path.remove(path.size() - 1);
          onPath.remove(node);
          done.add(node);
          edges.pop();
          continue;
        }
        long node = next.next();
        Integer position = onPath.get(node);
        if (position != null) {
          List<Long> cycle = new ArrayList<>(path.subList(position, path.size()));
          cycle.add(node);
          return Optional.of(List.copyOf(cycle));
        }
        if (!done.contains(node)) {
          onPath.put(node, path.size());
          path.add(node);
          edges.push(dependenciesOf(dependsOn, node).iterator());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Every programme of the graph (keys and the programmes they depend on) in an order where each
   * comes after all it depends on; among programmes free to go next, the lowest id goes first.
   *
   * @throws IllegalArgumentException when the graph has a cycle (named in the message)
   */
  public static List<Long> topologicalOrder(Map<Long, Set<Long>> dependsOn) {
    Map<Long, Integer> waitingFor = new HashMap<>();
    Map<Long, List<Long>> dependents = new HashMap<>();
    for (Map.Entry<Long, Set<Long>> entry : dependsOn.entrySet()) {
      long node = entry.getKey();
      Set<Long> dependencies = dependenciesOf(dependsOn, node);
      waitingFor.merge(node, dependencies.size(), Integer::sum);
      for (long dependency : dependencies) {
        waitingFor.putIfAbsent(dependency, 0);
        dependents.computeIfAbsent(dependency, k -> new ArrayList<>()).add(node);
      }
    }
    PriorityQueue<Long> ready = new PriorityQueue<>();
    waitingFor.forEach(
        (node, count) -> {
          if (count == 0) {
            ready.add(node);
          }
        });
    List<Long> order = new ArrayList<>(waitingFor.size());
    while (!ready.isEmpty()) {
      long node = ready.poll();
      order.add(node);
      for (long dependent : dependents.getOrDefault(node, List.of())) {
        if (waitingFor.merge(dependent, -1, Integer::sum) == 0) {
          ready.add(dependent);
        }
      }
    }
    if (order.size() < waitingFor.size()) {
      throw new IllegalArgumentException(
          "the dependencies have a cycle: " + anyCycle(dependsOn).orElseThrow());
    }
    return List.copyOf(order);
  }

  /**
   * The finding for a cycle, given the names of its programmes in the order of {@link
   * #cycleIfAdded} or {@link #anyCycle} (e.g. "MPP Digital -&gt; Satu Data -&gt; MPP Digital").
   */
  public static ProgrammeFinding cycleFinding(List<String> names) {
    return ProgrammeFinding.error(
        "dependsOn", "programme.dependency.cycle", String.join(" -> ", names));
  }

  private static Set<Long> dependenciesOf(Map<Long, Set<Long>> dependsOn, long node) {
    Set<Long> dependencies = dependsOn.get(node);
    return dependencies == null ? Set.of() : new TreeSet<>(dependencies);
  }
}
