package id.rancang.support;

import id.rancang.programme.BudgetItem;
import id.rancang.programme.Horizon;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeCommand;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.roadmap.CeilingEntry;
import id.rancang.roadmap.RoadmapScenarios;
import id.rancang.roadmap.RoadmapSolving;
import id.rancang.roadmap.Scenario;
import id.rancang.roadmap.ScenarioCommand;
import id.rancang.strategy.Dimension;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/**
 * Roadmap scenarios for tests: selected programmes with budget lines (APBD, whole years from their
 * start) and dependencies in a masterplan, scenarios with ceilings, and solving with a bounded
 * wait.
 *
 * <p>{@link #portfolio} makes a small masterplan whose answer is known: with 1 bn APBD a year, the
 * three programmes fit, C after A.
 */
@TestComponent
public class RoadmapFixtures {

  private static final AtomicInteger UNIQUE = new AtomicInteger();
  public static final BigDecimal BILLION = new BigDecimal("1000000000");

  private final ProgrammePortfolio portfolio;
  private final MasterplanManagement masterplans;
  private final RoadmapScenarios scenarios;
  private final RoadmapSolving solving;

  RoadmapFixtures(
      ProgrammePortfolio portfolio,
      MasterplanManagement masterplans,
      RoadmapScenarios scenarios,
      RoadmapSolving solving) {
    this.portfolio = portfolio;
    this.masterplans = masterplans;
    this.scenarios = scenarios;
    this.solving = solving;
  }

  /** Three selected programmes of a masterplan: A and B independent, C waits for A. */
  public record Portfolio(long masterplanId, long a, long b, long c) {}

  /**
   * A (Governance, 2024-2025, 400 jt APBD a year), B (Living, 2025-2027, 300 jt a year, a quick
   * win) and C (Economy, 2026-2026, 500 jt, after A), all SELECTED, in {@code masterplanId}.
   */
  public Portfolio portfolio(long regionId, long masterplanId) {
    long a =
        programme(
            regionId,
            masterplanId,
            Dimension.GOVERNANCE,
            2024,
            2025,
            "400000000",
            false,
            List.of());
    long b =
        programme(
            regionId, masterplanId, Dimension.LIVING, 2025, 2027, "300000000", true, List.of());
    long c =
        programme(
            regionId, masterplanId, Dimension.ECONOMY, 2026, 2026, "500000000", false, List.of(a));
    return new Portfolio(masterplanId, a, b, c);
  }

  /**
   * A SELECTED programme from {@code start} to {@code end} costing {@code yearlyApbd} rupiah of
   * APBD each of its years, waiting for {@code dependsOn}.
   */
  public long programme(
      long regionId,
      long masterplanId,
      Dimension dimension,
      int start,
      int end,
      String yearlyApbd,
      boolean quickWin,
      List<Long> dependsOn) {
    List<BudgetItem> budget = new ArrayList<>();
    for (int y = start; y <= end; y++) {
      budget.add(new BudgetItem(y, "APBD", new BigDecimal(yearlyApbd)));
    }
    Programme p =
        portfolio
            .create(
                regionId,
                masterplanId,
                new ProgrammeCommand(
                    "RM-" + UNIQUE.incrementAndGet(),
                    "Program peta jalan " + UNIQUE.get(),
                    dimension,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Horizon.MEDIUM,
                    start,
                    end,
                    null,
                    quickWin,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    budget,
                    dependsOn,
                    List.of()))
            .programme();
    return portfolio
        .changeStatus(
            regionId, masterplanId, p.id(), ProgrammeStatus.SELECTED, "roadmap test", p.version())
        .id();
  }

  /** An APBD ceiling of {@code apbdPerYear} rupiah in every year of the masterplan. */
  public List<CeilingEntry> ceilings(long regionId, long masterplanId, String apbdPerYear) {
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    List<CeilingEntry> ceilings = new ArrayList<>();
    for (int y = masterplan.startYear(); y <= masterplan.endYear(); y++) {
      ceilings.add(new CeilingEntry(y, "APBD", new BigDecimal(apbdPerYear)));
    }
    return ceilings;
  }

  /**
   * A scenario over the masterplan's default programmes with an APBD ceiling of {@code apbdPerYear}
   * every year, 10 seconds, no other rule.
   */
  public Scenario scenario(long regionId, long masterplanId, String name, String apbdPerYear) {
    return scenarios.create(
        regionId,
        masterplanId,
        new ScenarioCommand(
            name,
            null,
            ceilings(regionId, masterplanId, apbdPerYear),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false,
            null,
            10,
            null));
  }

  /** A scenario named "Skenario n" with 1 bn APBD a year. */
  public Scenario scenario(long regionId, long masterplanId) {
    return scenario(regionId, masterplanId, "Skenario " + UNIQUE.incrementAndGet(), "1000000000");
  }

  /**
   * Solves the scenario and waits (polling, at most {@code patience}) until it is no longer queued
   * or running; returns it as it then is.
   */
  public Scenario solve(long regionId, long masterplanId, long id, Duration patience)
      throws InterruptedException {
    solving.requestSolve(regionId, masterplanId, id);
    return awaitDone(regionId, masterplanId, id, patience);
  }

  /** Waits (polling, at most {@code patience}) until the scenario is no longer busy. */
  public Scenario awaitDone(long regionId, long masterplanId, long id, Duration patience)
      throws InterruptedException {
    long until = System.nanoTime() + patience.toNanos();
    Scenario s = scenarios.get(regionId, masterplanId, id);
    while (s.solveState().busy() && System.nanoTime() < until) {
      Thread.sleep(100);
      s = scenarios.get(regionId, masterplanId, id);
    }
    return s;
  }
}
