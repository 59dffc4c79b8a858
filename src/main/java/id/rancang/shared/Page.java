package id.rancang.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list; {@code number} counts from 0. */
public record Page<T>(List<T> items, int number, int size, long total) {

  public Page {
    items = List.copyOf(items);
  }

  public int totalPages() {
    return size == 0 ? 0 : (int) ((total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return number > 0;
  }

  public boolean hasNext() {
    return number + 1 < totalPages();
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), number, size, total);
  }
}
