package id.rancang.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.programme.Horizon;
import id.rancang.programme.ProgrammeCommand;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.strategy.Dimension;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The team sees the group's criteria weights, by judgements and by priorities side by side and for
 * each evaluator group, and the programmes ranked on them; the others see them once published.
 *
 * <p>The setting, worked by hand: two groups, Pemerintah (weight 2, the participant) and Akademisi
 * (weight 1, the reviewer), so the participant's say is 2/3 and the reviewer's 1/3. The participant
 * judges K1:K2:K3 as 4:2:1, the reviewer as 1:1:2, both consistently. The weighted geometric mean
 * of consistent judgements is consistent, with weights proportional to the weighted geometric mean
 * of the weights: K1 ∝ 4^(2/3)·1^(1/3) = 2^(4/3), K2 ∝ 2^(2/3), K3 ∝ 2^(1/3); normalised 0.46949,
 * 0.29576 and 0.23475.
 */
@RancangIntegrationTest
class ResultTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired ProgrammePortfolio portfolio;
  @Autowired PrioritisationResults results;

  private static final double K1 = Math.pow(2, 4.0 / 3);
  private static final double K2 = Math.pow(2, 2.0 / 3);
  private static final double K3 = Math.pow(2, 1.0 / 3);
  private static final double SUM = K1 + K2 + K3;

  private record Setting(
      TestRegion region,
      long masterplan,
      long exercise,
      long k1,
      long k2,
      long k3,
      long p1,
      long p2,
      long p3,
      long p4) {
    String api() {
      return "/api/v1/prioritisation/exercises/" + exercise;
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
    long k1 = criterion(region.id(), exercise, "K1", "Dampak sosial", null, 1);
    long k2 = criterion(region.id(), exercise, "K2", "Inovasi", null, 2);
    long k3 = criterion(region.id(), exercise, "K3", "Biaya", "TOTAL_COST", 3);
    long government = group(region.id(), exercise, "Pemerintah", 2);
    long academia = group(region.id(), exercise, "Akademisi", 1);
    long participant =
        evaluator(region.id(), exercise, government, region.as(Role.PARTICIPANT).accountId());
    long reviewer =
        evaluator(region.id(), exercise, academia, region.as(Role.REVIEWER).accountId());
    judge(region.id(), participant, k1, k2, 2);
    judge(region.id(), participant, k1, k3, 4);
    judge(region.id(), participant, k2, k3, 2);
    judge(region.id(), reviewer, k1, k2, 1);
    judge(region.id(), reviewer, k1, k3, 0.5);
    judge(region.id(), reviewer, k2, k3, 0.5);
    long p1 =
        programme(
            region.id(), masterplan, "Mal pelayanan publik", Dimension.GOVERNANCE, false, 100);
    long p2 =
        programme(region.id(), masterplan, "Pasar daring desa", Dimension.ECONOMY, false, 300);
    long p3 = programme(region.id(), masterplan, "Posyandu digital", Dimension.LIVING, true, 200);
    long p4 = programme(region.id(), masterplan, "Belum dinilai", Dimension.LIVING, false, 50);
    // P1 5/5 on K1 and 1/1 on K2; P2 4 and 1 (mean 3) on K1, 5/5 on K2; P3 1/1 on both
    rate(region.id(), participant, p1, k1, 5);
    rate(region.id(), reviewer, p1, k1, 5);
    rate(region.id(), participant, p1, k2, 1);
    rate(region.id(), reviewer, p1, k2, 1);
    rate(region.id(), participant, p2, k1, 4);
    rate(region.id(), reviewer, p2, k1, 1);
    rate(region.id(), participant, p2, k2, 5);
    rate(region.id(), reviewer, p2, k2, 5);
    rate(region.id(), participant, p3, k1, 1);
    rate(region.id(), reviewer, p3, k1, 1);
    rate(region.id(), participant, p3, k2, 1);
    rate(region.id(), reviewer, p3, k2, 1);
    return new Setting(region, masterplan, exercise, k1, k2, k3, p1, p2, p3, p4);
  }

  private long criterion(
      long regionId, long exercise, String code, String name, String measure, int position) {
    long id =
        jdbc.sql(
                "insert into criterion (region_id, exercise_id, code, name, kind, measure,"
                    + " direction, position) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
            .params(
                regionId,
                exercise,
                code,
                name,
                measure == null ? "RATED" : "MEASURED",
                measure,
                measure == null ? "BENEFIT" : "COST",
                position)
            .query(Long.class)
            .single();
    if (measure == null) {
      for (int level = 1; level <= 5; level++) {
        jdbc.sql("insert into criterion_level (criterion_id, level, label) values (?, ?, ?)")
            .params(id, level, "Tingkat " + level)
            .update();
      }
    }
    return id;
  }

  private long group(long regionId, long exercise, String name, double weight) {
    return jdbc.sql(
            "insert into evaluator_group (region_id, exercise_id, name, weight, position)"
                + " values (?, ?, ?, ?, ?) returning id")
        .params(regionId, exercise, name, weight, (int) (10 - weight))
        .query(Long.class)
        .single();
  }

  private long evaluator(long regionId, long exercise, long group, long account) {
    return jdbc.sql(
            "insert into evaluator (region_id, exercise_id, group_id, account_id)"
                + " values (?, ?, ?, ?) returning id")
        .params(regionId, exercise, group, account)
        .query(Long.class)
        .single();
  }

  private void judge(long regionId, long evaluator, long a, long b, double value) {
    jdbc.sql(
            "insert into judgement (evaluator_id, region_id, first_id, second_id, value)"
                + " values (?, ?, ?, ?, ?)")
        .params(evaluator, regionId, Math.min(a, b), Math.max(a, b), a < b ? value : 1 / value)
        .update();
  }

  private void rate(long regionId, long evaluator, long programme, long criterion, int level) {
    jdbc.sql(
            "insert into rating (evaluator_id, region_id, programme_id, criterion_id, level)"
                + " values (?, ?, ?, ?, ?)")
        .params(evaluator, regionId, programme, criterion, level)
        .update();
  }

  private long programme(
      long regionId,
      long masterplan,
      String name,
      Dimension dimension,
      boolean quickWin,
      int cost) {
    long id =
        portfolio
            .create(
                regionId,
                masterplan,
                new ProgrammeCommand(
                    "P-" + name.hashCode(),
                    name,
                    dimension,
                    null,
                    null,
                    null,
                    null,
                    null,
                    quickWin ? Horizon.QUICK_WIN : Horizon.MEDIUM,
                    2026,
                    quickWin ? 2026 : 2027,
                    null,
                    quickWin,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of()))
            .programme()
            .id();
    jdbc.sql(
            "insert into budget_line (programme_id, year, source_code, amount)"
                + " values (?, 2026, 'APBD', ?)")
        .params(id, new BigDecimal(cost))
        .update();
    return id;
  }

  @Test
  void theGroupWeightsAreTheWeightedGeometricMeanOfTheEvaluatorsWithEachGroupBesideThem() {
    Setting s = setting();
    CriteriaWeights weights = results.weights(s.region().id(), s.exercise(), true);
    assertThat(weights.complete()).isTrue();
    assertThat(weights.leaves())
        .extracting(LeafWeight::global)
        .satisfiesExactly(
            w -> assertThat(w).isCloseTo(K1 / SUM, within(1e-6)),
            w -> assertThat(w).isCloseTo(K2 / SUM, within(1e-6)),
            w -> assertThat(w).isCloseTo(K3 / SUM, within(1e-6)));
    WeightSet top = weights.sets().get(0);
    assertThat(top.combined().aipGeometric().get(0))
        .as("consistent judgements: AIP by geometric mean equals AIJ")
        .isCloseTo(K1 / SUM, within(1e-6));
    assertThat(top.combined().aij().cr()).isCloseTo(0, within(1e-9));
    assertThat(top.byGroup().get("Pemerintah").aij().weights().get(0))
        .isCloseTo(4.0 / 7, within(1e-9));
    assertThat(top.byGroup().get("Akademisi").aij().weights().get(2)).isCloseTo(0.5, within(1e-9));
    assertThat(weights.leaves().get(2).byGroup().get("Akademisi")).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void programmesAreRankedByTheirWeightedRatingsAndCostWithTheUnratedOnesSetApart() {
    Setting s = setting();
    ProgrammeRanking ranking = results.ranking(s.region().id(), s.exercise(), true);
    // K1 0.46949, K2 0.29576, K3 (cost, min-max: 100 -> 1, 200 -> 0.5, 300 -> 0)
    // P1: 0.46949·1 + 0.29576·0.2 + 0.23475·1 = 0.76339
    // P2: K1 mean level (4·2/3 + 1·1/3) = 3 -> 0.6: 0.46949·0.6 + 0.29576·1 = 0.57746
    // P3: 0.46949·0.2 + 0.29576·0.2 + 0.23475·0.5 = 0.27043
    assertThat(ranking.ranking())
        .extracting(RankedProgramme::id)
        .containsExactly(s.p1(), s.p2(), s.p3());
    assertThat(ranking.ranking().get(0).ranked().score()).isCloseTo(0.76339, within(1e-4));
    assertThat(ranking.ranking().get(1).ranked().score()).isCloseTo(0.57746, within(1e-4));
    assertThat(ranking.ranking().get(2).ranked().score()).isCloseTo(0.27043, within(1e-4));
    assertThat(ranking.unranked())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.id()).isEqualTo(s.p4());
              assertThat(u.missing()).isEqualTo(2);
            });
    assertThat(ranking.quickWins())
        .as("the only quick-win programme of Smart Living")
        .extracting(RankedProgramme::id)
        .containsExactly(s.p3());
    assertThat(ranking.sensitivity().firstPlace()).hasSize(3);
  }

  @Test
  void takingAllWeightFromTheSocialImpactPutsTheMarketFirst() {
    Setting s = setting();
    // K1 at 0: K2 0.29576/0.53051 = 0.55751, K3 0.44249;
    // P1 0.55751·0.2 + 0.44249 = 0.55399 < P2 0.55751
    ProgrammeRanking moved = results.whatIf(s.region().id(), s.exercise(), true, s.k1(), 0);
    assertThat(moved.ranking()).extracting(RankedProgramme::id).startsWith(s.p2(), s.p1());
    assertThat(moved.usedWeights().get(0)).isZero();
  }

  @Test
  void othersThanTheTeamSeeTheResultsOnlyOncePublished() throws Exception {
    Setting s = setting();
    mvc.perform(get(s.api() + "/results").with(s.region().as(Role.EDITOR).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ranking[0].id").value(s.p1()));
    mvc.perform(get(s.api() + "/results").with(s.region().as(Role.REVIEWER).bearer()))
        .andExpect(status().isForbidden());
    mvc.perform(get(s.api() + "/results").with(fixtures.newRegion().as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());

    jdbc.sql("update prioritisation_exercise set status = 'PUBLISHED' where id = ?")
        .params(s.exercise())
        .update();
    mvc.perform(get(s.api() + "/results").with(s.region().as(Role.REVIEWER).bearer()))
        .andExpect(status().isOk());
    mvc.perform(
            get("/prioritisation/" + s.exercise() + "/results")
                .with(s.region().as(Role.PARTICIPANT).user()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Mal pelayanan publik")));
  }

  @Test
  void theResultsPageShowsWeightsRankingAndQuickWinsAndTheSliderAnswersWithMovements()
      throws Exception {
    Setting s = setting();
    mvc.perform(
            get("/prioritisation/" + s.exercise() + "/results")
                .with(s.region().as(Role.EDITOR).user()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("hanya tim")))
        .andExpect(content().string(Matchers.containsString("Peringkat program")))
        .andExpect(content().string(Matchers.containsString("Posyandu digital (skor")))
        .andExpect(content().string(Matchers.containsString("2 kriteria belum dinilai")));
    mvc.perform(
            get("/prioritisation/" + s.exercise() + "/results/what-if")
                .with(s.region().as(Role.EDITOR).user())
                .header("HX-Request", "true")
                .param("criterion", String.valueOf(s.k1()))
                .param("weight", "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("naik 1")))
        .andExpect(content().string(Matchers.containsString("turun 1")));
  }

  @Test
  void theTeamDownloadsEveryJudgementRatingAndResultAsAWorkbook() throws Exception {
    Setting s = setting();
    byte[] xlsx =
        mvc.perform(
                get("/prioritisation/" + s.exercise() + "/results/export")
                    .with(s.region().as(Role.EDITOR).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getSheet("Perbandingan").getLastRowNum())
          .as("a header and the six judgements")
          .isEqualTo(6);
      assertThat(workbook.getSheet("Penilaian").getLastRowNum()).isEqualTo(12);
      var ranking = workbook.getSheet("Peringkat");
      assertThat(ranking.getRow(1).getCell(2).getStringCellValue())
          .isEqualTo("Mal pelayanan publik");
      assertThat(ranking.getRow(1).getCell(4).getNumericCellValue())
          .isCloseTo(0.76339, within(1e-4));
      assertThat(workbook.getSheet("Bobot").getRow(4).getCell(4).getNumericCellValue())
          .isCloseTo(K1 / SUM, within(1e-6));
    }
    mvc.perform(
            get("/prioritisation/" + s.exercise() + "/results/export")
                .with(s.region().as(Role.REVIEWER).user()))
        .andExpect(status().isForbidden());
  }

  @Test
  void theWeightsAndRankingChartsAreDrawnAsSvg() throws Exception {
    Setting s = setting();
    mvc.perform(
            get("/prioritisation/" + s.exercise() + "/results/weights.svg")
                .with(s.region().as(Role.EDITOR).user()))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
        .andExpect(content().string(Matchers.startsWith("<svg")))
        // K1: 46.949 %
        .andExpect(content().string(Matchers.containsString("K1 Dampak sosial: 46,9 %")));
    mvc.perform(
            get("/prioritisation/" + s.exercise() + "/results/ranking.svg")
                .with(s.region().as(Role.EDITOR).user()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("1. P-")))
        .andExpect(content().string(Matchers.containsString("0,763")));
    mvc.perform(
            get("/prioritisation/" + s.exercise() + "/results/ranking.svg")
                .with(s.region().as(Role.REVIEWER).user()))
        .andExpect(status().isForbidden());
  }

  @Autowired id.rancang.document.MasterplanContents contents;

  @Test
  void buku2TakesItsPrioritiesFromThePublishedExerciseOnly() {
    Setting s = setting();
    assertThat(contents.live(s.region().id(), s.masterplan()).priority())
        .as("nothing published yet")
        .isNull();
    jdbc.sql(
            "update prioritisation_exercise set status = 'PUBLISHED', published_at = now()"
                + " where id = ?")
        .params(s.exercise())
        .update();
    var priority = contents.live(s.region().id(), s.masterplan()).priority();
    assertThat(priority.evaluators()).isEqualTo(2);
    assertThat(priority.criteria().get(0).weight()).isCloseTo(K1 / SUM, within(1e-6));
    assertThat(priority.ranking())
        .extracting(r -> r.name())
        .containsExactly("Mal pelayanan publik", "Pasar daring desa", "Posyandu digital");
  }
}
