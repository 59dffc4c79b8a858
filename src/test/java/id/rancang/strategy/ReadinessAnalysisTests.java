package id.rancang.strategy;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@RancangIntegrationTest
class ReadinessAnalysisTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ReadinessAnalysis readiness;

  @Test
  void swotItemsAreCountedInTheirCellOfTheMatrix() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    addItem(region, plan, "GOVERNANCE", "STRUKTUR", "STRENGTH", "Tim Diskominfo berpengalaman");
    addItem(region, plan, "GOVERNANCE", "STRUKTUR", "WEAKNESS", "Anggaran TIK kecil");
    addItem(region, plan, "LIVING", "INFRASTRUKTUR", "THREAT", "Banjir rob di pesisir");

    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/readiness")
                .with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.matrix.length()").value(18))
        .andExpect(jsonPath("$.matrix[0].dimension").value("GOVERNANCE"))
        .andExpect(jsonPath("$.matrix[0].pillar").value("STRUKTUR"))
        .andExpect(jsonPath("$.matrix[0].strengths").value(1))
        .andExpect(jsonPath("$.matrix[0].weaknesses").value(1))
        .andExpect(jsonPath("$.matrix[0].complete").value(false))
        .andExpect(jsonPath("$.matrix[10].dimension").value("LIVING"))
        .andExpect(jsonPath("$.matrix[10].pillar").value("INFRASTRUKTUR"))
        .andExpect(jsonPath("$.matrix[10].threats").value(1))
        .andExpect(jsonPath("$.items.length()").value(3));
  }

  @Test
  void aMissingStatementOrAnUnknownPillarIsRefusedAndNothingIsSaved() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    mvc.perform(item(region, plan, "GOVERNANCE", "STRUKTUR", "STRENGTH", ""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("statement"));
    mvc.perform(item(region, plan, "GOVERNANCE", "ATAP", "STRENGTH", "x"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("pillar"));
    org.assertj.core.api.Assertions.assertThat(readiness.items(region.id(), plan)).isEmpty();
  }

  @Test
  void aStaleEditOfAnItemIsRefusedWithConflict() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long id = addItem(region, plan, "ECONOMY", "STRUKTUR", "OPPORTUNITY", "UMKM tumbuh");
    String path = "/api/v1/masterplans/" + plan + "/readiness/items/" + id;
    String body =
        """
        {"dimension":"ECONOMY","pillar":"STRUKTUR","kind":"OPPORTUNITY","statement":"%s","version":0}""";
    mvc.perform(
            put(path)
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("UMKM tumbuh pesat")))
        .andExpect(status().isOk());
    mvc.perform(
            put(path)
                .with(region.as(Role.REGION_ADMIN).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("Versi lama")))
        .andExpect(status().isConflict());
  }

  @Test
  void aGapStatementWrittenByTwoPeopleAtOnceDoesNotOverwriteTheFirst() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    String path = "/api/v1/masterplans/" + plan + "/readiness/gaps/SOCIETY/SUPRASTRUKTUR";
    mvc.perform(
            put(path)
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"currentState\":\"Belum ada perda\",\"desiredState\":\"Perda terbit\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(0));
    mvc.perform(
            put(path)
                .with(region.as(Role.REGION_ADMIN).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentState\":\"Lain\",\"desiredState\":\"Lain\"}"))
        .andExpect(status().isConflict());
    mvc.perform(
            put(path)
                .with(region.as(Role.REGION_ADMIN).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"currentState\":\"Belum ada perda\",\"desiredState\":\"Perbup terbit\","
                        + "\"version\":0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.desiredState").value("Perbup terbit"))
        .andExpect(jsonPath("$.version").value(1));
  }

  @Test
  void theCellPageKeepsWhatThePersonTypedAndShowsWhatTheOtherPersonSaved() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    readiness.setGap(
        region.id(),
        plan,
        Dimension.ENVIRONMENT,
        Pillar.INFRASTRUKTUR,
        "TPA penuh",
        "TPST 3R",
        null);

    mvc.perform(
            post("/masterplans/" + plan + "/readiness/ENVIRONMENT/INFRASTRUKTUR/gap")
                .with(region.as(Role.EDITOR).user())
                .with(csrf())
                .param("currentState", "Teks saya")
                .param("desiredState", "Harapan saya"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Teks saya")))
        .andExpect(content().string(Matchers.containsString("TPST 3R")));
  }

  @Test
  void aMasterplanOfAnotherRegionIsNotFound() throws Exception {
    TestRegion mine = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    long otherPlan = fixtures.createMasterplan(other.id());

    mvc.perform(
            get("/api/v1/masterplans/" + otherPlan + "/readiness")
                .with(mine.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/masterplans/" + otherPlan + "/readiness").with(mine.as(Role.REGION_ADMIN).user()))
        .andExpect(status().isNotFound());
  }

  @Test
  void theMatrixPageShowsEveryDimensionInTheUsersLanguage() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    mvc.perform(
            get("/masterplans/" + plan + "/readiness?lang=en")
                .with(region.as(Role.REVIEWER).user()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Smart Environment")))
        .andExpect(content().string(Matchers.containsString("Superstructure")));
  }

  private long addItem(
      TestRegion region, long plan, String dimension, String pillar, String kind, String text)
      throws Exception {
    String body =
        mvc.perform(item(region, plan, dimension, pillar, kind, text))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Long.parseLong(body.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
  }

  private org.springframework.test.web.servlet.RequestBuilder item(
      TestRegion region, long plan, String dimension, String pillar, String kind, String text) {
    return post("/api/v1/masterplans/" + plan + "/readiness/items")
        .with(region.as(Role.EDITOR).bearer())
        .contentType(MediaType.APPLICATION_JSON)
        .content(
            """
            {"dimension":"%s","pillar":"%s","kind":"%s","statement":"%s"}"""
                .formatted(dimension, pillar, kind, text));
  }
}
