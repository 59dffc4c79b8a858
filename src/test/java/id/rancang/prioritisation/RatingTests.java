package id.rancang.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.programme.ProgrammeFilter;
import id.rancang.shared.PageRequest;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.Person;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ProgrammeFixtures;
import id.rancang.support.RancangIntegrationTest;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Evaluators rate every programme on each rated criterion, a level of its scale per cell. */
@RancangIntegrationTest
class RatingTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ProgrammeFixtures programmes;
  @Autowired JdbcClient jdbc;
  @Autowired Ratings ratings;

  /**
   * An open exercise: K1 rated on five levels, K2 on three, K3 measured (cost), K4 split into K4.1
   * and K4.2 rated on five levels; three programmes; the participant evaluates.
   */
  private record Setting(
      TestRegion region,
      long masterplan,
      long exercise,
      long k1,
      long k2,
      long k41,
      long k42,
      List<Long> programmes) {
    Person evaluator() {
      return region.as(Role.PARTICIPANT);
    }

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
    long k1 = criterion(region.id(), exercise, null, "K1", "Dampak sosial", "RATED", 5);
    long k2 = criterion(region.id(), exercise, null, "K2", "Inovasi", "RATED", 3);
    criterion(region.id(), exercise, null, "K3", "Biaya", "MEASURED", 0);
    long k4 = criterion(region.id(), exercise, null, "K4", "Kelayakan", "RATED", 0);
    long k41 = criterion(region.id(), exercise, k4, "K4.1", "Kesiapan lahan", "RATED", 5);
    long k42 = criterion(region.id(), exercise, k4, "K4.2", "Kesiapan SDM", "RATED", 5);
    long group =
        jdbc.sql(
                "insert into evaluator_group (region_id, exercise_id, name) values (?, ?,"
                    + " 'Akademisi') returning id")
            .params(region.id(), exercise)
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into evaluator (region_id, exercise_id, group_id, account_id)"
                + " values (?, ?, ?, ?)")
        .params(region.id(), exercise, group, region.as(Role.PARTICIPANT).accountId())
        .update();
    List<Long> ps =
        List.of(
            programmes.createProgramme(region.id(), masterplan, null),
            programmes.createProgramme(region.id(), masterplan, null),
            programmes.createProgramme(region.id(), masterplan, null));
    return new Setting(region, masterplan, exercise, k1, k2, k41, k42, ps);
  }

  private long criterion(
      long regionId,
      long exercise,
      Long parent,
      String code,
      String name,
      String kind,
      int levels) {
    long id =
        jdbc.sql(
                "insert into criterion (region_id, exercise_id, parent_id, code, name, kind,"
                    + " measure, direction, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " returning id")
            .params(
                regionId,
                exercise,
                parent,
                code,
                name,
                kind,
                kind.equals("MEASURED") ? "TOTAL_COST" : null,
                kind.equals("MEASURED") ? "COST" : "BENEFIT",
                code.length())
            .query(Long.class)
            .single();
    for (int level = 1; level <= levels; level++) {
      jdbc.sql("insert into criterion_level (criterion_id, level, label) values (?, ?, ?)")
          .params(id, level, "Tingkat " + level)
          .update();
    }
    return id;
  }

  private MyRatings sheet(Setting s) {
    return ratings.mine(
        s.region().id(),
        s.exercise(),
        s.evaluator().accountId(),
        ProgrammeFilter.none(),
        PageRequest.of(0, 20));
  }

  @Test
  void theSheetAsksForEveryRatedLeafCriterionOfEveryProgramme() {
    Setting s = setting();
    MyRatings sheet = sheet(s);
    assertThat(sheet.criteria())
        .as("not the measured cost, not K4 which its sub-criteria stand for")
        .extracting(RatedCriterion::code)
        .containsExactly("K1", "K2", "K4.1", "K4.2");
    assertThat(sheet.criteria().get(2).parentName()).isEqualTo("Kelayakan");
    assertThat(sheet.criteria().get(1).levels()).hasSize(3);
    assertThat(sheet.programmes().total()).isEqualTo(3);
    assertThat(sheet.total()).isEqualTo(3 * 4);
    assertThat(sheet.rated()).isZero();
  }

  @Test
  void aLevelChosenInARowIsSavedAndTheRowComesBackThroughHtmx() throws Exception {
    Setting s = setting();
    long programme = s.programmes().get(1);
    mvc.perform(
            post("/prioritisation/" + s.exercise() + "/ratings/" + programme)
                .with(s.evaluator().user())
                .with(csrf())
                .header("HX-Request", "true")
                .param("l." + s.k1(), "4")
                .param("ver." + s.k1(), "0")
                .param("l." + s.k2(), "")
                .param("ver." + s.k2(), "0"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"programme-" + programme + "\"")))
        .andExpect(content().string(Matchers.containsString("<option value=\"4\" selected")))
        .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));

    RatedProgramme row =
        sheet(s).programmes().items().stream().filter(p -> p.id() == programme).findFirst().get();
    assertThat(row.ratings()).containsOnlyKeys(s.k1());
    assertThat(row.ratings().get(s.k1()).level()).isEqualTo(4);
    assertThat(sheet(s).rated()).isEqualTo(1);
  }

  @Test
  void withoutJavascriptTheRowIsSavedAndThePageComesBackWhereItWas() throws Exception {
    Setting s = setting();
    long programme = s.programmes().get(0);
    String back = "/prioritisation/" + s.exercise() + "/ratings?page=0";
    mvc.perform(
            post("/prioritisation/" + s.exercise() + "/ratings/" + programme)
                .with(s.evaluator().user())
                .with(csrf())
                .param("l." + s.k41(), "2")
                .param("ver." + s.k41(), "0")
                .param("return", back))
        .andExpect(redirectedUrl(back + "#programme-" + programme))
        .andExpect(flash().attribute("flash", "Penilaian tersimpan."));
  }

  @Test
  void aLevelBeyondTheScaleIsRefusedAndNothingOfTheBatchIsSaved() throws Exception {
    Setting s = setting();
    mvc.perform(
            put(s.api() + "/my-ratings")
                .with(s.evaluator().bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"ratings":[{"programmeId":%d,"criterionId":%d,"level":5},
                                {"programmeId":%d,"criterionId":%d,"level":5}]}"""
                        .formatted(s.programmes().get(0), s.k1(), s.programmes().get(0), s.k2())))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("Tingkat 5 tidak ada pada skala Inovasi (1 sampai 3)."));
    assertThat(sheet(s).rated()).isZero();
  }

  @Test
  void measuredCriteriaAndProgrammesOfOtherMasterplansAreNotRated() throws Exception {
    Setting s = setting();
    long elsewhere =
        programmes.createProgramme(
            s.region().id(), fixtures.createMasterplan(s.region().id()), null);
    long measured =
        jdbc.sql("select id from criterion where exercise_id = ? and code = 'K3'")
            .params(s.exercise())
            .query(Long.class)
            .single();
    mvc.perform(
            put(s.api() + "/my-ratings")
                .with(s.evaluator().bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"ratings":[{"programmeId":%d,"criterionId":%d,"level":1},
                                {"programmeId":%d,"criterionId":%d,"level":1}]}"""
                        .formatted(s.programmes().get(0), measured, elsewhere, s.k1())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("Kriteria ini tidak dinilai dengan skala dalam latihan ini."))
        .andExpect(
            jsonPath("$.errors[1].message")
                .value("Program ini bukan bagian dari masterplan latihan ini."));
  }

  @Test
  void aRatingChangedElsewhereIsNotOverwritten() throws Exception {
    Setting s = setting();
    long programme = s.programmes().get(2);
    ratings.rateAll(
        s.region().id(),
        s.exercise(),
        s.evaluator().accountId(),
        List.of(new RatingCommand(programme, s.k1(), 2, 0)));
    ratings.rateAll(
        s.region().id(),
        s.exercise(),
        s.evaluator().accountId(),
        List.of(new RatingCommand(programme, s.k1(), 3, 0)));
    mvc.perform(
            put(s.api() + "/my-ratings")
                .with(s.evaluator().bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"ratings\":[{\"programmeId\":%d,\"criterionId\":%d,\"level\":5,\"version\":0}]}"
                        .formatted(programme, s.k1())))
        .andExpect(status().isConflict());
    assertThat(
            ratings
                .row(s.region().id(), s.exercise(), s.evaluator().accountId(), programme)
                .ratings()
                .get(s.k1()))
        .isEqualTo(new Rating(3, 1));
  }

  @Test
  void onlyTheExercisesEvaluatorsHaveARatingSheet() throws Exception {
    Setting s = setting();
    mvc.perform(get(s.api() + "/my-ratings").with(s.evaluator().bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.criteria.length()").value(4));
    mvc.perform(get(s.api() + "/my-ratings").with(s.region().as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/prioritisation/" + s.exercise() + "/ratings")
                .with(fixtures.newRegion().as(Role.PARTICIPANT).user()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/prioritisation/" + s.exercise() + "/ratings").with(s.evaluator().user()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("0 dari 12 penilaian")));
  }
}
