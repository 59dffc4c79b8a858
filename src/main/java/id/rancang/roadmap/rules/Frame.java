package id.rancang.roadmap.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What every part of the engine reads the same way from a problem: start windows, the first open
 * year, funding sources, exact dimension shares and spending per year and source.
 */
final class Frame {

  final RoadmapProblem problem;
  final Map<Long, Candidate> byId = new LinkedHashMap<>();
  final List<String> sources;

  Frame(RoadmapProblem problem) {
    this.problem = problem;
    for (Candidate c : problem.candidates()) {
      byId.putIfAbsent(c.id(), c);
    }
    TreeSet<String> all = new TreeSet<>();
    for (Candidate c : problem.candidates()) {
      c.yearlyCosts().forEach(m -> all.addAll(m.keySet()));
    }
    problem.ceilings().values().forEach(m -> all.addAll(m.keySet()));
    sources = List.copyOf(all);
  }

  int years() {
    return problem.lastYear() - problem.firstYear() + 1;
  }

  /** The first start of the structural window: earliest start, not before the first year. */
  int windowFrom(Candidate c) {
    return Math.max(c.earliestStart(), problem.firstYear());
  }

  /** The last start of the structural window: latest start, finishing by the last year. */
  int windowTo(Candidate c) {
    return Math.min(c.latestStart(), problem.lastYear() - c.duration() + 1);
  }

  boolean inWindow(Candidate c, int start) {
    return start >= windowFrom(c) && start <= windowTo(c);
  }

  Integer lockedThrough() {
    return problem.rules().lockedThrough();
  }

  /** Whether the candidate's locked start applies (a lock needs {@code lockedThrough}). */
  boolean locked(Candidate c) {
    return c.lockedStart() != null && lockedThrough() != null;
  }

  /** The first year in which an unlocked programme may start. */
  int firstOpenYear() {
    Integer l = lockedThrough();
    return l == null ? problem.firstYear() : Math.max(problem.firstYear(), l + 1);
  }

  boolean quickWinRule(Candidate c) {
    return problem.rules().quickWinsInFirstYear() && c.quickWin() && !locked(c);
  }

  /**
   * The years the candidate may start in under every rule: its window, its lock, the locked years,
   * the quick-win rule; empty when excluded.
   */
  List<Integer> allowedStarts(Candidate c) {
    List<Integer> starts = new ArrayList<>();
    if (c.excluded()) {
      return starts;
    }
    if (locked(c)) {
      if (inWindow(c, c.lockedStart())) {
        starts.add(c.lockedStart());
      }
      return starts;
    }
    int from = windowFrom(c);
    int to = windowTo(c);
    if (lockedThrough() != null) {
      from = Math.max(from, lockedThrough() + 1);
    }
    if (quickWinRule(c)) {
      int open = firstOpenYear();
      if (open >= from && open <= to) {
        starts.add(open);
      }
      return starts;
    }
    for (int t = from; t <= to; t++) {
      starts.add(t);
    }
    return starts;
  }

  /** Spending per year (index from the first year) and source (index in {@link #sources}). */
  long[][] spending(Map<Long, Integer> starts) {
    long[][] used = new long[years()][sources.size()];
    for (Map.Entry<Long, Integer> e : starts.entrySet()) {
      Candidate c = byId.get(e.getKey());
      if (c != null && e.getValue() != null) {
        add(used, c, e.getValue(), 1);
      }
    }
    return used;
  }

  void add(long[][] used, Candidate c, int start, int sign) {
    for (int off = 0; off < c.duration(); off++) {
      int y = start + off - problem.firstYear();
      if (y < 0 || y >= used.length) {
        continue;
      }
      for (int s = 0; s < sources.size(); s++) {
        used[y][s] += sign * c.cost(off, sources.get(s));
      }
    }
  }

  long ceiling(int yearIndex, int sourceIndex) {
    return problem.ceiling(problem.firstYear() + yearIndex, sources.get(sourceIndex));
  }

  /**
   * The first year and source in which starting {@code c} in {@code start} on top of {@code used}
   * exceeds the ceiling: {year, source index, needed, available}, or {@code null} when it fits.
   */
  long[] firstExcess(long[][] used, Candidate c, int start) {
    for (int off = 0; off < c.duration(); off++) {
      int y = start + off - problem.firstYear();
      for (int s = 0; s < sources.size(); s++) {
        long cost = c.cost(off, sources.get(s));
        if (cost > 0 && used[y][s] + cost > ceiling(y, s)) {
          return new long[] {start + off, s, cost, ceiling(y, s) - used[y][s]};
        }
      }
    }
    return null;
  }

  /** The total amount by which starting {@code c} in {@code start} exceeds ceilings. */
  long totalExcess(long[][] used, Candidate c, int start) {
    long excess = 0;
    for (int off = 0; off < c.duration(); off++) {
      int y = start + off - problem.firstYear();
      for (int s = 0; s < sources.size(); s++) {
        long cost = c.cost(off, sources.get(s));
        long over = Math.min(cost, used[y][s] + cost - ceiling(y, s));
        if (over > 0) {
          excess += over;
        }
      }
    }
    return excess;
  }

  /** Every prerequisite of {@code c} is in {@code starts} and ends before {@code start}. */
  boolean prerequisitesDone(Candidate c, int start, Map<Long, Integer> starts) {
    for (long q : c.dependsOn()) {
      Integer qs = starts.get(q);
      Candidate qc = byId.get(q);
      if (qs == null || qc == null || qc.endYear(qs) >= start) {
        return false;
      }
    }
    return true;
  }

  /** The exclusive groups {@code c} is in. */
  List<java.util.Set<Long>> groupsOf(Candidate c) {
    return problem.rules().exclusiveGroups().stream().filter(g -> g.contains(c.id())).toList();
  }

  /** A scheduled member of a group of {@code c} other than {@code c}, or {@code null}. */
  Candidate groupTaker(Candidate c, Map<Long, Integer> starts) {
    for (java.util.Set<Long> g : groupsOf(c)) {
      for (long other : g) {
        if (other != c.id() && starts.containsKey(other) && byId.containsKey(other)) {
          return byId.get(other);
        }
      }
    }
    return null;
  }

  /** A minimum share as an exact fraction {numerator, denominator} of the double's decimal. */
  static BigInteger[] fraction(double share) {
    BigDecimal d = BigDecimal.valueOf(share).stripTrailingZeros();
    BigInteger num;
    BigInteger den;
    if (d.scale() <= 0) {
      num = d.toBigIntegerExact();
      den = BigInteger.ONE;
    } else {
      num = d.unscaledValue();
      den = BigInteger.TEN.pow(d.scale());
    }
    BigInteger g = num.gcd(den);
    if (g.signum() > 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
    return new BigInteger[] {num, den};
  }

  /**
   * Whether the scheduled programmes' spending meets every minimum share, exactly: spending of the
   * dimension x denominator >= numerator x all spending. Returns the dimensions that fall short.
   */
  List<String> sharesShort(Collection<Candidate> scheduled) {
    List<String> shortOf = new ArrayList<>();
    BigInteger total =
        scheduled.stream()
            .map(c -> BigInteger.valueOf(c.totalCost()))
            .reduce(BigInteger.ZERO, BigInteger::add);
    Map<String, BigInteger> byDim = new HashMap<>();
    for (Candidate c : scheduled) {
      byDim.merge(c.dimension(), BigInteger.valueOf(c.totalCost()), BigInteger::add);
    }
    for (Map.Entry<String, Double> e :
        problem.rules().minimumDimensionShare().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .toList()) {
      BigInteger[] f = fraction(e.getValue());
      BigInteger spent = byDim.getOrDefault(e.getKey(), BigInteger.ZERO);
      if (spent.multiply(f[1]).compareTo(f[0].multiply(total)) < 0) {
        shortOf.add(e.getKey());
      }
    }
    return shortOf;
  }

  double share(Collection<Candidate> scheduled, String dimension) {
    double total = scheduled.stream().mapToDouble(Candidate::totalCost).sum();
    double spent =
        scheduled.stream()
            .filter(c -> dimension.equals(c.dimension()))
            .mapToDouble(Candidate::totalCost)
            .sum();
    return total <= 0 ? 0 : spent / total;
  }

  List<Candidate> scheduled(Map<Long, Integer> starts) {
    return problem.candidates().stream()
        .filter(c -> starts.containsKey(c.id()))
        .collect(Collectors.toList());
  }

  static String codes(Collection<Candidate> cs) {
    return cs.stream().map(Candidate::code).collect(Collectors.joining(", "));
  }

  static List<Long> ids(Collection<Candidate> cs) {
    return cs.stream().map(Candidate::id).toList();
  }
}
