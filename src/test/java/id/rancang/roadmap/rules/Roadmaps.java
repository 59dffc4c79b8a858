package id.rancang.roadmap.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/** Builders of candidates and problems for the roadmap engine's tests, and a brute force. */
final class Roadmaps {

  private Roadmaps() {}

  static Prog prog(long id) {
    return new Prog(id);
  }

  /** A fluent candidate: by default value 1, one year costing nothing, any start. */
  static final class Prog {
    long id;
    String code;
    String dimension = "ECONOMY";
    double value = 1;
    List<Map<String, Long>> costs = new ArrayList<>(List.of(Map.of()));
    int earliest = 0;
    int latest = 9999;
    boolean mandatory;
    boolean excluded;
    boolean quickWin;
    Integer locked;
    Set<Long> deps = new HashSet<>();

    Prog(long id) {
      this.id = id;
      this.code = "P" + id;
    }

    Prog code(String code) {
      this.code = code;
      return this;
    }

    Prog dim(String d) {
      this.dimension = d;
      return this;
    }

    Prog value(double v) {
      this.value = v;
      return this;
    }

    /** One cost per year it runs, all from {@code source}; the duration follows. */
    Prog costs(String source, long... perYear) {
      costs = new ArrayList<>();
      for (long a : perYear) {
        costs.add(Map.of(source, a));
      }
      return this;
    }

    Prog costs(List<Map<String, Long>> perYear) {
      costs = new ArrayList<>(perYear);
      return this;
    }

    Prog window(int earliest, int latest) {
      this.earliest = earliest;
      this.latest = latest;
      return this;
    }

    Prog mandatory() {
      mandatory = true;
      return this;
    }

    Prog excluded() {
      excluded = true;
      return this;
    }

    Prog quickWin() {
      quickWin = true;
      return this;
    }

    Prog locked(int year) {
      locked = year;
      return this;
    }

    Prog after(long... ids) {
      Arrays.stream(ids).forEach(deps::add);
      return this;
    }

    Candidate build() {
      return new Candidate(
          id,
          code,
          dimension,
          value,
          costs.size(),
          costs,
          earliest,
          latest,
          mandatory,
          excluded,
          quickWin,
          locked,
          deps);
    }

    /** The same with another duration than its cost entries, for validation. */
    Candidate buildWithDuration(int duration) {
      return new Candidate(
          id, code, dimension, value, duration, costs, earliest, latest, mandatory, excluded,
          quickWin, locked, deps);
    }
  }

  /** The same ceiling of one source in every year. */
  static Map<Integer, Map<String, Long>> ceilings(int first, int last, String source, long a) {
    Map<Integer, Map<String, Long>> m = new TreeMap<>();
    for (int y = first; y <= last; y++) {
      m.put(y, Map.of(source, a));
    }
    return m;
  }

  static RoadmapProblem problem(
      int first,
      int last,
      Map<Integer, Map<String, Long>> ceilings,
      RoadmapRules rules,
      Prog... progs) {
    return new RoadmapProblem(
        first, last, Arrays.stream(progs).map(Prog::build).toList(), ceilings, rules);
  }

  static RoadmapRules rules(
      List<Set<Long>> groups, Map<String, Double> shares, boolean quickWins, Integer locked) {
    return new RoadmapRules(groups, shares, quickWins, locked);
  }

  static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }

  /**
   * A small random problem: 4-6 programmes over 4 years, two sources, 1-3 year durations, values
   * with two decimals, some dependencies, sometimes a mandatory, an excluded, a quick win, an
   * exclusive pair, a minimum share or locked first year.
   */
  static RoadmapProblem random(long seed) {
    Random r = new Random(seed);
    int first = 2025;
    int last = 2028;
    int n = 4 + r.nextInt(3);
    String[] sources = {"APBD", "APBN"};
    String[] dims = {"ECONOMY", "LIVING"};
    boolean locks = r.nextInt(5) == 0;
    Integer lockedThrough = locks ? first : null;
    List<Candidate> cs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      long id = 10 + i;
      int duration = 1 + r.nextInt(3);
      List<Map<String, Long>> costs = new ArrayList<>();
      for (int k = 0; k < duration; k++) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put(sources[0], (long) (1 + r.nextInt(9)) * 1_000_000L);
        if (r.nextBoolean()) {
          m.put(sources[1], (long) r.nextInt(6) * 1_000_000L);
        }
        costs.add(m);
      }
      int earliest = first + (r.nextInt(4) == 0 ? r.nextInt(2) : 0);
      int latest = r.nextInt(4) == 0 ? earliest + r.nextInt(3) : last;
      Set<Long> deps = new HashSet<>();
      if (i > 0 && r.nextInt(3) == 0) {
        deps.add(10L + r.nextInt(i));
      }
      boolean mandatory = r.nextInt(12) == 0;
      boolean excluded = !mandatory && r.nextInt(10) == 0;
      boolean quickWin = duration == 1 && r.nextInt(4) == 0;
      Integer lockedStart = null;
      if (locks && i == 0 && !excluded && earliest == first && deps.isEmpty()) {
        lockedStart = first;
      }
      cs.add(
          new Candidate(
              id,
              "P" + id,
              dims[r.nextInt(2)],
              (1 + r.nextInt(99)) / 100.0,
              duration,
              costs,
              earliest,
              latest,
              mandatory,
              excluded,
              quickWin,
              lockedStart,
              deps));
    }
    // locked programmes' dependants may not be locked; keep dependencies valid under locks
    List<Set<Long>> groups = new ArrayList<>();
    if (r.nextInt(3) == 0) {
      groups.add(Set.of(10L + n - 1, 10L + n - 2));
    }
    Map<String, Double> shares = new HashMap<>();
    if (r.nextInt(4) == 0) {
      shares.put("LIVING", (double) r.nextInt(5) / 10);
    }
    Map<Integer, Map<String, Long>> ceilings = new TreeMap<>();
    for (int y = first; y <= last; y++) {
      ceilings.put(
          y,
          Map.of(
              sources[0],
              (long) (6 + r.nextInt(14)) * 1_000_000L,
              sources[1],
              (long) (1 + r.nextInt(8)) * 1_000_000L));
    }
    boolean quickWins = r.nextBoolean();
    return new RoadmapProblem(
        first, last, cs, ceilings, new RoadmapRules(groups, shares, quickWins, lockedThrough));
  }

  /** The best schedule by trying every start-or-out of every programme; null if none is valid. */
  static Map<Long, Integer> bruteForce(RoadmapProblem p) {
    List<Candidate> cs = p.candidates();
    int n = cs.size();
    int[][] options = new int[n][];
    for (int i = 0; i < n; i++) {
      int count = p.lastYear() - p.firstYear() + 2;
      options[i] = new int[count];
      options[i][0] = Integer.MIN_VALUE; // left out
      for (int k = 1; k < count; k++) {
        options[i][k] = p.firstYear() + k - 1;
      }
    }
    int[] pick = new int[n];
    Map<Long, Integer> best = null;
    double bestValue = -1;
    while (true) {
      Map<Long, Integer> starts = new HashMap<>();
      double value = 0;
      for (int i = 0; i < n; i++) {
        int start = options[i][pick[i]];
        if (start != Integer.MIN_VALUE) {
          starts.put(cs.get(i).id(), start);
          value += cs.get(i).value();
        }
      }
      if (value > bestValue + 1e-9 && ScheduleCheck.violations(p, starts).isEmpty()) {
        best = starts;
        bestValue = value;
      }
      int i = 0;
      while (i < n && ++pick[i] == options[i].length) {
        pick[i] = 0;
        i++;
      }
      if (i == n) {
        return best;
      }
    }
  }
}
