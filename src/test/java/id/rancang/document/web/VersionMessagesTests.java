package id.rancang.document.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.document.diff.ChangeKind;
import id.rancang.document.diff.ContentDiff;
import id.rancang.document.diff.Subject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The labels the comparison composes from codes (every field a subject is compared on, every
 * subject and kind of change) exist in both languages; MessagesTests checks the literal keys.
 */
class VersionMessagesTests {

  @Test
  void everyFieldSubjectAndKindOfAComparisonHasALabelInBothLanguages() throws IOException {
    TreeSet<String> keys = new TreeSet<>();
    ContentDiff.FIELDS
        .values()
        .forEach(fields -> fields.forEach(f -> keys.add("document.diff.field." + f)));
    for (Subject subject : Subject.values()) {
      keys.add("document.diff.subject." + subject);
    }
    for (ChangeKind kind : ChangeKind.values()) {
      keys.add("document.diff.kind." + kind);
    }
    assertThat(keys).hasSizeGreaterThan(50);
    List<String> missing = new ArrayList<>();
    for (String file : List.of("document.properties", "document_en.properties")) {
      Properties messages = load(file);
      for (String key : keys) {
        if (!messages.containsKey(key)) {
          missing.add(file + " lacks " + key);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void onlyTheYearlyTargetLabelTakesTheYear() throws IOException {
    for (String file : List.of("document.properties", "document_en.properties")) {
      Properties messages = load(file);
      for (String field : new TreeSet<>(ContentDiff.FIELDS.get(Subject.INDICATOR))) {
        String label = messages.getProperty("document.diff.field." + field);
        assertThat(label.contains("{0}"))
            .as("%s: %s", file, field)
            .isEqualTo(field.equals("target"));
      }
    }
  }

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            Path.of("src", "main", "resources", "messages", file), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
