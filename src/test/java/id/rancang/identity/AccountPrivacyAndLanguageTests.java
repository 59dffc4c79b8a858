package id.rancang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@RancangIntegrationTest
class AccountPrivacyAndLanguageTests {

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccountManagement accounts;

  @Test
  void theLanguageChosenOnTheAccountIsAppliedAtSignIn() throws Exception {
    TestRegion region = fixtures.newRegion();
    Fixtures.Person editor = region.as(Role.EDITOR);
    accounts.setLocale(editor.accountId(), "en");

    MvcResult login =
        mvc.perform(
                post("/login")
                    .param("email", editor.email())
                    .param("password", "kata-sandi-uji-123")
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();

    Cookie language = login.getResponse().getCookie("RANCANG_LANG");
    assertThat(language).isNotNull();
    assertThat(language.getValue()).isEqualTo("en");
  }

  @Test
  void signingOutEverywhereRevokesTheTokensAndEndsTheSessionsOfThatPersonOnly() throws Exception {
    TestRegion region = fixtures.newRegion();
    Fixtures.Person editor = region.as(Role.EDITOR);
    Fixtures.Person reviewer = region.as(Role.REVIEWER);
    MvcResult login =
        mvc.perform(
                post("/login")
                    .param("email", editor.email())
                    .param("password", "kata-sandi-uji-123")
                    .with(csrf()))
            .andReturn();
    Cookie[] session = login.getResponse().getCookies();

    mvc.perform(delete("/api/v1/auth/token/all").with(editor.bearer()))
        .andExpect(status().isNoContent());

    mvc.perform(get("/api/v1/regions/" + region.code()).with(editor.bearer()))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/opds").cookie(session)).andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/v1/regions/" + region.code()).with(reviewer.bearer()))
        .andExpect(status().isOk());
  }

  @Test
  void onlyRegionAdministratorsReadTheHistoryOfPeople() throws Exception {
    TestRegion region = fixtures.newRegion();
    String path =
        "/api/v1/regions/"
            + region.code()
            + "/audit?recordType=member&recordId="
            + region.as(Role.PARTICIPANT).accountId();

    mvc.perform(get(path).with(region.as(Role.EDITOR).bearer())).andExpect(status().isForbidden());
    mvc.perform(get(path).with(region.as(Role.REVIEWER).bearer()))
        .andExpect(status().isForbidden());
    mvc.perform(get(path).with(region.as(Role.REGION_ADMIN).bearer())).andExpect(status().isOk());
    mvc.perform(
            get("/audit/member/" + region.as(Role.PARTICIPANT).accountId())
                .with(region.as(Role.EDITOR).user()))
        .andExpect(status().isForbidden());
  }
}
