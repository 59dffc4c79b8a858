package id.rancang.support;

import id.rancang.strategy.IndicatorCommand;
import id.rancang.strategy.IndicatorLevel;
import id.rancang.strategy.IndicatorRegister;
import id.rancang.strategy.Polarity;
import id.rancang.strategy.StrategyItemCommand;
import id.rancang.strategy.StrategyItemKind;
import id.rancang.strategy.StrategyTree;
import id.rancang.strategy.rules.YearValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/** A small smart-city strategy tree for tests: vision, mission, goal, target, indicator. */
@TestComponent
public class StrategyFixtures {

  private static final AtomicInteger UNIQUE = new AtomicInteger();

  private final StrategyTree tree;
  private final IndicatorRegister indicators;

  StrategyFixtures(StrategyTree tree, IndicatorRegister indicators) {
    this.tree = tree;
    this.indicators = indicators;
  }

  /** The ids of one branch: mission, goal, target and an indicator of the target. */
  public record Branch(long mission, long goal, long target, long indicator) {}

  public long createMission(long regionId, long masterplanId) {
    return tree.addItem(
            regionId,
            masterplanId,
            new StrategyItemCommand(
                StrategyItemKind.MISSION,
                null,
                null,
                "Mewujudkan tata kelola pemerintahan yang cerdas",
                List.of(),
                List.of(),
                List.of(),
                null))
        .id();
  }

  public long createGoal(long regionId, long masterplanId, long missionId) {
    return tree.addItem(
            regionId,
            masterplanId,
            new StrategyItemCommand(
                StrategyItemKind.GOAL,
                missionId,
                null,
                "Meningkatkan kualitas pelayanan publik digital",
                List.of(id.rancang.strategy.Dimension.GOVERNANCE),
                List.of(),
                List.of(),
                null))
        .id();
  }

  public long createTarget(long regionId, long masterplanId, long goalId) {
    return tree.addItem(
            regionId,
            masterplanId,
            new StrategyItemCommand(
                StrategyItemKind.TARGET,
                goalId,
                null,
                "Meningkatnya layanan perizinan daring",
                List.of(id.rancang.strategy.Dimension.GOVERNANCE),
                List.of(id.rancang.strategy.Element.PUBLIC_SERVICE),
                List.of(),
                null))
        .id();
  }

  /** A positive percentage indicator of the target, run by {@code opdId} (may be null). */
  public long createIndicator(long regionId, long masterplanId, long targetId, Long opdId) {
    return indicators
        .create(
            regionId,
            masterplanId,
            new IndicatorCommand(
                targetId,
                "IKU-" + UNIQUE.incrementAndGet(),
                "Persentase layanan perizinan daring",
                "persen",
                null,
                null,
                "DPMPTSP",
                opdId,
                null,
                IndicatorLevel.OUTCOME,
                true,
                Polarity.POSITIVE,
                new YearValue(2023, new BigDecimal("40")),
                List.of(new YearValue(2024, new BigDecimal("45"))),
                new BigDecimal("90"),
                null,
                null))
        .indicator()
        .id();
  }

  public Branch createBranch(long regionId, long masterplanId, Long opdId) {
    long mission = createMission(regionId, masterplanId);
    long goal = createGoal(regionId, masterplanId, mission);
    long target = createTarget(regionId, masterplanId, goal);
    return new Branch(
        mission, goal, target, createIndicator(regionId, masterplanId, target, opdId));
  }

  // indicator workbook

  /** A mission, goal or target with a code (the statement names the code). */
  public long createCodedItem(
      long regionId, long masterplanId, StrategyItemKind kind, Long parentId, String code) {
    return tree.addItem(
            regionId,
            masterplanId,
            new StrategyItemCommand(
                kind,
                parentId,
                code,
                "Butir " + code + " (" + kind.name().toLowerCase() + ")",
                List.of(),
                List.of(),
                List.of(),
                null))
        .id();
  }

  /**
   * A positive percentage indicator with every field filled: baseline 40 in 2023 and a target for
   * every year from {@code firstYear} to {@code lastYear}, 5 more each year.
   */
  public long createIndicatorWithTargets(
      long regionId,
      long masterplanId,
      long itemId,
      Long opdId,
      String code,
      int firstYear,
      int lastYear) {
    List<YearValue> targets = new java.util.ArrayList<>();
    for (int year = firstYear; year <= lastYear; year++) {
      targets.add(new YearValue(year, BigDecimal.valueOf(40 + 5L * (year - firstYear + 1))));
    }
    return indicators
        .create(
            regionId,
            masterplanId,
            new IndicatorCommand(
                itemId,
                code,
                "Persentase layanan " + code,
                "persen",
                "Layanan daring dibagi seluruh layanan",
                "daring / total x 100",
                "Aplikasi perizinan",
                opdId,
                "Bidang layanan",
                IndicatorLevel.IMPACT,
                true,
                Polarity.POSITIVE,
                new YearValue(2023, new BigDecimal("40.5")),
                targets,
                new BigDecimal("95"),
                "Dievaluasi tiap tahun",
                null))
        .indicator()
        .id();
  }
}
