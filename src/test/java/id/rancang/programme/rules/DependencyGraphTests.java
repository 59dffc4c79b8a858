package id.rancang.programme.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class DependencyGraphTests {

  // MPP Digital (1) depends on Satu Data (2), which depends on the data centre (3).
  private static final Map<Long, Set<Long>> MPP = Map.of(1L, Set.of(2L), 2L, Set.of(3L));

  @Test
  void aDependencyThatClosesALoopIsReportedAsThePathFromTheNewEdgeBackToItsStart() {
    assertThat(DependencyGraph.cycleIfAdded(MPP, 3, 1)).contains(List.of(3L, 1L, 2L, 3L));
  }

  @Test
  void aDependencyAlongTheExistingDirectionClosesNoCycle() {
    assertThat(DependencyGraph.cycleIfAdded(MPP, 1, 3)).isEmpty();
    assertThat(DependencyGraph.cycleIfAdded(MPP, 4, 1)).isEmpty();
    assertThat(DependencyGraph.cycleIfAdded(Map.of(), 1, 2)).isEmpty();
  }

  @Test
  void aProgrammeDependingOnItselfIsACycleOfOneStep() {
    assertThat(DependencyGraph.cycleIfAdded(MPP, 2, 2)).contains(List.of(2L, 2L));
    assertThat(DependencyGraph.cycleIfAdded(Map.of(), 7, 7)).contains(List.of(7L, 7L));
  }

  @Test
  void ofSeveralLoopsTheShortestIsShown() {
    // 1 -> 2 -> 3 -> 4 -> 5 and a shortcut 2 -> 5; adding 5 -> 1 closes 5 1 2 5 and 5 1 2 3 4 5.
    Map<Long, Set<Long>> graph =
        Map.of(1L, Set.of(2L), 2L, Set.of(3L, 5L), 3L, Set.of(4L), 4L, Set.of(5L));

    assertThat(DependencyGraph.cycleIfAdded(graph, 5, 1)).contains(List.of(5L, 1L, 2L, 5L));
  }

  @Test
  void programmesWithoutAnEntryOrWithANullEntryDependOnNothing() {
    Map<Long, Set<Long>> graph = new HashMap<>();
    graph.put(1L, null);
    graph.put(2L, Set.of(1L));

    assertThat(DependencyGraph.cycleIfAdded(graph, 1, 2)).contains(List.of(1L, 2L, 1L));
    assertThat(DependencyGraph.anyCycle(graph)).isEmpty();
    assertThat(DependencyGraph.topologicalOrder(graph)).containsExactly(1L, 2L);
  }

  @Test
  void aChainOfSixHundredProgrammesIsWalkedWithoutRecursion() {
    Map<Long, Set<Long>> chain = chain(600);

    List<Long> cycle = DependencyGraph.cycleIfAdded(chain, 600, 1).orElseThrow();

    assertThat(cycle).hasSize(601).startsWith(600L, 1L, 2L).endsWith(599L, 600L);
    assertThat(cycle.subList(1, 601))
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 600).boxed().toList());
    assertThat(DependencyGraph.cycleIfAdded(chain, 1, 600)).isEmpty();
    assertThat(DependencyGraph.anyCycle(chain)).isEmpty();
  }

  @Test
  void aCycleHiddenAtTheEndOfTheSixHundredChainIsFound() {
    Map<Long, Set<Long>> chain = new HashMap<>(chain(600));
    chain.put(600L, Set.of(300L));

    List<Long> cycle = DependencyGraph.anyCycle(chain).orElseThrow();

    List<Long> expected = new ArrayList<>(LongStream.rangeClosed(300, 600).boxed().toList());
    expected.add(300L);
    assertThat(cycle).containsExactlyElementsOf(expected);
    assertThatThrownBy(() -> DependencyGraph.topologicalOrder(chain))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cycle");
  }

  @Test
  void aVeryLongChainDoesNotOverflowTheStack() {
    Map<Long, Set<Long>> chain = chain(100_000);

    assertThat(DependencyGraph.anyCycle(chain)).isEmpty();
    assertThat(DependencyGraph.topologicalOrder(chain)).hasSize(100_000).startsWith(100_000L);
    assertThat(DependencyGraph.cycleIfAdded(chain, 100_000, 1))
        .hasValueSatisfying(cycle -> assertThat(cycle).hasSize(100_001));
  }

  @Test
  void aSelfDependencyInTheGraphIsACycle() {
    assertThat(DependencyGraph.anyCycle(Map.of(1L, Set.of(2L), 2L, Set.of(2L))))
        .contains(List.of(2L, 2L));
  }

  @Test
  void aGraphWithoutCyclesHasNone() {
    // A diamond: 1 depends on 2 and 3, both depend on 4 - shared dependencies are no cycle.
    Map<Long, Set<Long>> diamond = Map.of(1L, Set.of(2L, 3L), 2L, Set.of(4L), 3L, Set.of(4L));

    assertThat(DependencyGraph.anyCycle(diamond)).isEmpty();
    assertThat(DependencyGraph.anyCycle(Map.of())).isEmpty();
  }

  @Test
  void theCycleFoundIsAClosedPathAlongExistingDependencies() {
    Map<Long, Set<Long>> graph =
        Map.of(10L, Set.of(20L), 20L, Set.of(30L, 40L), 40L, Set.of(50L), 50L, Set.of(20L));

    List<Long> cycle = DependencyGraph.anyCycle(graph).orElseThrow();

    assertThat(cycle).containsExactly(20L, 40L, 50L, 20L);
    for (int i = 0; i + 1 < cycle.size(); i++) {
      assertThat(graph.get(cycle.get(i))).contains(cycle.get(i + 1));
    }
  }

  @Test
  void theOrderPutsDependenciesFirstAndTheLowerIdFirstWhenFree() {
    // 5 depends on 1 and 9; 1 depends on 9; 3 and 7 stand alone; 8 depends on 3.
    Map<Long, Set<Long>> graph = Map.of(5L, Set.of(1L, 9L), 1L, Set.of(9L), 8L, Set.of(3L));
    Map<Long, Set<Long>> withLoners = new HashMap<>(graph);
    withLoners.put(7L, Set.of());

    assertThat(DependencyGraph.topologicalOrder(withLoners))
        .containsExactly(3L, 7L, 8L, 9L, 1L, 5L);
  }

  @Test
  void everyProgrammeComesAfterAllItDependsOn() {
    Map<Long, Set<Long>> graph = new HashMap<>();
    for (long i = 1; i <= 60; i++) {
      Set<Long> deps = new HashSet<>();
      for (long j = i + 1; j <= 60; j++) {
        if ((i * 7 + j * 3) % 5 == 0) {
          deps.add(j);
        }
      }
      graph.put(i, deps);
    }

    List<Long> order = DependencyGraph.topologicalOrder(graph);

    assertThat(order).hasSize(60).doesNotHaveDuplicates();
    graph.forEach(
        (programme, deps) ->
            deps.forEach(
                dep -> assertThat(order.indexOf(dep)).isLessThan(order.indexOf(programme))));
  }

  @Test
  void aSelfDependencyCannotBeOrdered() {
    assertThatThrownBy(() -> DependencyGraph.topologicalOrder(Map.of(4L, Set.of(4L))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[4, 4]");
  }

  @Test
  void aCycleFindingNamesTheProgrammesInOrderAndBlocksSaving() {
    ProgrammeFinding finding =
        DependencyGraph.cycleFinding(List.of("MPP Digital", "Satu Data", "MPP Digital"));

    assertThat(finding.isError()).isTrue();
    assertThat(finding.field()).isEqualTo("dependsOn");
    assertThat(finding.messageKey()).isEqualTo("programme.dependency.cycle");
    assertThat(finding.args()).containsExactly("MPP Digital -> Satu Data -> MPP Digital");
  }

  /** 1 depends on 2, 2 on 3, ..., n-1 on n. */
  private static Map<Long, Set<Long>> chain(int n) {
    Map<Long, Set<Long>> chain = new HashMap<>();
    for (long i = 1; i < n; i++) {
      chain.put(i, Set.of(i + 1));
    }
    return chain;
  }
}
