package id.rancang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Static files are served from their own paths only; the links a page renders to them work,
 * including the versionless webjar path of htmx.
 */
@RancangIntegrationTest
class StaticResourcesTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ResourceUrlProvider resources;

  @Test
  void theStylesheetAndScriptsAPageLinksToAreServed() throws Exception {
    TestRegion region = fixtures.newRegion();
    Document page =
        Jsoup.parse(
            mvc.perform(get("/masterplans").with(region.as(Role.PARTICIPANT).user()))
                .andReturn()
                .getResponse()
                .getContentAsString());

    String stylesheet = page.select("link[rel=stylesheet]").attr("href");
    assertThat(page.select("script[src]").eachAttr("src"))
        .hasSize(2)
        .anySatisfy(src -> assertThat(src).startsWith("/webjars/htmx.org/").endsWith("htmx.min.js"))
        .allSatisfy(src -> assertThat(fetch(src).getStatus()).as(src).isEqualTo(200));
    MockHttpServletResponse css = fetch(stylesheet);
    assertThat(css.getStatus()).isEqualTo(200);
    assertThat(css.getContentType()).startsWith("text/css");
    assertThat(fetch("/webjars/htmx.org/dist/htmx.min.js").getStatus()).isEqualTo(200);
  }

  @Test
  void onlyLinksUnderTheStaticPathsAreResolvedAsFiles() {
    // Spring Boot's /** mapping made every link of every page a class-path look-up
    assertThat(resources.getHandlerMap().keySet())
        .contains("/css/**", "/js/**", "/webjars/**")
        .doesNotContain("/**");
    assertThat(resources.getForLookupPath("/masterplans/1/programmes")).isNull();
    assertThat(resources.getForLookupPath("/css/rancang.css")).isEqualTo("/css/rancang.css");
  }

  private MockHttpServletResponse fetch(String path) throws Exception {
    return mvc.perform(get(path)).andReturn().getResponse();
  }
}
