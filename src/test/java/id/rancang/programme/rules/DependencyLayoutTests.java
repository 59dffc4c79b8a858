package id.rancang.programme.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.rancang.programme.rules.DependencyLayout.Box;
import id.rancang.programme.rules.DependencyLayout.Point;
import id.rancang.programme.rules.DependencyLayout.Route;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DependencyLayoutTests {

  @Test
  void aChainRunsFromLeftToRightOneColumnPerStepOnOneLine() {
    // the app (3) waits for Satu Data (2), which waits for the data centre (1)
    DependencyLayout layout =
        DependencyLayout.of(List.of(3L, 2L, 1L), Map.of(3L, Set.of(2L), 2L, Set.of(1L)));

    assertThat(layout.columns()).isEqualTo(3);
    assertThat(List.of(layout.box(1).column(), layout.box(2).column(), layout.box(3).column()))
        .containsExactly(0, 1, 2);
    assertThat(layout.boxes()).extracting(Box::y).containsOnly(layout.box(1).y());
    assertThat(layout.routes()).hasSize(2).allSatisfy(r -> assertThat(r.points()).hasSize(2));
    assertThat(layout.crossings()).isZero();
  }

  @Test
  void aLineLeavesTheRightSideOfWhatIsWaitedForAndEntersTheLeftSideOfWhatWaits() {
    DependencyLayout layout = DependencyLayout.of(List.of(1L, 2L), Map.of(2L, Set.of(1L)));
    Box dependency = layout.box(1);
    Box dependent = layout.box(2);

    Route route = layout.routes().get(0);

    assertThat(route.dependent()).isEqualTo(2);
    assertThat(route.dependency()).isEqualTo(1);
    assertThat(route.points())
        .containsExactly(
            new Point(dependency.x() + DependencyLayout.NODE_WIDTH, dependency.middleY()),
            new Point(dependent.x(), dependent.middleY()));
    assertThat(route.path()).startsWith("M" + (dependency.x() + DependencyLayout.NODE_WIDTH));
  }

  @Test
  void aDiamondHasItsTwoMiddleProgrammesSideBySideInOneColumnBetweenTopAndBottom() {
    // 4 waits for 2 and 3, which both wait for 1
    DependencyLayout layout =
        DependencyLayout.of(
            List.of(1L, 2L, 3L, 4L), Map.of(4L, Set.of(2L, 3L), 2L, Set.of(1L), 3L, Set.of(1L)));

    assertThat(layout.box(1).column()).isZero();
    assertThat(layout.box(2).column()).isEqualTo(1);
    assertThat(layout.box(3).column()).isEqualTo(1);
    assertThat(layout.box(4).column()).isEqualTo(2);
    assertThat(layout.box(2).row()).isNotEqualTo(layout.box(3).row());
    // the single programmes sit halfway between the pair
    int middle = (layout.box(2).middleY() + layout.box(3).middleY()) / 2;
    assertThat(layout.box(1).middleY()).isEqualTo(middle);
    assertThat(layout.box(4).middleY()).isEqualTo(middle);
    assertThat(layout.routes()).hasSize(4);
    assertThat(layout.crossings()).isZero();
    assertNoOverlap(layout);
  }

  @Test
  void aFanOutPutsEveryProgrammeThatWaitsInTheNextColumnWithoutCrossings() {
    Map<Long, Set<Long>> graph = new HashMap<>();
    for (long dependent = 2; dependent <= 6; dependent++) {
      graph.put(dependent, Set.of(1L));
    }

    DependencyLayout layout = DependencyLayout.of(List.of(1L, 2L, 3L, 4L, 5L, 6L), graph);

    assertThat(layout.box(1).column()).isZero();
    assertThat(LongStream.rangeClosed(2, 6).mapToObj(layout::box))
        .extracting(Box::column)
        .containsOnly(1);
    assertThat(LongStream.rangeClosed(2, 6).mapToObj(layout::box))
        .extracting(Box::row)
        .doesNotHaveDuplicates();
    assertThat(layout.crossings()).isZero();
    assertNoOverlap(layout);
  }

  @Test
  void aFanInPutsEverythingAProgrammeWaitsForInTheColumnBeforeIt() {
    DependencyLayout layout =
        DependencyLayout.of(List.of(1L, 2L, 3L, 4L), Map.of(1L, Set.of(2L, 3L, 4L)));

    assertThat(layout.box(1).column()).isEqualTo(1);
    assertThat(List.of(layout.box(2), layout.box(3), layout.box(4)))
        .extracting(Box::column)
        .containsOnly(0);
    assertThat(layout.height())
        .isEqualTo(
            2 * DependencyLayout.MARGIN
                + 3 * DependencyLayout.NODE_HEIGHT
                + 2 * DependencyLayout.ROW_GAP);
    assertThat(layout.crossings()).isZero();
  }

  @Test
  void twoSeparateChainsGivenInACrossingOrderAreUntangled() {
    // given in this order, 3 (waiting for 2) would sit above 4 (waiting for 1): one crossing
    DependencyLayout layout =
        DependencyLayout.of(List.of(1L, 2L, 3L, 4L), Map.of(3L, Set.of(2L), 4L, Set.of(1L)));

    assertThat(layout.crossings()).isZero();
    assertThat(layout.box(4).row()).isLessThan(layout.box(3).row());
    assertThat(layout.box(1).row()).isLessThan(layout.box(2).row());
  }

  @Test
  void aLineThatSkipsAColumnPassesThroughAFreeSlotInsteadOfThroughABox() {
    // 3 waits for 2 and directly for 1; 2 waits for 1
    DependencyLayout layout =
        DependencyLayout.of(List.of(1L, 2L, 3L), Map.of(3L, Set.of(1L, 2L), 2L, Set.of(1L)));
    Route skip =
        layout.routes().stream()
            .filter(r -> r.dependent() == 3 && r.dependency() == 1)
            .findFirst()
            .orElseThrow();
    Box between = layout.box(2);

    // in, across column 1, out: two points more than a direct line
    assertThat(skip.points()).hasSize(4);
    Point across = skip.points().get(1);
    assertThat(across.x()).isEqualTo(between.x());
    assertThat(across.y() < between.y() || across.y() > between.y() + DependencyLayout.NODE_HEIGHT)
        .as("%s runs clear of %s", skip, between)
        .isTrue();
    assertThat(skip.points().get(2).y()).isEqualTo(across.y());
    assertThat(layout.crossings()).isZero();
  }

  @Test
  void aroundAProgrammeWhatItWaitsForIsOnTheLeftAndWhatWaitsForItOnTheRight() {
    // focus 10 waits for 11 and 15, and 11 waits for 15; 13 waits for 10; 14 for 10 and 13
    Map<Long, Set<Long>> graph =
        Map.of(
            10L, Set.of(11L, 15L),
            11L, Set.of(15L),
            13L, Set.of(10L),
            14L, Set.of(10L, 13L));

    DependencyLayout layout = DependencyLayout.around(10, List.of(11L, 13L, 14L, 15L), graph);

    assertThat(layout.box(15).column()).isZero();
    assertThat(layout.box(11).column()).isEqualTo(1);
    assertThat(layout.box(10).column()).isEqualTo(2);
    assertThat(layout.box(13).column()).isEqualTo(3);
    assertThat(layout.box(14).column()).isEqualTo(4);
    assertThat(layout.boxes())
        .filteredOn(b -> b.column() == 2)
        .extracting(Box::id)
        .containsOnly(10L);
    assertThat(layout.routes()).hasSize(6);
    assertThat(layout.crossings()).isZero();
  }

  @Test
  void aroundAProgrammeADirectDependencyStandsRightNextToItEvenBesideALongerChain() {
    // focus 10 waits for 11 directly and for 12, which waits for 13
    Map<Long, Set<Long>> graph = Map.of(10L, Set.of(11L, 12L), 12L, Set.of(13L));

    DependencyLayout around = DependencyLayout.around(10, List.of(11L, 12L, 13L), graph);
    DependencyLayout whole = DependencyLayout.of(List.of(10L, 11L, 12L, 13L), graph);

    assertThat(around.box(11).column()).isEqualTo(around.box(10).column() - 1);
    assertThat(around.box(13).column()).isEqualTo(around.box(10).column() - 2);
    // the portfolio view instead starts everything as far left as it can
    assertThat(whole.box(11).column()).isZero();
  }

  @Test
  void aroundAProgrammeWithoutDependenciesItStandsAlone() {
    DependencyLayout layout = DependencyLayout.around(7, List.of(), Map.of());

    assertThat(layout.boxes()).extracting(Box::id).containsExactly(7L);
    assertThat(layout.routes()).isEmpty();
    assertThat(layout.width()).isEqualTo(2 * DependencyLayout.MARGIN + DependencyLayout.NODE_WIDTH);
  }

  @Test
  void selfDependenciesAndProgrammesOutsideTheDrawingAreLeftOut() {
    Map<Long, Set<Long>> graph = new HashMap<>();
    graph.put(1L, Set.of(1L, 99L));
    graph.put(2L, null);

    DependencyLayout layout = DependencyLayout.of(List.of(1L, 2L), graph);

    assertThat(layout.routes()).isEmpty();
    assertThat(layout.boxes()).extracting(Box::id).containsExactly(1L, 2L);
  }

  @Test
  void nothingToDrawIsAnEmptyDrawing() {
    DependencyLayout layout = DependencyLayout.of(List.of(), Map.of());

    assertThat(layout.boxes()).isEmpty();
    assertThat(layout.columns()).isZero();
    assertThat(layout.width()).isEqualTo(2 * DependencyLayout.MARGIN);
    assertThatThrownBy(() -> layout.box(1)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aCycleThatSlippedInStillEndsInALayoutOfEveryProgramme(boolean aroundOne) {
    // 1 waits for 2, 2 for 3, 3 for 1, and 4 for 3
    Map<Long, Set<Long>> cycle =
        Map.of(1L, Set.of(2L), 2L, Set.of(3L), 3L, Set.of(1L), 4L, Set.of(3L));

    DependencyLayout layout =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () ->
                aroundOne
                    ? DependencyLayout.around(1, List.of(2L, 3L, 4L), cycle)
                    : DependencyLayout.of(List.of(1L, 2L, 3L, 4L), cycle));

    assertThat(layout.boxes()).extracting(Box::id).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    assertThat(layout.routes()).hasSize(4);
    assertNoOverlap(layout);
  }

  @Test
  void aLargeRandomPortfolioIsLaidOutQuicklyTheSameWayEveryTimeWithEveryLineRunningRight() {
    Random random = new Random(20240731);
    List<Long> ids = new ArrayList<>();
    Map<Long, Set<Long>> graph = new HashMap<>();
    for (long id = 1; id <= 300; id++) {
      ids.add(id);
      Set<Long> dependencies = new HashSet<>();
      int count = id == 1 ? 0 : random.nextInt(3);
      for (int i = 0; i < count; i++) {
        dependencies.add(1 + (long) random.nextInt((int) id - 1)); // only on earlier ones
      }
      graph.put(id, dependencies);
    }

    DependencyLayout first =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> DependencyLayout.of(ids, graph));
    DependencyLayout second = DependencyLayout.of(ids, graph);

    assertThat(second.boxes()).isEqualTo(first.boxes());
    assertThat(second.routes()).isEqualTo(first.routes());
    int edges = graph.values().stream().mapToInt(Set::size).sum();
    assertThat(first.routes()).hasSize(edges);
    for (Route route : first.routes()) {
      assertThat(first.box(route.dependency()).column())
          .as("%s", route)
          .isLessThan(first.box(route.dependent()).column());
    }
    assertNoOverlap(first);
    for (Box box : first.boxes()) {
      assertThat(box.x() + DependencyLayout.NODE_WIDTH).isLessThanOrEqualTo(first.width());
      assertThat(box.y() + DependencyLayout.NODE_HEIGHT).isLessThanOrEqualTo(first.height());
    }
  }

  /** No two boxes share a place, and no line passes through the box of an unrelated programme. */
  private static void assertNoOverlap(DependencyLayout layout) {
    Set<String> places = new HashSet<>();
    for (Box box : layout.boxes()) {
      assertThat(places.add(box.column() + "/" + box.row())).as("place of %s", box).isTrue();
    }
    for (Route route : layout.routes()) {
      List<Point> inner = route.points().subList(1, route.points().size() - 1);
      for (Point point : inner) {
        for (Box box : layout.boxes()) {
          boolean inside =
              point.x() >= box.x()
                  && point.x() <= box.x() + DependencyLayout.NODE_WIDTH
                  && point.y() >= box.y()
                  && point.y() <= box.y() + DependencyLayout.NODE_HEIGHT;
          assertThat(inside).as("%s passes through %s", route, box).isFalse();
        }
      }
    }
  }
}
