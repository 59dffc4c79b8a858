package id.rancang.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The content security policy allows styles only from Rancang's own style sheet ({@code style-src
 * 'self'}): a {@code style} attribute in a template, static or computed, would be ignored by the
 * browser. Widths and colours that depend on data are drawn in SVG attributes or set by script.
 */
class InlineStyleTests {

  private static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
  private static final Pattern STYLE_ATTRIBUTE =
      Pattern.compile(
          "<[a-zA-Z][^>]*\\s(th:style|style|th:attr=\"[^\"]*style)\\s*=", Pattern.DOTALL);

  @Test
  void noTemplateCarriesAStyleAttributeThatThePolicyWouldBlock() throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> templates;
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      templates = files.filter(p -> p.toString().endsWith(".html")).toList();
    }
    for (Path template : templates) {
      String html = Files.readString(template, StandardCharsets.UTF_8);
      Matcher m = STYLE_ATTRIBUTE.matcher(html);
      while (m.find()) {
        int line = html.substring(0, m.start()).split("\n", -1).length;
        found.add(TEMPLATES.relativize(template) + ":" + line);
      }
    }

    assertThat(templates).as("templates read").hasSizeGreaterThan(50);
    assertThat(found).as("style attributes in templates").isEmpty();
  }
}
