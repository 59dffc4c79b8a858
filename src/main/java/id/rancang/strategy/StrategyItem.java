package id.rancang.strategy;

import java.util.List;

/**
 * A mission, goal or target of the smart-city strategy, with the dimensions and elements it serves
 * and the RPJMD items it traces to.
 */
public record StrategyItem(
    long id,
    long masterplanId,
    StrategyItemKind kind,
    Long parentId,
    String code,
    String statement,
    int position,
    List<Dimension> dimensions,
    List<Element> elements,
    List<Long> rpjmdItemIds,
    int version) {

  public StrategyItem {
    dimensions = List.copyOf(dimensions);
    elements = List.copyOf(elements);
    rpjmdItemIds = List.copyOf(rpjmdItemIds);
  }

  /** Whether the item names at least one dimension or element. */
  public boolean hasFocus() {
    return !dimensions.isEmpty() || !elements.isEmpty();
  }

  /** Whether the item traces to at least one RPJMD item. */
  public boolean isAligned() {
    return !rpjmdItemIds.isEmpty();
  }
}
