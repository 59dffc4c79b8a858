package id.rancang.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.rancang.identity.AccountManagement;
import id.rancang.identity.NewMemberCommand;
import id.rancang.identity.Role;
import id.rancang.region.Opd;
import id.rancang.region.OpdCommand;
import id.rancang.region.OpdDirectory;
import id.rancang.shared.PageRequest;
import id.rancang.support.Fixtures;
import id.rancang.support.Fixtures.Person;
import id.rancang.support.Fixtures.TestRegion;
import id.rancang.support.RancangIntegrationTest;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** How pages behave for people using them: CSRF, htmx, language, errors, forms, regions. */
@RancangIntegrationTest
class PageBehaviourTests {

  private static final String PASSWORD = "kata-sandi-uji-123";

  @Autowired MockMvc mvc;
  @Autowired Fixtures fixtures;
  @Autowired OpdDirectory opds;
  @Autowired AccountManagement accounts;

  // --- CSRF

  @Test
  void aPostWithoutTheCsrfTokenIsRefusedAndOneWithTheTokenPasses() throws Exception {
    TestRegion region = fixtures.newRegion();
    Person editor = region.as(Role.EDITOR);

    MockHttpServletResponse refused =
        mvc.perform(
                post("/opds")
                    .param("name", "Dinas Tanpa Token")
                    .param("abbreviation", "DTT")
                    .with(editor.user()))
            .andReturn()
            .getResponse();

    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(opdNamed(region, "Dinas Tanpa Token")).isFalse();

    MockHttpServletResponse passed =
        mvc.perform(
                post("/opds")
                    .param("name", "Dinas Dengan Token")
                    .param("abbreviation", "DDT")
                    .with(editor.user())
                    .with(csrf()))
            .andReturn()
            .getResponse();

    assertThat(passed.getStatus()).isEqualTo(302);
    assertThat(passed.getRedirectedUrl()).isEqualTo("/opds");
    assertThat(opdNamed(region, "Dinas Dengan Token")).isTrue();
  }

  @Test
  void anHtmxRequestSendingTheTokenOfThePageInTheCsrfHeaderPasses() throws Exception {
    TestRegion region = fixtures.newRegion();
    Browser browser = new Browser();
    browser.signIn(region.as(Role.EDITOR));
    // The token and header name the page hands to rancang.js for htmx requests.
    Document page = Jsoup.parse(browser.get("/opds").getContentAsString());
    String header = page.selectFirst("meta[name=_csrf_header]").attr("content");
    String token = page.selectFirst("meta[name=_csrf]").attr("content");
    assertThat(header).isEqualTo("X-CSRF-TOKEN");
    assertThat(token).isNotBlank();

    MockHttpServletResponse wrongToken =
        browser.perform(
            post("/opds")
                .header("HX-Request", "true")
                .header(header, "not-the-token")
                .param("name", "Dinas Token Palsu")
                .param("abbreviation", "DTP"));
    MockHttpServletResponse rightToken =
        browser.perform(
            post("/opds")
                .header("HX-Request", "true")
                .header(header, token)
                .param("name", "Dinas Htmx")
                .param("abbreviation", "DHX"));

    assertThat(wrongToken.getStatus()).isEqualTo(403);
    assertThat(rightToken.getStatus()).isEqualTo(302);
    assertThat(opdNamed(region, "Dinas Token Palsu")).isFalse();
    assertThat(opdNamed(region, "Dinas Htmx")).isTrue();
  }

  // --- htmx fragments

  @Test
  void anHtmxSearchOfOpdsAnswersOnlyTheResultsFragmentAndAPlainRequestTheWholePage()
      throws Exception {
    TestRegion region = fixtures.newRegion();
    Person participant = region.as(Role.PARTICIPANT);

    String fragment =
        mvc.perform(
                get("/opds")
                    .param("q", region.opd().name())
                    .header("HX-Request", "true")
                    .with(participant.user()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String page =
        mvc.perform(get("/opds").param("q", region.opd().name()).with(participant.user()))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(fragment)
        .contains("id=\"results\"")
        .contains(region.opd().name())
        .doesNotContain("<html", "<head", "<header", "id=\"q\"");
    assertThat(fragment.strip()).startsWith("<div id=\"results\"");
    assertThat(page)
        .contains("<html", "<header", "id=\"q\"", "id=\"results\"", region.opd().name());
  }

  // --- language

  @Test
  void theLoginPageIsIndonesianByDefaultAndEnglishWithLangEn() throws Exception {
    String indonesian = message("identity", "", "identity.login.title");
    String english = message("identity", "_en", "identity.login.title");
    assertThat(indonesian).isNotEqualTo(english);

    Document byDefault =
        Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString());
    MockHttpServletResponse asked =
        mvc.perform(get("/login").param("lang", "en")).andReturn().getResponse();
    Document inEnglish = Jsoup.parse(asked.getContentAsString());

    assertThat(byDefault.selectFirst("h1").text()).isEqualTo(indonesian);
    assertThat(byDefault.selectFirst("html").attr("lang")).isEqualTo("id");
    assertThat(inEnglish.selectFirst("h1").text()).isEqualTo(english);
    assertThat(inEnglish.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(inEnglish.selectFirst("label[for=password]").text())
        .isEqualTo(message("identity", "_en", "identity.login.password"));

    // The choice is kept: the next page without ?lang is still English.
    Cookie language = asked.getCookie("RANCANG_LANG");
    assertThat(language).isNotNull();
    Document later =
        Jsoup.parse(
            mvc.perform(get("/login").cookie(language))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(later.selectFirst("h1").text()).isEqualTo(english);
  }

  // --- errors

  @Test
  void anUnknownPageAnswers404WithTheFriendlyPageInTheUsersLanguage() throws Exception {
    TestRegion region = fixtures.newRegion();
    Person editor = region.as(Role.EDITOR);

    MockHttpServletResponse unknown =
        mvc.perform(get("/tidak-ada-halaman-ini").with(editor.user())).andReturn().getResponse();

    // Rancang answers with a 404 error for the servlet container to render...
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(unknown.getErrorMessage()).isNotNull();

    // ...which forwards to /error (MockMvc does not, so the test does what the container does).
    Document indonesian = errorPage(editor, 404, "/tidak-ada-halaman-ini", null);
    Document english =
        errorPage(editor, 404, "/tidak-ada-halaman-ini", new Cookie("RANCANG_LANG", "en"));

    assertThat(indonesian.selectFirst("h1").text())
        .isEqualTo(message("shared", "", "shared.error.404.title"));
    assertThat(indonesian.select(".error-page p").eachText())
        .contains(message("shared", "", "shared.error.404.text"));
    assertThat(english.selectFirst("h1").text())
        .isEqualTo(message("shared", "_en", "shared.error.404.title"));
    assertThat(english.select(".error-page p").eachText())
        .contains(message("shared", "_en", "shared.error.404.text"));
    assertThat(indonesian.selectFirst("html").attr("lang")).isEqualTo("id");
    assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
    for (Document page : new Document[] {indonesian, english}) {
      assertThat(page.text()).doesNotContain("Exception", "at id.rancang", "Whitelabel");
    }
  }

  @Test
  void anOpdOfAnotherRegionAnswers404WithoutShowingIt() throws Exception {
    TestRegion mine = fixtures.newRegion();
    TestRegion theirs = fixtures.newRegion();

    MockHttpServletResponse response =
        mvc.perform(get("/opds/" + theirs.opd().id()).with(mine.as(Role.REGION_ADMIN).user()))
            .andReturn()
            .getResponse();

    assertThat(response.getStatus()).isEqualTo(404);
    Document page = Jsoup.parse(response.getContentAsString());
    assertThat(page.selectFirst("h1").text())
        .isEqualTo(message("shared", "", "shared.error.404.title"));
    assertThat(page.text()).doesNotContain(theirs.opd().name(), theirs.opd().abbreviation());
  }

  @Test
  void anotherRegionsAdministratorSeesNoHistoryOfThisRegionsRecords() throws Exception {
    TestRegion region = fixtures.newRegion();
    String path = "/audit/opd/" + region.opd().id();

    Document own =
        Jsoup.parse(
            mvc.perform(get(path).with(region.as(Role.REVIEWER).user()))
                .andReturn()
                .getResponse()
                .getContentAsString());
    MockHttpServletResponse other =
        mvc.perform(get(path).with(fixtures.newRegion().as(Role.REGION_ADMIN).user()))
            .andReturn()
            .getResponse();

    assertThat(own.select(".audit tbody tr")).as("history seen in the region").isNotEmpty();
    assertThat(own.text()).contains(region.opd().name());
    Document otherPage = Jsoup.parse(other.getContentAsString());
    assertThat(otherPage.select(".audit tbody tr")).isEmpty();
    assertThat(otherPage.select(".audit .empty").text())
        .isEqualTo(message("shared", "", "shared.audit.empty"));
    assertThat(otherPage.text()).doesNotContain(region.opd().name());
  }

  // --- forms

  @Test
  void anOpdWithoutANameReRendersTheFormWithTheFieldErrorAndSavesNothing() throws Exception {
    TestRegion region = fixtures.newRegion();
    long before = opds.search(region.id(), null, new PageRequest(0, 100)).total();

    MockHttpServletResponse response =
        mvc.perform(
                post("/opds")
                    .param("name", "")
                    .param("abbreviation", "TANPANAMA")
                    .with(region.as(Role.EDITOR).user())
                    .with(csrf()))
            .andReturn()
            .getResponse();

    assertThat(response.getStatus()).isEqualTo(200);
    Document form = Jsoup.parse(response.getContentAsString());
    Element name = form.selectFirst("input#name");
    Element error = form.selectFirst("#name-error");
    assertThat(error).as("error next to the name field").isNotNull();
    assertThat(error.text()).isEqualTo(message("shared", "", "shared.validation.required"));
    assertThat(error.parent()).isSameAs(name.parent());
    assertThat(name.attr("aria-invalid")).isEqualTo("true");
    assertThat(form.selectFirst("input#abbreviation").val()).isEqualTo("TANPANAMA");
    assertThat(form.selectFirst("#abbreviation-error")).isNull();
    assertThat(opds.search(region.id(), null, new PageRequest(0, 100)).total()).isEqualTo(before);
    assertThat(opds.search(region.id(), "TANPANAMA", new PageRequest(0, 10)).total()).isZero();
  }

  @Test
  void aStaleVersionShowsTheConflictAndKeepsWhatTheUserTyped() throws Exception {
    TestRegion region = fixtures.newRegion();
    Opd opd = region.opd();
    // Someone else saves first: the version the user's form was opened with is now stale.
    opds.update(
        region.id(),
        opd.id(),
        new OpdCommand("Nama Dari Orang Lain", opd.abbreviation(), null, null, null, null),
        opd.version());

    MockHttpServletResponse response =
        mvc.perform(
                post("/opds/" + opd.id())
                    .param("name", "Nama Ketikan Saya")
                    .param("abbreviation", "KETIK")
                    .param("headName", "Kepala Ketikan")
                    .param("version", Integer.toString(opd.version()))
                    .with(region.as(Role.EDITOR).user())
                    .with(csrf()))
            .andReturn()
            .getResponse();

    assertThat(response.getStatus()).isEqualTo(200);
    Document form = Jsoup.parse(response.getContentAsString());
    assertThat(form.select(".form-errors p").eachText())
        .containsExactly(message("shared", "", "shared.error.conflict"));
    assertThat(form.selectFirst("input#name").val()).isEqualTo("Nama Ketikan Saya");
    assertThat(form.selectFirst("input#abbreviation").val()).isEqualTo("KETIK");
    assertThat(form.selectFirst("input#headName").val()).isEqualTo("Kepala Ketikan");
    assertThat(opds.get(region.id(), opd.id()).name()).isEqualTo("Nama Dari Orang Lain");
  }

  // --- regions

  @Test
  void aPersonWithRolesInTwoRegionsSwitchesRegionAndThenSeesTheSecondRegionsOpds()
      throws Exception {
    TestRegion first = fixtures.newRegion();
    TestRegion second = fixtures.newRegion();
    Person editor = first.as(Role.EDITOR);
    accounts.addMember(
        second.id(),
        new NewMemberCommand(editor.email(), "Uji Dua Daerah", Role.PARTICIPANT, null, null));
    Browser browser = new Browser();
    browser.signIn(editor);

    String before = browser.get("/opds").getContentAsString();
    Document dashboard = Jsoup.parse(browser.get("/").getContentAsString());
    Element switcher = dashboard.selectFirst("form.switcher");
    assertThat(switcher).as("region switcher for a person with two regions").isNotNull();
    assertThat(switcher.select("option").eachAttr("value"))
        .contains(Long.toString(first.id()), Long.toString(second.id()));
    String token = switcher.selectFirst("input[name=_csrf]").val();

    MockHttpServletResponse switched =
        browser.perform(
            post("/region/switch")
                .param("regionId", Long.toString(second.id()))
                .param("_csrf", token));
    String after = browser.get("/opds").getContentAsString();

    assertThat(before).contains(first.opd().name()).doesNotContain(second.opd().name());
    assertThat(switched.getStatus()).isEqualTo(302);
    assertThat(switched.getRedirectedUrl()).isEqualTo("/");
    assertThat(after).contains(second.opd().name()).doesNotContain(first.opd().name());
    // A participant there: no editing, although the person edits in the first region.
    assertThat(browser.get("/opds/new").getStatus()).isEqualTo(403);
  }

  @Test
  void nobodySwitchesToARegionWhereTheyHaveNoRole() throws Exception {
    TestRegion mine = fixtures.newRegion();
    TestRegion theirs = fixtures.newRegion();
    Browser browser = new Browser();
    browser.signIn(mine.as(Role.EDITOR));
    String token =
        Jsoup.parse(browser.get("/opds").getContentAsString())
            .selectFirst("meta[name=_csrf]")
            .attr("content");

    MockHttpServletResponse refused =
        browser.perform(
            post("/region/switch")
                .param("regionId", Long.toString(theirs.id()))
                .param("_csrf", token));

    assertThat(refused.getStatus()).isEqualTo(404);
    assertThat(browser.get("/opds").getContentAsString())
        .contains(mine.opd().name())
        .doesNotContain(theirs.opd().name());
  }

  // --- helpers

  private boolean opdNamed(TestRegion region, String name) {
    return opds.all(region.id()).stream().anyMatch(o -> o.name().equals(name));
  }

  /** The page the servlet container shows for an error, as it does: by forwarding to /error. */
  private Document errorPage(Person person, int status, String uri, Cookie language)
      throws Exception {
    MockHttpServletRequestBuilder request =
        get("/error")
            .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
            .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, uri)
            .with(person.user());
    if (language != null) {
      request.cookie(language);
    }
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getContentType()).startsWith("text/html");
    return Jsoup.parse(response.getContentAsString());
  }

  private static String message(String module, String suffix, String key) {
    Path file = Path.of("src", "main", "resources", "messages", module + suffix + ".properties");
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String value = properties.getProperty(key);
    assertThat(value).as(key + " in " + file).isNotNull();
    return value;
  }

  /**
   * A browser against MockMvc: signs in through the real login form and keeps the cookies it is
   * given (the session of Spring Session JDBC, the language), with no test shortcuts.
   */
  private final class Browser {

    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    void signIn(Person person) throws Exception {
      Document login = Jsoup.parse(get("/login").getContentAsString());
      String token = login.selectFirst("form input[name=_csrf]").val();
      MockHttpServletResponse response =
          perform(
              post("/login")
                  .param("email", person.email())
                  .param("password", PASSWORD)
                  .param("_csrf", token));
      assertThat(response.getStatus()).as("sign in").isEqualTo(302);
      assertThat(response.getRedirectedUrl()).as("signed in").isEqualTo("/");
    }

    MockHttpServletResponse get(String path) throws Exception {
      return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path));
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
      if (!cookies.isEmpty()) {
        request.cookie(cookies.values().toArray(Cookie[]::new));
      }
      MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
      for (Cookie cookie : response.getCookies()) {
        if (cookie.getMaxAge() == 0) {
          cookies.remove(cookie.getName());
        } else {
          cookies.put(cookie.getName(), cookie);
        }
      }
      return response;
    }
  }
}
