package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.AuditTrail;
import id.rancang.identity.Role;
import id.rancang.shared.PageRequest;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.WorkshopFixtures;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@RancangIntegrationTest
class WorkshopMinutesTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired WorkshopFixtures workshops;
  @Autowired WorkshopMinutes minutes;
  @Autowired AuditTrail audit;

  @Test
  void theMinutesAreSavedWithTheVersionReadAndAStaleSaveIsAConflict() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    String url = "/api/v1/workshops/" + workshop + "/minutes";

    mvc.perform(get(url).with(region.as(Role.REVIEWER).bearer()))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.body").value(""))
        .andExpect(jsonPath("$.version").value(0));
    mvc.perform(
            put(url)
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\":\"Pembukaan oleh Sekda.\",\"version\":0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(
            put(url)
                .with(region.as(Role.REGION_ADMIN).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\":\"Versi lain yang basi\",\"version\":0}"))
        .andExpect(status().isConflict());
    mvc.perform(
            put(url)
                .with(region.as(Role.REGION_ADMIN).bearer())
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\":\"Pembukaan oleh Sekda.\\nDiskusi enam dimensi.\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(2));
    mvc.perform(
            put(url)
                .with(region.as(Role.PARTICIPANT).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\":\"x\",\"version\":2}"))
        .andExpect(status().isForbidden());

    assertThat(minutes.minutes(region.id(), workshop).body())
        .isEqualTo("Pembukaan oleh Sekda.\nDiskusi enam dimensi.");
    assertThat(
            audit
                .history(
                    region.id(), WorkshopMinutes.MINUTES_RECORD, workshop, PageRequest.of(0, 10))
                .items())
        .extracting(e -> e.action())
        .containsExactly("UPDATED", "CREATED");
  }

  @Test
  void decisionsAreNumberedInTheOrderAddedAndCloseUpWhenOneIsDeleted() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    String url = "/api/v1/workshops/" + workshop + "/decisions";
    long first = addDecision(region, url, "Enam quick win dipilih");
    long second = addDecision(region, url, "Rencana aksi disusun per OPD");
    long third = addDecision(region, url, "Bimtek tahap 3 pada bulan September");

    mvc.perform(delete("/api/v1/decisions/" + second).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNoContent());

    mvc.perform(get(url).with(region.as(Role.OPD_CONTRIBUTOR).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id", Matchers.contains((int) first, (int) third)))
        .andExpect(jsonPath("$[*].number", Matchers.contains(1, 2)));
    assertThat(addDecision(region, url, "Keputusan keempat")).isPositive();
    assertThat(minutes.decisions(region.id(), workshop))
        .extracting(Decision::position)
        .containsExactly(1, 2, 3);
  }

  @Test
  void aDecisionMayBeAboutAnIdeaOfTheSameWorkshopOnly() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long workshop = workshops.createWorkshop(region.id(), masterplan);
    long otherWorkshop = workshops.createWorkshop(region.id(), masterplan);
    long idea = workshops.createIdea(region.id(), masterplan, workshop, "Soeselo Online");
    long foreignIdea = workshops.createIdea(region.id(), masterplan, otherWorkshop, "Lain");
    String url = "/api/v1/workshops/" + workshop + "/decisions";

    mvc.perform(
            post(url)
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\":\"Dijadikan quick win\",\"ideaId\":" + idea + "}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.ideaId").value(idea))
        .andExpect(jsonPath("$.ideaTitle").value("Soeselo Online"));
    mvc.perform(
            post(url)
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"body\":\"Tentang usulan lain\",\"ideaId\":" + foreignIdea + "}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("ideaId"));
    assertThat(minutes.ideaChoices(region.id(), workshop))
        .extracting(IdeaChoice::title)
        .containsExactly("Soeselo Online");
  }

  @Test
  void onThePageWhatOrganisersTypedIsShownAsTextAndEachDecisionHasAPlaceForItsProgrammes()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    minutes.save(region.id(), workshop, "<script>alert('notulen')</script>", 0, "test");
    long decision =
        minutes
            .add(region.id(), workshop, new DecisionCommand("<img src=x onerror=alert(1)>", null))
            .id();

    String html =
        mvc.perform(get("/workshops/" + workshop).with(region.as(Role.REVIEWER).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(html);
    assertThat(page.select("#minutes script")).isEmpty();
    assertThat(page.select("#minutes .minutes-text").text())
        .isEqualTo("<script>alert('notulen')</script>");
    assertThat(page.select("#decisions img")).isEmpty();
    assertThat(page.select("#decision-" + decision).text())
        .contains("<img src=x onerror=alert(1)>");
    assertThat(page.select("#decision-programmes-" + decision)).hasSize(1);
    // a reviewer reads, but finds no forms to change the minutes
    assertThat(page.select("#minutes form, #decisions form")).isEmpty();
  }

  @Test
  void withHtmxAStaleSaveOfTheMinutesShowsTheirTextAndKeepsWhatWasTyped() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));
    minutes.save(region.id(), workshop, "Versi rekan", 0, "test");

    String html =
        mvc.perform(
                post("/workshops/" + workshop + "/minutes")
                    .with(region.as(Role.EDITOR).user())
                    .with(csrf())
                    .header("HX-Request", "true")
                    .param("body", "Versi saya")
                    .param("version", "0"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document fragment = Jsoup.parse(html);
    assertThat(fragment.select("h1")).isEmpty();
    assertThat(fragment.select("#minutes .form-errors").text()).contains("Versi rekan");
    assertThat(fragment.select("#minutes-body").text()).isEqualTo("Versi saya");
    assertThat(fragment.select("#minutes input[name=version]").val()).isEqualTo("1");
    assertThat(minutes.minutes(region.id(), workshop).body()).isEqualTo("Versi rekan");
  }

  @Test
  void withoutJavaScriptADecisionIsAddedAndThePageComesBackAtIt() throws Exception {
    TestRegion region = fixtures.newRegion();
    long workshop = workshops.createWorkshop(region.id(), fixtures.createMasterplan(region.id()));

    mvc.perform(
            post("/workshops/" + workshop + "/decisions")
                .with(region.as(Role.EDITOR).user())
                .with(csrf())
                .param("body", "Enam quick win dipilih")
                .param("ideaId", ""))
        .andExpect(status().isFound())
        .andExpect(
            result ->
                assertThat(result.getResponse().getRedirectedUrl())
                    .startsWith("/workshops/" + workshop + "#decision-"));
    String html =
        mvc.perform(
                post("/workshops/" + workshop + "/decisions")
                    .with(region.as(Role.EDITOR).user())
                    .with(csrf())
                    .param("body", " ")
                    .param("ideaId", "bukan-angka"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(html).select("#decisions .field-error")).hasSize(1);
    assertThat(minutes.decisions(region.id(), workshop)).hasSize(1);
  }

  private long addDecision(TestRegion region, String url, String body) throws Exception {
    String json =
        mvc.perform(
                post(url)
                    .with(region.as(Role.EDITOR).bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"body\":\"" + body + "\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.id")).longValue();
  }
}
