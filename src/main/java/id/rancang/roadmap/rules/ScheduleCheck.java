package id.rancang.roadmap.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every constraint a schedule breaks, e.g. after a manual edit. Message key {@code
 * roadmap.finding.<code>}; a list of programme codes is one argument, joined with ", ". The codes,
 * with their arguments in order:
 *
 * <ul>
 *   <li>{@code unknownProgramme}: the id in the schedule that is no candidate
 *   <li>{@code outsideWindow}: code, start, first and last start of its window (its earliest and
 *       latest start within the period, finishing by the last year)
 *   <li>{@code excludedScheduled}: code, start
 *   <li>{@code mandatoryMissing}: code
 *   <li>{@code prerequisiteMissing}: code, start, prerequisite's code (not scheduled)
 *   <li>{@code dependencyOrder}: code, start, prerequisite's code, the prerequisite's last year
 *       (not before the start)
 *   <li>{@code overBudget}: year, source, needed, ceiling, codes of the programmes spending from
 *       that source that year
 *   <li>{@code exclusiveGroup}: group number (from 1), codes of its scheduled programmes
 *   <li>{@code shareBelowMinimum}: dimension, actual share (0..1), minimum share
 *   <li>{@code quickWinNotFirstYear}: code, start, first open year
 *   <li>{@code lockedMoved}: code, locked start, start ({@code null} when left out)
 *   <li>{@code startsInLockedYear}: code, start, last locked year
 * </ul>
 */
public final class ScheduleCheck {

  private ScheduleCheck() {}

  /** The violations of {@code starts} (start year by programme id), empty when it is valid. */
  public static List<Finding> violations(RoadmapProblem problem, Map<Long, Integer> starts) {
    Frame frame = new Frame(problem);
    List<Finding> out = new ArrayList<>();
    Map<Long, Integer> known = new TreeMap<>();
    for (Map.Entry<Long, Integer> e : new TreeMap<>(starts).entrySet()) {
      if (!frame.byId.containsKey(e.getKey())) {
        out.add(Finding.of("unknownProgramme", List.of(), e.getKey()));
      } else if (e.getValue() != null) {
        known.put(e.getKey(), e.getValue());
      }
    }
    Integer lockedThrough = problem.rules().lockedThrough();
    for (Candidate c : problem.candidates()) {
      Integer start = known.get(c.id());
      List<Long> id = List.of(c.id());
      if (frame.locked(c) && !c.lockedStart().equals(start)) {
        out.add(Finding.of("lockedMoved", id, c.code(), c.lockedStart(), start));
      }
      if (start == null) {
        if (c.mandatory()) {
          out.add(Finding.of("mandatoryMissing", id, c.code()));
        }
        continue;
      }
      if (c.excluded()) {
        out.add(Finding.of("excludedScheduled", id, c.code(), start));
      }
      if (!frame.inWindow(c, start)) {
        out.add(
            Finding.of(
                "outsideWindow", id, c.code(), start, frame.windowFrom(c), frame.windowTo(c)));
      }
      for (long q : c.dependsOn().stream().sorted().toList()) {
        Candidate qc = frame.byId.get(q);
        if (qc == null) {
          continue;
        }
        Integer qs = known.get(q);
        if (qs == null) {
          out.add(
              Finding.of("prerequisiteMissing", List.of(c.id(), q), c.code(), start, qc.code()));
        } else if (qc.endYear(qs) >= start) {
          out.add(
              Finding.of(
                  "dependencyOrder",
                  List.of(c.id(), q),
                  c.code(),
                  start,
                  qc.code(),
                  qc.endYear(qs)));
        }
      }
      if (frame.quickWinRule(c) && start != frame.firstOpenYear()) {
        out.add(Finding.of("quickWinNotFirstYear", id, c.code(), start, frame.firstOpenYear()));
      }
      if (lockedThrough != null && !frame.locked(c) && start <= lockedThrough) {
        out.add(Finding.of("startsInLockedYear", id, c.code(), start, lockedThrough));
      }
    }

    // budget, per year of the period and source
    List<Candidate> scheduled = frame.scheduled(known);
    for (int y = problem.firstYear(); y <= problem.lastYear(); y++) {
      for (String s : frame.sources) {
        long needed = 0;
        List<Candidate> spenders = new ArrayList<>();
        for (Candidate c : scheduled) {
          long cost = c.cost(y - known.get(c.id()), s);
          if (cost > 0) {
            needed += cost;
            spenders.add(c);
          }
        }
        long ceiling = problem.ceiling(y, s);
        if (needed > ceiling) {
          out.add(
              Finding.of(
                  "overBudget", Frame.ids(spenders), y, s, needed, ceiling, Frame.codes(spenders)));
        }
      }
    }

    List<Set<Long>> groups = problem.rules().exclusiveGroups();
    for (int g = 0; g < groups.size(); g++) {
      Set<Long> group = groups.get(g);
      List<Candidate> in = scheduled.stream().filter(c -> group.contains(c.id())).toList();
      if (in.size() >= 2) {
        out.add(Finding.of("exclusiveGroup", Frame.ids(in), g + 1, Frame.codes(in)));
      }
    }

    for (String d : frame.sharesShort(scheduled)) {
      List<Candidate> inDim = scheduled.stream().filter(c -> d.equals(c.dimension())).toList();
      out.add(
          Finding.of(
              "shareBelowMinimum",
              Frame.ids(inDim),
              d,
              frame.share(scheduled, d),
              problem.rules().minimumDimensionShare().get(d)));
    }
    return out;
  }
}
