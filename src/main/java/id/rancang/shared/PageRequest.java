package id.rancang.shared;

/** Which page of a list to show; sizes are clamped to 1..200. */
public record PageRequest(int number, int size) {

  public static final int DEFAULT_SIZE = 20;

  /** Far beyond any real list; keeps offsets inside int. */
  public static final int MAX_NUMBER = 100_000;

  public PageRequest {
    number = Math.min(Math.max(0, number), MAX_NUMBER);
    size = size <= 0 ? DEFAULT_SIZE : Math.min(size, 200);
  }

  public static PageRequest of(Integer number, Integer size) {
    return new PageRequest(number == null ? 0 : number, size == null ? DEFAULT_SIZE : size);
  }

  public int offset() {
    return number * size;
  }
}
