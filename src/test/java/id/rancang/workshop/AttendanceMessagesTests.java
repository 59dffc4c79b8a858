package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The attendance and data presentation pages show some values through composed keys, and name their
 * records in "not found" answers: each has its text in both languages.
 */
class AttendanceMessagesTests {

  private static final Path MESSAGES = Path.of("src", "main", "resources", "messages");

  @Test
  void everyComposedAttendanceAndPresentationKeyHasItsTextInBothLanguages() throws IOException {
    List<String> keys = new ArrayList<>();
    for (AttendanceMethod method : AttendanceMethod.values()) {
      keys.add("workshop.attendance.presentAt." + method);
    }
    for (AttendanceFilter.Presence presence : AttendanceFilter.Presence.values()) {
      keys.add("workshop.attendance.presence." + presence);
    }
    for (PresentationItem.Kind kind : PresentationItem.Kind.values()) {
      keys.add("workshop.presentation.kind." + kind);
    }
    for (String column : List.of("no", "name", "organisation", "role", "time", "signature")) {
      keys.add("workshop.attendance.sheet.column." + column);
    }

    for (String language : List.of("", "_en")) {
      Properties messages = load("workshop" + language);
      assertThat(keys).as("workshop%s.properties", language).allMatch(messages::containsKey);
    }
  }

  @Test
  void everyRecordTypeOfAttendanceAndPresentationIsNamedInNotFoundAnswers() throws IOException {
    List<String> types =
        List.of(
            WorkshopAttendance.RECORD_TYPE,
            WorkshopAttendance.CODE_RECORD,
            WorkshopPresentation.RECORD_TYPE);
    for (String language : List.of("", "_en")) {
      Properties messages = load("shared" + language);
      assertThat(types).allMatch(t -> messages.containsKey("shared.record." + t));
    }
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(MESSAGES.resolve(name + ".properties"), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
