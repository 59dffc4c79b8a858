package id.rancang.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.json.JsonMapper;

@RancangIntegrationTest
class MasterplanTests {

  private static final String REGULATION = "Peraturan Bupati Nomor 12 Tahun 2024";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired MasterplanManagement masterplans;

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void aMasterplanWithoutAnEndYearRunsTenYears() throws Exception {
    TestRegion region = fixtures.newRegion();

    mvc.perform(create(region, "{\"title\": \"Masterplan Uji\", \"startYear\": 2024}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.startYear").value(2024))
        .andExpect(jsonPath("$.endYear").value(2033))
        .andExpect(jsonPath("$.status").value("DRAFT"));
    mvc.perform(
            create(
                region,
                "{\"title\": \"Masterplan Pendek\", \"startYear\": 2024, \"endYear\": 2028}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.endYear").value(2028));
  }

  @Test
  void adoptingFromReviewNeedsTheRegulationNumberAndDateAndKeepsThem() throws Exception {
    TestRegion region = fixtures.newRegion();
    long id = created(region);
    mvc.perform(
            changeStatus(region, Role.EDITOR, id, "{\"status\": \"IN_REVIEW\", \"version\": 0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("IN_REVIEW"));

    mvc.perform(
            changeStatus(
                region, Role.REGION_ADMIN, id, "{\"status\": \"ADOPTED\", \"version\": 1}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(
            jsonPath("$.errors[*].field", containsInAnyOrder("regulationNumber", "regulationDate")))
        .andExpect(jsonPath("$.errors[0].message").value("Required for adoption."));
    mvc.perform(
            changeStatus(
                region,
                Role.REGION_ADMIN,
                id,
                "{\"status\": \"ADOPTED\", \"regulationNumber\": \"  \", \"regulationDate\":"
                    + " \"2024-05-17\", \"version\": 1}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("regulationNumber"));
    assertThat(masterplans.get(region.id(), id).status()).isEqualTo(MasterplanStatus.IN_REVIEW);

    mvc.perform(
            changeStatus(
                region,
                Role.REGION_ADMIN,
                id,
                """
                {"status": "ADOPTED", "regulationNumber": "%s", "regulationDate": "2024-05-17",
                 "version": 1}"""
                    .formatted(REGULATION)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ADOPTED"));

    mvc.perform(get(path(region) + "/" + id).with(region.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ADOPTED"))
        .andExpect(jsonPath("$.regulationNumber").value(REGULATION))
        .andExpect(jsonPath("$.regulationDate").value("2024-05-17"));
  }

  @Test
  void aDraftCannotBeAdoptedDirectly() throws Exception {
    TestRegion region = fixtures.newRegion();
    long id = created(region);

    mvc.perform(
            changeStatus(
                region,
                Role.REGION_ADMIN,
                id,
                """
                {"status": "ADOPTED", "regulationNumber": "%s", "regulationDate": "2024-05-17",
                 "version": 0}"""
                    .formatted(REGULATION)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("The status cannot change from DRAFT to ADOPTED."));

    Masterplan unchanged = masterplans.get(region.id(), id);
    assertThat(unchanged.status()).isEqualTo(MasterplanStatus.DRAFT);
    assertThat(unchanged.regulationNumber()).isNull();
  }

  @Test
  void anAdoptedMasterplanCannotBeEdited() throws Exception {
    TestRegion region = fixtures.newRegion();
    long id = created(region);
    masterplans.changeStatus(region.id(), id, MasterplanStatus.IN_REVIEW, null, null, 0);
    masterplans.changeStatus(
        region.id(), id, MasterplanStatus.ADOPTED, REGULATION, LocalDate.of(2024, 5, 17), 1);

    mvc.perform(
            update(
                region,
                id,
                "{\"title\": \"Judul Baru\", \"startYear\": 2025, \"endYear\": 2034,"
                    + " \"version\": 2}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("status"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("An adopted or archived masterplan cannot be changed."));

    Masterplan unchanged = masterplans.get(region.id(), id);
    assertThat(unchanged.title()).isEqualTo("Masterplan Uji");
    assertThat(unchanged.startYear()).isEqualTo(2024);
    assertThat(unchanged.version()).isEqualTo(2);
  }

  @Test
  void anEndYearBeforeTheStartYearIsRefused() throws Exception {
    TestRegion region = fixtures.newRegion();

    mvc.perform(create(region, "{\"title\": \"Terbalik\", \"startYear\": 2030, \"endYear\": 2025}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("endYear"))
        .andExpect(
            jsonPath("$.errors[0].message").value("The end year cannot be before the start year."));
    assertThat(masterplans.list(region.id())).isEmpty();

    long id = created(region);
    mvc.perform(
            update(
                region,
                id,
                "{\"title\": \"Masterplan Uji\", \"startYear\": 2024, \"endYear\": 2023,"
                    + " \"version\": 0}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("endYear"));
    assertThat(masterplans.get(region.id(), id).endYear()).isEqualTo(2033);
  }

  @Test
  void aDraftCanBeEditedAndAnEditorMayNotAdopt() throws Exception {
    TestRegion region = fixtures.newRegion();
    long id = created(region);

    mvc.perform(
            update(
                region,
                id,
                "{\"title\": \"Masterplan Diperbarui\", \"startYear\": 2025, \"version\": 0}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("Masterplan Diperbarui"))
        .andExpect(jsonPath("$.endYear").value(2034))
        .andExpect(jsonPath("$.regulationNumber").value(nullValue()));
    mvc.perform(
            changeStatus(region, Role.EDITOR, id, "{\"status\": \"IN_REVIEW\", \"version\": 1}"))
        .andExpect(status().isOk());

    mvc.perform(
            changeStatus(
                region,
                Role.EDITOR,
                id,
                """
                {"status": "ADOPTED", "regulationNumber": "%s", "regulationDate": "2024-05-17",
                 "version": 2}"""
                    .formatted(REGULATION)))
        .andExpect(status().isForbidden());
    assertThat(masterplans.get(region.id(), id).status()).isEqualTo(MasterplanStatus.IN_REVIEW);
  }

  private long created(TestRegion region) throws Exception {
    String body =
        mvc.perform(create(region, "{\"title\": \"Masterplan Uji\", \"startYear\": 2024}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body).get("id").asLong();
  }

  private static String path(TestRegion region) {
    return "/api/v1/regions/" + region.code() + "/masterplans";
  }

  private static RequestBuilder create(TestRegion region, String body) {
    return post(path(region))
        .with(region.as(Role.EDITOR).bearer())
        .header("Accept-Language", "en")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  private static RequestBuilder update(TestRegion region, long id, String body) {
    return put(path(region) + "/" + id)
        .with(region.as(Role.EDITOR).bearer())
        .header("Accept-Language", "en")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }

  private static RequestBuilder changeStatus(TestRegion region, Role role, long id, String body) {
    return post(path(region) + "/" + id + "/status")
        .with(region.as(role).bearer())
        .header("Accept-Language", "en")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body);
  }
}
