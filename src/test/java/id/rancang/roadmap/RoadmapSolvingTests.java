package id.rancang.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rancang.roadmap.rules.SolveStatus;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ProgrammeFixtures;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.ScenarioFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The background solve's life: cancel, an instance that went away, problems found before. */
@RancangIntegrationTest
class RoadmapSolvingTests {

  @Autowired Fixtures fixtures;
  @Autowired ProgrammeFixtures programmes;
  @Autowired ScenarioFixtures roadmap;
  @Autowired RoadmapScenarios scenarios;
  @Autowired RoadmapSolving solving;
  @Autowired RoadmapResults results;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void aSolveCancelledBeforeItStartsEndsCancelledWithoutASchedule() {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long programme = programmes.createProgramme(region.id(), plan, null);
    long id = roadmap.scenario(region.id(), plan, List.of(programme));

    // asked and cancelled in one transaction: the solver thread sees the cancel when it starts
    transactions.executeWithoutResult(
        tx -> {
          solving.requestSolve(region.id(), plan, id);
          solving.cancel(region.id(), plan, id);
        });

    assertThat(roadmap.awaitSolved(region.id(), plan, id)).isEqualTo(SolveState.DONE);
    Scenario done = scenarios.get(region.id(), plan, id);
    assertThat(done.status()).isEqualTo(SolveStatus.CANCELLED);
    assertThat(done.hasSchedule()).isFalse();
  }

  @Test
  void askingForANewSolveDropsTheLastAnswerItsScheduleAndItsAdoption() {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long programme = programmes.createProgramme(region.id(), plan, null);
    long id = roadmap.solvedScenario(region.id(), plan, List.of(programme));
    results.adopt(region.id(), plan, id, false, null);
    assertThat(scenarios.get(region.id(), plan, id).adopted()).isTrue();

    // asked again and cancelled before it starts: nothing of the old answer may remain
    transactions.executeWithoutResult(
        tx -> {
          solving.requestSolve(region.id(), plan, id);
          solving.cancel(region.id(), plan, id);
        });
    roadmap.awaitSolved(region.id(), plan, id);

    Scenario again = scenarios.get(region.id(), plan, id);
    assertThat(again.status()).isEqualTo(SolveStatus.CANCELLED);
    assertThat(again.objective()).isNull();
    assertThat(again.adopted()).isFalse();
    assertThat(results.view(region.id(), plan, id).scheduled()).isEmpty();
  }

  @Test
  void aSolveWhoseInstanceStoppedIsMarkedFailedAndMayBeAskedAgain() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long programme = programmes.createProgramme(region.id(), plan, null);
    long id = roadmap.scenario(region.id(), plan, List.of(programme));
    jdbc.sql(
            "update roadmap_scenario set solve_state = 'RUNNING',"
                + " heartbeat_at = now() - interval '10 minutes' where id = ?")
        .params(id)
        .update();

    // it reads as failed at once: no instance has to notice (bounded wait all the same)
    for (int n = 0;
        n < 600 && scenarios.get(region.id(), plan, id).solveState() != SolveState.FAILED;
        n++) {
      Thread.sleep(50);
    }

    Scenario failed = scenarios.get(region.id(), plan, id);
    assertThat(failed.solveState()).isEqualTo(SolveState.FAILED);
    assertThat(failed.failure()).isEqualTo("interrupted");
    solving.requestSolve(region.id(), plan, id);
    assertThat(roadmap.awaitSolved(region.id(), plan, id)).isEqualTo(SolveState.DONE);
    assertThat(scenarios.get(region.id(), plan, id).status()).isEqualTo(SolveStatus.OPTIMAL);
  }

  @Test
  void aDependencyOnAProgrammeOutsideTheScenarioIsReportedNotEnforced() {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long outside = programmes.createProgramme(region.id(), plan, null);
    long inside = programmes.createProgramme(region.id(), plan, null);
    jdbc.sql("insert into programme_dependency (programme_id, depends_on_id) values (?, ?)")
        .params(inside, outside)
        .update();
    long id = roadmap.solvedScenario(region.id(), plan, List.of(inside));

    ScenarioView view = results.view(region.id(), plan, id);

    assertThat(view.outsideDependencies()).containsOnlyKeys(inside);
    assertThat(view.scheduled()).extracting(ScheduledProgramme::id).containsExactly(inside);
  }

  @Test
  void aScenarioWithoutProgrammesIsRefusedBeforeAnythingRuns() {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long id = roadmap.scenario(region.id(), plan, null);

    assertThatThrownBy(() -> solving.requestSolve(region.id(), plan, id))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).problems())
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldProblem.class))
        .extracting(FieldProblem::messageKey)
        .contains("roadmap.solve.noProgrammes");
    assertThat(scenarios.get(region.id(), plan, id).solveState()).isEqualTo(SolveState.NEW);
  }
}
