package id.rancang.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.AuditEntry;
import id.rancang.identity.AuditTrail;
import id.rancang.identity.Role;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.PageRequest;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@RancangIntegrationTest
class BrandingTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired Branding branding;
  @Autowired ReadinessAnalysis readiness;
  @Autowired AuditTrail audit;

  @Test
  void anEditorWritesTheBrandingAndEveryMemberReadsIt() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    mvc.perform(get(path(plan)).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isNoContent());

    mvc.perform(
            putJson(
                region,
                Role.EDITOR,
                plan,
                """
                {"tagline":"  Tegal Cerdas, Tegal Sejahtera ","positioning":"Gerbang digital pantura",
                 "identityNotes":""}"""))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", path(plan)))
        .andExpect(jsonPath("$.tagline").value("Tegal Cerdas, Tegal Sejahtera"))
        .andExpect(jsonPath("$.identityNotes").doesNotExist())
        .andExpect(jsonPath("$.version").value(0));

    mvc.perform(get(path(plan)).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", "\"0\""))
        .andExpect(jsonPath("$.masterplanId").value(plan))
        .andExpect(jsonPath("$.positioning").value("Gerbang digital pantura"));
  }

  @Test
  void aSecondPersonCreatingTheBrandingOrSavingAStaleVersionGetsAConflict() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    mvc.perform(putJson(region, Role.EDITOR, plan, "{\"tagline\":\"Pertama\"}"))
        .andExpect(status().isCreated());
    // opened the page before the first save: no version, so it would have created one
    mvc.perform(putJson(region, Role.REGION_ADMIN, plan, "{\"tagline\":\"Kedua\"}"))
        .andExpect(status().isConflict());
    mvc.perform(putJson(region, Role.REGION_ADMIN, plan, "{\"tagline\":\"Kedua\",\"version\":0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(putJson(region, Role.EDITOR, plan, "{\"tagline\":\"Ketiga\",\"version\":0}"))
        .andExpect(status().isConflict());
    mvc.perform(
            putJson(region, Role.EDITOR, plan, "{\"tagline\":\"Ketiga\"}")
                .header("If-Match", "\"1\""))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(2));

    assertThat(branding.find(region.id(), plan).orElseThrow().tagline()).isEqualTo("Ketiga");
    assertThatThrownBy(
            () -> branding.save(region.id(), plan, new BrandingCommand("Lain", null, null), null))
        .isInstanceOf(ConcurrentEditException.class);
  }

  @Test
  void aBrandingWithoutTaglineOrWithTooLongTextIsRefusedAndNothingIsSaved() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    mvc.perform(putJson(region, Role.EDITOR, plan, "{\"tagline\":\"   \",\"positioning\":\"x\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("tagline"));
    String longTagline = "a".repeat(Branding.TAGLINE_MAX + 1);
    String longNotes = "b".repeat(Branding.IDENTITY_NOTES_MAX + 1);
    mvc.perform(
            putJson(
                region,
                Role.EDITOR,
                plan,
                "{\"tagline\":\"" + longTagline + "\",\"identityNotes\":\"" + longNotes + "\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(jsonPath("$.errors[0].field").value("tagline"))
        .andExpect(jsonPath("$.errors[1].field").value("identityNotes"));

    assertThat(branding.find(region.id(), plan)).isEmpty();
    // exactly at the limits is fine
    assertThatThrownBy(
            () ->
                branding.save(
                    region.id(),
                    plan,
                    new BrandingCommand(
                        "a".repeat(Branding.TAGLINE_MAX),
                        "p".repeat(Branding.POSITIONING_MAX + 1),
                        null),
                    null))
        .isInstanceOf(InvalidInputException.class);
    assertThat(
            branding
                .save(
                    region.id(),
                    plan,
                    new BrandingCommand(
                        "a".repeat(Branding.TAGLINE_MAX),
                        "p".repeat(Branding.POSITIONING_MAX),
                        "n".repeat(Branding.IDENTITY_NOTES_MAX)),
                    null)
                .version())
        .isZero();
  }

  @Test
  void everySaveIsRecordedInTheChangeHistory() {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    BrandingStatement created =
        branding.save(region.id(), plan, new BrandingCommand("Lama", null, null), null);
    branding.save(region.id(), plan, new BrandingCommand("Baru", "Posisi", null), 0);

    List<AuditEntry> history =
        audit
            .history(region.id(), Branding.RECORD_TYPE, created.id(), PageRequest.of(0, 10))
            .items();
    assertThat(history).extracting(AuditEntry::action).containsExactly("UPDATED", "CREATED");
    assertThat(history.get(0).changes())
        .extracting(AuditEntry.FieldChange::field)
        .containsExactlyInAnyOrder("tagline", "positioning");
  }

  @Test
  void theBrandingOfAnotherRegionsMasterplanIsNotFound() throws Exception {
    TestRegion mine = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    long otherPlan = fixtures.createMasterplan(other.id());
    fixtures.createBranding(other.id(), otherPlan);

    assertThatThrownBy(() -> branding.find(mine.id(), otherPlan))
        .isInstanceOf(NotFoundException.class);
    mvc.perform(get(path(otherPlan)).with(mine.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/masterplans/" + otherPlan + "/branding").with(mine.as(Role.REGION_ADMIN).user()))
        .andExpect(status().isNotFound());
  }

  @Test
  void theBrandingPageKeepsWhatThePersonTypedAndShowsWhatTheOtherPersonSaved() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    branding.save(
        region.id(), plan, new BrandingCommand("Tagline mereka", "Posisi mereka", null), null);

    // this person opened the page while there was no statement yet (no version in the form)
    mvc.perform(
            post("/masterplans/" + plan + "/branding")
                .with(region.as(Role.EDITOR).user())
                .with(csrf())
                .param("tagline", "Tagline saya")
                .param("positioning", "Posisi saya"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("Tagline saya")))
        .andExpect(content().string(Matchers.containsString("Posisi saya")))
        .andExpect(content().string(Matchers.containsString("Tagline mereka")))
        .andExpect(content().string(Matchers.containsString("Posisi mereka")))
        // saving again now replaces their version
        .andExpect(content().string(Matchers.containsString("name=\"version\" value=\"0\"")));
    assertThat(branding.find(region.id(), plan).orElseThrow().tagline())
        .isEqualTo("Tagline mereka");
  }

  @Test
  void theBrandingPageShowsAMissingTaglineNextToTheField() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    mvc.perform(
            post("/masterplans/" + plan + "/branding")
                .with(region.as(Role.EDITOR).user())
                .with(csrf())
                .param("tagline", " ")
                .param("positioning", "Tetap ada"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"tagline-error\"")))
        .andExpect(content().string(Matchers.containsString("Tetap ada")));
    assertThat(branding.find(region.id(), plan)).isEmpty();

    mvc.perform(
            post("/masterplans/" + plan + "/branding")
                .with(region.as(Role.EDITOR).user())
                .with(csrf())
                .param("tagline", "Kota Cerdas"))
        .andExpect(status().is3xxRedirection())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                "/masterplans/" + plan + "/branding"));
    assertThat(branding.find(region.id(), plan).orElseThrow().tagline()).isEqualTo("Kota Cerdas");
  }

  @Test
  void theBrandingPageShowsTheSmartBrandingDimensionWithItsReadinessCellsInTheUsersLanguage()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    readiness.addItem(
        region.id(),
        plan,
        new SwotItemCommand(
            Dimension.BRANDING, Pillar.INFRASTRUKTUR, SwotKind.STRENGTH, "Alun-alun baru"));
    for (String text : List.of("Satu", "Dua")) {
      readiness.addItem(
          region.id(),
          plan,
          new SwotItemCommand(Dimension.GOVERNANCE, Pillar.STRUKTUR, SwotKind.STRENGTH, text));
    }

    String page =
        mvc.perform(
                get("/masterplans/" + plan + "/branding?lang=en")
                    .with(region.as(Role.REVIEWER).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("Tourism branding", "Business branding", "City appearance")
        .doesNotContain("Pariwisata")
        .contains("/masterplans/" + plan + "/readiness/BRANDING/STRUKTUR")
        .contains("/masterplans/" + plan + "/readiness/BRANDING/INFRASTRUKTUR")
        .contains("/masterplans/" + plan + "/readiness/BRANDING/SUPRASTRUKTUR")
        // one strength in the branding cells; the two of Smart Governance are not counted here
        .contains(">S 1<")
        .doesNotContain(">S 2<")
        // the comment thread on the branding is loaded with htmx
        .contains("subjectType=BRANDING&amp;subjectId=" + plan)
        // reviewers do not edit
        .doesNotContain("name=\"tagline\"");
  }

  private static String path(long plan) {
    return "/api/v1/masterplans/" + plan + "/branding";
  }

  private static MockHttpServletRequestBuilder putJson(
      TestRegion region, Role role, long plan, String json) {
    return put(path(plan))
        .with(region.as(role).bearer())
        .contentType(MediaType.APPLICATION_JSON)
        .content(json);
  }
}
