package id.rancang.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import id.rancang.identity.Role;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import java.util.Arrays;
import java.util.List;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@RancangIntegrationTest
class FundingSourcesTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired FundingSources sources;

  @Test
  void everyRegionHasTheBuiltInSourcesNamedInBothLanguagesThenItsOwnByCode() throws Exception {
    TestRegion region = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    sources.create(region.id(), new FundingSourceCommand("ZAKAT", "Dana zakat daerah"));
    sources.create(region.id(), new FundingSourceCommand("BANK_JATENG", "CSR Bank Jateng"));
    sources.create(other.id(), new FundingSourceCommand("HIBAH_LAIN", "Hibah daerah lain"));

    List<FundingSourceEntry> list = sources.list(region.id());

    List<String> builtIn = Arrays.stream(FundingSource.values()).map(Enum::name).toList();
    assertThat(list.subList(0, builtIn.size()))
        .extracting(FundingSourceEntry::code)
        .containsExactlyElementsOf(builtIn);
    assertThat(list.subList(0, builtIn.size()))
        .allSatisfy(
            s -> {
              assertThat(s.builtIn()).isTrue();
              assertThat(s.id()).isNull();
              assertThat(s.nameId()).isNotBlank().isNotEqualTo(s.code());
              assertThat(s.nameEn()).isNotBlank().isNotEqualTo(s.code());
            });
    // the national budget is named differently in the two languages
    FundingSourceEntry apbn = list.get(builtIn.indexOf("APBN"));
    assertThat(apbn.nameId()).isNotEqualTo(apbn.nameEn());
    assertThat(list.subList(builtIn.size(), list.size()))
        .extracting(FundingSourceEntry::code, FundingSourceEntry::nameId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("BANK_JATENG", "CSR Bank Jateng"),
            org.assertj.core.groups.Tuple.tuple("ZAKAT", "Dana zakat daerah"));

    mvc.perform(
            get("/api/v1/regions/" + region.code() + "/funding-sources")
                .header("Accept-Language", "en")
                .with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(builtIn.size() + 2))
        .andExpect(jsonPath("$[1].code").value("APBN"))
        .andExpect(jsonPath("$[1].builtIn").value(true))
        .andExpect(jsonPath("$[1].names.id").value(apbn.nameId()))
        .andExpect(jsonPath("$[1].names.en").value(apbn.nameEn()))
        .andExpect(jsonPath("$[1].name").value(apbn.nameEn()))
        .andExpect(jsonPath("$[7].code").value("BANK_JATENG"))
        .andExpect(jsonPath("$[7].id").isNumber())
        .andExpect(jsonPath("$[7].version").value(0))
        .andExpect(jsonPath("$[*].code", Matchers.not(Matchers.hasItem("HIBAH_LAIN"))));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bank",
        "1BANK",
        "BANK-JATENG",
        "BANK JATENG",
        "_BANK",
        "ABCDEFGHIJKLMNOPQRSTUVWXY"
      })
  void aCodeIsCapitalLettersDigitsAndUnderscoresStartingWithALetter(String code) {
    TestRegion region = fixtures.newRegion();

    assertThatThrownBy(() -> sources.create(region.id(), new FundingSourceCommand(code, "Hibah")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "code", "programme.fundingSource.codeFormat")));
    assertThat(sources.list(region.id())).hasSize(FundingSource.values().length);
  }

  @Test
  void aCodeMayNeitherRepeatABuiltInOneNorOneOfTheRegionButAnotherRegionMayUseIt() {
    TestRegion region = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    sources.create(region.id(), new FundingSourceCommand("BANK_JATENG", "CSR Bank Jateng"));

    assertThat(problems(() -> sources.create(region.id(), new FundingSourceCommand("APBD", "X"))))
        .containsExactly("code programme.fundingSource.builtIn");
    assertThat(
            problems(
                () ->
                    sources.create(region.id(), new FundingSourceCommand(" BANK_JATENG ", "Lagi"))))
        .containsExactly("code programme.fundingSource.codeTaken");
    assertThat(problems(() -> sources.create(region.id(), new FundingSourceCommand("", " "))))
        .containsExactlyInAnyOrder(
            "code shared.validation.required", "name shared.validation.required");
    assertThat(
            sources.create(other.id(), new FundingSourceCommand("BANK_JATENG", "Di sana")).code())
        .isEqualTo("BANK_JATENG");
  }

  @Test
  void anInvalidCodeSentToTheApiIsAProblemNamingTheField() throws Exception {
    TestRegion region = fixtures.newRegion();

    mvc.perform(
            post("/api/v1/regions/" + region.code() + "/funding-sources")
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"dak\",\"name\":\"DAK kecil\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
  }

  @Test
  void renamingKeepsTheCodeNeedsTheVersionReadAndIsRecordedInTheHistory() throws Exception {
    TestRegion region = fixtures.newRegion();
    String base = "/api/v1/regions/" + region.code() + "/funding-sources";
    MvcResult created =
        mvc.perform(
                post(base)
                    .with(region.as(Role.EDITOR).bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"code\":\"HIBAH_PROV\",\"name\":\"Hibah provinsi\"}"))
            .andExpect(status().isCreated())
            .andReturn();
    long id =
        ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
    assertThat(created.getResponse().getHeader("Location")).isEqualTo(base + "/" + id);

    mvc.perform(
            put(base + "/" + id)
                .with(region.as(Role.REGION_ADMIN).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"code\":\"OTHER_CODE\",\"name\":\"Bantuan keuangan provinsi\",\"version\":0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("HIBAH_PROV"))
        .andExpect(jsonPath("$.name").value("Bantuan keuangan provinsi"))
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(
            put(base + "/" + id)
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Basi\",\"version\":0}"))
        .andExpect(status().isConflict());
    mvc.perform(
            put(base + "/" + id)
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Tanpa versi\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            put(base + "/" + id)
                .with(region.as(Role.EDITOR).bearer())
                .header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"  \"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("name"));
    assertThat(sources.get(region.id(), id).nameId()).isEqualTo("Bantuan keuangan provinsi");
    assertThatThrownBy(() -> sources.rename(region.id(), id, "Lagi", 0))
        .isInstanceOf(ConcurrentEditException.class);

    mvc.perform(
            get("/api/v1/regions/"
                    + region.code()
                    + "/audit?recordType=fundingSource&recordId="
                    + id)
                .with(region.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].action", Matchers.containsInAnyOrder("CREATED", "UPDATED")))
        .andExpect(
            jsonPath(
                "$[?(@.action == 'UPDATED')].after",
                Matchers.hasItem(Matchers.containsString("Bantuan keuangan provinsi"))));
  }

  @Test
  void aSourceUsedByBudgetLinesIsNotDeletedAndTheRefusalSaysHowMany() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long id = sources.create(region.id(), new FundingSourceCommand("HIBAH_PROV", "Hibah")).id();
    String twoYears = budget(2025, "HIBAH_PROV", "1000000") + "," + budget(2026, "HIBAH_PROV", "5");
    long first = programme(region, plan, "P1", twoYears + "," + budget(2025, "APBD", "7"));
    long second = programme(region, plan, "P2", budget(2027, "HIBAH_PROV", "2500000"));
    assertThat(sources.get(region.id(), id).budgetLines()).isEqualTo(3);
    assertThat(sources.get(region.id(), id).programmes()).isEqualTo(2);

    mvc.perform(
            delete("/api/v1/regions/" + region.code() + "/funding-sources/" + id)
                .header("Accept-Language", "en")
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(
                    Matchers.allOf(
                        Matchers.containsString("HIBAH_PROV"),
                        Matchers.containsString("3 budget lines"),
                        Matchers.containsString("2 programmes"))));

    // the second programme no longer uses it: one programme with two lines is left
    updateBudget(region, plan, second, "P2", "");
    assertThatThrownBy(() -> sources.delete(region.id(), id))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).args()).containsExactly("HIBAH_PROV", 2L, 1L));

    updateBudget(region, plan, first, "P1", budget(2025, "APBD", "7"));
    mvc.perform(
            delete("/api/v1/regions/" + region.code() + "/funding-sources/" + id)
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(status().isNoContent());
    assertThatThrownBy(() -> sources.get(region.id(), id)).isInstanceOf(NotFoundException.class);
    // and budget lines can no longer name it
    mvc.perform(
            post("/api/v1/masterplans/" + plan + "/programmes")
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(programmeJson("P3", budget(2025, "HIBAH_PROV", "1"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("budget"));
    mvc.perform(
            get("/api/v1/regions/"
                    + region.code()
                    + "/audit?recordType=fundingSource&recordId="
                    + id)
                .with(region.as(Role.EDITOR).bearer()))
        .andExpect(jsonPath("$[0].action").value("DELETED"));
  }

  @Test
  void anotherRegionsPeopleNeitherSeeNorChangeNorUseARegionsOwnSources() throws Exception {
    TestRegion region = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    long id = sources.create(region.id(), new FundingSourceCommand("ZAKAT", "Dana zakat")).id();
    long otherPlan = fixtures.createMasterplan(other.id());
    String mine = "/api/v1/regions/" + region.code() + "/funding-sources";
    String theirs = "/api/v1/regions/" + other.code() + "/funding-sources";
    Fixtures.Person stranger = other.as(Role.REGION_ADMIN);

    mvc.perform(get(theirs).with(stranger.bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].code", Matchers.not(Matchers.hasItem("ZAKAT"))));
    mvc.perform(get(mine).with(stranger.bearer())).andExpect(status().isNotFound());
    mvc.perform(get(theirs + "/" + id).with(stranger.bearer())).andExpect(status().isNotFound());
    mvc.perform(
            put(theirs + "/" + id)
                .with(stranger.bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Diambil\",\"version\":0}"))
        .andExpect(status().isNotFound());
    mvc.perform(delete(theirs + "/" + id).with(stranger.bearer())).andExpect(status().isNotFound());
    mvc.perform(delete(mine + "/" + id).with(stranger.bearer())).andExpect(status().isNotFound());
    mvc.perform(post("/funding-sources/" + id + "/delete").with(stranger.user()).with(csrf()))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/funding-sources/" + id)
                .param("name", "Diambil")
                .param("version", "0")
                .with(stranger.user())
                .with(csrf()))
        .andExpect(status().isNotFound());
    Document page = page(other, Role.EDITOR);
    assertThat(page.select("#funding-sources tbody tr[data-code=ZAKAT]")).isEmpty();
    // nor may their budget lines name it
    mvc.perform(
            post("/api/v1/masterplans/" + otherPlan + "/programmes")
                .with(other.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(programmeJson("P1", budget(2025, "ZAKAT", "1"))))
        .andExpect(status().isBadRequest());

    assertThat(sources.get(region.id(), id).nameId()).isEqualTo("Dana zakat");
  }

  @Test
  void editorsAddRenameAndDeleteOnThePageWhileOthersOnlyRead() throws Exception {
    TestRegion region = fixtures.newRegion();
    Fixtures.Person editor = region.as(Role.EDITOR);

    // a wrong code: the page again, with the problem next to the field and what was typed
    String html =
        mvc.perform(
                post("/funding-sources")
                    .param("code", "bank jateng")
                    .param("name", "CSR Bank Jateng")
                    .with(editor.user())
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document rejected = Jsoup.parse(html);
    assertThat(rejected.select("#code-error").text()).isNotBlank();
    assertThat(rejected.select("input[name=name]").last().val()).isEqualTo("CSR Bank Jateng");

    mvc.perform(
            post("/funding-sources")
                .param("code", "BANK_JATENG")
                .param("name", "CSR Bank Jateng")
                .with(editor.user())
                .with(csrf()))
        .andExpect(status().isFound());
    FundingSourceEntry added = sources.list(region.id()).get(FundingSource.values().length);
    assertThat(added.code()).isEqualTo("BANK_JATENG");

    Document list = page(region, Role.EDITOR);
    assertThat(list.select("#funding-sources tbody tr")).hasSize(FundingSource.values().length + 1);
    assertThat(list.select("tr[data-code=BANK_JATENG] form[data-confirm]")).hasSize(1);
    assertThat(list.select("tr[data-code=APBD] form")).isEmpty();
    assertThat(list.select("a[href='/funding-sources']")).isNotEmpty();

    mvc.perform(
            post("/funding-sources/" + added.id())
                .param("name", "")
                .param("version", "0")
                .with(editor.user())
                .with(csrf()))
        .andExpect(status().isOk());
    mvc.perform(
            post("/funding-sources/" + added.id())
                .param("name", "CSR Bank Jateng (Bank Pembangunan Daerah)")
                .param("version", "0")
                .with(editor.user())
                .with(csrf()))
        .andExpect(status().isFound());
    assertThat(sources.get(region.id(), added.id()).nameId())
        .isEqualTo("CSR Bank Jateng (Bank Pembangunan Daerah)");

    Document participant = page(region, Role.PARTICIPANT);
    assertThat(participant.select("tr[data-code=BANK_JATENG]").text())
        .contains("CSR Bank Jateng (Bank Pembangunan Daerah)");
    assertThat(participant.select("#funding-sources form")).isEmpty();
    assertThat(participant.select("form[action='/funding-sources']")).isEmpty();

    mvc.perform(post("/funding-sources/" + added.id() + "/delete").with(editor.user()).with(csrf()))
        .andExpect(status().isFound());
    assertThat(sources.list(region.id())).hasSize(FundingSource.values().length);
  }

  @Test
  void deletingASourceInUseOnThePageExplainsWhy() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long id = sources.create(region.id(), new FundingSourceCommand("HIBAH_PROV", "Hibah")).id();
    programme(region, plan, "P1", budget(2025, "HIBAH_PROV", "1000"));

    MvcResult result =
        mvc.perform(
                post("/funding-sources/" + id + "/delete")
                    .with(region.as(Role.REGION_ADMIN).user())
                    .with(csrf()))
            .andExpect(status().isFound())
            .andReturn();

    assertThat((String) result.getFlashMap().get("flashError")).contains("HIBAH_PROV");
    assertThat(sources.get(region.id(), id).budgetLines()).isEqualTo(1);
  }

  private Document page(TestRegion region, Role role) throws Exception {
    return Jsoup.parse(
        mvc.perform(get("/funding-sources").with(region.as(role).user()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private static List<String> problems(Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      return e.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList();
    }
    throw new AssertionError("no problem reported");
  }

  private static String budget(int year, String source, String amount) {
    return "{\"year\":%d,\"source\":\"%s\",\"amount\":%s}".formatted(year, source, amount);
  }

  private static String programmeJson(String code, String budget) {
    return """
        {"code":"%s","name":"Program %s","dimension":"GOVERNANCE","horizon":"MEDIUM",
         "startYear":2025,"endYear":2027,"budget":[%s]}"""
        .formatted(code, code, budget);
  }

  private long programme(TestRegion region, long plan, String code, String budget)
      throws Exception {
    String json =
        mvc.perform(
                post("/api/v1/masterplans/" + plan + "/programmes")
                    .with(region.as(Role.EDITOR).bearer())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(programmeJson(code, budget)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) JsonPath.read(json, "$.id")).longValue();
  }

  private void updateBudget(TestRegion region, long plan, long id, String code, String budget)
      throws Exception {
    int version =
        JsonPath.read(
            mvc.perform(
                    get("/api/v1/masterplans/" + plan + "/programmes/" + id)
                        .with(region.as(Role.EDITOR).bearer()))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.version");
    String body = programmeJson(code, budget).replaceFirst("}$", ",\"version\":" + version + "}");
    mvc.perform(
            put("/api/v1/masterplans/" + plan + "/programmes/" + id)
                .with(region.as(Role.EDITOR).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk());
  }
}
