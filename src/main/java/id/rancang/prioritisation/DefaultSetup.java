package id.rancang.prioritisation;

import id.rancang.prioritisation.rules.Direction;
import id.rancang.region.PentahelixRole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * What a new exercise may start from: the nine criteria the ministry's experts ask for (domain
 * notes, section 6), eight rated on a five-level scale whose levels are defined for each criterion,
 * and the programme's total cost, measured, less being better; and one evaluator group per
 * pentahelix role, each weighing 1. Codes are stable; names, descriptions and level texts are
 * message keys, resolved in the language of the person who creates the exercise.
 */
final class DefaultSetup {

  static final int LEVELS = 5;

  record DefaultCriterion(String code, CriterionKind kind, Measure measure, Direction direction) {}

  static final List<DefaultCriterion> CRITERIA =
      List.of(
          rated("SOSIAL"),
          rated("LINGKUNGAN"),
          rated("VISI_MISI"),
          rated("TERUKUR"),
          rated("INOVASI"),
          rated("KOLABORASI"),
          rated("PARTISIPASI"),
          rated("KELAYAKAN"),
          new DefaultCriterion(
              "BIAYA", CriterionKind.MEASURED, Measure.TOTAL_COST, Direction.COST));

  private DefaultSetup() {}

  /** The default criteria as commands, in order. */
  static List<CriterionCommand> criteria(Names names) {
    List<CriterionCommand> commands = new ArrayList<>();
    for (DefaultCriterion d : CRITERIA) {
      List<CriterionLevel> levels = new ArrayList<>();
      if (d.kind() == CriterionKind.RATED) {
        for (int level = 1; level <= LEVELS; level++) {
          levels.add(
              new CriterionLevel(
                  level, names.levelLabel(level), names.levelDefinition(d.code(), level)));
        }
      }
      commands.add(
          new CriterionCommand(
              null,
              d.code(),
              names.criterionName(d.code()),
              names.criterionDescription(d.code()),
              d.kind(),
              d.measure(),
              d.direction(),
              levels));
    }
    return commands;
  }

  /** One group per pentahelix role, each weighing 1. */
  static List<EvaluatorGroupCommand> groups(Names names) {
    List<EvaluatorGroupCommand> commands = new ArrayList<>();
    for (PentahelixRole role : PentahelixRole.values()) {
      commands.add(new EvaluatorGroupCommand(names.groupName(role), role, BigDecimal.ONE));
    }
    return commands;
  }

  private static DefaultCriterion rated(String code) {
    return new DefaultCriterion(code, CriterionKind.RATED, null, Direction.BENEFIT);
  }

  /** The texts of the defaults in one language. */
  record Names(MessageSource messages, Locale locale) {

    String criterionName(String code) {
      return text("prioritisation.default.criterion." + code);
    }

    String criterionDescription(String code) {
      return text("prioritisation.default.criterion." + code + ".description");
    }

    String levelLabel(int level) {
      return text("prioritisation.default.level." + level);
    }

    String levelDefinition(String code, int level) {
      return text("prioritisation.default.criterion." + code + ".level." + level);
    }

    String groupName(PentahelixRole role) {
      return text("prioritisation.default.group." + role.name());
    }

    private String text(String key) {
      return messages.getMessage(key, null, locale);
    }
  }
}
