package id.rancang.roadmap.rules.bench;

import id.rancang.roadmap.rules.Candidate;
import id.rancang.roadmap.rules.RoadmapProblem;
import id.rancang.roadmap.rules.RoadmapRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Seeded, realistic roadmap problems for the benchmark: N programmes over 2025-2034 in the six
 * smart-city dimensions; 15 % quick wins (one year), the others 1-5 years (mostly 2-4); yearly
 * costs Rp 0.2-20 billion (log-uniform, whole millions) with a ramp-up profile, mostly from one
 * source (APBD 55 %, APBN 20 %, DAK 15 %, CSR 10 %) with a share from a second; about 30 % depend
 * on one or two earlier programmes; values like prioritisation scores (0.2-0.9, three decimals);
 * about 5 % mandatory (Rp 0.2-3 billion a year); one exclusive pair per 50 programmes; some later
 * earliest starts and deadlines; quick wins in the first year; a minimum share of 10 % for the
 * environment; yearly ceilings per source 35-50 % of what all programmes would need.
 */
public final class RoadmapInstances {

  public static final int FIRST_YEAR = 2025;
  public static final int LAST_YEAR = 2034;

  private static final String[] DIMENSIONS = {
    "GOVERNANCE", "BRANDING", "ECONOMY", "LIVING", "SOCIETY", "ENVIRONMENT"
  };
  private static final String[] SOURCES = {"APBD", "APBN", "DAK", "CSR"};
  private static final double[] SOURCE_WEIGHTS = {0.55, 0.20, 0.15, 0.10};
  private static final long MILLION = 1_000_000L;

  private RoadmapInstances() {}

  public static RoadmapProblem generate(int n, long seed) {
    Random r = new Random(seed * 1_000_003L + n);
    List<Candidate> cs = new ArrayList<>();
    Map<String, Long> demand = new HashMap<>();
    for (int i = 0; i < n; i++) {
      long id = 1000 + i;
      boolean quickWin = r.nextDouble() < 0.15;
      int duration = quickWin ? 1 : duration(r);
      boolean mustDo = r.nextDouble() < 0.05;
      // 0.2 - 20 billion a year; a mandatory programme 0.2 - 3 billion (affordable on its own)
      double base = 0.2e9 * Math.pow(mustDo ? 15 : 100, r.nextDouble());
      String main = pick(r);
      String second = pick(r);
      double mainShare = 0.6 + 0.4 * r.nextDouble();
      List<Map<String, Long>> costs = new ArrayList<>();
      for (int k = 0; k < duration; k++) {
        double profile = duration == 1 ? 1 : k == 0 ? 0.6 : k == duration - 1 ? 0.8 : 1.0;
        double year = base * profile * (0.85 + 0.3 * r.nextDouble());
        Map<String, Long> m = new LinkedHashMap<>();
        long a = Math.round(year * mainShare / MILLION) * MILLION;
        long b = Math.round(year * (1 - mainShare) / MILLION) * MILLION;
        m.merge(main, a, Long::sum);
        if (b > 0) {
          m.merge(second, b, Long::sum);
        }
        m.forEach((s, v) -> demand.merge(s, v, Long::sum));
        costs.add(m);
      }
      int earliest = FIRST_YEAR;
      if (!quickWin && r.nextDouble() < 0.2) {
        earliest += 1 + r.nextInt(4);
      }
      int latest = LAST_YEAR;
      if (r.nextDouble() < 0.15) {
        latest = Math.min(LAST_YEAR, earliest + 2 + r.nextInt(4));
      }
      Set<Long> deps = new HashSet<>();
      if (i >= 5 && !quickWin && r.nextDouble() < 0.3) {
        int count = r.nextDouble() < 0.7 ? 1 : 2;
        for (int k = 0; k < count; k++) {
          deps.add(1000L + r.nextInt(i));
        }
      }
      boolean mandatory = mustDo && deps.isEmpty();
      double value = Math.round((0.2 + 0.7 * r.nextDouble()) * 1000) / 1000.0;
      cs.add(
          new Candidate(
              id,
              String.format("PRG-%03d", i + 1),
              DIMENSIONS[r.nextInt(DIMENSIONS.length)],
              value,
              duration,
              costs,
              earliest,
              latest,
              mandatory,
              false,
              quickWin,
              null,
              deps));
    }
    List<Set<Long>> groups = new ArrayList<>();
    for (int g = 0; g < n / 50; g++) {
      long a = 1000L + r.nextInt(n);
      long b = 1000L + r.nextInt(n);
      if (a != b
          && !cs.get((int) (a - 1000)).mandatory()
          && !cs.get((int) (b - 1000)).mandatory()) {
        groups.add(Set.of(a, b));
      }
    }
    Map<Integer, Map<String, Long>> ceilings = new TreeMap<>();
    int years = LAST_YEAR - FIRST_YEAR + 1;
    for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
      Map<String, Long> m = new LinkedHashMap<>();
      for (String s : SOURCES) {
        double share = 0.35 + 0.15 * r.nextDouble();
        long yearly = Math.round(demand.getOrDefault(s, 0L) * share / years / MILLION) * MILLION;
        m.put(s, yearly);
      }
      ceilings.put(y, m);
    }
    return new RoadmapProblem(
        FIRST_YEAR,
        LAST_YEAR,
        cs,
        ceilings,
        new RoadmapRules(groups, Map.of("ENVIRONMENT", 0.10), true, null));
  }

  private static int duration(Random r) {
    double u = r.nextDouble();
    return u < 0.15 ? 1 : u < 0.40 ? 2 : u < 0.70 ? 3 : u < 0.90 ? 4 : 5;
  }

  private static String pick(Random r) {
    double u = r.nextDouble();
    for (int i = 0; i < SOURCES.length; i++) {
      u -= SOURCE_WEIGHTS[i];
      if (u < 0) {
        return SOURCES[i];
      }
    }
    return SOURCES[0];
  }
}
