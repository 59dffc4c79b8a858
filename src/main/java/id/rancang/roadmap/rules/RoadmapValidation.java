package id.rancang.roadmap.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every problem of a roadmap's input, found before solving. The codes and their arguments are
 * listed in {@link RoadmapInputException}.
 */
public final class RoadmapValidation {

  /** The largest value a programme may have: values are scaled by 10^6 into whole numbers. */
  public static final double MAX_VALUE = 1e9;

  private RoadmapValidation() {}

  /** Throws {@link RoadmapInputException} listing every problem; returns when there is none. */
  public static void validate(RoadmapProblem problem) {
    List<Finding> problems = problems(problem);
    if (!problems.isEmpty()) {
      throw new RoadmapInputException(problems);
    }
  }

  /** Every problem of the input, in a stable order; empty when there is none. */
  public static List<Finding> problems(RoadmapProblem problem) {
    List<Finding> out = new ArrayList<>();
    Frame frame = new Frame(problem);
    int first = problem.firstYear();
    int last = problem.lastYear();
    if (first > last) {
      out.add(Finding.of("period", List.of(), first, last));
    }
    Integer lockedThrough = problem.rules().lockedThrough();

    Set<Long> seen = new HashSet<>();
    for (Candidate c : problem.candidates()) {
      List<Long> id = List.of(c.id());
      if (!seen.add(c.id())) {
        out.add(Finding.of("duplicateId", id, c.id(), c.code()));
      }
      if (Double.isNaN(c.value()) || Double.isInfinite(c.value())) {
        out.add(Finding.of("invalidValue", id, c.code(), c.value()));
      } else if (c.value() < 0) {
        out.add(Finding.of("negativeValue", id, c.code(), c.value()));
      } else if (c.value() > MAX_VALUE) {
        out.add(Finding.of("valueTooLarge", id, c.code(), c.value(), MAX_VALUE));
      }
      boolean durationOk = c.duration() >= 1;
      if (!durationOk) {
        out.add(Finding.of("duration", id, c.code(), c.duration()));
      } else if (c.yearlyCosts().size() != c.duration()) {
        out.add(Finding.of("costYears", id, c.code(), c.duration(), c.yearlyCosts().size()));
      }
      for (int off = 0; off < c.yearlyCosts().size(); off++) {
        for (Map.Entry<String, Long> e : new TreeMap<>(c.yearlyCosts().get(off)).entrySet()) {
          if (e.getValue() < 0) {
            out.add(Finding.of("negativeCost", id, c.code(), off, e.getKey(), e.getValue()));
          }
        }
      }
      for (long q : c.dependsOn().stream().sorted().toList()) {
        if (!frame.byId.containsKey(q)) {
          out.add(Finding.of("unknownDependency", id, c.code(), q));
        } else if (q == c.id()) {
          out.add(Finding.of("dependencyCycle", id, c.code() + ", " + c.code()));
        }
      }
      boolean windowOk = durationOk && frame.windowFrom(c) <= frame.windowTo(c);
      if (durationOk && !windowOk) {
        out.add(
            Finding.of(
                "emptyWindow",
                id,
                c.code(),
                c.earliestStart(),
                c.latestStart(),
                c.duration(),
                problem.lastYear()));
      }
      if (c.mandatory() && c.excluded()) {
        out.add(Finding.of("mandatoryExcluded", id, c.code()));
      }
      if (c.lockedStart() != null) {
        int ls = c.lockedStart();
        if (lockedThrough == null) {
          out.add(Finding.of("lockWithoutLockedThrough", id, c.code(), ls));
        } else if (ls > lockedThrough) {
          out.add(Finding.of("lockAfterLockedThrough", id, c.code(), ls, lockedThrough));
        }
        if (windowOk && !frame.inWindow(c, ls)) {
          out.add(
              Finding.of(
                  "lockOutsideWindow", id, c.code(), ls, frame.windowFrom(c), frame.windowTo(c)));
        }
        if (c.excluded()) {
          out.add(Finding.of("lockedExcluded", id, c.code(), ls));
        }
        for (long q : c.dependsOn().stream().sorted().toList()) {
          Candidate qc = frame.byId.get(q);
          if (qc == null || q == c.id()) {
            continue;
          }
          if (qc.lockedStart() == null) {
            out.add(
                Finding.of(
                    "lockedPrerequisiteNotLocked", List.of(c.id(), q), c.code(), ls, qc.code()));
          } else if (qc.duration() >= 1 && qc.endYear(qc.lockedStart()) >= ls) {
            out.add(
                Finding.of(
                    "lockedPrerequisiteLate",
                    List.of(c.id(), q),
                    c.code(),
                    ls,
                    qc.code(),
                    qc.endYear(qc.lockedStart())));
          }
        }
      }
    }
    cycles(problem, frame, out);

    if (first <= last) {
      for (int y = first; y <= last; y++) {
        if (!problem.ceilings().containsKey(y)) {
          out.add(Finding.of("missingCeilingYear", List.of(), y));
        }
      }
    }
    for (Map.Entry<Integer, Map<String, Long>> y : new TreeMap<>(problem.ceilings()).entrySet()) {
      for (Map.Entry<String, Long> s : new TreeMap<>(y.getValue()).entrySet()) {
        if (s.getValue() < 0) {
          out.add(Finding.of("negativeCeiling", List.of(), y.getKey(), s.getKey(), s.getValue()));
        }
      }
    }

    List<Set<Long>> groups = problem.rules().exclusiveGroups();
    for (int g = 0; g < groups.size(); g++) {
      List<Candidate> mandatory = new ArrayList<>();
      for (long id : groups.get(g).stream().sorted().toList()) {
        Candidate c = frame.byId.get(id);
        if (c == null) {
          out.add(Finding.of("unknownGroupMember", List.of(), g + 1, id));
        } else if (c.mandatory()) {
          mandatory.add(c);
        }
      }
      if (mandatory.size() >= 2) {
        out.add(Finding.of("groupMandatory", Frame.ids(mandatory), g + 1, Frame.codes(mandatory)));
      }
    }

    double sum = 0;
    for (Map.Entry<String, Double> e :
        new TreeMap<>(problem.rules().minimumDimensionShare()).entrySet()) {
      double r = e.getValue();
      if (Double.isNaN(r) || Double.isInfinite(r) || r < 0 || r > 1) {
        out.add(Finding.of("invalidShare", List.of(), e.getKey(), r));
      } else {
        sum += r;
      }
    }
    if (sum > 1 + 1e-12) {
      out.add(Finding.of("sharesAboveOne", List.of(), sum));
    }
    return out;
  }

  /** Reports each dependency cycle once, with the codes along it. */
  private static void cycles(RoadmapProblem problem, Frame frame, List<Finding> out) {
    Map<Long, Integer> state = new HashMap<>();
    for (Candidate start : problem.candidates()) {
      if (state.containsKey(start.id())) {
        continue;
      }
      // iterative depth-first search keeping the current path
      List<Candidate> path = new ArrayList<>();
      List<java.util.Iterator<Long>> iters = new ArrayList<>();
      path.add(start);
      iters.add(start.dependsOn().stream().sorted().iterator());
      state.put(start.id(), 1);
      while (!path.isEmpty()) {
        java.util.Iterator<Long> it = iters.get(iters.size() - 1);
        Candidate top = path.get(path.size() - 1);
        if (it.hasNext()) {
          long q = it.next();
          Candidate qc = frame.byId.get(q);
          if (qc == null || q == top.id()) {
            continue;
          }
          Integer s = state.get(q);
          if (s == null) {
            state.put(q, 1);
            path.add(qc);
            iters.add(qc.dependsOn().stream().sorted().iterator());
          } else if (s == 1) {
            int from = 0;
            while (path.get(from).id() != q) {
              from++;
            }
            List<Candidate> cycle = new ArrayList<>(path.subList(from, path.size()));
            out.add(
                Finding.of(
                    "dependencyCycle",
                    Frame.ids(cycle),
                    Frame.codes(cycle) + ", " + cycle.get(0).code()));
          }
        } else {
          state.put(top.id(), 2);
          path.remove(path.size() - 1);
          iters.remove(iters.size() - 1);
        }
      }
    }
  }
}
