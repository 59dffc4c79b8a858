package id.rancang.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.prioritisation.rules.Direction;
import id.rancang.prioritisation.rules.IncompleteMethod;
import id.rancang.region.PentahelixRole;
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
 * Every value the prioritisation pages show through a composed key, and every text of the default
 * criteria and groups, has its text in both languages; every record type named in a "not found"
 * answer has its name.
 */
class PrioritisationMessagesTests {

  private static final Path MESSAGES = Path.of("src", "main", "resources", "messages");

  @Test
  void everyComposedPrioritisationKeyHasItsTextInBothLanguages() throws IOException {
    List<String> keys = new ArrayList<>();
    for (ExerciseStatus status : ExerciseStatus.values()) {
      keys.add("prioritisation.status." + status);
      keys.add("prioritisation.status." + status + ".hint");
      for (ExerciseStatus target : status.transitions()) {
        keys.add("prioritisation.status.action." + status + "." + target);
        keys.add("prioritisation.status.confirm." + target);
      }
    }
    for (Aggregation aggregation : Aggregation.values()) {
      keys.add("prioritisation.aggregation." + aggregation);
    }
    for (IncompleteMethod method : IncompleteMethod.values()) {
      keys.add("prioritisation.incompleteMethod." + method);
    }
    for (CriterionKind kind : CriterionKind.values()) {
      keys.add("prioritisation.kind." + kind);
    }
    for (Measure measure : Measure.values()) {
      keys.add("prioritisation.measure." + measure);
    }
    for (Direction direction : Direction.values()) {
      keys.add("prioritisation.direction." + direction);
    }

    for (String language : List.of("", "_en")) {
      Properties messages = load("prioritisation" + language);
      assertThat(keys).as("prioritisation%s.properties", language).allMatch(messages::containsKey);
    }
  }

  @Test
  void theDefaultCriteriaAndGroupsHaveTheirTextsInBothLanguagesAndEveryRatedLevelADefinition()
      throws IOException {
    List<String> keys = new ArrayList<>();
    for (int level = 1; level <= DefaultSetup.LEVELS; level++) {
      keys.add("prioritisation.default.level." + level);
    }
    for (DefaultSetup.DefaultCriterion criterion : DefaultSetup.CRITERIA) {
      String prefix = "prioritisation.default.criterion." + criterion.code();
      keys.add(prefix);
      keys.add(prefix + ".description");
      if (criterion.kind() == CriterionKind.RATED) {
        for (int level = 1; level <= DefaultSetup.LEVELS; level++) {
          keys.add(prefix + ".level." + level);
        }
      }
    }
    for (PentahelixRole role : PentahelixRole.values()) {
      keys.add("prioritisation.default.group." + role);
    }

    for (String language : List.of("", "_en")) {
      Properties messages = load("prioritisation" + language);
      assertThat(keys).as("prioritisation%s.properties", language).allMatch(messages::containsKey);
    }
  }

  @Test
  void everyRecordTypeOfTheModuleIsNamedInNotFoundAnswers() throws IOException {
    List<String> types =
        List.of(
            PrioritisationExercises.RECORD_TYPE,
            PrioritisationCriteria.RECORD_TYPE,
            PrioritisationEvaluators.GROUP_RECORD,
            PrioritisationEvaluators.EVALUATOR_RECORD);
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
