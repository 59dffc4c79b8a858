package id.rancang.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.Person;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.StrategyFixtures;
import java.math.BigDecimal;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@RancangIntegrationTest
class IndicatorTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired StrategyFixtures strategy;
  @Autowired IndicatorRegister indicators;
  @Autowired IndicatorLibrary library;

  private static final String FULL =
      """
      {"code":"IKU-01","name":"Indeks SPBE","unit":"indeks","polarity":"POSITIVE",
       "targetId":%d,"baseline":{"year":2023,"value":2.1},
       "targets":[{"year":2024,"value":2.4},{"year":2025,"value":2.7}],
       "endTarget":4.0,"opdId":%d,"definition":"Indeks Sistem Pemerintahan Berbasis Elektronik",
       "formula":"Penilaian KemenPAN-RB","dataSource":"KemenPAN-RB","dataProvider":"Bidang e-Gov",
       "level":"IMPACT","keyIndicator":true,"notes":"Dievaluasi tiap tahun"}""";

  @Test
  void anIndicatorKeepsEveryFieldOfItsSheet() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);
    long id = create(region, plan, FULL.formatted(branch.target(), region.opd().id()));

    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/indicators/" + id)
                .with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("IKU-01"))
        .andExpect(jsonPath("$.unit").value("indeks"))
        .andExpect(jsonPath("$.targetId").value(branch.target()))
        .andExpect(jsonPath("$.goalId").doesNotExist())
        .andExpect(jsonPath("$.opdId").value(region.opd().id()))
        .andExpect(jsonPath("$.baseline.year").value(2023))
        .andExpect(jsonPath("$.baseline.value").value(2.1))
        .andExpect(jsonPath("$.targets.length()").value(2))
        .andExpect(jsonPath("$.targets[1].year").value(2025))
        .andExpect(jsonPath("$.targets[1].value").value(2.7))
        .andExpect(jsonPath("$.endTarget").value(4.0))
        .andExpect(jsonPath("$.level").value("IMPACT"))
        .andExpect(jsonPath("$.keyIndicator").value(true))
        .andExpect(jsonPath("$.formula").value("Penilaian KemenPAN-RB"))
        .andExpect(jsonPath("$.dataProvider").value("Bidang e-Gov"))
        .andExpect(jsonPath("$.notes").value("Dievaluasi tiap tahun"));
  }

  @Test
  void aTargetOutsideThePeriodOrAMissingUnitIsRefusedAndNothingIsSaved() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id()); // 2024-2033
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);
    String body =
        """
        {"code":"X1","name":"Cakupan","unit":" ","polarity":"POSITIVE","targetId":%d,
         "targets":[{"year":2024,"value":10},{"year":2040,"value":20}]}"""
            .formatted(branch.target());
    mvc.perform(send(post("/api/v1/masterplans/" + plan + "/indicators"), region, body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItems("unit", "targets.2040")))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'targets.2040')].message")
                .value(Matchers.hasItem(Matchers.containsString("2024-2033"))));
    assertThat(indicators.findByCode(region.id(), plan, "X1")).isEmpty();
  }

  @Test
  void aValueThatIsNotANumberIsRefusedWithItsField() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);
    String body =
        """
        {"code":"X2","name":"Cakupan","unit":"persen","polarity":"POSITIVE","targetId":%d,
         "targets":[{"year":2024,"value":"sepuluh"}]}"""
            .formatted(branch.target());
    mvc.perform(send(post("/api/v1/masterplans/" + plan + "/indicators"), region, body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value(Matchers.containsString("targets")));
    assertThat(indicators.findByCode(region.id(), plan, "X2")).isEmpty();
  }

  @Test
  void targetsAgainstThePolarityAreSavedWithAWarning() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);
    String body =
        """
        {"code":"KMS","name":"Persentase penduduk miskin","unit":"persen","polarity":"POSITIVE",
         "targetId":%d,"baseline":{"year":2023,"value":7.9},
         "targets":[{"year":2024,"value":7.5},{"year":2033,"value":5.0}]}"""
            .formatted(branch.target());
    mvc.perform(send(post("/api/v1/masterplans/" + plan + "/indicators"), region, body))
        .andExpect(status().isCreated())
        .andExpect(
            jsonPath("$.warnings[*].message")
                .value(Matchers.hasItem(Matchers.containsString("Indikator positif"))));
    assertThat(indicators.findByCode(region.id(), plan, "KMS")).isPresent();
  }

  @Test
  void theSuggestedTrajectoryRunsFromTheBaselineToTheEndTargetOverThePeriod() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id()); // 2024-2033
    String json =
        mvc.perform(
                send(
                    post("/api/v1/masterplans/" + plan + "/indicators/trajectory"),
                    region,
                    "{\"baseline\":{\"year\":2023,\"value\":40},\"endTarget\":90}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.length()").value(10))
            .andExpect(jsonPath("$[0].year").value(2024))
            .andExpect(jsonPath("$[9].year").value(2033))
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<Number> values = JsonPath.read(json, "$[*].value");
    // 40 -> 90 over 10 years: 5 a year
    assertThat(new BigDecimal(values.get(0).toString())).isEqualByComparingTo("45");
    assertThat(new BigDecimal(values.get(9).toString())).isEqualByComparingTo("90");
    mvc.perform(
            send(
                post("/api/v1/masterplans/" + plan + "/indicators/trajectory"),
                region,
                "{\"endTarget\":90}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("baseline"));
  }

  @Test
  void anOpdContributorChangesOnlyIndicatorsOfTheirOwnOpd() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long otherOpd = fixtures.createOpd(region.id(), "Dinas Kesehatan", "DINKES" + region.id());
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, region.opd().id());
    long foreign = strategy.createIndicator(region.id(), plan, branch.target(), otherOpd);
    Person contributor = region.as(Role.OPD_CONTRIBUTOR);
    String body =
        """
        {"code":"%s","name":"Diubah OPD","unit":"persen","polarity":"POSITIVE","targetId":%d,
         "opdId":%d,"version":0}""";
    String own = indicators.get(region.id(), plan, branch.indicator()).code();
    String other = indicators.get(region.id(), plan, foreign).code();

    mvc.perform(
            put("/api/v1/masterplans/" + plan + "/indicators/" + branch.indicator())
                .with(contributor.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(own, branch.target(), region.opd().id())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Diubah OPD"));
    mvc.perform(
            put("/api/v1/masterplans/" + plan + "/indicators/" + foreign)
                .with(contributor.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(other, branch.target(), otherOpd)))
        .andExpect(status().isForbidden());
    // handing their own indicator to another OPD is not theirs to decide
    mvc.perform(
            put("/api/v1/masterplans/" + plan + "/indicators/" + branch.indicator())
                .with(contributor.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    body.replace("\"version\":0", "\"version\":1")
                        .formatted(own, branch.target(), otherOpd)))
        .andExpect(status().isForbidden());
    mvc.perform(
            put("/api/v1/masterplans/" + plan + "/indicators/" + branch.indicator())
                .with(region.as(Role.REVIEWER).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(own, branch.target(), region.opd().id())))
        .andExpect(status().isForbidden());
    assertThat(indicators.get(region.id(), plan, foreign).name()).isNotEqualTo("Diubah OPD");
    assertThat(indicators.get(region.id(), plan, branch.indicator()).opdId())
        .isEqualTo(region.opd().id());
  }

  @Test
  void aStaleSaveIsAConflict() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);
    String code = indicators.get(region.id(), plan, branch.indicator()).code();
    String body =
        """
        {"code":"%s","name":"%s","unit":"persen","polarity":"POSITIVE","targetId":%d,"version":0}""";
    String path = "/api/v1/masterplans/" + plan + "/indicators/" + branch.indicator();
    mvc.perform(send(put(path), region, body.formatted(code, "Versi Ani", branch.target())))
        .andExpect(status().isOk());
    mvc.perform(send(put(path), region, body.formatted(code, "Versi Budi", branch.target())))
        .andExpect(status().isConflict());
    assertThat(indicators.get(region.id(), plan, branch.indicator()).name()).isEqualTo("Versi Ani");
  }

  @Test
  void anIndicatorCannotMeasureAnotherRegionsTargetOrAMission() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    StrategyFixtures.Branch own = strategy.createBranch(region.id(), plan, null);
    TestRegion other = fixtures.newRegion();
    long otherPlan = fixtures.createMasterplan(other.id());
    StrategyFixtures.Branch foreign = strategy.createBranch(other.id(), otherPlan, null);
    String body =
        """
        {"code":"Y%d","name":"x","unit":"persen","polarity":"POSITIVE","targetId":%d}""";
    mvc.perform(
            send(
                post("/api/v1/masterplans/" + plan + "/indicators"),
                region,
                body.formatted(1, foreign.target())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("targetId"));
    mvc.perform(
            send(
                post("/api/v1/masterplans/" + plan + "/indicators"),
                region,
                body.formatted(2, own.mission())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("targetId"));
  }

  @Test
  void theListIsPagedAndFilteredByText() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);
    for (int i = 0; i < 4; i++) {
      strategy.createIndicator(region.id(), plan, branch.target(), null);
    }
    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/indicators?size=2&page=1")
                .with(region.as(Role.REVIEWER).bearer()))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", "5"))
        .andExpect(jsonPath("$.length()").value(2));
    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/indicators?q=tidak-ada")
                .with(region.as(Role.REVIEWER).bearer()))
        .andExpect(header().string("X-Total-Count", "0"));
  }

  @Test
  void movingAnIndicatorDownSwapsItWithTheNextOneOfItsTarget() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);
    long second = strategy.createIndicator(region.id(), plan, branch.target(), null);
    mvc.perform(
            send(
                post("/api/v1/masterplans/" + plan + "/indicators/" + branch.indicator() + "/move"),
                region,
                "{\"direction\":\"DOWN\",\"version\":0}"))
        .andExpect(status().isOk());
    assertThat(indicators.list(region.id(), plan))
        .extracting(Indicator::id)
        .containsExactly(second, branch.indicator());
    mvc.perform(
            send(
                post("/api/v1/masterplans/" + plan + "/indicators/" + branch.indicator() + "/move"),
                region,
                "{\"direction\":\"UP\",\"version\":0}"))
        .andExpect(status().isConflict());
  }

  @Test
  void choosingALibraryEntryCreatesAPrefilledIndicatorThatKeepsItsStandardCode() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);
    LibraryIndicator entry = library.find("SDG-11.6.2").orElseThrow();
    String path = "/api/v1/masterplans/" + plan + "/indicators/from-library";

    mvc.perform(
            send(
                post(path),
                region,
                "{\"libraryCode\":\"SDG-11.6.2\",\"targetId\":%d}".formatted(branch.target())))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.libraryCode").value("SDG-11.6.2"))
        .andExpect(jsonPath("$.code").value("SDG-11.6.2"))
        .andExpect(jsonPath("$.name").value(entry.nameId()))
        .andExpect(jsonPath("$.unit").value(entry.unit()))
        .andExpect(jsonPath("$.polarity").value(entry.polarity().name()))
        .andExpect(jsonPath("$.targetId").value(branch.target()));
    // the same entry again needs another code; an unknown entry is named
    mvc.perform(
            send(
                post(path),
                region,
                "{\"libraryCode\":\"SDG-11.6.2\",\"targetId\":%d}".formatted(branch.target())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
    mvc.perform(
            send(
                post(path),
                region,
                "{\"libraryCode\":\"SDG-99.9.9\",\"targetId\":%d}".formatted(branch.target())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("SDG-99.9.9")));
  }

  private long create(TestRegion region, long plan, String body) throws Exception {
    String json =
        mvc.perform(send(post("/api/v1/masterplans/" + plan + "/indicators"), region, body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(json, "$.id")).longValue();
  }

  private static MockHttpServletRequestBuilder send(
      MockHttpServletRequestBuilder request, TestRegion region, String body) {
    return request
        .with(region.as(Role.EDITOR).bearer())
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }
}
