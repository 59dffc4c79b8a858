package id.rancang.roadmap.rules;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.Constraint;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The time-indexed 0/1 model of a roadmap in CP-SAT: x[p][t] = 1 when programme p starts in year t.
 * In the solver's form the variables exist only for the years p may start in under every rule and
 * in which it fits every ceiling on its own. In the relaxable form (for {@link
 * InfeasibilityExplainer}) every programme may start in any year in which it finishes in time and
 * every rule is switched on by its own literal, so that CP-SAT can name a set of rules that cannot
 * hold together.
 */
final class CpSatModel {

  /** Values are scaled by this and rounded into whole numbers for the objective. */
  static final double VALUE_SCALE = 1e6;

  /** Coefficient sums of one row stay below this (CP-SAT refuses possible overflows). */
  private static final BigInteger ROW_LIMIT = BigInteger.ONE.shiftLeft(60);

  /** A rule of the relaxable form: its literal and what it says. */
  record Rule(BoolVar literal, Finding finding) {}

  final CpModel model = new CpModel();
  final Frame frame;
  final boolean relaxable;
  final Map<Long, TreeMap<Integer, BoolVar>> x = new LinkedHashMap<>();
  final Map<Integer, Rule> rulesByIndex = new LinkedHashMap<>();
  private final Map<String, Rule> rulesByKey = new LinkedHashMap<>();

  /** A mandatory or locked programme has no start at all: the problem is infeasible. */
  boolean trivialInfeasible;

  /** Loads OR-Tools' native library once, on first use, thread-safely (class initialisation). */
  private static final class Natives {
    static {
      Loader.loadNativeLibraries();
    }

    static void load() {}
  }

  static void loadNatives() {
    Natives.load();
  }

  CpSatModel(RoadmapProblem problem, SolverTuning.Precedence precedence, boolean relaxable) {
    loadNatives();
    this.frame = new Frame(problem);
    this.relaxable = relaxable;
    variables();
    selection();
    for (Candidate p : frame.byId.values()) {
      for (long q : p.dependsOn().stream().sorted().toList()) {
        Candidate qc = frame.byId.get(q);
        if (qc != null) {
          if (precedence == SolverTuning.Precedence.AGGREGATED) {
            aggregated(p, qc);
          } else {
            disaggregated(p, qc);
          }
        }
      }
    }
    budgets();
    groups();
    shares();
  }

  /** The rules of the relaxable form, in the order they were made. */
  List<Rule> rules() {
    return List.copyOf(rulesByKey.values());
  }

  private BoolVar rule(String key, Finding finding) {
    if (!relaxable) {
      return null;
    }
    return rulesByKey
        .computeIfAbsent(
            key,
            k -> {
              Rule r = new Rule(model.newBoolVar(k), finding);
              rulesByIndex.put(r.literal().getIndex(), r);
              return r;
            })
        .literal();
  }

  private static void enforce(Constraint c, BoolVar literal) {
    if (literal != null) {
      c.onlyEnforceIf(literal);
    }
  }

  private void variables() {
    RoadmapProblem p = frame.problem;
    for (Candidate c : frame.byId.values()) {
      TreeMap<Integer, BoolVar> vars = new TreeMap<>();
      List<Integer> starts = new ArrayList<>();
      if (relaxable) {
        for (int t = p.firstYear(); t <= p.lastYear() - c.duration() + 1; t++) {
          starts.add(t);
        }
      } else {
        for (int t : frame.allowedStarts(c)) {
          if (fitsAlone(c, t)) {
            starts.add(t);
          }
        }
      }
      for (int t : starts) {
        vars.put(t, model.newBoolVar("x_" + c.id() + "_" + t));
      }
      x.put(c.id(), vars);
    }
  }

  private boolean fitsAlone(Candidate c, int start) {
    for (int off = 0; off < c.duration(); off++) {
      for (String s : frame.sources) {
        if (c.cost(off, s) > frame.problem.ceiling(start + off, s)) {
          return false;
        }
      }
    }
    return true;
  }

  private BoolVar[] all(Candidate c) {
    return x.get(c.id()).values().toArray(new BoolVar[0]);
  }

  /** x_p = sum_t x[p][t]: at most one start; mandatory and locked ones exactly one. */
  private void selection() {
    Integer lockedThrough = frame.lockedThrough();
    for (Candidate c : frame.byId.values()) {
      BoolVar[] xs = all(c);
      List<Long> id = List.of(c.id());
      if (xs.length > 1) {
        model.addAtMostOne(xs);
      }
      if (!relaxable) {
        if ((c.mandatory() || frame.locked(c)) && !c.excluded()) {
          if (xs.length == 0) {
            trivialInfeasible = true;
          } else {
            model.addExactlyOne(xs);
          }
        }
        continue;
      }
      TreeMap<Integer, BoolVar> vars = x.get(c.id());
      if (c.excluded()) {
        BoolVar l = rule("excluded:" + c.id(), Finding.of("conflictExcluded", id, c.code()));
        enforce(model.addEquality(LinearExpr.sum(xs), 0), l);
      }
      if (c.mandatory()) {
        BoolVar l = rule("mandatory:" + c.id(), Finding.of("conflictMandatory", id, c.code()));
        enforce(model.addGreaterOrEqual(LinearExpr.sum(xs), 1), l);
      }
      int from = frame.windowFrom(c);
      int to = frame.windowTo(c);
      BoolVar[] outside =
          vars.entrySet().stream()
              .filter(e -> e.getKey() < from || e.getKey() > to)
              .map(Map.Entry::getValue)
              .toArray(BoolVar[]::new);
      if (outside.length > 0) {
        BoolVar l =
            rule(
                "window:" + c.id(),
                Finding.of("conflictWindow", id, c.code(), c.earliestStart(), c.latestStart(), to));
        enforce(model.addEquality(LinearExpr.sum(outside), 0), l);
      }
      if (frame.locked(c)) {
        BoolVar l =
            rule(
                "lock:" + c.id(),
                Finding.of("conflictLocked", id, c.code(), c.lockedStart(), lockedThrough));
        BoolVar at = vars.get(c.lockedStart());
        enforce(
            model.addGreaterOrEqual(
                at == null ? LinearExpr.constant(0) : LinearExpr.term(at, 1), 1),
            l);
      } else if (lockedThrough != null) {
        BoolVar[] early = vars.headMap(lockedThrough, true).values().toArray(new BoolVar[0]);
        if (early.length > 0) {
          BoolVar l =
              rule("lockedYears", Finding.of("conflictLockedYears", List.of(), lockedThrough));
          enforce(model.addEquality(LinearExpr.sum(early), 0), l);
        }
      }
      if (frame.quickWinRule(c)) {
        int open = frame.firstOpenYear();
        BoolVar[] other =
            vars.entrySet().stream()
                .filter(e -> e.getKey() != open)
                .map(Map.Entry::getValue)
                .toArray(BoolVar[]::new);
        if (other.length > 0) {
          BoolVar l = rule("quickWins", Finding.of("conflictQuickWins", List.of(), open));
          enforce(model.addEquality(LinearExpr.sum(other), 0), l);
        }
      }
    }
  }

  private BoolVar dependencyRule(Candidate p, Candidate q) {
    return rule(
        "dependency:" + p.id() + ":" + q.id(),
        Finding.of("conflictDependency", List.of(p.id(), q.id()), p.code(), q.code()));
  }

  /** For every start year t of p: started(p, t) <= started(q, t - dur(q)). */
  private void disaggregated(Candidate p, Candidate q) {
    TreeMap<Integer, BoolVar> xp = x.get(p.id());
    TreeMap<Integer, BoolVar> xq = x.get(q.id());
    if (xp.isEmpty()) {
      return;
    }
    BoolVar l = dependencyRule(p, q);
    for (int t : xp.keySet()) {
      LinearExprBuilder lhs = LinearExpr.newBuilder();
      xp.headMap(t, true).values().forEach(lhs::add);
      for (BoolVar v : xq.headMap(t - q.duration(), true).values()) {
        lhs.addTerm(v, -1);
      }
      enforce(model.addLessOrEqual(lhs, 0), l);
    }
  }

  /**
   * x_p <= x_q and sum (t - M) x[p][t] - sum (t + dur(q)) x[q][t] >= -M (years counted from 1), M =
   * years + 1: when p is in, it starts after q ends.
   */
  private void aggregated(Candidate p, Candidate q) {
    TreeMap<Integer, BoolVar> xp = x.get(p.id());
    TreeMap<Integer, BoolVar> xq = x.get(q.id());
    if (xp.isEmpty()) {
      return;
    }
    BoolVar l = dependencyRule(p, q);
    LinearExprBuilder in = LinearExpr.newBuilder();
    xp.values().forEach(in::add);
    xq.values().forEach(v -> in.addTerm(v, -1));
    enforce(model.addLessOrEqual(in, 0), l);
    int first = frame.problem.firstYear();
    long big = frame.years() + 1L;
    LinearExprBuilder order = LinearExpr.newBuilder();
    xp.forEach((t, v) -> order.addTerm(v, (t - first + 1) - big));
    xq.forEach((t, v) -> order.addTerm(v, -((t - first + 1) + q.duration())));
    enforce(model.addGreaterOrEqual(order, -big), l);
  }

  /**
   * Per year and source: sum of the costs of running programmes <= ceiling. The costs of a source
   * are divided by their greatest common divisor and its ceilings by the same, rounded down: the
   * left side is then a whole multiple, so the row is exactly equivalent.
   */
  private void budgets() {
    RoadmapProblem p = frame.problem;
    for (String s : frame.sources) {
      long g = 0;
      for (Candidate c : frame.byId.values()) {
        for (int off = 0; off < c.duration(); off++) {
          g = gcd(g, c.cost(off, s));
        }
      }
      if (g == 0) {
        continue; // nothing costs anything from this source
      }
      for (int y = p.firstYear(); y <= p.lastYear(); y++) {
        LinearExprBuilder row = LinearExpr.newBuilder();
        long most = 0;
        List<Long> spenders = new ArrayList<>();
        for (Candidate c : frame.byId.values()) {
          long mostOfC = 0;
          for (Map.Entry<Integer, BoolVar> e : x.get(c.id()).entrySet()) {
            long cost = c.cost(y - e.getKey(), s);
            if (cost > 0) {
              row.addTerm(e.getValue(), cost / g);
              mostOfC = Math.max(mostOfC, cost);
            }
          }
          if (mostOfC > 0) {
            most += mostOfC;
            spenders.add(c.id());
          }
        }
        long ceiling = p.ceiling(y, s);
        if (most <= ceiling) {
          continue; // cannot bind
        }
        BoolVar l =
            rule("ceiling:" + y + ":" + s, Finding.of("conflictCeiling", spenders, y, s, ceiling));
        enforce(model.addLessOrEqual(row, Math.floorDiv(ceiling, g)), l);
      }
    }
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : BigInteger.valueOf(a).gcd(BigInteger.valueOf(b)).longValueExact();
  }

  private void groups() {
    List<Set<Long>> groups = frame.problem.rules().exclusiveGroups();
    for (int g = 0; g < groups.size(); g++) {
      List<BoolVar> vars = new ArrayList<>();
      List<Candidate> members = new ArrayList<>();
      for (long id : groups.get(g).stream().sorted().toList()) {
        if (x.containsKey(id)) {
          vars.addAll(x.get(id).values());
          members.add(frame.byId.get(id));
        }
      }
      if (members.size() < 2 || vars.size() < 2) {
        continue;
      }
      BoolVar l =
          rule(
              "group:" + g,
              Finding.of(
                  "conflictExclusiveGroup", Frame.ids(members), g + 1, Frame.codes(members)));
      enforce(model.addAtMostOne(vars.toArray(new BoolVar[0])), l);
    }
  }

  /**
   * Per dimension d with minimum share num/den: sum_p cost_p x_p (den [p in d] - num) >= 0, costs
   * divided by their greatest common divisor. If a row's coefficients would overflow they are
   * divided further, rounding every coefficient down, which only makes the row stricter.
   */
  private void shares() {
    Map<String, Double> shares = new TreeMap<>(frame.problem.rules().minimumDimensionShare());
    BigInteger g = BigInteger.ZERO;
    for (Candidate c : frame.byId.values()) {
      g = g.gcd(BigInteger.valueOf(c.totalCost()));
    }
    if (g.signum() == 0) {
      return; // nothing costs anything: every share holds
    }
    for (Map.Entry<String, Double> e : shares.entrySet()) {
      if (e.getValue() <= 0) {
        continue;
      }
      BigInteger[] f = Frame.fraction(e.getValue());
      Map<Candidate, BigInteger> coef = new LinkedHashMap<>();
      BigInteger sum = BigInteger.ZERO;
      for (Candidate c : frame.byId.values()) {
        if (x.get(c.id()).isEmpty() || c.totalCost() == 0) {
          continue;
        }
        BigInteger in = e.getKey().equals(c.dimension()) ? f[1] : BigInteger.ZERO;
        BigInteger a = BigInteger.valueOf(c.totalCost()).divide(g).multiply(in.subtract(f[0]));
        coef.put(c, a);
        sum = sum.add(a.abs());
      }
      BigInteger k = BigInteger.ONE;
      if (sum.compareTo(ROW_LIMIT) > 0) {
        k = sum.divide(ROW_LIMIT).add(BigInteger.ONE);
      }
      LinearExprBuilder row = LinearExpr.newBuilder();
      for (Map.Entry<Candidate, BigInteger> a : coef.entrySet()) {
        BigInteger[] qr = a.getValue().divideAndRemainder(k);
        BigInteger floor = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
        long v = floor.longValueExact();
        if (v != 0) {
          for (BoolVar var : x.get(a.getKey().id()).values()) {
            row.addTerm(var, v);
          }
        }
      }
      BoolVar l =
          rule(
              "share:" + e.getKey(),
              Finding.of("conflictShare", List.of(), e.getKey(), e.getValue()));
      enforce(model.addGreaterOrEqual(row, 0), l);
    }
  }

  /** Maximise sum round(value * 10^6) x_p. */
  void objective() {
    LinearExprBuilder obj = LinearExpr.newBuilder();
    for (Candidate c : frame.byId.values()) {
      long v = scaled(c.value());
      if (v != 0) {
        for (BoolVar var : x.get(c.id()).values()) {
          obj.addTerm(var, v);
        }
      }
    }
    model.maximize(obj);
  }

  static long scaled(double value) {
    return Math.round(value * VALUE_SCALE);
  }

  /** Starts the search from a schedule (a hint, not a constraint). */
  void hint(Map<Long, Integer> starts) {
    x.forEach((id, vars) -> vars.forEach((t, v) -> model.addHint(v, t.equals(starts.get(id)))));
  }
}
