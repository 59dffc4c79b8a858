package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@RancangIntegrationTest
class DependencyGraphPagesTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  @Test
  void theProgrammePageDrawsWhatItWaitsForOnTheLeftAndWhatWaitsForItOnTheRight() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long infra = create(region, plan, "INFRA", List.of());
    long data = create(region, plan, "DATA", List.of(infra));
    long app = create(region, plan, "APP", List.of(data));
    long portal = create(region, plan, "PORTAL", List.of(app, infra));
    long other = create(region, plan, "OTHER", List.of());
    changeStatus(region, plan, app, "RUNNING");

    Document page = page(region, "/masterplans/" + plan + "/programmes/" + data);

    Element svg = page.selectFirst("svg.dependency-graph");
    assertThat(svg).as("the drawn graph").isNotNull();
    assertThat(svg.selectFirst("title").text()).contains("DATA");
    assertThat(svg.selectFirst("desc").text()).isNotBlank();
    Elements nodes = svg.select("a.node");
    assertThat(ids(nodes, "data-programme")).containsExactlyInAnyOrder(infra, data, app, portal);
    assertThat(ids(nodes, "data-programme")).doesNotContain(other);
    assertThat(edges(svg))
        .containsExactlyInAnyOrder(
            data + ">" + infra, app + ">" + data, portal + ">" + app, portal + ">" + infra);
    // each node links to its programme and names it for screen readers
    Element appNode = node(svg, app);
    assertThat(appNode.attr("href")).isEqualTo("/masterplans/" + plan + "/programmes/" + app);
    assertThat(appNode.attr("aria-label")).contains("APP");
    assertThat(appNode.hasClass("status-RUNNING")).isTrue();
    assertThat(node(svg, infra).hasClass("status-PROPOSED")).isTrue();
    assertThat(node(svg, data).hasClass("side-SELF")).isTrue();
    assertThat(node(svg, data).attr("aria-current")).isEqualTo("page");
    // prerequisites left, the programme in the middle, what waits for it right
    assertThat(x(svg, infra)).isLessThan(x(svg, data));
    assertThat(x(svg, data)).isLessThan(x(svg, app));
    assertThat(x(svg, app)).isLessThan(x(svg, portal));
    // the text list stays as the fallback
    assertThat(page.select(".grid a[href$='/programmes/" + infra + "']")).isNotEmpty();
  }

  @Test
  void aProgrammeWithoutDependenciesShowsNoGraph() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long alone = create(region, plan, "ALONE", List.of());

    Document page = page(region, "/masterplans/" + plan + "/programmes/" + alone);

    assertThat(page.select("svg.dependency-graph")).isEmpty();
  }

  @Test
  void thePortfolioGraphDrawsEveryProgrammeThatWaitsOrIsWaitedForWithEveryDependency()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long infra = create(region, plan, "INFRA", List.of());
    long data = create(region, plan, "DATA", List.of(infra));
    long app = create(region, plan, "APP", List.of(data, infra));
    long health = create(region, plan, "HEALTH", List.of());
    long clinic = create(region, plan, "CLINIC", List.of(health));
    long alone = create(region, plan, "ALONE", List.of());

    Document catalogue = page(region, "/masterplans/" + plan + "/programmes");
    String link = "/masterplans/" + plan + "/programmes/dependencies";
    assertThat(catalogue.select("a[href='" + link + "']")).hasSize(1);
    Document page = page(region, link);

    Element svg = page.selectFirst("svg.dependency-graph");
    assertThat(svg).isNotNull();
    assertThat(ids(svg.select("a.node"), "data-programme"))
        .containsExactlyInAnyOrder(infra, data, app, health, clinic);
    assertThat(edges(svg))
        .containsExactlyInAnyOrder(
            data + ">" + infra, app + ">" + data, app + ">" + infra, clinic + ">" + health);
    assertThat(x(svg, infra)).isLessThan(x(svg, data));
    assertThat(x(svg, data)).isLessThan(x(svg, app));
    assertThat(page.text()).doesNotContain("ALONE");
    assertThat(page.select("a[href$='/programmes/" + alone + "']")).isEmpty();
    // the same as a list: one row per programme drawn, with what it waits for
    assertThat(page.select("table tbody tr")).hasSize(5);
    Element appRow =
        page.select("table tbody tr").stream()
            .filter(r -> r.selectFirst("td").text().startsWith("APP "))
            .findFirst()
            .orElseThrow();
    assertThat(appRow.select("td").get(2).select("a").eachText())
        .containsExactlyInAnyOrder("DATA", "INFRA");
  }

  @Test
  void aPortfolioWithoutDependenciesSaysSoInsteadOfDrawing() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    create(region, plan, "ALONE", List.of());

    Document page = page(region, "/masterplans/" + plan + "/programmes/dependencies");

    assertThat(page.select("svg")).isEmpty();
    assertThat(page.select(".empty").text()).isNotBlank();
  }

  @Test
  void anotherRegionsMasterplanHasNoDependencyPage() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    TestRegion other = fixtures.newRegion();

    mvc.perform(
            get("/masterplans/" + plan + "/programmes/dependencies")
                .with(other.as(Role.EDITOR).user()))
        .andExpect(status().isNotFound());
  }

  private static Set<Long> ids(Elements elements, String attribute) {
    return elements.stream()
        .map(e -> Long.parseLong(e.attr(attribute)))
        .collect(Collectors.toSet());
  }

  private static List<String> edges(Element svg) {
    return svg.select("path.edge").stream()
        .map(e -> e.attr("data-from") + ">" + e.attr("data-to"))
        .toList();
  }

  private static Element node(Element svg, long id) {
    return svg.selectFirst("a.node[data-programme=" + id + "]");
  }

  private static int x(Element svg, long id) {
    return Integer.parseInt(node(svg, id).selectFirst("rect").attr("x"));
  }

  private Document page(TestRegion region, String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).with(region.as(Role.PARTICIPANT).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private void changeStatus(TestRegion region, long plan, long id, String status) throws Exception {
    mvc.perform(
            post("/api/v1/masterplans/" + plan + "/programmes/" + id + "/status")
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"" + status + "\",\"version\":0}"))
        .andExpect(status().isOk());
  }

  private long create(TestRegion region, long plan, String code, List<Long> dependsOn)
      throws Exception {
    String body =
        """
        {"code":"%s","name":"Program %s","dimension":"GOVERNANCE","horizon":"MEDIUM",
         "startYear":2025,"endYear":2027,"dependsOn":%s}"""
            .formatted(code, code, dependsOn);
    String json =
        mvc.perform(
                post("/api/v1/masterplans/" + plan + "/programmes")
                    .with(region.as(Role.EDITOR).bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(json, "$.id")).longValue();
  }
}
