package id.rancang.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Moving one element of an ordered list (missions, indicators, statistics) up or down. */
public final class Ordering {

  private Ordering() {}

  /** Which way to move: up is towards the first element. */
  public enum Direction {
    UP,
    DOWN
  }

  /**
   * The list with the element at {@code index} moved one place in {@code direction}; empty when it
   * is already at that end (or the index is outside the list).
   */
  public static <T> Optional<List<T>> moved(List<T> items, int index, Direction direction) {
    int target = direction == Direction.UP ? index - 1 : index + 1;
    if (index < 0 || index >= items.size() || target < 0 || target >= items.size()) {
      return Optional.empty();
    }
    List<T> order = new ArrayList<>(items);
    order.add(target, order.remove(index));
    return Optional.of(order);
  }
}
