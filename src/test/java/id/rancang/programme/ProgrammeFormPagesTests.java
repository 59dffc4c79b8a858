package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.region.PentahelixRole;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ProgrammeFixtures;
import id.rancang.support.RancangIntegrationTest;
import id.rancang.support.StrategyFixtures;
import java.math.BigDecimal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@RancangIntegrationTest
class ProgrammeFormPagesTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired StrategyFixtures strategy;
  @Autowired ProgrammeFixtures programmes;
  @Autowired ProgrammePortfolio portfolio;

  @Test
  void anEditorWritesAProgrammeWithPartnerBudgetTargetAndRiskOnTheForm() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long stakeholder = fixtures.createPersonStakeholder(region.id());
    StrategyFixtures.Branch branch = strategy.createBranch(region.id(), plan, null);

    Document blank = page(region, Role.EDITOR, "/masterplans/" + plan + "/programmes/new");
    assertThat(blank.select("select[name=partner_stakeholder_0] option[value=" + stakeholder + "]"))
        .hasSize(1);
    assertThat(blank.select("input[name=budget_APBD_2024]")).hasSize(1);

    String location =
        mvc.perform(
                form(region, Role.EDITOR, "/masterplans/" + plan + "/programmes")
                    .param("code", "SG-01")
                    .param("name", "Mal Pelayanan Publik Digital")
                    .param("dimension", "GOVERNANCE")
                    .param("element", "PUBLIC_SERVICE")
                    .param("horizon", "MEDIUM")
                    .param("startYear", "2025")
                    .param("endYear", "2027")
                    .param("leadOpdId", Long.toString(region.opd().id()))
                    .param("partner_stakeholder_0", Long.toString(stakeholder))
                    .param("partner_role_0", "ACADEMIA")
                    .param("partner_contribution_0", "Kajian kebutuhan")
                    .param("partner_stakeholder_1", "")
                    .param("partner_role_1", "")
                    .param("partner_contribution_1", "")
                    .param("target", Long.toString(branch.target()))
                    .param("targetContribution_" + branch.target(), "Layanan lebih cepat")
                    .param("budget_APBD_2025", "1.500.000.000")
                    .param("budget_CSR_2026", "Rp 250.000.000,50")
                    .param("risk_description_0", "Jaringan belum merata")
                    .param("risk_likelihood_0", "3")
                    .param("risk_impact_0", "4")
                    .param("risk_mitigation_0", "Kerja sama operator")
                    .param("risk_description_1", "")
                    .param("risk_likelihood_1", "")
                    .param("risk_impact_1", "")
                    .param("risk_mitigation_1", ""))
            .andExpect(status().is3xxRedirection())
            .andExpect(flash().attributeExists("flash"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    Programme saved = portfolio.findByCode(region.id(), plan, "SG-01").orElseThrow();
    assertThat(location).isEqualTo("/masterplans/" + plan + "/programmes/" + saved.id());
    assertThat(saved.leadOpdId()).isEqualTo(region.opd().id());
    assertThat(saved.partners())
        .containsExactly(new Partner(stakeholder, PentahelixRole.ACADEMIA, "Kajian kebutuhan"));
    assertThat(saved.targets())
        .containsExactly(new Contribution(branch.target(), "Layanan lebih cepat"));
    assertThat(saved.budget())
        .extracting(BudgetItem::year, BudgetItem::source, b -> b.amount().stripTrailingZeros())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                2025, "APBD", new BigDecimal("1500000000").stripTrailingZeros()),
            org.assertj.core.groups.Tuple.tuple(
                2026, "CSR", new BigDecimal("250000000.5").stripTrailingZeros()));
    assertThat(saved.risks())
        .containsExactly(new Risk("Jaringan belum merata", 3, 4, "Kerja sama operator"));

    // the programme page names the funding source, the code stays in the cell's title
    org.jsoup.nodes.Element csr = page(region, Role.EDITOR, location).selectFirst("td[title=CSR]");
    assertThat(csr).isNotNull();
    assertThat(csr.text()).contains("CSR").isNotEqualTo("CSR");

    // the edit form comes back with what was saved, amounts written the Indonesian way
    Document edit =
        page(region, Role.EDITOR, "/masterplans/" + plan + "/programmes/" + saved.id() + "/edit");
    assertThat(edit.select("input[name=budget_APBD_2025]").val()).isEqualTo("1.500.000.000");
    assertThat(edit.select("input[name=budget_CSR_2026]").val()).isEqualTo("250.000.000,5");
    assertThat(edit.select("input[name=target][checked]").val())
        .isEqualTo(Long.toString(branch.target()));
    assertThat(edit.select("input[name=version]").val())
        .isEqualTo(Integer.toString(saved.version()));
  }

  @Test
  void aFormWithMistakesComesBackAsTypedWithEveryProblemAndSavesNothing() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    String body =
        mvc.perform(
                form(region, Role.EDITOR, "/masterplans/" + plan + "/programmes")
                    .param("code", "SG-02")
                    .param("name", "Nama yang harus tetap ada")
                    .param("dimension", "GOVERNANCE")
                    .param("horizon", "MEDIUM")
                    .param("startYear", "2025")
                    .param("endYear", "2050")
                    .param("budget_APBD_2025", "-5.000")
                    .param("budget_DAK_2026", "satu juta")
                    .param("dependsOn", "TIDAK-ADA"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document page = Jsoup.parse(body);
    // the unreadable amount and the unknown code are found before the service is asked
    assertThat(page.select("#problems li").text()).contains("satu juta").contains("TIDAK-ADA");
    assertThat(page.select("input[name=name]").val()).isEqualTo("Nama yang harus tetap ada");
    assertThat(page.select("input[name=budget_DAK_2026]").val()).isEqualTo("satu juta");
    assertThat(page.select("td.invalid input[name=budget_DAK_2026]")).hasSize(1);
    assertThat(portfolio.findByCode(region.id(), plan, "SG-02")).isEmpty();

    // with readable text the service's own rules answer: the year and the negative amount
    Document second =
        Jsoup.parse(
            mvc.perform(
                    form(region, Role.EDITOR, "/masterplans/" + plan + "/programmes")
                        .param("code", "SG-02")
                        .param("name", "Nama")
                        .param("dimension", "GOVERNANCE")
                        .param("horizon", "MEDIUM")
                        .param("startYear", "2025")
                        .param("endYear", "2050")
                        .param("budget_APBD_2025", "-5.000"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(second.select("#problems li")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(second.select("#problems").text()).contains("2050").contains("-5000");
    assertThat(second.select("#budget .field-error").text()).contains("-5000");
    assertThat(portfolio.findByCode(region.id(), plan, "SG-02")).isEmpty();
  }

  @Test
  void aDependencyThatClosesACycleIsRefusedAndTheCycleIsNamed() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long first = programmes.createProgramme(region.id(), plan, null);
    long second = programmes.createProgramme(region.id(), plan, null);
    String firstCode = programmes.code(region.id(), plan, first);
    String secondCode = programmes.code(region.id(), plan, second);
    save(region, plan, second, "dependsOn", firstCode).andExpect(status().is3xxRedirection());
    assertThat(portfolio.get(region.id(), plan, second).dependsOn()).containsExactly(first);

    Document refused =
        Jsoup.parse(
            save(region, plan, first, "dependsOn", secondCode)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(refused.select("#dependencies .field-error").text())
        .contains(firstCode)
        .contains(secondCode);
    assertThat(portfolio.get(region.id(), plan, first).dependsOn()).isEmpty();
  }

  @Test
  void aStaleFormShowsTheOtherVersionAndOverwritesNothing() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long id = programmes.createProgramme(region.id(), plan, null);
    Programme original = portfolio.get(region.id(), plan, id);
    // someone else renames it first
    save(region, plan, id, "name", "Nama dari orang lain").andExpect(status().is3xxRedirection());

    Document conflict =
        Jsoup.parse(
            mvc.perform(
                    filled(
                        region,
                        Role.EDITOR,
                        plan,
                        original,
                        java.util.Map.of(
                            "name", "Nama saya", "version", Integer.toString(original.version()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(conflict.select("#conflict").text()).contains("Nama dari orang lain");
    assertThat(conflict.select("input[name=name]").val()).isEqualTo("Nama saya");
    Programme now = portfolio.get(region.id(), plan, id);
    assertThat(now.name()).isEqualTo("Nama dari orang lain");
    // the form now carries their version: saving again is a deliberate overwrite
    assertThat(conflict.select("input[name=version]").val())
        .isEqualTo(Integer.toString(now.version()));
  }

  @Test
  void theStatusChangesWithANoteIntoTheHistoryAndAStaleChangeIsRefused() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long id = programmes.createProgramme(region.id(), plan, null);
    int version = portfolio.get(region.id(), plan, id).version();
    String path = "/masterplans/" + plan + "/programmes/" + id;
    mvc.perform(
            form(region, Role.EDITOR, path + "/status")
                .param("status", "SELECTED")
                .param("note", "Hasil AHP")
                .param("version", Integer.toString(version)))
        .andExpect(redirectedUrl(path))
        .andExpect(flash().attributeExists("flash"));
    assertThat(portfolio.get(region.id(), plan, id).status()).isEqualTo(ProgrammeStatus.SELECTED);
    assertThat(portfolio.statusHistory(region.id(), plan, id))
        .extracting(StatusChange::to, StatusChange::note)
        .last()
        .isEqualTo(org.assertj.core.groups.Tuple.tuple(ProgrammeStatus.SELECTED, "Hasil AHP"));

    mvc.perform(
            form(region, Role.EDITOR, path + "/status")
                .param("status", "CANCELLED")
                .param("version", Integer.toString(version)))
        .andExpect(redirectedUrl(path))
        .andExpect(flash().attributeExists("flashError"));
    assertThat(portfolio.get(region.id(), plan, id).status()).isEqualTo(ProgrammeStatus.SELECTED);
  }

  @Test
  void aProgrammeOthersWaitForIsNotDeletedAndAFreeOneIs() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long first = programmes.createProgramme(region.id(), plan, null);
    long second = programmes.createProgramme(region.id(), plan, null);
    save(region, plan, second, "dependsOn", programmes.code(region.id(), plan, first))
        .andExpect(status().is3xxRedirection());

    mvc.perform(
            form(region, Role.EDITOR, "/masterplans/" + plan + "/programmes/" + first + "/delete"))
        .andExpect(redirectedUrl("/masterplans/" + plan + "/programmes/" + first))
        .andExpect(flash().attributeExists("flashError"));
    assertThat(portfolio.get(region.id(), plan, first)).isNotNull();

    mvc.perform(
            form(region, Role.EDITOR, "/masterplans/" + plan + "/programmes/" + second + "/delete"))
        .andExpect(redirectedUrl("/masterplans/" + plan + "/programmes"))
        .andExpect(flash().attributeExists("flash"));
    assertThat(
            portfolio
                .search(
                    region.id(),
                    plan,
                    ProgrammeFilter.none(),
                    id.rancang.shared.PageRequest.of(null, null))
                .total())
        .isEqualTo(1);
  }

  @Test
  void onlyEditorsSeeAndUseTheWritingControls() throws Exception {
    TestRegion region = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long id = programmes.createProgramme(region.id(), plan, region.opd().id());
    String path = "/masterplans/" + plan + "/programmes/" + id;

    assertThat(page(region, Role.EDITOR, path).select("#programme-actions a")).hasSize(1);
    assertThat(page(region, Role.OPD_CONTRIBUTOR, path).select("#programme-actions")).isEmpty();
    assertThat(
            page(region, Role.PARTICIPANT, "/masterplans/" + plan + "/programmes")
                .select("#new-programme"))
        .isEmpty();
    assertThat(
            page(region, Role.EDITOR, "/masterplans/" + plan + "/programmes")
                .select("#new-programme"))
        .hasSize(1);
    // the lead OPD's contributor writes the action plan, not the programme itself
    mvc.perform(get(path + "/edit").with(region.as(Role.OPD_CONTRIBUTOR).user()))
        .andExpect(status().isForbidden());
    save(region, plan, id, Role.OPD_CONTRIBUTOR, "name", "Tidak boleh")
        .andExpect(status().isForbidden());
    // another region's editor does not learn that the programme exists
    mvc.perform(get(path + "/edit").with(other.as(Role.EDITOR).user()))
        .andExpect(status().isNotFound());
    mvc.perform(form(other, Role.EDITOR, path + "/delete")).andExpect(status().isNotFound());
    assertThat(portfolio.get(region.id(), plan, id).name()).isEqualTo("Satu Data Daerah");
  }

  @Test
  void moreRowsAddsEmptyPartnerAndRiskRowsWithoutSaving() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    Document page =
        Jsoup.parse(
            mvc.perform(
                    form(region, Role.EDITOR, "/masterplans/" + plan + "/programmes")
                        .param("code", "SG-09")
                        .param("name", "Belum disimpan")
                        .param("moreRows", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.select("select[name^=partner_stakeholder_]")).hasSize(4);
    assertThat(page.select("input[name^=risk_description_]")).hasSize(4);
    assertThat(page.select("input[name=code]").val()).isEqualTo("SG-09");
    assertThat(portfolio.findByCode(region.id(), plan, "SG-09")).isEmpty();
  }

  private org.springframework.test.web.servlet.ResultActions save(
      TestRegion region, long plan, long id, String field, String value) throws Exception {
    return save(region, plan, id, Role.EDITOR, field, value);
  }

  /** Saves the programme as it is, with one field changed. */
  private org.springframework.test.web.servlet.ResultActions save(
      TestRegion region, long plan, long id, Role role, String field, String value)
      throws Exception {
    Programme p = portfolio.get(region.id(), plan, id);
    return mvc.perform(
        filled(
            region,
            role,
            plan,
            p,
            java.util.Map.of(field, value, "version", Integer.toString(p.version()))));
  }

  /** The form of the programme as it is, with some fields typed over. */
  private MockHttpServletRequestBuilder filled(
      TestRegion region, Role role, long plan, Programme p, java.util.Map<String, String> typed) {
    MockHttpServletRequestBuilder request =
        form(region, role, "/masterplans/" + plan + "/programmes/" + p.id());
    java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
    values.put("code", p.code());
    values.put("name", p.name());
    values.put("dimension", p.dimension().name());
    values.put("horizon", p.horizon().name());
    values.put("startYear", Integer.toString(p.startYear()));
    values.put("endYear", Integer.toString(p.endYear()));
    values.put("leadOpdId", p.leadOpdId() == null ? "" : Long.toString(p.leadOpdId()));
    values.putAll(typed);
    values.forEach(request::param);
    return request;
  }

  private MockHttpServletRequestBuilder form(TestRegion region, Role role, String path) {
    return post(path).with(region.as(role).user()).with(csrf());
  }

  private Document page(TestRegion region, Role role, String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).with(region.as(role).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
