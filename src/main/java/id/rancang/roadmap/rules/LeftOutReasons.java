package id.rancang.roadmap.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why each programme a schedule leaves out is not in it, given the rest of the schedule: the first
 * reason that applies, in this order (message key {@code roadmap.finding.<code>}):
 *
 * <ol>
 *   <li>{@code excluded}: code (a rule of the scenario)
 *   <li>{@code exclusiveGroupTaken}: code, group number (from 1), code of the scheduled member
 *   <li>{@code prerequisiteLeftOut}: code, the prerequisite's code (not in the schedule)
 *   <li>{@code prerequisiteLate}: code, the prerequisite's code, the prerequisite's last year, the
 *       programme's last possible start (the prerequisite does not finish in time)
 *   <li>{@code noWindow}: code, first and last start of its window, last locked year (or null), the
 *       quick wins' year (or null): no year is left to start in
 *   <li>{@code budget}: code, start, year, source, needed, available: at every start left to it, it
 *       would exceed a ceiling given the rest of the schedule; named for the start that exceeds the
 *       least in all, its first year and source over the ceiling ("available" is what the rest
 *       leaves of the ceiling)
 *   <li>{@code wouldBreakShare}: code, start, dimension, that dimension's share with it, the
 *       minimum share: it fits, but a minimum share would no longer hold
 *   <li>{@code fitsButNotChosen}: code, the first start at which it fits with the rest: nothing
 *       keeps it out; the schedule is not optimal (a gap or time limit, a manual edit) or its value
 *       adds nothing
 * </ol>
 */
public final class LeftOutReasons {

  private LeftOutReasons() {}

  /** For every candidate not in {@code starts}, the main reason, by programme id. */
  public static Map<Long, Finding> explain(RoadmapProblem problem, Map<Long, Integer> starts) {
    Frame f = new Frame(problem);
    Map<Long, Integer> known = new LinkedHashMap<>();
    starts.forEach(
        (id, t) -> {
          if (t != null && f.byId.containsKey(id)) {
            known.put(id, t);
          }
        });
    long[][] used = f.spending(known);
    Map<Long, Finding> out = new LinkedHashMap<>();
    for (Candidate c : f.byId.values()) {
      if (!known.containsKey(c.id())) {
        out.put(c.id(), reason(f, c, known, used));
      }
    }
    return out;
  }

  private static Finding reason(Frame f, Candidate c, Map<Long, Integer> starts, long[][] used) {
    List<Long> id = List.of(c.id());
    if (c.excluded()) {
      return Finding.of("excluded", id, c.code());
    }
    List<Set<Long>> groups = f.problem.rules().exclusiveGroups();
    for (int g = 0; g < groups.size(); g++) {
      for (long other : groups.get(g).stream().sorted().toList()) {
        if (other != c.id() && starts.containsKey(other)) {
          Candidate taker = f.byId.get(other);
          return Finding.of(
              "exclusiveGroupTaken", List.of(c.id(), other), c.code(), g + 1, taker.code());
        }
      }
    }
    for (long q : c.dependsOn().stream().sorted().toList()) {
      if (!starts.containsKey(q) && f.byId.containsKey(q)) {
        return Finding.of(
            "prerequisiteLeftOut", List.of(c.id(), q), c.code(), f.byId.get(q).code());
      }
    }
    List<Integer> allowed = f.allowedStarts(c);
    List<Integer> inTime = allowed.stream().filter(t -> f.prerequisitesDone(c, t, starts)).toList();
    if (!allowed.isEmpty() && inTime.isEmpty()) {
      Candidate late = null;
      for (long q : c.dependsOn().stream().sorted().toList()) {
        Candidate qc = f.byId.get(q);
        if (qc != null
            && (late == null || qc.endYear(starts.get(q)) > late.endYear(starts.get(late.id())))) {
          late = qc;
        }
      }
      return Finding.of(
          "prerequisiteLate",
          List.of(c.id(), late.id()),
          c.code(),
          late.code(),
          late.endYear(starts.get(late.id())),
          allowed.get(allowed.size() - 1));
    }
    if (allowed.isEmpty()) {
      return Finding.of(
          "noWindow",
          id,
          c.code(),
          f.windowFrom(c),
          f.windowTo(c),
          f.lockedThrough(),
          f.quickWinRule(c) ? f.firstOpenYear() : null);
    }
    List<Integer> fitting = new ArrayList<>();
    int bestStart = inTime.get(0);
    long bestExcess = Long.MAX_VALUE;
    for (int t : inTime) {
      long excess = f.totalExcess(used, c, t);
      if (excess == 0) {
        fitting.add(t);
      } else if (excess < bestExcess) {
        bestExcess = excess;
        bestStart = t;
      }
    }
    if (fitting.isEmpty()) {
      long[] e = f.firstExcess(used, c, bestStart);
      return Finding.of(
          "budget",
          id,
          c.code(),
          bestStart,
          (int) e[0],
          f.sources.get((int) e[1]),
          e[2],
          Math.max(0, e[3]));
    }
    List<Candidate> with = new ArrayList<>(f.scheduled(starts));
    with.add(c);
    List<String> shortOf = f.sharesShort(with);
    List<String> shortBefore = f.sharesShort(f.scheduled(starts));
    shortOf.removeAll(shortBefore);
    if (!shortOf.isEmpty()) {
      String d = shortOf.get(0);
      return Finding.of(
          "wouldBreakShare",
          id,
          c.code(),
          fitting.get(0),
          d,
          f.share(with, d),
          f.problem.rules().minimumDimensionShare().get(d));
    }
    return Finding.of("fitsButNotChosen", id, c.code(), fitting.get(0));
  }
}
