package id.rancang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.shared.Ordering.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderingTests {

  @Test
  void movingUpSwapsWithThePreviousElementAndLeavesTheRestInPlace() {
    assertThat(Ordering.moved(List.of("a", "b", "c", "d"), 2, Direction.UP))
        .contains(List.of("a", "c", "b", "d"));
  }

  @Test
  void movingDownSwapsWithTheNextElement() {
    assertThat(Ordering.moved(List.of("a", "b", "c"), 0, Direction.DOWN))
        .contains(List.of("b", "a", "c"));
  }

  @Test
  void theFirstCannotMoveUpNorTheLastDownNorAnElementThatIsNotThere() {
    assertThat(Ordering.moved(List.of("a", "b"), 0, Direction.UP)).isEmpty();
    assertThat(Ordering.moved(List.of("a", "b"), 1, Direction.DOWN)).isEmpty();
    assertThat(Ordering.moved(List.of("a", "b"), -1, Direction.DOWN)).isEmpty();
  }
}
