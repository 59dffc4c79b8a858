package id.rancang.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.workshop.rules.ContentKind;
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
 * Every value the workshop pages and problems show through a composed key has its text in both
 * languages, and every record type named in a "not found" answer has its name.
 */
class WorkshopMessagesTests {

  private static final Path MESSAGES = Path.of("src", "main", "resources", "messages");

  @Test
  void everyComposedWorkshopKeyHasItsTextInBothLanguages() throws IOException {
    List<String> keys = new ArrayList<>();
    for (WorkshopStage stage : WorkshopStage.values()) {
      keys.add("workshop.stage." + stage);
    }
    for (InvitationStatus status : InvitationStatus.values()) {
      keys.add("workshop.invitation.status." + status);
      keys.add("workshop.registration.status." + status);
    }
    for (InvitationSource source : InvitationSource.values()) {
      keys.add("workshop.invitation.source." + source);
    }
    for (Candidate.Kind kind : Candidate.Kind.values()) {
      keys.add("workshop.invite.kind." + kind);
      keys.add("workshop.invitation.kind." + kind);
    }
    for (ContentKind kind : ContentKind.values()) {
      keys.add(
          (kind.active() ? "workshop.material.active." : "workshop.material.disguised.") + kind);
    }

    for (String language : List.of("", "_en")) {
      Properties messages = load("workshop" + language);
      assertThat(keys).as("workshop%s.properties", language).allMatch(messages::containsKey);
    }
  }

  @Test
  void everyRecordTypeOfTheModuleIsNamedInNotFoundAnswers() throws IOException {
    List<String> types =
        List.of(
            WorkshopCatalog.RECORD_TYPE,
            WorkshopAgenda.RECORD_TYPE,
            WorkshopInvitations.RECORD_TYPE,
            WorkshopMaterials.RECORD_TYPE,
            WorkshopMinutes.MINUTES_RECORD,
            WorkshopMinutes.DECISION_RECORD);
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
