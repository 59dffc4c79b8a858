package id.rancang.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The ID | EN links of the header: the same page with the same filters, in the other language. */
@ControllerAdvice(annotations = Controller.class)
class LanguageLinksAdvice {

  @ModelAttribute("languageLinks")
  Map<String, String> languageLinks(HttpServletRequest request) {
    String query = request.getQueryString();
    String path = request.getRequestURI();
    if (!"GET".equals(request.getMethod())) {
      // after a failed POST the form page has no URL of its own: switch on the same path
      query = null;
    }
    return Map.of("id", link(path, query, "id"), "en", link(path, query, "en"));
  }

  private static String link(String path, String query, String language) {
    return UriComponentsBuilder.fromPath(path)
        .query(query)
        .replaceQueryParam("lang", language)
        .build()
        .toUriString();
  }
}
