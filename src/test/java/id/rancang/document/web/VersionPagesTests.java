package id.rancang.document.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.rancang.document.MasterplanVersion;
import id.rancang.document.MasterplanVersions;
import id.rancang.document.ProgrammeEdits;
import id.rancang.identity.Role;
import id.rancang.programme.BudgetItem;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ProgrammeFixtures;
import id.rancang.support.RancangIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@RancangIntegrationTest
class VersionPagesTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ProgrammeFixtures programmes;
  @Autowired ProgrammePortfolio portfolio;
  @Autowired MasterplanVersions versions;

  @Test
  void theDocumentsPageListsEachVersionWithItsTwelveBooksAndOffersOnlyEditorsToFreeze()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    programmes.createProgramme(region.id(), plan, null);
    MockHttpServletResponse frozen =
        mvc.perform(
                post("/masterplans/" + plan + "/versions")
                    .param("name", "v1.0 - Perbup 20/2024")
                    .param("note", "Ditetapkan bupati")
                    .with(region.as(Role.EDITOR).user())
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(frozen.getStatus()).isEqualTo(302);
    assertThat(frozen.getRedirectedUrl()).isEqualTo("/masterplans/" + plan + "/documents#versions");
    MasterplanVersion version = versions.all(region.id(), plan).get(0);

    Document editor = page(get("/masterplans/" + plan + "/documents"), region, Role.EDITOR);
    Element section = editor.selectFirst("#versions");
    assertThat(section).isNotNull();
    Element row = section.selectFirst("#version-" + version.id());
    assertThat(row.text())
        .contains(
            "v1.0 - Perbup 20/2024",
            "Ditetapkan bupati",
            "1 program",
            "oleh " + region.as(Role.EDITOR).email());
    List<String> links = row.select("a[download]").stream().map(a -> a.attr("href")).toList();
    assertThat(links)
        .hasSize(12)
        .allMatch(href -> href.startsWith("/masterplans/" + plan + "/documents/"))
        .allMatch(href -> href.contains("version=" + version.id()))
        .contains(
            "/masterplans/" + plan + "/documents/buku-1.docx?version=" + version.id(),
            "/masterplans/"
                + plan
                + "/documents/ringkasan-eksekutif.pdf?lang=en&version="
                + version.id());
    Element form = section.selectFirst("form#freeze");
    assertThat(form).isNotNull();
    assertThat(form.attr("data-confirm")).contains("tidak dapat dibatalkan");

    Document participant =
        page(get("/masterplans/" + plan + "/documents"), region, Role.PARTICIPANT);
    assertThat(participant.selectFirst("#version-" + version.id())).isNotNull();
    assertThat(participant.select("form#freeze")).isEmpty();
    assertThat(participant.text()).doesNotContain(region.as(Role.EDITOR).email());
  }

  @Test
  void aTakenNameIsShownNextToTheFieldWithWhatWasTyped() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    versions.freeze(region.id(), plan, "v1.0", null);

    Document page =
        page(
            post("/masterplans/" + plan + "/versions")
                .param("name", "V1.0")
                .param("note", "Revisi")
                .with(csrf()),
            region,
            Role.REGION_ADMIN);

    assertThat(page.selectFirst("#name-error").text()).contains("\"V1.0\"");
    assertThat(page.selectFirst("#version-name").val()).isEqualTo("V1.0");
    assertThat(page.selectFirst("#version-note").text()).isEqualTo("Revisi");
    assertThat(page.selectFirst("#version-name").attr("aria-invalid")).isEqualTo("true");
    assertThat(versions.all(region.id(), plan)).hasSize(1);
  }

  @Test
  void theDiffPageShowsWhatChangedFieldByFieldInTheUsersLanguage() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long programme = programmes.createProgramme(region.id(), plan, null);
    MasterplanVersion v1 = versions.freeze(region.id(), plan, "v1.0", null);
    ProgrammeEdits.rename(portfolio, region.id(), plan, programme, "Satu Data Tegal");
    ProgrammeEdits.budget(
        portfolio,
        region.id(),
        plan,
        programme,
        List.of(new BudgetItem(2025, "APBD", new BigDecimal("1250000000.5"))));
    long added = programmes.createProgramme(region.id(), plan, null);
    String path = "/masterplans/" + plan + "/versions/diff?from=" + v1.id() + "&to=live";

    Document indonesian = page(get(path), region, Role.REVIEWER);
    assertThat(indonesian.selectFirst("#diff-sides").text())
        .isEqualTo("Dari v1.0 ke Masterplan saat ini");
    Element programmesBlock = indonesian.selectFirst("#diff-PROGRAMME");
    assertThat(programmesBlock.text()).contains("1 ditambahkan, 0 dihapus, 1 diubah");
    assertThat(programmesBlock.select("del").eachText()).contains("Satu Data Daerah", "Rp 0");
    assertThat(programmesBlock.select("ins").eachText())
        .contains("Satu Data Tegal", "Rp 1.250.000.000,5", "2025 · APBD · Rp 1.250.000.000,5");
    assertThat(programmesBlock.select("th[scope=row]").eachText())
        .containsExactly("Nama", "Anggaran (total dan baris)");
    assertThat(programmesBlock.text())
        .contains(portfolio.get(region.id(), plan, added).code(), "ditambahkan");
    assertThat(indonesian.select("#no-differences")).isEmpty();

    Document english = page(get(path + "&lang=en"), region, Role.REVIEWER);
    assertThat(english.selectFirst("#diff-sides").text())
        .isEqualTo("From v1.0 to The masterplan now");
    assertThat(english.selectFirst("#diff-PROGRAMME").select("ins").eachText())
        .contains("Rp 1,250,000,000.5");
    assertThat(english.selectFirst("#diff-PROGRAMME").select("th[scope=row]").eachText())
        .contains("Budget (total and lines)");
  }

  @Test
  void twoEqualSidesSayThereIsNoDifferenceAndWithoutVersionsThePageAsksToFreezeOne()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    Document none = page(get("/masterplans/" + plan + "/versions/diff"), region, Role.PARTICIPANT);
    assertThat(none.selectFirst(".empty").text()).contains("bekukan satu versi dahulu");
    assertThat(none.select("#diff-sides")).isEmpty();

    versions.freeze(region.id(), plan, "v1.0", null);
    // without sides: the newest version against the masterplan now
    Document same = page(get("/masterplans/" + plan + "/versions/diff"), region, Role.PARTICIPANT);

    assertThat(same.selectFirst("#diff-sides").text())
        .isEqualTo("Dari v1.0 ke Masterplan saat ini");
    assertThat(same.selectFirst("#no-differences").text()).isEqualTo("Tidak ada perbedaan.");
    assertThat(same.select("[id^=diff-]:not(#diff-sides):not(#diff-from):not(#diff-to)")).isEmpty();
  }

  @Test
  void theVersionListAnswersHtmxWithTheListOnlyAndPagesThroughManyVersions() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    for (int n = 1; n <= 21; n++) {
      versions.freeze(region.id(), plan, "v" + n, null);
    }

    MvcResult fragment =
        mvc.perform(
                get("/masterplans/" + plan + "/versions")
                    .param("page", "1")
                    .header("HX-Request", "true")
                    .with(region.as(Role.EDITOR).user()))
            .andReturn();
    String html = fragment.getResponse().getContentAsString();
    assertThat(fragment.getResponse().getStatus()).isEqualTo(200);
    assertThat(html).doesNotContain("<html", "form");
    // newest first: the 21st version is on the first page, the first one alone on the second
    assertThat(
            Jsoup.parseBodyFragment(html)
                .select("tbody > tr > th[scope=row] > span:first-child")
                .eachText())
        .containsExactly("v1");

    Document full = page(get("/masterplans/" + plan + "/versions"), region, Role.EDITOR);
    assertThat(full.select("#version-list > table > tbody > tr")).hasSize(20);
    assertThat(full.selectFirst("#version-list nav.pager")).isNotNull();
    assertThat(full.selectFirst("form#freeze")).isNotNull();
  }

  private Document page(MockHttpServletRequestBuilder request, TestRegion region, Role role)
      throws Exception {
    MockHttpServletResponse response =
        mvc.perform(request.with(region.as(role).user())).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString());
  }
}
