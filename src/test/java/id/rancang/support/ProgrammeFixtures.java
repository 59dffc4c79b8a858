package id.rancang.support;

import id.rancang.programme.ActionCategory;
import id.rancang.programme.ActionCommand;
import id.rancang.programme.ActionPlan;
import id.rancang.programme.Horizon;
import id.rancang.programme.ProgrammeCommand;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.strategy.Dimension;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/** Programmes for tests. */
@TestComponent
public class ProgrammeFixtures {

  private static final AtomicInteger UNIQUE = new AtomicInteger();

  private final ProgrammePortfolio portfolio;
  private final ActionPlan actions;

  ProgrammeFixtures(ProgrammePortfolio portfolio, ActionPlan actions) {
    this.portfolio = portfolio;
    this.actions = actions;
  }

  /** A medium-term Smart Governance programme for 2025-2027, led by {@code leadOpdId}. */
  public long createProgramme(long regionId, long masterplanId, Long leadOpdId) {
    return portfolio
        .create(
            regionId,
            masterplanId,
            new ProgrammeCommand(
                "PRG-" + UNIQUE.incrementAndGet(),
                "Satu Data Daerah",
                Dimension.GOVERNANCE,
                null,
                null,
                null,
                null,
                null,
                Horizon.MEDIUM,
                2025,
                2027,
                leadOpdId,
                false,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of()))
        .programme()
        .id();
  }

  /** A 2025 infrastructure action of the programme. */
  public long createAction(long regionId, long programmeId) {
    return actions
        .add(
            regionId,
            programmeId,
            new ActionCommand(
                ActionCategory.INFRASTRUCTURE,
                "Pengadaan server",
                2025,
                1,
                null,
                "Server terpasang",
                new java.math.BigDecimal("250000000"),
                null,
                null))
        .id();
  }

  public String code(long regionId, long masterplanId, long id) {
    return portfolio.get(regionId, masterplanId, id).code();
  }

  // --- region funding sources ---

  @org.springframework.beans.factory.annotation.Autowired
  private id.rancang.programme.FundingSources fundingSources;

  /** A funding source of the region's own ({@code HIBAH_<n>}), used by no budget line. */
  public long createFundingSource(long regionId) {
    return fundingSources
        .create(
            regionId,
            new id.rancang.programme.FundingSourceCommand(
                "HIBAH_" + UNIQUE.incrementAndGet(), "Hibah provinsi"))
        .id();
  }
}
