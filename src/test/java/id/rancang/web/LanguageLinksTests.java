package id.rancang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.RancangIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@RancangIntegrationTest
class LanguageLinksTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  @Test
  void switchingLanguageKeepsTheSearchAndPageOfTheList() throws Exception {
    Fixtures.TestRegion region = fixtures.newRegion();
    String html =
        mvc.perform(get("/opds?q=dinas&page=0&lang=id").with(region.as(Role.EDITOR).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    Document page = Jsoup.parse(html);
    assertThat(page.select("a[hreflang=en]").attr("href"))
        .isEqualTo("/opds?q=dinas&page=0&lang=en");
    assertThat(page.select("a[hreflang=id]").attr("href"))
        .isEqualTo("/opds?q=dinas&page=0&lang=id");
  }
}
