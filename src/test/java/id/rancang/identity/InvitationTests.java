package id.rancang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.Person;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.json.JsonMapper;

@RancangIntegrationTest
class InvitationTests {

  private static final String FIXTURE_PASSWORD = "kata-sandi-uji-123";
  private static final AtomicInteger UNIQUE = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired AccountManagement accounts;
  @Autowired AccountCatalog catalog;
  @Autowired JdbcClient jdbc;

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void anInvitedPersonSetsAPasswordThroughTheLinkAndThenGetsAToken() throws Exception {
    TestRegion region = fixtures.newRegion();
    String email = newEmail();

    String link = invite(region, email, "EDITOR");

    assertThat(link).contains("/invitation/");
    mvc.perform(token(email, "kata-sandi-baru-456")).andExpect(status().isUnauthorized());
    mvc.perform(get(pathOf(link)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(email)));

    mvc.perform(setPassword(link, "kata-sandi-baru-456"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login?passwordSet"));

    mvc.perform(token(email, "kata-sandi-baru-456")).andExpect(status().isOk());
    assertThat(catalog.findByEmail(email).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void anInvitationLinkWorksOnlyOnce() throws Exception {
    TestRegion region = fixtures.newRegion();
    String email = newEmail();
    String link = invite(region, email, "REVIEWER");
    mvc.perform(setPassword(link, "kata-sandi-pertama")).andExpect(status().is3xxRedirection());

    mvc.perform(get(pathOf(link))).andExpect(status().isGone());
    mvc.perform(setPassword(link, "kata-sandi-kedua-99")).andExpect(status().isGone());

    mvc.perform(token(email, "kata-sandi-kedua-99")).andExpect(status().isUnauthorized());
    mvc.perform(token(email, "kata-sandi-pertama")).andExpect(status().isOk());
  }

  @Test
  void aPasswordResetLinkWorksOnceAndRevokesTheTokensIssuedBefore() throws Exception {
    TestRegion region = fixtures.newRegion();
    Person editor = region.as(Role.EDITOR);
    mvc.perform(get("/api/v1/regions/" + region.code()).with(editor.bearer()))
        .andExpect(status().isOk());

    String link = accounts.passwordResetLink(region.id(), editor.accountId());

    assertThat(link).contains("/password/reset/");
    mvc.perform(get(pathOf(link)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(editor.email())));
    mvc.perform(setPassword(link, "sandi-setelah-reset"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login?passwordSet"));

    mvc.perform(get("/api/v1/regions/" + region.code()).with(editor.bearer()))
        .andExpect(status().isUnauthorized());
    mvc.perform(token(editor.email(), FIXTURE_PASSWORD)).andExpect(status().isUnauthorized());
    mvc.perform(token(editor.email(), "sandi-setelah-reset")).andExpect(status().isOk());

    mvc.perform(setPassword(link, "sandi-reset-kedua-kali")).andExpect(status().isGone());
    mvc.perform(token(editor.email(), "sandi-reset-kedua-kali"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void anExpiredLinkIsRefused() throws Exception {
    TestRegion region = fixtures.newRegion();
    String email = newEmail();
    String link = invite(region, email, "PARTICIPANT");
    long accountId = catalog.findByEmail(email).orElseThrow().id();
    jdbc.sql(
            "update account_link set expires_at = now() - interval '1 minute' where account_id = ?")
        .param(accountId)
        .update();

    mvc.perform(get(pathOf(link))).andExpect(status().isGone());
    mvc.perform(setPassword(link, "kata-sandi-terlambat")).andExpect(status().isGone());

    assertThat(catalog.findById(accountId).orElseThrow().status()).isEqualTo(AccountStatus.INVITED);
    mvc.perform(token(email, "kata-sandi-terlambat")).andExpect(status().isUnauthorized());
  }

  @Test
  void tooShortOrDifferingPasswordsAreRefusedAndTheLinkStaysUsable() throws Exception {
    TestRegion region = fixtures.newRegion();
    String email = newEmail();
    String link = invite(region, email, "EDITOR");

    mvc.perform(setPassword(link, "pendek")).andExpect(status().isOk());
    mvc.perform(
            post(pathOf(link))
                .with(csrf())
                .param("password", "kata-sandi-panjang")
                .param("passwordRepeat", "kata-sandi-lain-lagi"))
        .andExpect(status().isOk());
    mvc.perform(token(email, "kata-sandi-panjang")).andExpect(status().isUnauthorized());

    mvc.perform(setPassword(link, "kata-sandi-panjang")).andExpect(status().is3xxRedirection());
    mvc.perform(token(email, "kata-sandi-panjang")).andExpect(status().isOk());
  }

  @Test
  void anOpdContributorNeedsAnOpdOfTheOwnRegion() throws Exception {
    TestRegion region = fixtures.newRegion();
    TestRegion other = fixtures.newRegion();
    String withoutOpd = newEmail();
    String foreignOpd = newEmail();

    mvc.perform(addUser(region, withoutOpd, "OPD_CONTRIBUTOR", null))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("opdId")))
        .andExpect(
            jsonPath("$.errors[0].message").value("An OPD contributor must be linked to one OPD."));
    mvc.perform(addUser(region, foreignOpd, "OPD_CONTRIBUTOR", other.opd().id()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", hasItem("opdId")))
        .andExpect(
            jsonPath("$.errors[0].message").value("This OPD does not exist in this region."));

    assertThat(catalog.findByEmail(withoutOpd)).isEmpty();
    assertThat(catalog.findByEmail(foreignOpd)).isEmpty();
    mvc.perform(addUser(region, foreignOpd, "OPD_CONTRIBUTOR", region.opd().id()))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.opdId").value(region.opd().id()));
  }

  @Test
  void theLastRegionAdministratorCanBeNeitherRemovedNorDemoted() throws Exception {
    TestRegion region = fixtures.newRegion();
    Person admin = region.as(Role.REGION_ADMIN);

    mvc.perform(delete(usersPath(region) + "/" + admin.accountId()).with(admin.bearer()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("role"));
    mvc.perform(changeRole(region, admin, "EDITOR")).andExpect(status().isBadRequest());

    assertThat(catalog.membership(admin.accountId(), region.id()).orElseThrow().role())
        .isEqualTo(Role.REGION_ADMIN);

    accounts.addMember(
        region.id(),
        new NewMemberCommand(newEmail(), "Admin Kedua", Role.REGION_ADMIN, null, FIXTURE_PASSWORD));
    mvc.perform(changeRole(region, admin, "EDITOR"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.role").value("EDITOR"));
  }

  private String invite(TestRegion region, String email, String role) throws Exception {
    String body =
        mvc.perform(addUser(region, email, role, null))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("INVITED"))
            .andExpect(jsonPath("$.invitationLink", startsWith("http")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body).get("invitationLink").asString();
  }

  private RequestBuilder addUser(TestRegion region, String email, String role, Long opdId) {
    return post(usersPath(region))
        .with(region.as(Role.REGION_ADMIN).bearer())
        .header("Accept-Language", "en")
        .contentType(MediaType.APPLICATION_JSON)
        .content(
            """
            {"email": "%s", "name": "Orang Baru", "role": "%s", "opdId": %s}"""
                .formatted(email, role, opdId));
  }

  private RequestBuilder changeRole(TestRegion region, Person person, String role) {
    return put(usersPath(region) + "/" + person.accountId())
        .with(region.as(Role.REGION_ADMIN).bearer())
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"role\": \"%s\"}".formatted(role));
  }

  private static RequestBuilder setPassword(String link, String password) {
    return post(pathOf(link))
        .with(csrf())
        .param("password", password)
        .param("passwordRepeat", password);
  }

  private static RequestBuilder token(String email, String password) {
    return post("/api/v1/auth/token")
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, password));
  }

  private static String pathOf(String link) {
    return URI.create(link).getPath();
  }

  private static String usersPath(TestRegion region) {
    return "/api/v1/regions/" + region.code() + "/users";
  }

  private static String newEmail() {
    return "undangan."
        + ProcessHandle.current().pid()
        + "."
        + UNIQUE.incrementAndGet()
        + "@uji.test";
  }
}
