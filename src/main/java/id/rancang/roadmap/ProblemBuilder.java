package id.rancang.roadmap;

import id.rancang.prioritisation.PrioritisationResults;
import id.rancang.prioritisation.ProgrammeRanking;
import id.rancang.prioritisation.RankedProgramme;
import id.rancang.programme.BudgetItem;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeCatalog;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.region.Masterplan;
import id.rancang.roadmap.rules.Candidate;
import id.rancang.roadmap.rules.RoadmapProblem;
import id.rancang.roadmap.rules.RoadmapRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Turns a scenario and the masterplan's programmes as they are now into the engine's problem.
 *
 * <ul>
 *   <li>Duration and cost profile come from the programme: its years, and its budget lines by year
 *       counted from its start year (a line before the start counts in the first year). Costs are
 *       rounded up to whole rupiah and ceilings down, so rounding never makes a schedule look
 *       affordable when it is not.
 *   <li>Value: the one set in the scenario; else the programme's score in the most recently
 *       published prioritisation; else, when nothing is published, 1 for every programme (the
 *       roadmap then fits in as many programmes as it can); a programme that a published
 *       prioritisation did not rank is worth 0 and is marked so.
 *   <li>Running and done programmes keep their start year (mandatory, window of one year).
 *   <li>With locked years, an approved programme whose start year is within them keeps it: approved
 *       means planned, running or done, or scheduled by the adopted scenario. Any other programme
 *       may start only after the locked years.
 *   <li>Dependencies are the programmes' own, limited to the programmes the scenario considers (a
 *       dependency on one it does not consider is reported, not silently dropped).
 * </ul>
 */
@Component
class ProblemBuilder {

  /** Where a programme's value came from. */
  enum ValueSource {
    HAND,
    PRIORITISATION,
    UNRANKED,
    EQUAL
  }

  /** The problem, and per programme where its value came from and what it waits for outside. */
  record Built(
      RoadmapProblem problem,
      Map<Long, ValueSource> valueSources,
      Map<Long, List<Long>> outsideDependencies,
      Map<Long, Programme> programmes) {}

  private final ProgrammeCatalog catalog;
  private final PrioritisationResults prioritisation;
  private final ScenarioStore store;

  ProblemBuilder(
      ProgrammeCatalog catalog, PrioritisationResults prioritisation, ScenarioStore store) {
    this.catalog = catalog;
    this.prioritisation = prioritisation;
    this.store = store;
  }

  static final Set<ProgrammeStatus> APPROVED =
      Set.of(ProgrammeStatus.PLANNED, ProgrammeStatus.RUNNING, ProgrammeStatus.DONE);

  Built build(long regionId, Masterplan masterplan, Scenario scenario, ScenarioInputs inputs) {
    Map<Long, Programme> all = catalog.byId(regionId, masterplan.id());
    Optional<ProgrammeRanking> ranking = prioritisation.published(regionId, masterplan.id());
    Map<Long, Double> scores = new HashMap<>();
    ranking.ifPresent(
        r -> {
          for (RankedProgramme p : r.ranking()) {
            scores.put(p.id(), p.ranked().score());
          }
        });
    Set<Long> considered = new HashSet<>();
    inputs.candidates().forEach(c -> considered.add(c.programmeId()));
    Integer locked = scenario.lockedThrough();
    Map<Long, Integer> adopted =
        locked == null ? Map.of() : store.adoptedStarts(regionId, masterplan.id());
    List<Candidate> candidates = new ArrayList<>();
    Map<Long, ValueSource> sources = new LinkedHashMap<>();
    Map<Long, List<Long>> outside = new LinkedHashMap<>();
    Map<Long, Programme> used = new LinkedHashMap<>();
    for (ScenarioInputs.CandidateSetting setting : inputs.candidates()) {
      Programme p = all.get(setting.programmeId());
      if (p == null) {
        continue;
      }
      used.put(p.id(), p);
      double value;
      if (setting.value() != null) {
        value = setting.value();
        sources.put(p.id(), ValueSource.HAND);
      } else if (scores.containsKey(p.id())) {
        value = scores.get(p.id());
        sources.put(p.id(), ValueSource.PRIORITISATION);
      } else if (ranking.isPresent()) {
        value = 0;
        sources.put(p.id(), ValueSource.UNRANKED);
      } else {
        value = 1;
        sources.put(p.id(), ValueSource.EQUAL);
      }
      int base = p.startYear();
      int duration = p.endYear() - p.startYear() + 1;
      for (BudgetItem line : p.budget()) {
        duration = Math.max(duration, line.year() - base + 1);
      }
      List<Map<String, Long>> costs = new ArrayList<>();
      for (int i = 0; i < duration; i++) {
        costs.add(new TreeMap<>());
      }
      for (BudgetItem line : p.budget()) {
        int offset = Math.max(0, line.year() - base);
        long rupiah = line.amount().setScale(0, RoundingMode.CEILING).longValueExact();
        costs.get(offset).merge(line.source(), rupiah, Long::sum);
      }
      boolean started = p.status() == ProgrammeStatus.RUNNING || p.status() == ProgrammeStatus.DONE;
      int earliest =
          started
              ? p.startYear()
              : setting.earliestStart() == null ? masterplan.startYear() : setting.earliestStart();
      int latest =
          started
              ? p.startYear()
              : setting.latestStart() == null ? masterplan.endYear() : setting.latestStart();
      boolean approved =
          APPROVED.contains(p.status())
              || Integer.valueOf(p.startYear()).equals(adopted.get(p.id()));
      Integer lockedStart =
          locked != null && approved && p.startYear() <= locked ? p.startYear() : null;
      List<Long> deps = new ArrayList<>();
      for (Long dep : p.dependsOn()) {
        if (considered.contains(dep)) {
          deps.add(dep);
        } else {
          outside.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(dep);
        }
      }
      candidates.add(
          new Candidate(
              p.id(),
              p.code(),
              p.dimension().name(),
              value,
              duration,
              costs,
              earliest,
              latest,
              setting.mandatory() || started,
              setting.excluded(),
              p.quickWin(),
              lockedStart,
              Set.copyOf(deps)));
    }
    Map<Integer, Map<String, Long>> ceilings = new TreeMap<>();
    for (CeilingEntry c : inputs.ceilings()) {
      ceilings
          .computeIfAbsent(c.year(), k -> new TreeMap<>())
          .put(c.source(), c.amount().setScale(0, RoundingMode.FLOOR).longValueExact());
    }
    Map<String, Double> shares = new LinkedHashMap<>();
    for (Map.Entry<String, BigDecimal> s : inputs.minimumDimensionShare().entrySet()) {
      shares.put(s.getKey(), s.getValue().doubleValue());
    }
    List<Set<Long>> groups = inputs.exclusiveGroups().stream().map(Set::copyOf).toList();
    RoadmapProblem problem =
        new RoadmapProblem(
            masterplan.startYear(),
            masterplan.endYear(),
            candidates,
            ceilings,
            new RoadmapRules(groups, shares, scenario.quickWinsInFirstYear(), locked));
    return new Built(problem, sources, outside, used);
  }
}
