package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.strategy.BreakdownItem;
import id.rancang.strategy.ProfileStatCommand;
import id.rancang.strategy.ProfileStatistics;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.StrategyFixtures;
import id.rancang.support.WorkshopFixtures;
import java.math.BigDecimal;
import java.util.List;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The data presentation of a workshop: choosing, ordering, and the page for the projector. */
@RancangIntegrationTest
class PresentationTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired WorkshopFixtures workshops;
  @Autowired StrategyFixtures strategy;
  @Autowired ProfileStatistics statistics;
  @Autowired WorkshopPresentation presentation;

  record Setting(
      TestRegion region, long masterplan, long workshop, long statistic, long indicator) {}

  private Setting setting() {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long workshop = workshops.createWorkshop(region.id(), masterplan);
    workshops.inviteMember(region.id(), workshop, region.as(Role.PARTICIPANT).accountId());
    long statistic =
        statistics
            .create(
                region.id(),
                masterplan,
                new ProfileStatCommand(
                    "Jumlah penduduk",
                    new BigDecimal("1623595"),
                    "jiwa",
                    2022,
                    "BPS",
                    List.of(
                        new BreakdownItem("Slawi", new BigDecimal("75000")),
                        new BreakdownItem("Adiwerna", new BigDecimal("121500")))))
            .id();
    long indicator = strategy.createBranch(region.id(), masterplan, region.opd().id()).indicator();
    return new Setting(region, masterplan, workshop, statistic, indicator);
  }

  @Test
  void organisersChooseStatisticsAndIndicatorsPutThemInOrderAndTakeThemOut() throws Exception {
    Setting s = setting();
    String url = "/api/v1/workshops/" + s.workshop() + "/presentation";
    var editor = s.region().as(Role.EDITOR).bearer();

    String first =
        mvc.perform(
                post(url)
                    .with(editor)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"profileStatId\":" + s.statistic() + "}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.kind").value("PROFILE_STAT"))
            .andExpect(jsonPath("$.position").value(1))
            .andExpect(jsonPath("$.breakdown[1].label").value("Adiwerna"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long statItem = Long.parseLong(first.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
    mvc.perform(
            post(url)
                .with(editor)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"indicatorId\":" + s.indicator() + "}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.kind").value("INDICATOR"))
        .andExpect(jsonPath("$.position").value(2))
        .andExpect(jsonPath("$.baseline.year").value(2023))
        .andExpect(jsonPath("$.targets[0].year").value(2024))
        .andExpect(jsonPath("$.unit").value("persen"));

    mvc.perform(get(url).with(s.region().as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].kind", Matchers.contains("PROFILE_STAT", "INDICATOR")));

    mvc.perform(
            post(url + "/" + statItem + "/move")
                .with(editor)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"direction\":\"DOWN\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].kind", Matchers.contains("INDICATOR", "PROFILE_STAT")))
        .andExpect(jsonPath("$[*].position", Matchers.contains(1, 2)));

    mvc.perform(delete(url + "/" + statItem).with(editor)).andExpect(status().isNoContent());
    mvc.perform(get(url).with(editor))
        .andExpect(jsonPath("$[*].kind", Matchers.contains("INDICATOR")))
        .andExpect(jsonPath("$[0].position").value(1));
    mvc.perform(delete(url + "/" + statItem).with(editor)).andExpect(status().isNotFound());
  }

  @Test
  void aStatisticOfAnotherMasterplanOrOneChosenTwiceIsRefused() throws Exception {
    Setting s = setting();
    long otherMasterplan = fixtures.createMasterplan(s.region().id());
    long foreign = fixtures.createProfileStat(s.region().id(), otherMasterplan);
    String url = "/api/v1/workshops/" + s.workshop() + "/presentation";
    var editor = s.region().as(Role.EDITOR).bearer();

    mvc.perform(
            post(url)
                .with(editor)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"profileStatId\":" + foreign + "}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("profileStatId"));
    mvc.perform(
            post(url)
                .with(editor)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"indicatorId\":" + s.indicator() + "}"))
        .andExpect(status().isCreated());
    mvc.perform(
            post(url)
                .with(editor)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"indicatorId\":" + s.indicator() + "}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("sudah ada")));
    mvc.perform(
            post(url)
                .with(editor)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"indicatorId\":"
                        + s.indicator()
                        + ",\"profileStatId\":"
                        + s.statistic()
                        + "}"))
        .andExpect(status().isBadRequest());

    assertThat(presentation.items(s.region().id(), s.workshop())).hasSize(1);
  }

  @Test
  void theDataPageShowsEachItemAsAChartForEveryoneWhoMaySeeTheWorkshop() throws Exception {
    Setting s = setting();
    presentation.add(
        s.region().id(), s.workshop(), new PresentationItemCommand(s.statistic(), null));
    presentation.add(
        s.region().id(), s.workshop(), new PresentationItemCommand(null, s.indicator()));
    String page = "/workshops/" + s.workshop() + "/data";

    Document participant = html(page, s.region().as(Role.PARTICIPANT));
    var slides = participant.select("li.slide");
    assertThat(slides).hasSize(2);
    assertThat(slides.get(0).select("h2").text()).isEqualTo("Jumlah penduduk");
    assertThat(slides.get(0).select(".figure").text()).isEqualTo("1.623.595");
    assertThat(slides.get(0).text()).contains("jiwa", "Tahun 2022", "Sumber: BPS");
    assertThat(slides.get(0).select("figure.chart svg text").eachText())
        .contains("Slawi", "Adiwerna", "121.500 jiwa");
    assertThat(slides.get(1).select("h2").text()).isEqualTo("Persentase layanan perizinan daring");
    assertThat(slides.get(1).text())
        .contains("Kondisi awal (2023): 40 persen", "Kondisi akhir: 90 persen", "DPMPTSP");
    assertThat(slides.get(1).select("figure.chart svg text").eachText()).contains("2023", "2024");
    assertThat(slides.get(1).select("table.slide-years td").eachText()).containsExactly("40", "45");
    assertThat(participant.select("#manage")).as("participants do not organise").isEmpty();

    Document editor = html(page, s.region().as(Role.EDITOR));
    assertThat(editor.select("#manage li")).hasSize(2);
    assertThat(editor.select("#manage select option")).as("everything is chosen").isEmpty();
    assertThat(editor.select("#manage").text()).contains("Semua statistik dan indikator");

    mvc.perform(get(page).with(fixtures.newRegion().as(Role.REGION_ADMIN).user()))
        .andExpect(status().isNotFound());
  }

  @Test
  void anEmptyPresentationTellsOrganisersWhatToDoAndOthersThatNothingIsChosenYet()
      throws Exception {
    Setting s = setting();
    String page = "/workshops/" + s.workshop() + "/data";

    Document editor = html(page, s.region().as(Role.EDITOR));
    assertThat(editor.select(".empty").text()).contains("Pilih di bawah statistik profil daerah");
    assertThat(editor.select("#manage select option").eachAttr("value"))
        .containsExactly("PROFILE_STAT:" + s.statistic(), "INDICATOR:" + s.indicator());
    Document reviewer = html(page, s.region().as(Role.REVIEWER));
    assertThat(reviewer.select(".empty").text()).contains("Panitia belum memilih");

    TestRegion bare = fixtures.newRegion();
    long workshop = workshops.createWorkshop(bare.id(), fixtures.createMasterplan(bare.id()));
    Document nothing = html("/workshops/" + workshop + "/data", bare.as(Role.EDITOR));
    assertThat(nothing.select("#manage").text()).contains("belum memiliki statistik");
    assertThat(nothing.select("#manage a").eachAttr("href")).anyMatch(h -> h.endsWith("/profile"));
  }

  @Test
  void organisersAddMoveAndRemoveItemsWithPlainForms() throws Exception {
    Setting s = setting();
    String base = "/workshops/" + s.workshop() + "/data";
    var editor = s.region().as(Role.EDITOR).user();

    for (String item : List.of("PROFILE_STAT:" + s.statistic(), "INDICATOR:" + s.indicator())) {
      MvcResult added =
          mvc.perform(post(base + "/items").param("item", item).with(editor).with(csrf()))
              .andExpect(status().is3xxRedirection())
              .andReturn();
      assertThat(added.getResponse().getRedirectedUrl()).isEqualTo(base + "#manage");
      assertThat(added.getFlashMap().get("flashError")).isNull();
    }
    MvcResult bad =
        mvc.perform(post(base + "/items").param("item", "INDICATOR:abc").with(editor).with(csrf()))
            .andReturn();
    assertThat(bad.getFlashMap().get("flashError")).isNotNull();

    long indicatorItem = presentation.items(s.region().id(), s.workshop()).get(1).id();
    mvc.perform(
            post(base + "/items/" + indicatorItem + "/move")
                .param("direction", "UP")
                .with(editor)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(presentation.items(s.region().id(), s.workshop()))
        .extracting(PresentationItem::kind)
        .containsExactly(PresentationItem.Kind.INDICATOR, PresentationItem.Kind.PROFILE_STAT);

    mvc.perform(post(base + "/items/" + indicatorItem + "/delete").with(editor).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(presentation.items(s.region().id(), s.workshop()))
        .extracting(PresentationItem::kind, PresentationItem::position)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PresentationItem.Kind.PROFILE_STAT, 1));
  }

  @Test
  void aStatisticNamedWithMarkupIsShownAsText() throws Exception {
    Setting s = setting();
    long sneaky =
        statistics
            .create(
                s.region().id(),
                s.masterplan(),
                new ProfileStatCommand(
                    "<script>alert(1)</script>",
                    new BigDecimal("5"),
                    "unit",
                    2023,
                    "<img src=x onerror=alert(2)>",
                    List.of(new BreakdownItem("<b>Slawi</b>", new BigDecimal("5")))))
            .id();
    presentation.add(s.region().id(), s.workshop(), new PresentationItemCommand(sneaky, null));

    String html =
        mvc.perform(
                get("/workshops/" + s.workshop() + "/data").with(s.region().as(Role.EDITOR).user()))
            .andReturn()
            .getResponse()
            .getContentAsString();

    Document page = Jsoup.parse(html);
    assertThat(page.select("main script")).isEmpty();
    assertThat(page.select("main img")).isEmpty();
    assertThat(page.select("main b")).isEmpty();
    assertThat(page.select("li.slide h2").text()).isEqualTo("<script>alert(1)</script>");
  }

  private Document html(String path, Fixtures.Person person) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).with(person.user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
