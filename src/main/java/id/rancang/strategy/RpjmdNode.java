package id.rancang.strategy;

import java.util.List;

/** An RPJMD item with its children in their order: a mission with its goals and their targets. */
public record RpjmdNode(RpjmdItem item, List<RpjmdNode> children) {

  public RpjmdNode {
    children = List.copyOf(children);
  }
}
