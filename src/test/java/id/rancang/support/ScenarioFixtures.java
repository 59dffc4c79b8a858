package id.rancang.support;

import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.roadmap.CeilingEntry;
import id.rancang.roadmap.RoadmapScenarios;
import id.rancang.roadmap.RoadmapSolving;
import id.rancang.roadmap.ScenarioCommand;
import id.rancang.roadmap.SolveState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/** Roadmap scenarios for tests, through the services. */
@TestComponent
public class ScenarioFixtures {

  private static final AtomicInteger UNIQUE = new AtomicInteger();

  private final RoadmapScenarios scenarios;
  private final RoadmapSolving solving;
  private final MasterplanManagement masterplans;

  ScenarioFixtures(
      RoadmapScenarios scenarios, RoadmapSolving solving, MasterplanManagement masterplans) {
    this.scenarios = scenarios;
    this.solving = solving;
    this.masterplans = masterplans;
  }

  /** A scenario of the programmes with an APBD ceiling of Rp 1 billion in every year. */
  public long scenario(long regionId, long masterplanId, List<Long> programmeIds) {
    Masterplan plan = masterplans.get(regionId, masterplanId);
    List<CeilingEntry> ceilings = new ArrayList<>();
    for (int y = plan.startYear(); y <= plan.endYear(); y++) {
      ceilings.add(new CeilingEntry(y, "APBD", new BigDecimal("1000000000")));
    }
    return scenarios
        .create(
            regionId,
            masterplanId,
            new ScenarioCommand(
                "Skenario " + UNIQUE.incrementAndGet(),
                null,
                ceilings,
                programmeIds,
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                false,
                null,
                5,
                null))
        .id();
  }

  /** A scenario of the programmes, solved (waits for the background solve). */
  public long solvedScenario(long regionId, long masterplanId, List<Long> programmeIds) {
    long id = scenario(regionId, masterplanId, programmeIds);
    solving.requestSolve(regionId, masterplanId, id);
    awaitSolved(regionId, masterplanId, id);
    return id;
  }

  /** Waits (bounded) until the scenario is no longer queued or running. */
  public SolveState awaitSolved(long regionId, long masterplanId, long id) {
    try {
      for (int n = 0;
          n < 1200 && scenarios.get(regionId, masterplanId, id).solveState().busy();
          n++) {
        Thread.sleep(50);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return scenarios.get(regionId, masterplanId, id).solveState();
  }
}
