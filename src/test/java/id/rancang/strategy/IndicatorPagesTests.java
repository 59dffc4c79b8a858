package id.rancang.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.StrategyFixtures;
import java.math.BigDecimal;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@RancangIntegrationTest
class IndicatorPagesTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired StrategyFixtures strategy;
  @Autowired IndicatorRegister indicators;

  @Test
  void anEditorEntersTheTargetsAsOneRowOfYearsAndSeesWarningsAfterSaving() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id()); // 2024-2033
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);

    Document form =
        page(
            region,
            Role.EDITOR,
            "/masterplans/" + plan + "/indicators/new?item=" + branch.target());
    assertThat(form.select("table.year-row input")).hasSize(10);
    assertThat(form.select("table.year-row th").first().text()).isEqualTo("2024");

    mvc.perform(
            indicatorPost(
                    region, Role.EDITOR, "/masterplans/" + plan + "/indicators", branch.target())
                .param("code", "KMS")
                .param("name", "Persentase penduduk miskin")
                .param("polarity", "POSITIVE")
                .param("baselineYear", "2023")
                .param("baselineValue", "7,9")
                .param("target_2024", "7.5")
                .param("target_2033", "5"))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            flash()
                .attribute(
                    "warnings",
                    org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.containsString("Indikator positif"))));
    Indicator saved = indicators.findByCode(region.id(), plan, "KMS").orElseThrow();
    assertThat(saved.baseline().value()).isEqualByComparingTo("7.9");
    assertThat(saved.target(2024)).contains(new BigDecimal("7.5"));
    assertThat(saved.endTarget()).isEqualByComparingTo("5");
  }

  @Test
  void aValueThatIsNotANumberIsShownAgainWithItsYearAndNothingIsSaved() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);
    String html =
        mvc.perform(
                indicatorPost(
                        region,
                        Role.EDITOR,
                        "/masterplans/" + plan + "/indicators",
                        branch.target())
                    .param("code", "RTLH")
                    .param("name", "Rumah tidak layak huni")
                    .param("polarity", "NEGATIVE")
                    .param("target_2027", "sepuluh"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document doc = Jsoup.parse(html);
    assertThat(doc.select(".form-errors li").text()).contains("sepuluh");
    assertThat(doc.select("td.invalid input").attr("name")).isEqualTo("target_2027");
    assertThat(doc.select("input[name=target_2027]").val()).isEqualTo("sepuluh");
    assertThat(doc.select("textarea[name=name]").text()).isEqualTo("Rumah tidak layak huni");
    assertThat(indicators.findByCode(region.id(), plan, "RTLH")).isEmpty();
  }

  @Test
  void theSuggestedRowRunsFromTheBaselineToTheEndTarget() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    String html =
        mvc.perform(
                post("/masterplans/" + plan + "/indicators/trajectory")
                    .with(region.as(Role.EDITOR).user())
                    .with(csrf())
                    .header("HX-Request", "true")
                    .param("baselineYear", "2023")
                    .param("baselineValue", "40")
                    .param("endTarget", "90"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document row = Jsoup.parse(html);
    List<String> values = row.select("table.year-row input").eachAttr("value");
    assertThat(values).hasSize(10);
    assertThat(new BigDecimal(values.get(0))).isEqualByComparingTo("45");
    assertThat(new BigDecimal(values.get(9))).isEqualByComparingTo("90");
    assertThat(row.select("header")).isEmpty();
  }

  @Test
  void anOpdContributorMayEditTheirOwnOpdsIndicatorOnly() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, region.opd().id());
    long otherOpd = fixtures.createOpd(region.id(), "Dinas Sosial", "DINSOS" + region.id());
    long foreign = strategy.createIndicator(region.id(), plan, branch.target(), otherOpd);

    Document own =
        page(
            region,
            Role.OPD_CONTRIBUTOR,
            "/masterplans/" + plan + "/indicators/" + branch.indicator());
    assertThat(own.select("form.indicator-form fieldset").hasAttr("disabled")).isFalse();
    Document theirs =
        page(region, Role.OPD_CONTRIBUTOR, "/masterplans/" + plan + "/indicators/" + foreign);
    assertThat(theirs.select("form.indicator-form fieldset").hasAttr("disabled")).isTrue();

    Indicator ownIndicator = indicators.get(region.id(), plan, branch.indicator());
    mvc.perform(
            indicatorPost(
                    region,
                    Role.OPD_CONTRIBUTOR,
                    "/masterplans/" + plan + "/indicators/" + branch.indicator(),
                    branch.target())
                .param("code", ownIndicator.code())
                .param("name", "Diperbarui oleh OPD")
                .param("polarity", "POSITIVE")
                .param("opdId", Long.toString(region.opd().id()))
                .param("version", "0"))
        .andExpect(status().is3xxRedirection());
    Indicator foreignIndicator = indicators.get(region.id(), plan, foreign);
    mvc.perform(
            indicatorPost(
                    region,
                    Role.OPD_CONTRIBUTOR,
                    "/masterplans/" + plan + "/indicators/" + foreign,
                    branch.target())
                .param("code", foreignIndicator.code())
                .param("name", "Bukan urusan saya")
                .param("polarity", "POSITIVE")
                .param("opdId", Long.toString(otherOpd))
                .param("version", "0"))
        .andExpect(status().isForbidden());
    assertThat(indicators.get(region.id(), plan, branch.indicator()).name())
        .isEqualTo("Diperbarui oleh OPD");
    assertThat(indicators.get(region.id(), plan, foreign).name()).isNotEqualTo("Bukan urusan saya");
  }

  @Test
  void aStaleSaveShowsTheOtherVersionAndKeepsWhatWasTyped() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);
    Indicator before = indicators.get(region.id(), plan, branch.indicator());
    String path = "/masterplans/" + plan + "/indicators/" + branch.indicator();
    mvc.perform(
            indicatorPost(region, Role.EDITOR, path, branch.target())
                .param("code", before.code())
                .param("name", "Versi Ani")
                .param("polarity", "POSITIVE")
                .param("version", "0"))
        .andExpect(status().is3xxRedirection());
    String html =
        mvc.perform(
                indicatorPost(region, Role.EDITOR, path, branch.target())
                    .param("code", before.code())
                    .param("name", "Versi Budi")
                    .param("polarity", "POSITIVE")
                    .param("version", "0"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document doc = Jsoup.parse(html);
    assertThat(doc.select(".form-errors dd").first().text()).isEqualTo("Versi Ani");
    assertThat(doc.select("textarea[name=name]").text()).isEqualTo("Versi Budi");
    assertThat(indicators.get(region.id(), plan, branch.indicator()).name()).isEqualTo("Versi Ani");
  }

  @Test
  void theLibraryOpenedFromATargetOffersEachEntryToEditorsAndCreatesThePrefilledIndicator()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);
    String path = "/indicator-library?q=SDG-11.6.2&masterplan=" + plan + "&item=" + branch.target();

    assertThat(page(region, Role.EDITOR, path).select("form[action$=/indicators/from-library]"))
        .hasSize(1);
    assertThat(
            page(region, Role.PARTICIPANT, path).select("form[action$=/indicators/from-library]"))
        .isEmpty();

    mvc.perform(
            post("/masterplans/" + plan + "/indicators/from-library")
                .with(region.as(Role.EDITOR).user())
                .with(csrf())
                .param("libraryCode", "SDG-11.6.2")
                .param("itemId", Long.toString(branch.target())))
        .andExpect(status().is3xxRedirection());
    Indicator created = indicators.findByCode(region.id(), plan, "SDG-11.6.2").orElseThrow();
    assertThat(created.libraryCode()).isEqualTo("SDG-11.6.2");
    assertThat(created.itemId()).isEqualTo(branch.target());
  }

  private MockHttpServletRequestBuilder indicatorPost(
      TestRegion region, Role role, String path, long itemId) {
    return post(path)
        .with(region.as(role).user())
        .with(csrf())
        .param("itemId", Long.toString(itemId))
        .param("unit", "persen");
  }

  private Document page(TestRegion region, Role role, String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).with(region.as(role).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
