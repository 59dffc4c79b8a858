package id.rancang.strategy;

import java.util.List;

/**
 * One node of the strategy tree (pohon kinerja): the vision, a mission, goal, target or indicator,
 * with what is missing on it and its children. {@code kind} is VISION, MISSION, GOAL, TARGET or
 * INDICATOR; {@code id} is the masterplan id for the vision.
 */
public record TreeNode(
    String kind,
    long id,
    String code,
    String label,
    List<Dimension> dimensions,
    List<Element> elements,
    List<TreeGap> gaps,
    List<TreeNode> children) {

  public TreeNode {
    dimensions = List.copyOf(dimensions);
    elements = List.copyOf(elements);
    gaps = List.copyOf(gaps);
    children = List.copyOf(children);
  }

  /** Gaps on this node and all below it. */
  public int gapCount() {
    return gaps.size() + children.stream().mapToInt(TreeNode::gapCount).sum();
  }

  /** Nodes in this subtree, this one included. */
  public int size() {
    return 1 + children.stream().mapToInt(TreeNode::size).sum();
  }
}
