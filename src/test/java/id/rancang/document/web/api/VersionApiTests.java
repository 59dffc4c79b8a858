package id.rancang.document.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.rancang.document.ProgrammeEdits;
import id.rancang.identity.Role;
import id.rancang.programme.BudgetItem;
import id.rancang.programme.Partner;
import id.rancang.programme.ProgrammePortfolio;
import id.rancang.region.PentahelixRole;
import id.rancang.region.StakeholderCommand;
import id.rancang.region.StakeholderKind;
import id.rancang.region.StakeholderRegister;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ProgrammeFixtures;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.StrategyFixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@RancangIntegrationTest
class VersionApiTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired StrategyFixtures strategy;
  @Autowired ProgrammeFixtures programmes;
  @Autowired ProgrammePortfolio portfolio;
  @Autowired StakeholderRegister stakeholders;

  @Test
  void anEditorFreezesTheMasterplanAndEveryMemberReadsTheVersion() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    strategy.createBranch(region.id(), plan, region.opd().id());
    long programme = programmes.createProgramme(region.id(), plan, region.opd().id());
    long telkom = organisation(region.id(), "PT Telkom Indonesia");
    ProgrammeEdits.partners(
        portfolio,
        region.id(),
        plan,
        programme,
        List.of(new Partner(telkom, PentahelixRole.BUSINESS, "Jaringan")));

    String location =
        freeze(
                region,
                Role.EDITOR,
                plan,
                "{\"name\":\"v1.0 - Perbup 20/2024\",\"note\":\"Ditetapkan\"}")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.name").value("v1.0 - Perbup 20/2024"))
            .andExpect(jsonPath("$.note").value("Ditetapkan"))
            .andExpect(jsonPath("$.programmes").value(1))
            .andExpect(jsonPath("$.indicators").value(1))
            .andExpect(jsonPath("$.targets").value(1))
            .andExpect(jsonPath("$.frozenBy").value(region.as(Role.EDITOR).email()))
            .andReturn()
            .getResponse()
            .getHeader("Location");
    assertThat(location).matches("/api/v1/masterplans/" + plan + "/versions/\\d+");

    mvc.perform(get(location).with(region.as(Role.REVIEWER).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.masterplanId").value(plan))
        .andExpect(jsonPath("$.frozenBy").value(region.as(Role.EDITOR).email()));
    mvc.perform(get(location).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("v1.0 - Perbup 20/2024"))
        .andExpect(jsonPath("$.frozenBy").value(nullValue()));
    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/versions")
                .with(region.as(Role.OPD_CONTRIBUTOR).bearer()))
        .andExpect(status().isOk())
        .andExpect(header().string("X-Total-Count", "1"))
        .andExpect(jsonPath("$[0].name").value("v1.0 - Perbup 20/2024"));
    mvc.perform(get(location + "/content").with(region.as(Role.REVIEWER).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.schema").value(1))
        .andExpect(jsonPath("$.masterplan.id").value(plan))
        .andExpect(jsonPath("$.programmes[0].name").value("Satu Data Daerah"))
        .andExpect(jsonPath("$.programmes[0].partners[0].name").value("PT Telkom Indonesia"))
        .andExpect(jsonPath("$.indicators", hasSize(1)));
    // as on the stakeholder pages, participants see partners by their role only
    mvc.perform(get(location + "/content").with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.programmes[0].partners[0].name").value(nullValue()))
        .andExpect(jsonPath("$.programmes[0].partners[0].role").value("BUSINESS"));
  }

  @Test
  void aMissingTooLongOrTakenNameIsAProblemOfTheNameField() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    freeze(region, Role.REGION_ADMIN, plan, "{\"name\":\"v1.0\"}").andExpect(status().isCreated());

    freeze(region, Role.EDITOR, plan, "{\"name\":\"  \",\"note\":\"tanpa nama\"}")
        .andExpect(status().isBadRequest())
        .andExpect(header().string("Content-Type", containsString("application/problem+json")))
        .andExpect(jsonPath("$.errors[0].field").value("name"))
        .andExpect(jsonPath("$.errors[0].message").value("Wajib diisi."));
    freeze(region, Role.EDITOR, plan, "{\"name\":\"" + "v".repeat(121) + "\"}")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message").value("Nama versi paling panjang 120 karakter."));
    freeze(region, Role.EDITOR, plan, "{\"name\":\"V1.0\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("name"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("\"V1.0\"")));
    freeze(region, Role.EDITOR, plan, "{\"name\":\"V1.0\"}", "en")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(containsString("already has a version named \"V1.0\"")));
    freeze(region, Role.EDITOR, plan, "not json").andExpect(status().isBadRequest());
    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/versions").with(region.as(Role.EDITOR).bearer()))
        .andExpect(jsonPath("$", hasSize(1)));
  }

  @Test
  void theDiffShowsWhatChangedSinceAVersionFieldByFieldAndNothingBetweenEqualSides()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long kept = programmes.createProgramme(region.id(), plan, region.opd().id());
    long dropped = programmes.createProgramme(region.id(), plan, null);
    ProgrammeEdits.budget(
        portfolio,
        region.id(),
        plan,
        kept,
        List.of(
            new BudgetItem(2025, "APBD", new BigDecimal("100000000")),
            new BudgetItem(2026, "APBD", new BigDecimal("100000000"))));
    long v1 = id(freeze(region, Role.EDITOR, plan, "{\"name\":\"v1.0\"}"));

    ProgrammeEdits.rename(portfolio, region.id(), plan, kept, "Satu Data Tegal");
    ProgrammeEdits.budget(
        portfolio,
        region.id(),
        plan,
        kept,
        List.of(
            new BudgetItem(2025, "APBD", new BigDecimal("100000000")),
            new BudgetItem(2026, "APBD", new BigDecimal("150000000"))));
    portfolio.delete(region.id(), plan, dropped);
    long added = programmes.createProgramme(region.id(), plan, null);

    String diff = "/api/v1/masterplans/" + plan + "/versions/diff";
    mvc.perform(get(diff).param("from", Long.toString(v1)).with(region.as(Role.REVIEWER).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.from.versionId").value(v1))
        .andExpect(jsonPath("$.from.name").value("v1.0"))
        .andExpect(jsonPath("$.to.live").value(true))
        .andExpect(jsonPath("$.empty").value(false))
        .andExpect(jsonPath("$.counts.PROGRAMME.ADDED").value(1))
        .andExpect(jsonPath("$.counts.PROGRAMME.REMOVED").value(1))
        .andExpect(jsonPath("$.counts.PROGRAMME.CHANGED").value(1))
        .andExpect(jsonPath("$.changes", hasSize(3)))
        .andExpect(jsonPath("$.changes[0].kind").value("CHANGED"))
        .andExpect(jsonPath("$.changes[0].id").value(kept))
        .andExpect(jsonPath("$.changes[0].fields[0].field").value("name"))
        .andExpect(jsonPath("$.changes[0].fields[0].before").value("Satu Data Daerah"))
        .andExpect(jsonPath("$.changes[0].fields[0].after").value("Satu Data Tegal"))
        .andExpect(jsonPath("$.changes[0].fields[1].field").value("budget"))
        .andExpect(jsonPath("$.changes[0].fields[1].before").value(200000000))
        .andExpect(jsonPath("$.changes[0].fields[1].after").value(250000000))
        .andExpect(jsonPath("$.changes[0].fields[1].added[0].year").value(2026))
        .andExpect(jsonPath("$.changes[0].fields[1].added[0].amount").value(150000000))
        .andExpect(jsonPath("$.changes[0].fields[1].removed[0].amount").value(100000000))
        .andExpect(jsonPath("$.changes[1].kind").value("ADDED"))
        .andExpect(jsonPath("$.changes[1].id").value(added))
        .andExpect(jsonPath("$.changes[2].kind").value("REMOVED"))
        .andExpect(jsonPath("$.changes[2].id").value(dropped));

    long v2 = id(freeze(region, Role.EDITOR, plan, "{\"name\":\"v2.0\"}"));
    mvc.perform(
            get(diff)
                .param("from", Long.toString(v1))
                .param("to", Long.toString(v2))
                .with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.to.name").value("v2.0"))
        .andExpect(jsonPath("$.changes", hasSize(3)));
    mvc.perform(
            get(diff)
                .param("from", Long.toString(v2))
                .param("to", "live")
                .with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.empty").value(true))
        .andExpect(jsonPath("$.changes", hasSize(0)));
  }

  @Test
  void aSideThatIsNoVersionOfThisMasterplanIsNotFoundAndOneThatIsNoIdIsBadInput() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long otherPlan = fixtures.createMasterplan(region.id());
    long v1 = id(freeze(region, Role.EDITOR, plan, "{\"name\":\"v1.0\"}"));
    String diff = "/api/v1/masterplans/" + otherPlan + "/versions/diff";

    mvc.perform(get(diff).param("from", Long.toString(v1)).with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/masterplans/" + otherPlan + "/versions/" + v1)
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/versions/diff")
                .param("from", Long.toString(v1))
                .param("to", "kemarin")
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("to"));
    // another region's administrator does not learn that the version exists
    TestRegion other = fixtures.newRegion();
    mvc.perform(
            get("/api/v1/masterplans/" + plan + "/versions/" + v1 + "/content")
                .with(other.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isNotFound());
  }

  private ResultActions freeze(TestRegion region, Role role, long plan, String body)
      throws Exception {
    return freeze(region, role, plan, body, "id");
  }

  private ResultActions freeze(TestRegion region, Role role, long plan, String body, String lang)
      throws Exception {
    return mvc.perform(
        post("/api/v1/masterplans/" + plan + "/versions")
            .header("Accept-Language", lang)
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)
            .with(region.as(role).bearer()));
  }

  private static long id(ResultActions result) throws Exception {
    return ((Number)
            JsonPath.read(
                result
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(),
                "$.id"))
        .longValue();
  }

  private long organisation(long regionId, String name) {
    return stakeholders
        .create(
            regionId,
            new StakeholderCommand(
                StakeholderKind.ORGANISATION,
                name,
                PentahelixRole.BUSINESS,
                null,
                null,
                null,
                null,
                false,
                null),
            "test")
        .id();
  }
}
