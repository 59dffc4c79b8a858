package id.rancang.strategy;

import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The whole smart-city strategy of a masterplan as one tree (pohon kinerja): vision, missions,
 * goals, targets and indicators, each node marked with what Buku 1 still lacks there.
 */
@Service
public class PerformanceTree {

  private final StrategyTree tree;
  private final IndicatorRegister indicators;
  private final MasterplanManagement masterplans;

  PerformanceTree(
      StrategyTree tree, IndicatorRegister indicators, MasterplanManagement masterplans) {
    this.tree = tree;
    this.indicators = indicators;
    this.masterplans = masterplans;
  }

  public TreeNode of(long regionId, long masterplanId) {
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    Optional<SmartVision> vision = tree.vision(regionId, masterplanId);
    List<StrategyItem> items = tree.items(regionId, masterplanId);
    List<Indicator> all = indicators.list(regionId, masterplanId);
    List<TreeNode> missions = new ArrayList<>();
    for (StrategyItem mission : children(items, null)) {
      missions.add(node(mission, items, all, masterplan));
    }
    List<TreeGap> gaps = new ArrayList<>();
    if (vision.isEmpty()) {
      gaps.add(TreeGap.NO_VISION);
    }
    if (missions.isEmpty()) {
      gaps.add(TreeGap.NO_MISSIONS);
    }
    return new TreeNode(
        "VISION",
        masterplanId,
        null,
        vision.map(SmartVision::statement).orElse(null),
        List.of(),
        List.of(),
        gaps,
        missions);
  }

  private TreeNode node(
      StrategyItem item, List<StrategyItem> items, List<Indicator> all, Masterplan masterplan) {
    List<TreeNode> children = new ArrayList<>();
    for (StrategyItem child : children(items, item.id())) {
      children.add(node(child, items, all, masterplan));
    }
    for (Indicator indicator : all) {
      if (indicator.itemId() == item.id()) {
        children.add(node(indicator, masterplan));
      }
    }
    List<TreeGap> gaps = new ArrayList<>();
    boolean hasChildItems = children.stream().anyMatch(c -> !c.kind().equals("INDICATOR"));
    boolean hasIndicators = children.stream().anyMatch(c -> c.kind().equals("INDICATOR"));
    switch (item.kind()) {
      case MISSION -> {
        if (!hasChildItems) {
          gaps.add(TreeGap.NO_GOALS);
        }
      }
      case GOAL -> {
        if (!hasChildItems) {
          gaps.add(TreeGap.NO_TARGETS);
        }
        if (!item.hasFocus()) {
          gaps.add(TreeGap.NO_DIMENSION);
        }
      }
      case TARGET -> {
        if (!hasIndicators) {
          gaps.add(TreeGap.NO_INDICATORS);
        }
        if (!item.hasFocus()) {
          gaps.add(TreeGap.NO_DIMENSION);
        }
      }
    }
    if (!item.isAligned()) {
      gaps.add(TreeGap.NO_RPJMD_LINK);
    }
    return new TreeNode(
        item.kind().name(),
        item.id(),
        item.code(),
        item.statement(),
        item.dimensions(),
        item.elements(),
        gaps,
        children);
  }

  private static TreeNode node(Indicator indicator, Masterplan masterplan) {
    List<TreeGap> gaps = new ArrayList<>();
    if (indicator.baseline() == null) {
      gaps.add(TreeGap.NO_BASELINE);
    }
    for (int year = masterplan.startYear(); year <= masterplan.endYear(); year++) {
      if (indicator.target(year).isEmpty()) {
        gaps.add(TreeGap.MISSING_YEARS);
        break;
      }
    }
    if (indicator.opdId() == null) {
      gaps.add(TreeGap.NO_OPD);
    }
    return new TreeNode(
        "INDICATOR",
        indicator.id(),
        indicator.code(),
        indicator.name() + " (" + indicator.unit() + ")",
        List.of(),
        List.of(),
        gaps,
        List.of());
  }

  private static List<StrategyItem> children(List<StrategyItem> items, Long parentId) {
    return items.stream().filter(i -> Objects.equals(i.parentId(), parentId)).toList();
  }
}
