package id.rancang.region.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.Role;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@RancangIntegrationTest
class RegionApiTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;

  @Test
  void aSystemAdministratorCreatesARegionWithItsKemendagriCode() throws Exception {
    String code = fixtures.unusedRegionCode();
    mvc.perform(
            post("/api/v1/regions")
                .with(fixtures.systemAdmin().bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"code": "%s", "name": "Kabupaten Baru", "type": "KABUPATEN",
                     "province": "Jawa Tengah"}"""
                        .formatted(code)))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/regions/" + code))
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.type").value("KABUPATEN"));

    mvc.perform(get("/api/v1/regions/" + code).with(fixtures.systemAdmin().bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Kabupaten Baru"));
  }

  @Test
  void aKabupatenCodeInTheKotaRangeIsRefusedWithAFieldMessage() throws Exception {
    mvc.perform(
            post("/api/v1/regions")
                .with(fixtures.systemAdmin().bearer())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"code": "33.76", "name": "Kota Tegal", "type": "KABUPATEN",
                     "province": "Jawa Tengah"}"""))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[0].field").value("code"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("A kabupaten number must be between 01 and 70 (code \"33.76\")."));
  }

  @Test
  void missingFieldsAreEachReportedInIndonesianByDefault() throws Exception {
    mvc.perform(
            post("/api/v1/regions")
                .with(fixtures.systemAdmin().bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"33.28\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors.length()").value(3))
        .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
        .andExpect(jsonPath("$.errors[*].message", hasItem("Wajib diisi.")));
  }

  @Test
  void aRegionAdministratorCannotCreateRegions() throws Exception {
    TestRegion region = fixtures.newRegion();
    mvc.perform(
            post("/api/v1/regions")
                .with(region.as(Role.REGION_ADMIN).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"code": "%s", "name": "X", "type": "KABUPATEN", "province": "Jawa Tengah"}"""
                        .formatted(fixtures.unusedRegionCode())))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void aMemberListsOnlyTheirOwnRegions() throws Exception {
    TestRegion mine = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    mvc.perform(get("/api/v1/regions").with(mine.as(Role.PARTICIPANT).bearer()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].code", hasItem(mine.code())))
        .andExpect(jsonPath("$[*].code", not(hasItem(other.code()))));
  }

  @Test
  void anotherRegionsUserGetsNotFoundForTheRegion() throws Exception {
    TestRegion mine = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    mvc.perform(get("/api/v1/regions/" + other.code()).with(mine.as(Role.REGION_ADMIN).bearer()))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void twoAdministratorsEditingTheSameVersionDoNotOverwriteEachOther() throws Exception {
    TestRegion region = fixtures.newRegion();
    String body =
        """
        {"name": "%s", "province": "Jawa Tengah", "version": 0}""";
    mvc.perform(
            put("/api/v1/regions/" + region.code())
                .with(region.as(Role.REGION_ADMIN).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("Nama Pertama")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(
            put("/api/v1/regions/" + region.code())
                .with(region.as(Role.REGION_ADMIN).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted("Nama Kedua")))
        .andExpect(status().isConflict());
    mvc.perform(get("/api/v1/regions/" + region.code()).with(region.as(Role.EDITOR).bearer()))
        .andExpect(jsonPath("$.name").value("Nama Pertama"));
  }

  @Test
  void aChangeWithoutTheVersionReadIsRefused() throws Exception {
    TestRegion region = fixtures.newRegion();
    mvc.perform(
            put("/api/v1/regions/" + region.code())
                .with(region.as(Role.REGION_ADMIN).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"Tanpa Versi\", \"province\": \"Jawa Tengah\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("version"));
  }
}
