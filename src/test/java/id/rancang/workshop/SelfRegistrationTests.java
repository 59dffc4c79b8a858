package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import id.rancang.identity.Account;
import id.rancang.identity.AccountCatalog;
import id.rancang.identity.AccountStatus;
import id.rancang.identity.Role;
import id.rancang.identity.SelfRegistration;
import id.rancang.support.CapturedMail;
import id.rancang.support.ConsultationFixtures;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * People register themselves on a public consultation, confirm their address with the link mailed
 * to them and then take part as participants of the region. A mail server is configured (the
 * captured mail of the tests), so registrations can be completed.
 */
@RancangIntegrationTest
@Import(CapturedMail.class)
@TestPropertySource(properties = "spring.mail.host=smtp.uji.test")
class SelfRegistrationTests {

  private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/register/verify/\\S+)");
  private static final String PASSWORD = "kebun-raya-bogor-2026";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired ConsultationFixtures consultations;
  @Autowired CapturedMail.Outbox outbox;
  @Autowired JdbcClient jdbc;
  @Autowired SelfRegistration registration;
  @Autowired AccountCatalog accounts;
  @Autowired WorkshopLimits limits;

  private record Consultation(TestRegion region, long id) {}

  private Consultation openConsultation() {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    return new Consultation(region, consultations.openConsultation(region.id(), plan));
  }

  /** A client address of its own for each use, so that tests do not share the per-IP limit. */
  private static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private static String newAddress() {
    return "2001:db8::" + UUID.randomUUID().toString().substring(0, 4);
  }

  private static String newEmail() {
    return "warga-" + UUID.randomUUID().toString().substring(0, 8) + "@warga.test";
  }

  private ResultActions register(
      long consultation, String name, String email, String password, String address)
      throws Exception {
    return mvc.perform(
        post("/public/consultations/" + consultation + "/register")
            .param("name", name)
            .param("email", email)
            .param("password", password)
            .param("passwordRepeat", password)
            .param("consent", "true")
            .with(csrf())
            .with(from(address)));
  }

  private static String linkPath(SimpleMailMessage mail) {
    Matcher m = LINK.matcher(mail.getText());
    assertThat(m.find()).as("a verification link in: %s", mail.getText()).isTrue();
    return m.group(1);
  }

  /** The answer's page with the address typed and the per-request CSRF token taken out. */
  private static String page(MvcResult result, String email) throws Exception {
    return result
        .getResponse()
        .getContentAsString()
        .replace(email, "ADDRESS")
        .replaceAll("content=\"[^\"]*\"", "content=\"\"")
        .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
  }

  private int tokenStatus(String email, String password) throws Exception {
    return mvc.perform(
            post("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password)))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  @Test
  void aPersonRegistersFollowsTheMailedLinkAndRaisesAnIdeaAsParticipantOfTheRegion()
      throws Exception {
    Consultation c = openConsultation();
    String email = newEmail();

    register(c.id(), "Siti Aminah", email, PASSWORD, newAddress())
        .andExpect(status().isOk())
        .andExpect(view().name("workshop/public-register-sent"));
    Account pending = accounts.findByEmail(email).orElseThrow();
    assertThat(pending.status()).isEqualTo(AccountStatus.UNVERIFIED);
    assertThat(accounts.membershipsOf(pending.id())).isEmpty();

    String link = linkPath(outbox.awaitTo(email, m -> true));
    mvc.perform(get(link))
        .andExpect(status().isOk())
        .andExpect(view().name("identity/register-verify"));
    MvcResult verified =
        mvc.perform(post(link).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/consultations/" + c.id() + "/ideas"))
            .andReturn();
    Cookie[] session = verified.getResponse().getCookies();

    assertThat(accounts.findByEmail(email).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(accounts.membership(pending.id(), c.region().id()).orElseThrow().role())
        .isEqualTo(Role.PARTICIPANT);
    mvc.perform(get("/consultations/" + c.id() + "/ideas").cookie(session))
        .andExpect(status().isOk());
    MvcResult raised =
        mvc.perform(
                post("/consultations/" + c.id() + "/ideas")
                    .param("title", "Bank sampah di pasar")
                    .param("dimension", "ENVIRONMENT")
                    .cookie(session)
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn();
    long ideaId = Long.parseLong(raised.getResponse().getRedirectedUrl().replace("/ideas/", ""));
    assertThat(
            jdbc.sql("select author_account_id from idea where id = ? and consultation_id = ?")
                .params(ideaId, c.id())
                .query(Long.class)
                .single())
        .isEqualTo(pending.id());
    // the link worked once
    mvc.perform(post(link).with(csrf())).andExpect(status().isGone());
    // and the password chosen when registering is the account's password
    assertThat(tokenStatus(email, PASSWORD)).isEqualTo(200);
  }

  @Test
  void anAddressThatHasAnAccountGetsTheSameAnswerAndJoinsKeepingItsPassword() throws Exception {
    Consultation c = openConsultation();
    TestRegion elsewhere = fixtures.newRegion();
    Fixtures.Person reviewer = elsewhere.as(Role.REVIEWER);
    String newcomer = newEmail();

    MvcResult known =
        register(c.id(), "Orang Lama", reviewer.email(), PASSWORD, newAddress())
            .andExpect(status().isOk())
            .andReturn();
    MvcResult unknown =
        register(c.id(), "Orang Baru", newcomer, PASSWORD, newAddress())
            .andExpect(status().isOk())
            .andReturn();
    assertThat(known.getModelAndView().getViewName())
        .isEqualTo(unknown.getModelAndView().getViewName());
    assertThat(page(known, reviewer.email())).isEqualTo(page(unknown, newcomer));

    SimpleMailMessage mail = outbox.awaitTo(reviewer.email(), m -> true);
    String link = linkPath(mail);
    mvc.perform(post(link).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(view().name("identity/register-joined"));

    assertThat(accounts.membership(reviewer.accountId(), c.region().id()).orElseThrow().role())
        .isEqualTo(Role.PARTICIPANT);
    assertThat(accounts.membership(reviewer.accountId(), elsewhere.id()).orElseThrow().role())
        .isEqualTo(Role.REVIEWER);
    assertThat(tokenStatus(reviewer.email(), "kata-sandi-uji-123")).isEqualTo(200);
    assertThat(tokenStatus(reviewer.email(), PASSWORD)).isEqualTo(401);
  }

  @Test
  void anUnverifiedAccountCannotSignInAndOnlyTheRightPasswordLearnsWhy() throws Exception {
    Consultation c = openConsultation();
    String email = newEmail();
    register(c.id(), "Budi", email, PASSWORD, newAddress()).andExpect(status().isOk());

    mvc.perform(post("/login").param("email", email).param("password", PASSWORD).with(csrf()))
        .andExpect(redirectedUrl("/login?unverified"));
    mvc.perform(
            post("/login")
                .param("email", email)
                .param("password", "bukan-kata-sandinya")
                .with(csrf()))
        .andExpect(redirectedUrl("/login?error"));
    assertThat(tokenStatus(email, PASSWORD)).isEqualTo(401);
    mvc.perform(get("/login").param("unverified", ""))
        .andExpect(status().isOk())
        .andExpect(
            result ->
                assertThat(result.getResponse().getContentAsString()).contains("belum aktif"));
  }

  @Test
  void accountsNotVerifiedWithinSevenDaysAreDeleted() throws Exception {
    Consultation c = openConsultation();
    String old = newEmail();
    String recent = newEmail();
    register(c.id(), "Lama", old, PASSWORD, newAddress()).andExpect(status().isOk());
    register(c.id(), "Baru", recent, PASSWORD, newAddress()).andExpect(status().isOk());
    jdbc.sql("update account set created_at = now() - interval '8 days' where email = ?")
        .param(old)
        .update();
    jdbc.sql("update account set created_at = now() - interval '6 days' where email = ?")
        .param(recent)
        .update();

    assertThat(registration.removeUnverified()).isGreaterThanOrEqualTo(1);

    assertThat(accounts.findByEmail(old)).isEmpty();
    assertThat(accounts.findByEmail(recent)).isPresent();
  }

  @Test
  void registrationsFromOneAddressBeyondTheLimitWithinAnHourAreRefusedAndCreateNothing()
      throws Exception {
    Consultation c = openConsultation();
    String address = newAddress();
    for (int i = 0; i < limits.registrationsPerHour(); i++) {
      register(c.id(), "Warga " + i, newEmail(), PASSWORD, address).andExpect(status().isOk());
    }
    String refused = newEmail();

    register(c.id(), "Satu lagi", refused, PASSWORD, address)
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));

    assertThat(accounts.findByEmail(refused)).isEmpty();
    register(c.id(), "Dari alamat lain", refused, PASSWORD, newAddress())
        .andExpect(status().isOk());
    assertThat(accounts.findByEmail(refused)).isPresent();
  }

  @Test
  void aStrangerWhoRegisteredTheAddressFirstCannotChooseTheOwnersPassword() throws Exception {
    Consultation c = openConsultation();
    String email = newEmail();
    String strangers = "password-orang-asing";
    register(c.id(), "Orang Asing", email, strangers, newAddress()).andExpect(status().isOk());
    String strangersLink = linkPath(outbox.awaitTo(email, m -> true));
    register(c.id(), "Pemilik Asli", email, PASSWORD, newAddress()).andExpect(status().isOk());
    String ownersLink = linkPath(outbox.awaitTo(email, m -> !linkPath(m).equals(strangersLink)));

    mvc.perform(post(ownersLink).with(csrf())).andExpect(status().is3xxRedirection());

    assertThat(tokenStatus(email, PASSWORD)).isEqualTo(200);
    assertThat(tokenStatus(email, strangers)).isEqualTo(401);
    assertThat(accounts.findByEmail(email).orElseThrow().name()).isEqualTo("Pemilik Asli");
    mvc.perform(get(strangersLink)).andExpect(status().isGone());
  }

  @Test
  void problemsOfTheFormAreNamedNextToTheirFieldsAndNothingIsCreatedOrSent() throws Exception {
    Consultation c = openConsultation();
    String email = newEmail();

    mvc.perform(
            post("/public/consultations/" + c.id() + "/register")
                .param("name", " ")
                .param("email", email)
                .param("password", "pendek")
                .param("passwordRepeat", "lain")
                .with(csrf())
                .with(from(newAddress())))
        .andExpect(status().isOk())
        .andExpect(view().name("workshop/public-register"))
        .andExpect(
            model()
                .attributeHasFieldErrors("form", "name", "password", "passwordRepeat", "consent"));

    assertThat(accounts.findByEmail(email)).isEmpty();
    assertThat(outbox.to(email)).isEmpty();
  }

  @Test
  void nobodyRegistersForADraftOrAClosedConsultation() throws Exception {
    TestRegion region = fixtures.newRegion();
    long plan = fixtures.createMasterplan(region.id());
    long draft = consultations.createConsultation(region.id(), plan, ConsultationStatus.DRAFT);
    long closed = consultations.createConsultation(region.id(), plan, ConsultationStatus.CLOSED);
    String email = newEmail();

    register(draft, "Warga", email, PASSWORD, newAddress()).andExpect(status().isNotFound());
    register(closed, "Warga", email, PASSWORD, newAddress())
        .andExpect(status().isOk())
        .andExpect(view().name("workshop/public-register"));

    assertThat(accounts.findByEmail(email)).isEmpty();
    assertThat(List.copyOf(outbox.to(email))).isEmpty();
  }
}
