package id.rancang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.identity.AccountCatalog;
import id.rancang.identity.AccountManagement;
import id.rancang.identity.NewMemberCommand;
import id.rancang.identity.Role;
import id.rancang.shared.InvalidInputException;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** What a region administrator must not be able to do to people who work elsewhere too. */
@RancangIntegrationTest
class AccountTakeoverTests {

  private static final String PASSWORD = "kata-sandi-uji-123";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccountManagement accounts;
  @Autowired AccountCatalog catalog;

  @Test
  void aRegionAdministratorCannotMakeAResetLinkForSomeoneWhoAlsoWorksInAnotherRegion() {
    TestRegion a = fixtures.newRegion();
    TestRegion b = fixtures.newRegion();
    Fixtures.Person adminOfA = a.as(Role.REGION_ADMIN);
    accounts.addMember(
        b.id(), new NewMemberCommand(adminOfA.email(), "Siapa Saja", Role.PARTICIPANT, null, null));

    assertThatThrownBy(() -> accounts.passwordResetLink(b.id(), adminOfA.accountId()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems().get(0).messageKey())
                    .isEqualTo("identity.member.resetElsewhere"));
  }

  @Test
  void aRegionAdministratorCannotMakeAResetLinkForASystemAdministrator() {
    TestRegion b = fixtures.newRegion();
    Fixtures.Person sysadmin = fixtures.systemAdmin();
    accounts.addMember(
        b.id(), new NewMemberCommand(sysadmin.email(), "Siapa Saja", Role.PARTICIPANT, null, null));

    assertThatThrownBy(() -> accounts.passwordResetLink(b.id(), sysadmin.accountId()))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void theConfiguredAdministratorAddressNeverPromotesAnExistingAccount() {
    TestRegion region = fixtures.newRegion();
    Fixtures.Person participant = region.as(Role.PARTICIPANT);

    boolean created = accounts.ensureSystemAdmin(participant.email(), "apa-saja-1234567", "X");

    assertThat(created).isFalse();
    assertThat(catalog.findById(participant.accountId()).orElseThrow().systemAdmin()).isFalse();
  }

  @Test
  void settingANewPasswordThroughALinkEndsTheSessionsOpenElsewhere() throws Exception {
    TestRegion region = fixtures.newRegion();
    Fixtures.Person editor = region.as(Role.EDITOR);
    MvcResult login =
        mvc.perform(
                post("/login")
                    .param("email", editor.email())
                    .param("password", PASSWORD)
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    Cookie[] session = login.getResponse().getCookies();
    mvc.perform(get("/opds").cookie(session)).andExpect(status().isOk());

    String link = accounts.passwordResetLink(region.id(), editor.accountId());
    accounts.setPasswordWithLink(link.substring(link.lastIndexOf('/') + 1), "kata-sandi-baru-456");

    mvc.perform(get("/opds").cookie(session)).andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/v1/regions/" + region.code()).with(editor.bearer()))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void anUnknownChoiceInAJsonBodyIsReportedOnItsField() throws Exception {
    TestRegion region = fixtures.newRegion();
    mvc.perform(
            post("/api/v1/regions/" + region.code() + "/users")
                .with(region.as(Role.REGION_ADMIN).bearer())
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"x@uji.test\",\"name\":\"X\",\"role\":\"KING\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("role"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("This value cannot be read (unknown type or choice)."));
  }

  @Test
  void aPageAddressWithANonNumericIdIsNotFoundAndHugePageNumbersAreHarmless() throws Exception {
    TestRegion region = fixtures.newRegion();
    mvc.perform(get("/opds/abc").with(region.as(Role.EDITOR).user()))
        .andExpect(status().isNotFound());
    mvc.perform(get("/opds?page=2000000000").with(region.as(Role.EDITOR).user()))
        .andExpect(status().isOk());
  }
}
