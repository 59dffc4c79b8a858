package id.rancang.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.Person;
import id.rancang.support.RancangIntegrationTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The indicator library through the JSON API and the page. */
@RancangIntegrationTest
class IndicatorLibraryWebTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired IndicatorLibrary library;

  private Person participant() {
    return fixtures.newRegion().as(Role.PARTICIPANT);
  }

  // --- API

  @Test
  void theApiListsOnePageWithTheTotalAndPagingInTheHeaders() throws Exception {
    long resilient =
        library.all().stream().filter(i -> i.family() == IndicatorFamily.ISO_37123).count();

    mvc.perform(
            get("/api/v1/indicator-library")
                .param("family", "ISO_37123")
                .param("page", "1")
                .param("size", "2")
                .with(participant().bearer()))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", Long.toString(resilient)))
        .andExpect(header().string("X-Page", "1"))
        .andExpect(header().string("X-Page-Size", "2"))
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].family").value("ISO_37123"))
        .andExpect(jsonPath("$[1].family").value("ISO_37123"));
  }

  @Test
  void theApiSearchesTextAndDimensionTogether() throws Exception {
    String body =
        mvc.perform(
                get("/api/v1/indicator-library")
                    .param("q", "PM10")
                    .param("dimension", "ENVIRONMENT")
                    .param("size", "200")
                    .with(participant().bearer()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    List<String> codes = com.jayway.jsonpath.JsonPath.read(body, "$[*].code");
    List<String> dimensions = com.jayway.jsonpath.JsonPath.read(body, "$[*].dimension");
    assertThat(codes).contains("ISO37120-8.2", "SDG-11.6.2");
    assertThat(dimensions).containsOnly("ENVIRONMENT");
  }

  @Test
  void theApiWithoutParametersGivesTheFirstPageOfTwentyOfTheWholeLibrary() throws Exception {
    mvc.perform(get("/api/v1/indicator-library").with(participant().bearer()))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", Integer.toString(library.all().size())))
        .andExpect(header().string("X-Page", "0"))
        .andExpect(jsonPath("$.length()").value(20))
        .andExpect(jsonPath("$[0].code").value(library.all().get(0).code()));
  }

  @Test
  void oneIndicatorIsReadByItsCodeWithBothLanguages() throws Exception {
    mvc.perform(get("/api/v1/indicator-library/SDG-11.6.2").with(participant().bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("SDG-11.6.2"))
        .andExpect(jsonPath("$.family").value("SDG"))
        .andExpect(jsonPath("$.nameEn").value(org.hamcrest.Matchers.containsString("particulate")))
        .andExpect(jsonPath("$.nameId").value(org.hamcrest.Matchers.containsString("partikulat")))
        .andExpect(jsonPath("$.polarity").value("NEGATIVE"))
        .andExpect(jsonPath("$.source").value(org.hamcrest.Matchers.endsWith("11.6.2")));
  }

  @Test
  void aU4sscCodeWithColonsWorksInThePath() throws Exception {
    mvc.perform(get("/api/v1/indicator-library/U4SSC-EC:ICT:ICT:1C").with(participant().bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.nameEn").value("Household Internet Access"));
  }

  @Test
  void anUnknownCodeIsNotFoundAsProblemJson() throws Exception {
    mvc.perform(get("/api/v1/indicator-library/SDG-99.9.9").with(participant().bearer()))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("SDG-99.9.9")));
  }

  @Test
  void anUnknownFamilyIsABadRequest() throws Exception {
    mvc.perform(
            get("/api/v1/indicator-library")
                .param("family", "ISO_9001")
                .with(participant().bearer()))
        .andExpect(status().isBadRequest());
  }

  // --- page

  @Test
  void thePageShowsNamesInIndonesianByDefaultAndInEnglishWhenAsked() throws Exception {
    Person person = participant();

    Document indonesian =
        Jsoup.parse(
            mvc.perform(get("/indicator-library").param("q", "SDG-11.6.2").with(person.user()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    Document english =
        Jsoup.parse(
            mvc.perform(
                    get("/indicator-library")
                        .param("q", "SDG-11.6.2")
                        .param("lang", "en")
                        .with(person.user()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    LibraryIndicator pm = library.find("SDG-11.6.2").orElseThrow();
    assertThat(indonesian.select("#results tbody tr")).hasSize(1);
    assertThat(indonesian.select("#results tbody tr strong").text()).isEqualTo(pm.nameId());
    assertThat(english.select("#results tbody tr strong").text()).isEqualTo(pm.nameEn());
    assertThat(indonesian.select("#results tbody tr").text()).contains(pm.source(), pm.unit());
  }

  @Test
  void anHtmxSearchAnswersOnlyTheResultsFragment() throws Exception {
    String fragment =
        mvc.perform(
                get("/indicator-library")
                    .param("family", "U4SSC")
                    .header("HX-Request", "true")
                    .with(participant().user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    Document results = Jsoup.parseBodyFragment(fragment);
    assertThat(fragment).doesNotContain("<html").doesNotContain("<form");
    assertThat(results.select("#results tbody tr")).isNotEmpty();
    assertThat(results.select("#results tbody tr td:first-child").eachText())
        .allSatisfy(code -> assertThat(code).startsWith("U4SSC-"));
  }

  @Test
  void thePagerKeepsTheSearchAndTheFilters() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(
                    get("/indicator-library")
                        .param("q", " a e ")
                        .param("dimension", "ENVIRONMENT")
                        .with(participant().user()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(page.select("#dimension option[selected]").attr("value")).isEqualTo("ENVIRONMENT");
    assertThat(page.select("#q").attr("value")).isEqualTo("a e");
    String next = page.select("nav.pager a").last().attr("href");
    assertThat(next)
        .startsWith("/indicator-library?")
        .contains("q=a%20e")
        .contains("dimension=ENVIRONMENT")
        .contains("page=1");
  }

  @Test
  void aSearchThatFindsNothingSaysSo() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(
                    get("/indicator-library")
                        .param("q", "tidak ada indikator seperti ini")
                        .param("lang", "en")
                        .with(participant().user()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(page.select("#results table")).isEmpty();
    assertThat(page.select("#results .empty").text())
        .isEqualTo("No indicator matches this search and these filters.");
  }

  @Test
  void theMasterplanPageLinksToTheLibrary() throws Exception {
    var region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());

    Document page =
        Jsoup.parse(
            mvc.perform(get("/masterplans/" + masterplan).with(region.as(Role.EDITOR).user()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(page.select("main a[href=/indicator-library]")).isNotEmpty();
  }
}
