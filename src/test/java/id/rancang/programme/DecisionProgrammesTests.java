package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ProgrammeFixtures;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.WorkshopFixtures;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Workshop decisions (notulen) name the programmes they are about, and programmes name them. */
@RancangIntegrationTest
class DecisionProgrammesTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired WorkshopFixtures workshops;
  @Autowired ProgrammeFixtures programmes;
  @Autowired ProgrammeOrigins origins;

  @Test
  void anEditorLinksAProgrammeToADecisionAndBothPagesShowTheLink() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long workshop = workshops.createWorkshop(region.id(), plan);
    long decision = workshops.createDecision(region.id(), workshop);
    long programme = programmes.createProgramme(region.id(), plan, region.opd().id());
    String code = programmes.code(region.id(), plan, programme);

    mvc.perform(
            post("/api/v1/decisions/" + decision + "/programmes")
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"programmeId\":" + programme + "}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].code").value(code));
    mvc.perform(
            post("/api/v1/decisions/" + decision + "/programmes")
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"programmeId\":" + programme + "}"))
        .andExpect(jsonPath("$.length()").value(1));

    mvc.perform(
            get("/decisions/" + decision + "/programmes")
                .with(region.as(Role.REVIEWER).user())
                .header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString(code)))
        .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
    mvc.perform(
            get("/masterplans/" + plan + "/programmes/" + programme)
                .with(region.as(Role.REVIEWER).user()))
        .andExpect(content().string(Matchers.containsString("#decision-" + decision)));

    mvc.perform(
            delete("/api/v1/decisions/" + decision + "/programmes/" + programme)
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNoContent());
    assertThat(origins.programmesOfDecision(region.id(), decision)).isEmpty();
  }

  @Test
  void aProgrammeOfAnotherMasterplanCannotBeLinkedAndAReviewerCannotLink() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long otherPlan = fixtures.createMasterplan(region.id());
    long decision =
        workshops.createDecision(region.id(), workshops.createWorkshop(region.id(), plan));
    long foreign = programmes.createProgramme(region.id(), otherPlan, null);
    long own = programmes.createProgramme(region.id(), plan, null);

    mvc.perform(
            post("/decisions/" + decision + "/programmes")
                .with(region.as(Role.EDITOR).user())
                .with(csrf())
                .param("programmeId", Long.toString(foreign)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/decisions/" + decision + "/programmes")
                .with(region.as(Role.REVIEWER).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"programmeId\":" + own + "}"))
        .andExpect(status().isForbidden());
    assertThat(origins.programmesOfDecision(region.id(), decision)).isEmpty();
  }
}
