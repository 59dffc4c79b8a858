package id.rancang.roadmap.rules;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Why a problem has no schedule at all, in conflicts a user can act on (message key {@code
 * roadmap.finding.<code>}; a list of codes is one argument joined with ", ").
 *
 * <p>First, quick checks, each of which alone proves the problem infeasible. "Required" are the
 * mandatory and locked programmes and, through dependencies, their prerequisites:
 *
 * <ul>
 *   <li>{@code mandatoryPrerequisiteExcluded}: code, the excluded prerequisite's code
 *   <li>{@code mandatoryNoStart}: code, first and last start of its window, last locked year (or
 *       null), the quick wins' year (or null): no year is left to start in
 *   <li>{@code prerequisiteNoStart}: the requiring programme's code, the prerequisite's code, as
 *       above
 *   <li>{@code mandatoryTooCostly}: code, year, source, its cost, the ceiling: in every year it may
 *       start it alone exceeds a ceiling (the first of its first possible start is named)
 *   <li>{@code mandatoryChainTooLate}: code, the earliest year its prerequisites let it start, its
 *       last possible start, the prerequisite's code
 *   <li>{@code mandatoryExclusive}: group number (from 1), codes of its required programmes
 *   <li>{@code mandatoryOverBudget}: year, source, needed, ceiling, codes: what the required
 *       programmes must spend that year at least, whichever years they start in
 *   <li>{@code shareUnreachable}: dimension, minimum share: the required programmes spend, but no
 *       programme of the dimension can
 * </ul>
 *
 * <p>When none applies, CP-SAT is asked for a small set of rules that cannot hold together (each
 * rule has its own assumption literal; the set is then shrunk by leaving out one rule at a time);
 * the rules of that one conflict are returned, each as:
 *
 * <ul>
 *   <li>{@code conflictMandatory}: code
 *   <li>{@code conflictExcluded}: code
 *   <li>{@code conflictWindow}: code, earliest start, latest start, last start that finishes in
 *       time
 *   <li>{@code conflictLocked}: code, locked start, last locked year
 *   <li>{@code conflictLockedYears}: last locked year (no other programme starts by then)
 *   <li>{@code conflictQuickWins}: the first open year (quick wins start then)
 *   <li>{@code conflictDependency}: code, the prerequisite's code
 *   <li>{@code conflictExclusiveGroup}: group number (from 1), codes
 *   <li>{@code conflictCeiling}: year, source, ceiling
 *   <li>{@code conflictShare}: dimension, minimum share
 *   <li>{@code conflictUnknown}: no argument (the solver could not tell within its time)
 * </ul>
 */
public final class InfeasibilityExplainer {

  /** Seconds for each of the solver's attempts at the conflicting rules. */
  private static final double SECONDS_PER_SOLVE = 5;

  private static final int MOST_SHRINK_STEPS = 30;

  private InfeasibilityExplainer() {}

  /** The conflicts, smallest first; empty if the problem is feasible. */
  public static List<Finding> explain(RoadmapProblem problem) {
    RoadmapValidation.validate(problem);
    List<Finding> quick = new QuickChecks(new Frame(problem)).run();
    if (!quick.isEmpty()) {
      List<Finding> sorted = new ArrayList<>(quick);
      sorted.sort(Comparator.comparingInt(f -> f.programmeIds().size()));
      return sorted;
    }
    return core(problem);
  }

  private static List<Finding> core(RoadmapProblem problem) {
    CpSatModel m = new CpSatModel(problem, SolverTuning.Precedence.DISAGGREGATED, true);
    List<CpSatModel.Rule> rules = m.rules();
    List<BoolVar> all = rules.stream().map(CpSatModel.Rule::literal).toList();
    Outcome first = solve(m, all);
    if (first.status == CpSolverStatus.OPTIMAL || first.status == CpSolverStatus.FEASIBLE) {
      return List.of();
    }
    if (first.status != CpSolverStatus.INFEASIBLE) {
      return List.of(Finding.of("conflictUnknown", List.of()));
    }
    List<BoolVar> conflict = new ArrayList<>(first.core.isEmpty() ? all : first.core);
    // leave out one rule at a time while the rest still cannot hold together
    int steps = 0;
    for (int i = 0; i < conflict.size() && steps < MOST_SHRINK_STEPS; steps++) {
      List<BoolVar> without = new ArrayList<>(conflict);
      without.remove(i);
      Outcome o = solve(m, without);
      if (o.status == CpSolverStatus.INFEASIBLE) {
        conflict = o.core.isEmpty() || o.core.size() > without.size() ? without : o.core;
        conflict = new ArrayList<>(conflict);
      } else {
        i++;
      }
    }
    List<Finding> out = new ArrayList<>();
    for (CpSatModel.Rule r : rules) {
      if (conflict.contains(r.literal())) {
        out.add(r.finding());
      }
    }
    return out;
  }

  private record Outcome(CpSolverStatus status, List<BoolVar> core) {}

  private static Outcome solve(CpSatModel m, List<BoolVar> assumptions) {
    m.model.clearAssumptions();
    m.model.addAssumptions(assumptions.toArray(new BoolVar[0]));
    CpSolver solver = new CpSolver();
    solver.getParameters().setNumWorkers(1).setMaxTimeInSeconds(SECONDS_PER_SOLVE);
    CpSolverStatus status = solver.solve(m.model);
    List<BoolVar> core = new ArrayList<>();
    if (status == CpSolverStatus.INFEASIBLE) {
      Set<Integer> indices = new LinkedHashSet<>(solver.sufficientAssumptionsForInfeasibility());
      for (BoolVar a : assumptions) {
        if (indices.contains(a.getIndex())) {
          core.add(a);
        }
      }
    }
    return new Outcome(status, core);
  }

  /** The checks that need no search. */
  private static final class QuickChecks {
    private final Frame f;
    private final RoadmapProblem p;
    private final List<Finding> out = new ArrayList<>();

    /** Required programme id -> the mandatory or locked programme requiring it (itself if so). */
    private final Map<Long, Candidate> requiredBy = new LinkedHashMap<>();

    /** Required programme id -> the starts left to it (window, rules, alone within ceilings). */
    private final Map<Long, List<Integer>> starts = new HashMap<>();

    QuickChecks(Frame frame) {
      this.f = frame;
      this.p = frame.problem;
    }

    List<Finding> run() {
      for (Candidate c : f.byId.values()) {
        if (c.mandatory() || f.locked(c)) {
          require(c, c);
        }
      }
      if (!out.isEmpty()) {
        return out;
      }
      for (Candidate c : requiredIn()) {
        startsOf(c);
      }
      if (!out.isEmpty()) {
        return out;
      }
      groups();
      budgets();
      shares();
      return out;
    }

    private List<Candidate> requiredIn() {
      return requiredBy.keySet().stream().map(f.byId::get).toList();
    }

    private void require(Candidate c, Candidate by) {
      if (requiredBy.containsKey(c.id())) {
        return;
      }
      if (c.excluded()) {
        out.add(
            Finding.of(
                "mandatoryPrerequisiteExcluded", List.of(by.id(), c.id()), by.code(), c.code()));
        return;
      }
      requiredBy.put(c.id(), by);
      for (long q : c.dependsOn().stream().sorted().toList()) {
        require(f.byId.get(q), by);
      }
    }

    /** The starts left to a required programme, its prerequisites' first. */
    private List<Integer> startsOf(Candidate c) {
      if (starts.containsKey(c.id())) {
        return starts.get(c.id());
      }
      starts.put(c.id(), List.of()); // no cycles (validated); guards against surprises
      int earliest = Integer.MIN_VALUE;
      Candidate latePrerequisite = null;
      for (long q : c.dependsOn().stream().sorted().toList()) {
        Candidate qc = f.byId.get(q);
        List<Integer> qs = startsOf(qc);
        if (qs.isEmpty()) {
          return List.of(); // reported for the prerequisite
        }
        int after = qs.get(0) + qc.duration();
        if (after > earliest) {
          earliest = after;
          latePrerequisite = qc;
        }
      }
      List<Integer> allowed = f.allowedStarts(c);
      Candidate by = requiredBy.get(c.id());
      if (allowed.isEmpty()) {
        Integer lockedThrough = f.lockedThrough();
        Integer quickWinYear = f.quickWinRule(c) ? f.firstOpenYear() : null;
        if (by == c) {
          out.add(
              Finding.of(
                  "mandatoryNoStart",
                  List.of(c.id()),
                  c.code(),
                  f.windowFrom(c),
                  f.windowTo(c),
                  lockedThrough,
                  quickWinYear));
        } else {
          out.add(
              Finding.of(
                  "prerequisiteNoStart",
                  List.of(by.id(), c.id()),
                  by.code(),
                  c.code(),
                  f.windowFrom(c),
                  f.windowTo(c),
                  lockedThrough,
                  quickWinYear));
        }
        return List.of();
      }
      List<Integer> affordable = new ArrayList<>();
      long[] firstExcess = null;
      for (int t : allowed) {
        long[] e = f.firstExcess(new long[f.years()][f.sources.size()], c, t);
        if (e == null) {
          affordable.add(t);
        } else if (firstExcess == null) {
          firstExcess = e;
        }
      }
      if (affordable.isEmpty()) {
        out.add(
            Finding.of(
                "mandatoryTooCostly",
                List.of(c.id()),
                c.code(),
                (int) firstExcess[0],
                f.sources.get((int) firstExcess[1]),
                firstExcess[2],
                firstExcess[3]));
        return List.of();
      }
      int from = earliest;
      List<Integer> inTime = affordable.stream().filter(t -> t >= from).toList();
      if (inTime.isEmpty()) {
        out.add(
            Finding.of(
                "mandatoryChainTooLate",
                List.of(c.id(), latePrerequisite.id()),
                c.code(),
                earliest,
                affordable.get(affordable.size() - 1),
                latePrerequisite.code()));
      }
      starts.put(c.id(), inTime);
      return inTime;
    }

    private void groups() {
      List<Set<Long>> groups = p.rules().exclusiveGroups();
      for (int g = 0; g < groups.size(); g++) {
        List<Candidate> in =
            groups.get(g).stream()
                .sorted()
                .filter(requiredBy::containsKey)
                .map(f.byId::get)
                .toList();
        if (in.size() >= 2) {
          out.add(Finding.of("mandatoryExclusive", Frame.ids(in), g + 1, Frame.codes(in)));
        }
      }
    }

    /** What the required programmes spend at least, whichever of their starts they take. */
    private void budgets() {
      for (int y = p.firstYear(); y <= p.lastYear(); y++) {
        for (String s : f.sources) {
          long needed = 0;
          List<Candidate> spenders = new ArrayList<>();
          for (Candidate c : requiredIn()) {
            int year = y;
            long least =
                starts.get(c.id()).stream().mapToLong(t -> c.cost(year - t, s)).min().orElse(0);
            if (least > 0) {
              needed += least;
              spenders.add(c);
            }
          }
          long ceiling = p.ceiling(y, s);
          if (needed > ceiling) {
            out.add(
                Finding.of(
                    "mandatoryOverBudget",
                    Frame.ids(spenders),
                    y,
                    s,
                    needed,
                    ceiling,
                    Frame.codes(spenders)));
          }
        }
      }
    }

    private void shares() {
      boolean requiredSpend = requiredIn().stream().anyMatch(c -> c.totalCost() > 0);
      if (!requiredSpend) {
        return;
      }
      for (Map.Entry<String, Double> e :
          new TreeMap<>(p.rules().minimumDimensionShare()).entrySet()) {
        if (e.getValue() <= 0) {
          continue;
        }
        boolean possible =
            f.byId.values().stream()
                .anyMatch(
                    c ->
                        e.getKey().equals(c.dimension())
                            && c.totalCost() > 0
                            && !f.allowedStarts(c).isEmpty());
        if (!possible) {
          out.add(Finding.of("shareUnreachable", List.of(), e.getKey(), e.getValue()));
        }
      }
    }
  }
}
