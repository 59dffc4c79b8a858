package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.shared.Ordering;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.ProgrammeFixtures;
import id.rancang.support.RancangIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Editing a programme's action plan on its page: with htmx (rows and the plan swapped in place) and
 * without JavaScript (full pages and redirects), by the people the role model allows.
 */
@RancangIntegrationTest
class ActionPlanPagesTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ProgrammeFixtures programmes;
  @Autowired ActionPlan plan;

  /** A region with a masterplan (2024-2033) and a 2025-2027 programme led by the region's OPD. */
  private record Setting(TestRegion region, long masterplan, long programme) {
    String page() {
      return "/masterplans/" + masterplan + "/programmes/" + programme;
    }

    String actions() {
      return page() + "/actions";
    }
  }

  private Setting setting() {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long programme = programmes.createProgramme(region.id(), masterplan, region.opd().id());
    return new Setting(region, masterplan, programme);
  }

  @Test
  void onlyThoseWhoMayChangeThePlanSeeItsEditingControls() throws Exception {
    Setting s = setting();
    long action = programmes.createAction(s.region().id(), s.programme());

    for (Role role : List.of(Role.EDITOR, Role.REGION_ADMIN, Role.OPD_CONTRIBUTOR)) {
      Document page = page(s.region(), role, s.page());
      assertThat(page.select("#action-" + action + " a[href$=/actions/" + action + "/edit]"))
          .as("edit link for %s", role)
          .hasSize(1);
      assertThat(page.select("#action-plan form[action$=/actions]"))
          .as("one add form per category for %s", role)
          .hasSize(ActionCategory.values().length);
    }
    for (Role role : List.of(Role.REVIEWER, Role.PARTICIPANT)) {
      Document page = page(s.region(), role, s.page());
      assertThat(page.select("#action-" + action).text()).contains("Pengadaan server");
      assertThat(page.select("#action-plan form")).as("forms for %s", role).isEmpty();
      assertThat(page.select("#action-plan a[href*=/actions/]")).as("links for %s", role).isEmpty();
    }

    // the contributor of another OPD sees the plan of a programme they do not lead, unchanged
    long otherOpd = fixtures.createOpd(s.region().id(), "Dinas Perhubungan", "DISHUB");
    long foreign = programmes.createProgramme(s.region().id(), s.masterplan(), otherOpd);
    Document foreignPage =
        page(
            s.region(),
            Role.OPD_CONTRIBUTOR,
            "/masterplans/" + s.masterplan() + "/programmes/" + foreign);
    assertThat(foreignPage.select("#action-plan form")).isEmpty();
  }

  @Test
  void anEditorAddsAnActionToACategoryAndTheNewPlanShowsItThere() throws Exception {
    Setting s = setting();
    String html =
        mvc.perform(
                htmx(post(s.actions()), s.region(), Role.EDITOR)
                    .param("category", "POLICY_INSTITUTION")
                    .param("title", "Peraturan Bupati Satu Data")
                    .param("year", "2026")
                    .param("quarter", "2")
                    .param("ownerOpdId", Long.toString(s.region().opd().id()))
                    .param("deliverable", "Perbup terbit")
                    .param("budget", "15000000,50")
                    .param("status", "PLANNED")
                    .param("progress", "0"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    PlannedAction added = single(s);
    assertThat(added.category()).isEqualTo(ActionCategory.POLICY_INSTITUTION);
    assertThat(added.year()).isEqualTo(2026);
    assertThat(added.quarter()).isEqualTo(2);
    assertThat(added.ownerOpdId()).isEqualTo(s.region().opd().id());
    assertThat(added.budget()).isEqualByComparingTo(new BigDecimal("15000000.50"));

    Document answer = Jsoup.parse(html);
    assertThat(answer.select("#action-plan")).hasSize(1);
    assertThat(answer.select("#category-POLICY_INSTITUTION + table #action-" + added.id()).text())
        .contains("Peraturan Bupati Satu Data")
        .contains("Perbup terbit");
    assertThat(answer.select("#category-INFRASTRUCTURE + table")).isEmpty();
    assertThat(answer.select("#action-plan .flash.success").text())
        .contains("Peraturan Bupati Satu Data");

    // without JavaScript the same form leads back to the programme, to the new action
    MvcResult plain =
        mvc.perform(
                form(post(s.actions()), s.region(), Role.EDITOR)
                    .param("category", "INFRASTRUCTURE")
                    .param("title", "Pusat data")
                    .param("year", "2025")
                    .param("status", "PLANNED"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    long second =
        plan.actions(s.region().id(), s.programme()).stream()
            .filter(a -> a.title().equals("Pusat data"))
            .findFirst()
            .orElseThrow()
            .id();
    assertThat(plain.getResponse().getRedirectedUrl()).isEqualTo(s.page() + "#action-" + second);
    assertThat(plain.getFlashMap().get("flash").toString()).contains("Pusat data");
  }

  @Test
  void anEditorEditsAnActionInItsRowAndGetsTheDisplayRowBack() throws Exception {
    Setting s = setting();
    long action = programmes.createAction(s.region().id(), s.programme());

    Document editRow =
        row(
            mvc.perform(htmx(get(s.actions() + "/" + action + "/edit"), s.region(), Role.EDITOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    Element form = editRow.selectFirst("#action-" + action + " form");
    assertThat(form).isNotNull();
    assertThat(form.attr("hx-put")).endsWith("/actions/" + action);
    assertThat(form.attr("action")).endsWith("/actions/" + action);
    assertThat(form.selectFirst("input[name=title]").val()).isEqualTo("Pengadaan server");
    assertThat(form.selectFirst("input[name=version]").val()).isEqualTo("0");
    // the year is chosen within the masterplan period, the owner among the region's OPDs
    assertThat(form.select("select[name=year] option").eachAttr("value")).first().isEqualTo("2024");
    assertThat(form.select("select[name=year] option")).hasSize(10);
    assertThat(form.select("select[name=ownerOpdId] option").eachAttr("value"))
        .contains(Long.toString(s.region().opd().id()));

    Document row =
        row(
            mvc.perform(
                    htmx(put(s.actions() + "/" + action), s.region(), Role.EDITOR)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("category", "INFRASTRUCTURE")
                        .param("title", "Pengadaan server cadangan")
                        .param("year", "2025")
                        .param("quarter", "1")
                        .param("budget", "300000000")
                        .param("status", "RUNNING")
                        .param("progress", "40")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(row.select("#action-" + action + " form[hx-put]")).isEmpty();
    assertThat(row.select("#action-" + action).text())
        .contains("Pengadaan server cadangan")
        .contains("40%");
    PlannedAction saved = plan.action(s.region().id(), s.programme(), action);
    assertThat(saved.title()).isEqualTo("Pengadaan server cadangan");
    assertThat(saved.status()).isEqualTo(ActionStatus.RUNNING);
    assertThat(saved.progress()).isEqualTo(40);
    assertThat(saved.version()).isEqualTo(1);

    // without JavaScript the edit form is a page of its own, and saving goes back to the programme
    Document page = page(s.region(), Role.EDITOR, s.actions() + "/" + action + "/edit");
    assertThat(page.select("h1").text()).isNotBlank();
    assertThat(page.selectFirst("form input[name=title]").val())
        .isEqualTo("Pengadaan server cadangan");
    mvc.perform(
            form(post(s.actions() + "/" + action), s.region(), Role.EDITOR)
                .param("category", "APPLICATION_LITERACY")
                .param("title", "Pelatihan operator")
                .param("year", "2026")
                .param("status", "RUNNING")
                .param("progress", "40")
                .param("version", "1"))
        .andExpect(status().is3xxRedirection());
    PlannedAction moved = plan.action(s.region().id(), s.programme(), action);
    assertThat(moved.category()).isEqualTo(ActionCategory.APPLICATION_LITERACY);
    assertThat(moved.quarter()).isNull();
  }

  @Test
  void aSaveThatMovesTheActionToAnotherCategoryAnswersWithTheWholePlan() throws Exception {
    Setting s = setting();
    long action = programmes.createAction(s.region().id(), s.programme());
    MvcResult result =
        mvc.perform(
                htmx(put(s.actions() + "/" + action), s.region(), Role.EDITOR)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .param("category", "POLICY_INSTITUTION")
                    .param("title", "SOP pusat data")
                    .param("year", "2025")
                    .param("status", "PLANNED")
                    .param("version", "0"))
            .andExpect(status().isOk())
            .andReturn();
    assertThat(result.getResponse().getHeader("HX-Retarget")).isEqualTo("#action-plan");
    Document answer = Jsoup.parse(result.getResponse().getContentAsString());
    assertThat(answer.select("#category-POLICY_INSTITUTION + table #action-" + action)).hasSize(1);
  }

  @Test
  void aYearOutsideTheProgrammeIsShownNextToTheYearAndTheInputIsKept() throws Exception {
    Setting s = setting();
    long action = programmes.createAction(s.region().id(), s.programme());

    Document row =
        row(
            mvc.perform(
                    htmx(put(s.actions() + "/" + action), s.region(), Role.EDITOR)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("category", "INFRASTRUCTURE")
                        .param("title", "Judul yang baru diketik")
                        .param("year", "2030")
                        .param("budget", "1.500.000")
                        .param("status", "PLANNED")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    String prefix = "#edit-" + action;
    // the budget is written with thousands separators: the form says so before anything is saved
    assertThat(row.select(prefix + "-budget-error").text()).isNotBlank();
    assertThat(row.selectFirst(prefix + "-budget").val()).isEqualTo("1.500.000");
    assertThat(row.selectFirst(prefix + "-title").val()).isEqualTo("Judul yang baru diketik");

    row =
        row(
            mvc.perform(
                    htmx(put(s.actions() + "/" + action), s.region(), Role.EDITOR)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("category", "INFRASTRUCTURE")
                        .param("title", "Judul yang baru diketik")
                        .param("year", "2030")
                        .param("budget", "1500000")
                        .param("status", "PLANNED")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(row.select(prefix + "-year-error").text()).contains("2030").contains("2027");
    assertThat(row.select(prefix + "-title-error")).isEmpty();
    assertThat(row.selectFirst(prefix + "-year option[selected]").val()).isEqualTo("2030");
    assertThat(row.selectFirst(prefix + "-title").val()).isEqualTo("Judul yang baru diketik");
    assertThat(plan.action(s.region().id(), s.programme(), action).title())
        .isEqualTo("Pengadaan server");

    // without JavaScript: an add without a title comes back as a page with the problem at the title
    Document page =
        Jsoup.parse(
            mvc.perform(
                    form(post(s.actions()), s.region(), Role.EDITOR)
                        .param("category", "INFRASTRUCTURE")
                        .param("title", " ")
                        .param("year", "2026")
                        .param("deliverable", "Jaringan serat optik")
                        .param("status", "PLANNED"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.select("#action-title-error").text()).isNotBlank();
    assertThat(page.select("#action-deliverable").text()).isEqualTo("Jaringan serat optik");
    assertThat(plan.actions(s.region().id(), s.programme())).hasSize(1);
  }

  @Test
  void aStaleVersionShowsTheOtherPersonsVersionAndOverwritesNothing() throws Exception {
    Setting s = setting();
    long action = programmes.createAction(s.region().id(), s.programme());
    PlannedAction original = plan.action(s.region().id(), s.programme(), action);
    // someone else saves first
    plan.update(
        s.region().id(),
        s.programme(),
        action,
        new ActionCommand(
            original.category(),
            "Versi mereka",
            original.year(),
            original.quarter(),
            null,
            "Server terpasang di dua lokasi",
            original.budget(),
            ActionStatus.RUNNING,
            60),
        0);

    Document row =
        row(
            mvc.perform(
                    htmx(put(s.actions() + "/" + action), s.region(), Role.EDITOR)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("category", "INFRASTRUCTURE")
                        .param("title", "Versi saya")
                        .param("year", "2025")
                        .param("status", "PLANNED")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    Element conflict = row.selectFirst("#action-" + action + " .conflict");
    assertThat(conflict).isNotNull();
    assertThat(conflict.text())
        .contains("Versi mereka")
        .contains("Server terpasang di dua lokasi")
        .contains("60%");
    // this person's input is kept, now carrying their version: saving again is a decision
    assertThat(row.selectFirst("#edit-" + action + "-title").val()).isEqualTo("Versi saya");
    assertThat(row.selectFirst("input[name=version]").val()).isEqualTo("1");
    assertThat(plan.action(s.region().id(), s.programme(), action).title())
        .isEqualTo("Versi mereka");

    // the quick update of a stale row shows their status and progress and says it saved nothing
    Document quick =
        row(
            mvc.perform(
                    htmx(post(s.actions() + "/" + action + "/progress"), s.region(), Role.EDITOR)
                        .param("status", "DONE")
                        .param("progress", "100")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(quick.select("#action-" + action + " .flash.error").text()).contains("100");
    assertThat(quick.select("#action-" + action).text()).contains("60%");
    PlannedAction theirs = plan.action(s.region().id(), s.programme(), action);
    assertThat(theirs.status()).isEqualTo(ActionStatus.RUNNING);
    assertThat(theirs.progress()).isEqualTo(60);
  }

  @Test
  void theQuickUpdateChangesOnlyStatusAndProgressAndKeepsAWrongProgressAsTyped() throws Exception {
    Setting s = setting();
    long action = programmes.createAction(s.region().id(), s.programme());

    Document refused =
        row(
            mvc.perform(
                    htmx(post(s.actions() + "/" + action + "/progress"), s.region(), Role.EDITOR)
                        .param("status", "RUNNING")
                        .param("progress", "150")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(refused.select("#action-" + action + " details.quick[open]")).hasSize(1);
    assertThat(refused.selectFirst("#quick-progress-" + action).val()).isEqualTo("150");
    assertThat(refused.select("#action-" + action + " .quick .field-error").text()).isNotBlank();
    assertThat(plan.action(s.region().id(), s.programme(), action).progress()).isZero();

    mvc.perform(
            htmx(post(s.actions() + "/" + action + "/progress"), s.region(), Role.EDITOR)
                .param("status", "RUNNING")
                .param("progress", "35")
                .param("version", "0"))
        .andExpect(status().isOk());
    PlannedAction updated = plan.action(s.region().id(), s.programme(), action);
    assertThat(updated.status()).isEqualTo(ActionStatus.RUNNING);
    assertThat(updated.progress()).isEqualTo(35);
    assertThat(updated.title()).isEqualTo("Pengadaan server");
    assertThat(updated.budget()).isEqualByComparingTo(new BigDecimal("250000000"));
  }

  @Test
  void anActionMovesOnlyAmongTheActionsOfItsCategoryAndPeriod() throws Exception {
    Setting s = setting();
    long first = add(s, "Kajian kebutuhan", 2025, 1);
    long second = add(s, "Rancangan perbup", 2025, 1);
    long later = add(s, "Sosialisasi perbup", 2026, null);

    Document page = page(s.region(), Role.EDITOR, s.page());
    assertThat(page.select("#action-" + first + " form[action$=/move]")).hasSize(1);
    assertThat(page.select("#action-" + second + " form[action$=/move]")).hasSize(1);
    assertThat(page.select("#action-" + later + " form[action$=/move]")).isEmpty();

    mvc.perform(
            htmx(post(s.actions() + "/" + second + "/move"), s.region(), Role.EDITOR)
                .param("direction", "UP")
                .param("version", "0"))
        .andExpect(status().isOk());
    assertThat(titles(s))
        .containsExactly("Rancangan perbup", "Kajian kebutuhan", "Sosialisasi perbup");

    // a stale move changes nothing and says why
    MvcResult stale =
        mvc.perform(
                form(post(s.actions() + "/" + second + "/move"), s.region(), Role.EDITOR)
                    .param("direction", Ordering.Direction.DOWN.name())
                    .param("version", "0"))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(stale.getFlashMap().get("flashError")).isNotNull();
    assertThat(titles(s))
        .containsExactly("Rancangan perbup", "Kajian kebutuhan", "Sosialisasi perbup");
  }

  @Test
  void deletingAsksFirstAndOnlyTheConfirmationDeletes() throws Exception {
    Setting s = setting();
    long action = programmes.createAction(s.region().id(), s.programme());

    Document question = page(s.region(), Role.EDITOR, s.actions() + "/" + action + "/delete");
    assertThat(question.select("main").text()).contains("Pengadaan server");
    Element confirm = question.selectFirst("main form[method=post]");
    assertThat(confirm.attr("action")).endsWith("/actions/" + action + "/delete");
    assertThat(plan.actions(s.region().id(), s.programme())).hasSize(1);

    // with htmx the question takes the row's place
    Document row =
        row(
            mvc.perform(htmx(get(s.actions() + "/" + action + "/delete"), s.region(), Role.EDITOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(row.select("tr#action-" + action + ".confirm form[hx-post$=/delete]")).hasSize(1);

    MvcResult deleted =
        mvc.perform(form(post(s.actions() + "/" + action + "/delete"), s.region(), Role.EDITOR))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo(s.page() + "#action-plan");
    assertThat(plan.actions(s.region().id(), s.programme())).isEmpty();
  }

  @Test
  void theContributorOfTheLeadOpdChangesTheActionPlan() throws Exception {
    Setting s = setting();
    long action = programmes.createAction(s.region().id(), s.programme());
    mvc.perform(
            form(post(s.actions()), s.region(), Role.OPD_CONTRIBUTOR)
                .param("category", "APPLICATION_LITERACY")
                .param("title", "Pelatihan walidata")
                .param("year", "2027")
                .param("status", "PLANNED"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(
            htmx(post(s.actions() + "/" + action + "/progress"), s.region(), Role.OPD_CONTRIBUTOR)
                .param("status", "DONE")
                .param("progress", "100")
                .param("version", "0"))
        .andExpect(status().isOk());
    assertThat(titles(s)).contains("Pelatihan walidata");
    assertThat(plan.action(s.region().id(), s.programme(), action).status())
        .isEqualTo(ActionStatus.DONE);
  }

  @Test
  void theContributorOfAnotherOpdIsRefused() throws Exception {
    TestRegion region = fixtures.newRegion();
    long masterplan = fixtures.createMasterplan(region.id());
    long otherOpd = fixtures.createOpd(region.id(), "Dinas Pendidikan", "DISDIK");
    long programme = programmes.createProgramme(region.id(), masterplan, otherOpd);
    long action = programmes.createAction(region.id(), programme);
    String actions = "/masterplans/" + masterplan + "/programmes/" + programme + "/actions";

    mvc.perform(form(get(actions + "/" + action + "/edit"), region, Role.OPD_CONTRIBUTOR))
        .andExpect(status().isForbidden());
    mvc.perform(
            form(post(actions), region, Role.OPD_CONTRIBUTOR)
                .param("category", "INFRASTRUCTURE")
                .param("title", "Bukan urusan saya")
                .param("year", "2025"))
        .andExpect(status().isForbidden());
    mvc.perform(form(post(actions + "/" + action + "/delete"), region, Role.OPD_CONTRIBUTOR))
        .andExpect(status().isForbidden());
    assertThat(plan.actions(region.id(), programme)).hasSize(1);
  }

  @Test
  void anEditorOfAnotherRegionFindsNothing() throws Exception {
    Setting s = setting();
    long action = programmes.createAction(s.region().id(), s.programme());
    TestRegion other = fixtures.newRegion();

    mvc.perform(form(get(s.actions() + "/" + action + "/edit"), other, Role.EDITOR))
        .andExpect(status().isNotFound());
    mvc.perform(form(post(s.actions() + "/" + action + "/delete"), other, Role.EDITOR))
        .andExpect(status().isNotFound());
    assertThat(plan.actions(s.region().id(), s.programme())).hasSize(1);
  }

  // ---- helpers ----

  private long add(Setting s, String title, int year, Integer quarter) {
    return plan.add(
            s.region().id(),
            s.programme(),
            new ActionCommand(
                ActionCategory.POLICY_INSTITUTION,
                title,
                year,
                quarter,
                null,
                null,
                null,
                null,
                null))
        .id();
  }

  private List<String> titles(Setting s) {
    return plan.actions(s.region().id(), s.programme()).stream().map(PlannedAction::title).toList();
  }

  private PlannedAction single(Setting s) {
    List<PlannedAction> actions = plan.actions(s.region().id(), s.programme());
    assertThat(actions).hasSize(1);
    return actions.get(0);
  }

  private static MockHttpServletRequestBuilder form(
      MockHttpServletRequestBuilder request, TestRegion region, Role role) {
    return request.with(region.as(role).user()).with(csrf());
  }

  private static MockHttpServletRequestBuilder htmx(
      MockHttpServletRequestBuilder request, TestRegion region, Role role) {
    return form(request, region, role).header("HX-Request", "true");
  }

  /** An htmx answer that is a table row, read as the browser would: inside its table. */
  private static Document row(String html) {
    return Jsoup.parse("<table><tbody>" + html + "</tbody></table>");
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
