package id.rancang.roadmap.internal;

import id.rancang.programme.BudgetItem;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeCatalog;
import id.rancang.programme.ProgrammeStatus;
import id.rancang.region.DemoRegionLoaded;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.roadmap.CeilingEntry;
import id.rancang.roadmap.RoadmapScenarios;
import id.rancang.roadmap.Scenario;
import id.rancang.roadmap.ScenarioCommand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A roadmap scenario for the Kabupaten Tegal demo, ready to solve: "Pagu dasar" with yearly
 * ceilings per funding source at 85% of what the demo's selected programmes budget (never below
 * what its running programmes already spend), so that not everything fits and the optimisation has
 * choices to make, and its copy "Anggaran -20%". Neither is solved at load: the user asks.
 */
@Component
class TegalRoadmapDemo {

  static final BigDecimal SHARE = new BigDecimal("0.85");
  static final BigDecimal MILLION = new BigDecimal("1000000");

  private final RoadmapScenarios scenarios;
  private final ProgrammeCatalog programmes;
  private final MasterplanManagement masterplans;

  TegalRoadmapDemo(
      RoadmapScenarios scenarios, ProgrammeCatalog programmes, MasterplanManagement masterplans) {
    this.scenarios = scenarios;
    this.programmes = programmes;
    this.masterplans = masterplans;
  }

  /** After the programme demo (order 100) in the same transaction. */
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  @Order(200)
  void on(DemoRegionLoaded demo) {
    Masterplan plan = masterplans.get(demo.regionId(), demo.masterplanId());
    Set<ProgrammeStatus> considered =
        Set.of(
            ProgrammeStatus.SELECTED,
            ProgrammeStatus.PLANNED,
            ProgrammeStatus.RUNNING,
            ProgrammeStatus.DONE);
    int years = plan.endYear() - plan.startYear() + 1;
    Map<String, BigDecimal> total = new TreeMap<>();
    Map<String, BigDecimal> peak = new TreeMap<>();
    Map<String, BigDecimal> started = new TreeMap<>();
    for (Programme p : programmes.all(demo.regionId(), demo.masterplanId())) {
      if (!considered.contains(p.status())) {
        continue;
      }
      boolean running = p.status() == ProgrammeStatus.RUNNING || p.status() == ProgrammeStatus.DONE;
      for (BudgetItem line : p.budget()) {
        total.merge(line.source(), line.amount(), BigDecimal::add);
        peak.merge(line.source(), line.amount(), BigDecimal::max);
        if (running) {
          started.merge(line.year() + "/" + line.source(), line.amount(), BigDecimal::add);
        }
      }
    }
    // a flat yearly ceiling per source: 85% of the source's yearly average, but never below the
    // largest yearly cost of one programme (each fits somewhere) nor below what the running
    // programmes already spend in their years
    Map<String, BigDecimal> flat = new TreeMap<>();
    total.forEach(
        (source, sum) ->
            flat.put(
                source,
                sum.multiply(SHARE)
                    .divide(BigDecimal.valueOf(years).multiply(MILLION), 0, RoundingMode.CEILING)
                    .multiply(MILLION)
                    .max(peak.get(source))));
    List<CeilingEntry> ceilings = new ArrayList<>();
    for (int year = plan.startYear(); year <= plan.endYear(); year++) {
      for (Map.Entry<String, BigDecimal> e : flat.entrySet()) {
        BigDecimal running = started.getOrDefault(year + "/" + e.getKey(), BigDecimal.ZERO);
        ceilings.add(new CeilingEntry(year, e.getKey(), e.getValue().max(running)));
      }
      if (flat.isEmpty()) {
        ceilings.add(new CeilingEntry(year, "APBD", BigDecimal.ZERO));
      }
    }
    Scenario base =
        scenarios.create(
            demo.regionId(),
            demo.masterplanId(),
            new ScenarioCommand(
                "Pagu dasar",
                "Pagu sama setiap tahun per sumber dana: 85% dari rata-rata tahunan anggaran"
                    + " program terpilih (contoh demo).",
                ceilings,
                null,
                Map.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                true,
                null,
                10,
                null));
    scenarios.copy(
        demo.regionId(), demo.masterplanId(), base.id(), "Anggaran -20%", new BigDecimal("0.8"));
  }
}
