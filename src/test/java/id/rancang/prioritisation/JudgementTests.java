package id.rancang.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.Person;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Evaluators compare the criteria pair by pair and see, as they go, the weights their judgements
 * give, how consistent they are and which judgement to reconsider.
 */
@RancangIntegrationTest
class JudgementTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired Judgements judgements;

  /** An open exercise with four top-level criteria A-D, and its evaluator (the participant). */
  private record Setting(TestRegion region, long masterplan, long exercise, List<Long> criteria) {
    Person evaluator() {
      return region.as(Role.PARTICIPANT);
    }

    long a() {
      return criteria.get(0);
    }

    long b() {
      return criteria.get(1);
    }

    long c() {
      return criteria.get(2);
    }

    long d() {
      return criteria.get(3);
    }
  }

  private Setting setting() {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long exercise =
        jdbc.sql(
                "insert into prioritisation_exercise (region_id, masterplan_id, name, status)"
                    + " values (?, ?, 'Prioritas program', 'OPEN') returning id")
            .params(region.id(), masterplan)
            .query(Long.class)
            .single();
    List<Long> criteria = new ArrayList<>();
    String[] names = {"Dampak sosial", "Dampak lingkungan", "Inovasi", "Biaya"};
    for (int k = 0; k < names.length; k++) {
      criteria.add(criterion(region.id(), exercise, null, "K" + (k + 1), names[k], k));
    }
    long group =
        jdbc.sql(
                "insert into evaluator_group (region_id, exercise_id, name) values (?, ?,"
                    + " 'Masyarakat') returning id")
            .params(region.id(), exercise)
            .query(Long.class)
            .single();
    addEvaluator(region.id(), exercise, group, region.as(Role.PARTICIPANT).accountId());
    addEvaluator(region.id(), exercise, group, region.as(Role.REVIEWER).accountId());
    return new Setting(region, masterplan, exercise, criteria);
  }

  private static String api(Setting s) {
    return "/api/v1/prioritisation/exercises/" + s.exercise();
  }

  private long criterion(
      long regionId, long exercise, Long parent, String code, String name, int position) {
    return jdbc.sql(
            "insert into criterion (region_id, exercise_id, parent_id, code, name, position)"
                + " values (?, ?, ?, ?, ?, ?) returning id")
        .params(regionId, exercise, parent, code, name, position)
        .query(Long.class)
        .single();
  }

  private void addEvaluator(long regionId, long exercise, long group, long account) {
    jdbc.sql(
            "insert into evaluator (region_id, exercise_id, group_id, account_id)"
                + " values (?, ?, ?, ?)")
        .params(regionId, exercise, group, account)
        .update();
  }

  private static String body(long[][] pairs, double[] values) {
    StringBuilder json = new StringBuilder("{\"judgements\":[");
    for (int k = 0; k < pairs.length; k++) {
      json.append(k == 0 ? "" : ",")
          .append("{\"firstId\":")
          .append(pairs[k][0])
          .append(",\"secondId\":")
          .append(pairs[k][1])
          .append(",\"value\":")
          .append(values[k])
          .append("}");
    }
    return json.append("]}").toString();
  }

  /** Judgements of weights 8:4:2:1 (each criterion twice as important as the next). */
  private String doubling(Setting s) {
    return body(
        new long[][] {
          {s.a(), s.b()},
          {s.a(), s.c()},
          {s.a(), s.d()},
          {s.b(), s.c()},
          {s.b(), s.d()},
          {s.c(), s.d()}
        },
        new double[] {2, 4, 8, 2, 4, 2});
  }

  @Test
  void consistentJudgementsGiveTheirExactWeightsAndAConsistencyRatioOfZero() throws Exception {
    Setting s = setting();
    mvc.perform(
            put(api(s) + "/my-judgements")
                .with(s.evaluator().bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(doubling(s)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sets[0].result.riTable").value("saaty-1980"))
        .andExpect(jsonPath("$.sets[0].result.missingPairs").value(0));

    ComparisonSet top =
        judgements.mine(s.region().id(), s.exercise(), s.evaluator().accountId()).sets().get(0);
    // 8:4:2:1 over a total of 15
    assertThat(top.result().weights().get(0)).isCloseTo(8.0 / 15, within(1e-9));
    assertThat(top.result().weights().get(1)).isCloseTo(4.0 / 15, within(1e-9));
    assertThat(top.result().weights().get(2)).isCloseTo(2.0 / 15, within(1e-9));
    assertThat(top.result().weights().get(3)).isCloseTo(1.0 / 15, within(1e-9));
    assertThat(top.result().cr()).isCloseTo(0, within(1e-9));
    assertThat(top.judged()).isEqualTo(6);
  }

  @Test
  void aJudgementAgainstTheOthersIsNamedFirstWithAValueTowardsThem() throws Exception {
    Setting s = setting();
    // the doubling judgements, except that D is now said to be far more important than A
    String judged =
        body(
            new long[][] {
              {s.a(), s.b()},
              {s.a(), s.c()},
              {s.d(), s.a()},
              {s.b(), s.c()},
              {s.b(), s.d()},
              {s.c(), s.d()}
            },
            new double[] {2, 4, 8, 2, 4, 2});
    mvc.perform(
            put(api(s) + "/my-judgements")
                .with(s.evaluator().bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(judged))
        .andExpect(status().isOk());

    ComparisonSet top =
        judgements.mine(s.region().id(), s.exercise(), s.evaluator().accountId()).sets().get(0);
    assertThat(top.result().cr()).as("far beyond 0.10").isGreaterThan(0.1);
    var worst = top.result().inconsistentJudgements().get(0);
    assertThat(List.of(top.criterion(worst.i()).id(), top.criterion(worst.j()).id()))
        .containsExactly(s.a(), s.d());
    assertThat(worst.current()).as("A against D as saved").isCloseTo(1.0 / 8, within(1e-9));
    assertThat(worst.suggested()).as("towards A over D, as the others say").isGreaterThan(1.0 / 8);
    assertThat(worst.crAfter()).isLessThan(top.result().cr());
  }

  @Test
  void theComparisonPageShowsTheConsistencyRatioAndTheSuggestedCorrection() throws Exception {
    Setting s = setting();
    String judged =
        body(
            new long[][] {
              {s.a(), s.b()},
              {s.a(), s.c()},
              {s.d(), s.a()},
              {s.b(), s.c()},
              {s.b(), s.d()},
              {s.c(), s.d()}
            },
            new double[] {2, 4, 8, 2, 4, 2});
    mvc.perform(
            put(api(s) + "/my-judgements")
                .with(s.evaluator().bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(judged))
        .andExpect(status().isOk());

    mvc.perform(get("/prioritisation/" + s.exercise() + "/comparisons").with(s.evaluator().user()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("belum konsisten")))
        .andExpect(content().string(Matchers.containsString("Penilaian yang sebaiknya ditinjau")))
        .andExpect(
            content()
                .string(
                    Matchers.containsString("Dampak sosial dibanding Biaya: Anda memberi 1/8")));
  }

  @Test
  void aChoiceSavedThroughHtmxAnswersWithTheSetRecomputed() throws Exception {
    Setting s = setting();
    String pair = s.a() + "-" + s.b();
    mvc.perform(
            post("/prioritisation/" + s.exercise() + "/comparisons/top")
                .with(s.evaluator().user())
                .with(csrf())
                .header("HX-Request", "true")
                .param("v." + pair, "1/3")
                .param("ver." + pair, "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"set-top\"")))
        .andExpect(content().string(Matchers.containsString("1 dari 6 pasangan dinilai")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));

    PairJudgement saved =
        judgements
            .mine(s.region().id(), s.exercise(), s.evaluator().accountId())
            .sets()
            .get(0)
            .pairs()
            .get(0);
    assertThat(saved.value()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(saved.version()).isZero();
  }

  @Test
  void withoutJavascriptTheSetIsSavedAndThePageComesBack() throws Exception {
    Setting s = setting();
    String pair = s.c() + "-" + s.d();
    mvc.perform(
            post("/prioritisation/" + s.exercise() + "/comparisons/top")
                .with(s.evaluator().user())
                .with(csrf())
                .param("v." + pair, "5")
                .param("ver." + pair, "0"))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("flash", "Penilaian tersimpan."));
    assertThat(
            judgements
                .mine(s.region().id(), s.exercise(), s.evaluator().accountId())
                .sets()
                .get(0)
                .judged())
        .isEqualTo(1);
  }

  @Test
  void aJudgementChangedInAnotherTabIsNotOverwritten() throws Exception {
    Setting s = setting();
    long exercise = s.exercise();
    long account = s.evaluator().accountId();
    judgements.judgeAll(
        s.region().id(), exercise, account, List.of(new JudgementCommand(s.a(), s.b(), 3.0, 0)));
    // the other tab changes it to 5 (version 0 -> 1)
    judgements.judgeAll(
        s.region().id(), exercise, account, List.of(new JudgementCommand(s.a(), s.b(), 5.0, 0)));

    // this tab still holds version 0 and chooses 7
    mvc.perform(
            put(api(s) + "/my-judgements")
                .with(s.evaluator().bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"judgements\":[{\"firstId\":%d,\"secondId\":%d,\"value\":7,\"version\":0}]}"
                        .formatted(s.a(), s.b())))
        .andExpect(status().isConflict());
    assertThat(judgements.mine(s.region().id(), exercise, account).sets().get(0).pairs().get(0))
        .extracting(PairJudgement::value, PairJudgement::version)
        .containsExactly(5.0, 1);
  }

  @Test
  void judgementsInOneBatchAreSavedAllOrNothing() throws Exception {
    Setting s = setting();
    mvc.perform(
            put(api(s) + "/my-judgements")
                .with(s.evaluator().bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(new long[][] {{s.a(), s.b()}, {s.b(), s.c()}}, new double[] {3, 12})))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("Nilai untuk Dampak lingkungan dibanding Inovasi harus antara 1/9 dan 9."));
    assertThat(judgements.mine(s.region().id(), s.exercise(), s.evaluator().accountId()).judged())
        .isZero();
  }

  @Test
  void criteriaOfDifferentLevelsAreNotCompared() throws Exception {
    Setting s = setting();
    long sub1 = criterion(s.region().id(), s.exercise(), s.a(), "K1.1", "Kesehatan", 0);
    long sub2 = criterion(s.region().id(), s.exercise(), s.a(), "K1.2", "Pendidikan", 1);
    mvc.perform(
            put(api(s) + "/my-judgements")
                .with(s.evaluator().bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(new long[][] {{sub1, s.b()}}, new double[] {3})))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(
                    "Kesehatan dan Dampak lingkungan tidak berada pada tingkat yang sama,"
                        + " sehingga tidak dibandingkan."));

    MyComparisons mine = judgements.mine(s.region().id(), s.exercise(), s.evaluator().accountId());
    assertThat(mine.sets()).hasSize(2);
    assertThat(mine.sets().get(1).parent().id()).isEqualTo(s.a());
    assertThat(mine.sets().get(1).criteria())
        .extracting(ComparedCriterion::id)
        .containsExactly(sub1, sub2);
  }

  @Test
  void aClosedExerciseKeepsItsJudgements() throws Exception {
    Setting s = setting();
    jdbc.sql("update prioritisation_exercise set status = 'CLOSED' where id = ?")
        .params(s.exercise())
        .update();
    mvc.perform(
            put(api(s) + "/my-judgements")
                .with(s.evaluator().bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(doubling(s)))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("Latihan ini sudah ditutup: penilaian tidak dapat diubah lagi."));
  }

  @Test
  void eachEvaluatorSeesOnlyTheirOwnJudgements() throws Exception {
    Setting s = setting();
    judgements.judgeAll(
        s.region().id(),
        s.exercise(),
        s.evaluator().accountId(),
        List.of(new JudgementCommand(s.a(), s.b(), 3.0, 0)));

    mvc.perform(get(api(s) + "/my-judgements").with(s.region().as(Role.REVIEWER).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sets[0].pairs[0].value").doesNotExist());
    // not an evaluator: the exercise does not exist for them here
    mvc.perform(get(api(s) + "/my-judgements").with(s.region().as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/prioritisation/" + s.exercise() + "/comparisons")
                .with(fixtures.newRegion().as(Role.PARTICIPANT).user()))
        .andExpect(status().isNotFound());
  }

  @Test
  void anEvaluatorIsDoneOnlyWhenEveryMatrixConnectsItsCriteria() throws Exception {
    Setting s = setting();
    String submit = api(s) + "/my-judgements/submit";
    mvc.perform(post(submit).with(s.evaluator().bearer())).andExpect(status().isBadRequest());
    // a chain A-B, B-C, C-D connects all four criteria
    judgements.judgeAll(
        s.region().id(),
        s.exercise(),
        s.evaluator().accountId(),
        List.of(
            new JudgementCommand(s.a(), s.b(), 2.0, 0),
            new JudgementCommand(s.b(), s.c(), 2.0, 0),
            new JudgementCommand(s.c(), s.d(), 2.0, 0)));
    mvc.perform(post(submit).with(s.evaluator().bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.submittedAt").isNotEmpty())
        .andExpect(jsonPath("$.sets[0].result.missingPairs").value(3));
  }
}
