package id.rancang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.rancang.shared.TooManyRequestsException;
import id.rancang.support.RancangIntegrationTest;
import jakarta.servlet.RequestDispatcher;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A throttled action answers 429 with Retry-After: problem+json for the API, the friendly error
 * page (in the reader's language) for people. The controllers here stand in for any throttled
 * action.
 */
@RancangIntegrationTest
class TooManyRequestsAnswersTests {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  @RestController
  static class ThrottledApi {
    @PostMapping("/api/v1/throttled")
    String act(@RequestParam long waitMillis) {
      throw new TooManyRequestsException(Duration.ofMillis(waitMillis));
    }
  }

  @Controller
  static class ThrottledPage {
    @PostMapping("/throttled")
    String act(@RequestParam long waitMillis) {
      throw new TooManyRequestsException(Duration.ofMillis(waitMillis));
    }
  }

  @Autowired Messages messages;
  @Autowired ThymeleafViewResolver views;
  @Autowired MockMvc app;

  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc =
        MockMvcBuilders.standaloneSetup(new ThrottledApi(), new ThrottledPage())
            .setControllerAdvice(
                new ApiExceptionHandler(messages), new PageExceptionHandler(messages))
            // the application's Thymeleaf views, so the real error page is rendered
            .setViewResolvers(views::resolveViewName)
            .build();
  }

  @Test
  void theApiAnswers429AsProblemJsonWithTheSecondsToWaitRoundedUp() throws Exception {
    mvc.perform(post("/api/v1/throttled").param("waitMillis", "39200").locale(INDONESIAN))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "40"))
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.status").value(429))
        .andExpect(jsonPath("$.title").value("Terlalu banyak percobaan"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("40 detik")))
        .andExpect(jsonPath("$.retryAfter").value(40));
  }

  @Test
  void theApiSpeaksEnglishToWhoeverAsksForIt() throws Exception {
    mvc.perform(post("/api/v1/throttled").param("waitMillis", "5000").locale(Locale.ENGLISH))
        .andExpect(status().isTooManyRequests())
        .andExpect(jsonPath("$.title").value("Too many attempts"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("5 seconds")));
  }

  @Test
  void aPersonSeesAFriendlyPageSayingHowManyMinutesToWait() throws Exception {
    String page =
        mvc.perform(post("/throttled").param("waitMillis", "600000").locale(INDONESIAN))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().string("Retry-After", "600"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains(messages("shared.error.429.title", INDONESIAN))
        .contains(messages("shared.error.429.text", INDONESIAN))
        .contains("Coba lagi dalam 10 menit.")
        .doesNotContain("Exception");
  }

  @Test
  void theEnglishPageSaysTheSameInEnglish() throws Exception {
    String page =
        mvc.perform(post("/throttled").param("waitMillis", "30000").locale(Locale.ENGLISH))
            .andExpect(status().isTooManyRequests())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains(messages("shared.error.429.title", Locale.ENGLISH))
        .contains("Try again in 30 seconds.");
  }

  @Test
  void a429RaisedOutsideAControllerGetsTheSameTexts() throws Exception {
    app.perform(
            get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 429)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/anything"))
        .andExpect(status().isTooManyRequests())
        .andExpect(jsonPath("$.title").value(messages("shared.error.429.title", INDONESIAN)))
        .andExpect(jsonPath("$.detail").value(messages("shared.error.429.text", INDONESIAN)));
  }

  private String messages(String key, Locale locale) {
    Locale before = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    org.springframework.context.i18n.LocaleContextHolder.setLocale(locale);
    try {
      return messages.get(key);
    } finally {
      org.springframework.context.i18n.LocaleContextHolder.setLocale(before);
    }
  }
}
