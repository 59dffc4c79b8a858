package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ProgrammeFixtures;
import id.rancang.support.RancangIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@RancangIntegrationTest
class ActionPlanTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ProgrammeFixtures programmes;
  @Autowired ActionPlan plan;

  @Test
  void actionsAreListedByCategoryThenYearAndQuarter() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long programme = programmes.createProgramme(region.id(), masterplan, region.opd().id());
    add(region, Role.EDITOR, programme, action("APPLICATION_LITERACY", "Pelatihan", 2026, 2))
        .andExpect(status().isCreated());
    add(region, Role.EDITOR, programme, action("POLICY_INSTITUTION", "Perbup", 2025, 3))
        .andExpect(status().isCreated());
    add(region, Role.EDITOR, programme, action("POLICY_INSTITUTION", "SOP", 2025, 1))
        .andExpect(status().isCreated());

    mvc.perform(
            get("/api/v1/programmes/" + programme + "/actions")
                .with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].title").value(Matchers.contains("SOP", "Perbup", "Pelatihan")));
  }

  @Test
  void anActionOutsideTheProgrammesYearsOrWithANegativeBudgetIsRefused() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long programme = programmes.createProgramme(region.id(), masterplan, null); // 2025-2027
    TestRegion other = fixtures.newRegion();
    String body =
        """
        {"category":"INFRASTRUCTURE","title":"Jaringan","year":2029,"quarter":5,
         "ownerOpdId":%d,"budget":-1}"""
            .formatted(other.opd().id());
    add(region, Role.EDITOR, programme, body)
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(Matchers.hasItems("year", "quarter", "ownerOpdId", "budget")));
    assertThat(plan.actions(region.id(), programme)).isEmpty();
  }

  @Test
  void anOpdContributorPlansOnlyForProgrammesTheirOpdLeads() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long own = programmes.createProgramme(region.id(), masterplan, region.opd().id());
    long notLed = programmes.createProgramme(region.id(), masterplan, null);
    add(region, Role.OPD_CONTRIBUTOR, own, action("INFRASTRUCTURE", "Server", 2025, 1))
        .andExpect(status().isCreated());
    add(region, Role.OPD_CONTRIBUTOR, notLed, action("INFRASTRUCTURE", "Server", 2025, 1))
        .andExpect(status().isForbidden());
    add(region, Role.REVIEWER, own, action("INFRASTRUCTURE", "Server", 2025, 1))
        .andExpect(status().isForbidden());
  }

  @Test
  void anotherRegionsPersonFindsNoSuchProgramme() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long programme = programmes.createProgramme(region.id(), masterplan, null);
    TestRegion other = fixtures.newRegion();
    mvc.perform(
            get("/api/v1/programmes/" + programme + "/actions")
                .with(other.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/programmes/999999999/actions").with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
  }

  @Test
  void aProgrammeWithActionsIsNotDeleted() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long programme = programmes.createProgramme(region.id(), masterplan, null);
    add(region, Role.EDITOR, programme, action("POLICY_INSTITUTION", "Perbup", 2025, null))
        .andExpect(status().isCreated());
    mvc.perform(
            delete("/api/v1/masterplans/" + masterplan + "/programmes/" + programme)
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest());
    assertThat(plan.actions(region.id(), programme)).hasSize(1);
  }

  private static String action(String category, String title, int year, Integer quarter) {
    return """
        {"category":"%s","title":"%s","year":%d,"quarter":%s,"budget":15000000}"""
        .formatted(category, title, year, quarter);
  }

  private org.springframework.test.web.servlet.ResultActions add(
      TestRegion region, Role role, long programme, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/programmes/" + programme + "/actions")
            .with(region.as(role).bearer())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }
}
