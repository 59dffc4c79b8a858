package id.rancang.roadmap.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simple schedule a planner would make by hand: best value per cost first, earliest fit.
 *
 * <p>Locked programmes come first, then mandatory ones, each with the programmes they depend on,
 * then the others by value per rupiah (a programme that costs nothing first), ties in the
 * candidates' order. Each is placed in the earliest year it may start in (window, locks, quick-win
 * rule) where its prerequisites have finished and every ceiling still holds; a programme whose
 * prerequisite comes later in the order gets another chance once the prerequisite is in (passes
 * repeat until nothing changes). Exclusive groups keep the first member placed. When a minimum
 * dimension share is not met, programmes of the short dimensions are added where they fit, then the
 * cheapest value per cost of the others (with what depends on them) are taken out until the shares
 * hold, and the rest is filled again keeping them. The schedule honours every constraint unless the
 * locked or mandatory programmes alone cannot (then {@link ScheduleCheck} says what it breaks).
 */
public final class GreedyScheduler {

  private GreedyScheduler() {}

  /** The greedy schedule: start year by programme id. */
  public static Map<Long, Integer> schedule(RoadmapProblem problem) {
    return new Greedy(problem).run();
  }

  /** The value of a schedule: the sum of its programmes' values. */
  public static double value(RoadmapProblem problem, Map<Long, Integer> starts) {
    return problem.candidates().stream()
        .filter(c -> starts.containsKey(c.id()))
        .mapToDouble(Candidate::value)
        .sum();
  }

  /** Value per rupiah; a programme that costs nothing and is worth something comes first. */
  static double ratio(Candidate c) {
    long cost = c.totalCost();
    if (cost <= 0) {
      return c.value() > 0 ? Double.POSITIVE_INFINITY : 0;
    }
    return c.value() / cost;
  }

  private static final class Greedy {
    private final Frame frame;
    private final List<Candidate> order;
    private final Map<Long, Integer> rank = new java.util.HashMap<>();
    private final Map<Long, Integer> starts = new LinkedHashMap<>();
    private final long[][] used;

    Greedy(RoadmapProblem problem) {
      frame = new Frame(problem);
      used = new long[Math.max(0, frame.years())][frame.sources.size()];
      for (Candidate c : frame.byId.values()) {
        if (frame.locked(c)) {
          require(c, 0);
        }
      }
      for (Candidate c : frame.byId.values()) {
        if (c.mandatory()) {
          require(c, 1);
        }
      }
      List<Candidate> all = new ArrayList<>(frame.byId.values());
      all.sort(
          Comparator.comparingInt((Candidate c) -> rank(c))
              .thenComparing(Comparator.comparingDouble(GreedyScheduler::ratio).reversed()));
      order = all;
    }

    /** Locked programmes rank 0, mandatory ones 1, with their prerequisites; the others 2. */
    private void require(Candidate c, int r) {
      if (rank.containsKey(c.id()) && rank.get(c.id()) <= r) {
        return;
      }
      rank.put(c.id(), r);
      for (long q : c.dependsOn()) {
        Candidate qc = frame.byId.get(q);
        if (qc != null) {
          require(qc, r);
        }
      }
    }

    private int rank(Candidate c) {
      return rank.getOrDefault(c.id(), 2);
    }

    Map<Long, Integer> run() {
      if (frame.years() <= 0) {
        return Map.of();
      }
      fill(false, 0);
      fill(false, 1);
      fill(false, 2);
      if (!frame.sharesShort(frame.scheduled(starts)).isEmpty()) {
        repairShares();
        fill(true, 2);
      }
      return Map.copyOf(starts);
    }

    /** Passes over the order up to a rank, placing what fits, until nothing changes. */
    private void fill(boolean keepShares, int upToRank) {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (Candidate c : order) {
          if (rank(c) <= upToRank && !starts.containsKey(c.id()) && place(c, keepShares)) {
            changed = true;
          }
        }
      }
    }

    private boolean place(Candidate c, boolean keepShares) {
      if (frame.groupTaker(c, starts) != null) {
        return false;
      }
      for (int t : frame.allowedStarts(c)) {
        if (frame.prerequisitesDone(c, t, starts) && frame.firstExcess(used, c, t) == null) {
          starts.put(c.id(), t);
          if (keepShares && !frame.sharesShort(frame.scheduled(starts)).isEmpty()) {
            starts.remove(c.id());
            return false;
          }
          frame.add(used, c, t, 1);
          return true;
        }
      }
      return false;
    }

    private double deficit() {
      List<Candidate> scheduled = frame.scheduled(starts);
      double total = scheduled.stream().mapToDouble(Candidate::totalCost).sum();
      double deficit = 0;
      for (Map.Entry<String, Double> e : frame.problem.rules().minimumDimensionShare().entrySet()) {
        double spent =
            scheduled.stream()
                .filter(c -> e.getKey().equals(c.dimension()))
                .mapToDouble(Candidate::totalCost)
                .sum();
        deficit += Math.max(0, e.getValue() * total - spent);
      }
      return deficit;
    }

    private void repairShares() {
      // add programmes of the short dimensions while that lowers the shortfall
      boolean changed = true;
      while (changed) {
        changed = false;
        List<String> shortOf = frame.sharesShort(frame.scheduled(starts));
        if (shortOf.isEmpty()) {
          return;
        }
        for (Candidate c : order) {
          if (starts.containsKey(c.id()) || !shortOf.contains(c.dimension())) {
            continue;
          }
          double before = deficit();
          if (place(c, false)) {
            if (deficit() < before) {
              changed = true;
              break;
            }
            frame.add(used, c, starts.remove(c.id()), -1);
          }
        }
      }
      // take out the others, least value per cost first, until the shares hold
      while (true) {
        List<String> shortOf = frame.sharesShort(frame.scheduled(starts));
        if (shortOf.isEmpty()) {
          return;
        }
        String d = shortOf.get(0);
        Set<Long> removal = null;
        for (int i = order.size() - 1; i >= 0 && removal == null; i--) {
          Candidate c = order.get(i);
          if (starts.containsKey(c.id()) && !d.equals(c.dimension()) && c.totalCost() > 0) {
            removal = removable(c);
          }
        }
        if (removal == null) {
          return;
        }
        for (long id : removal) {
          frame.add(used, frame.byId.get(id), starts.remove(id), -1);
        }
      }
    }

    /** {@code c} with every scheduled programme depending on it, or null if one must stay. */
    private Set<Long> removable(Candidate c) {
      Set<Long> out = new HashSet<>();
      Deque<Candidate> todo = new ArrayDeque<>(List.of(c));
      while (!todo.isEmpty()) {
        Candidate p = todo.pop();
        if (!out.add(p.id())) {
          continue;
        }
        if (p.mandatory() || frame.locked(p)) {
          return null;
        }
        for (Candidate other : frame.byId.values()) {
          if (starts.containsKey(other.id()) && other.dependsOn().contains(p.id())) {
            todo.push(other);
          }
        }
      }
      return out;
    }
  }
}
