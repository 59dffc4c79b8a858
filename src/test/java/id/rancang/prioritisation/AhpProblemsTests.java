package id.rancang.prioritisation;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.prioritisation.rules.AhpInputException;
import id.rancang.prioritisation.rules.Judgement;
import id.rancang.shared.FieldProblem;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The engine's refusals in people's words, without Spring's web layer. */
class AhpProblemsTests {

  private static final Path MESSAGES = Path.of("src", "main", "resources", "messages");
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /** One refusal of each code the engine documents, with arguments of the documented types. */
  private static final List<AhpInputException> EVERY_CODE =
      List.of(
          new AhpInputException("tooSmall", 1, 2),
          new AhpInputException("notSquare", 1, 2, 3),
          new AhpInputException("notPositive", 1, 2, 0.0),
          new AhpInputException("outOfScale", 0, 2, 12.0, 1 / 9.0, 9.0),
          new AhpInputException("diagonalNotOne", 2, 3.0),
          new AhpInputException("notReciprocal", 0, 1, 3.0, 0.5, 0.01),
          new AhpInputException("indexOutOfRange", 0, 3, 3),
          new AhpInputException("selfComparison", 1),
          new AhpInputException("duplicateJudgement", 0, 1),
          // groups of two: a group of one criterion ("{2}") would read like a placeholder below
          new AhpInputException("disconnected", List.of(List.of(0, 2), List.of(1, 3))),
          new AhpInputException(
              "unknownRiTable", "saaty-1999", List.of("saaty-1980", "saaty-2005")),
          new AhpInputException("beyondRiTable", "saaty-1980", 16, 15),
          new AhpInputException("noEvaluators"),
          new AhpInputException("duplicateEvaluator", "a"),
          new AhpInputException("sizeMismatch", "b", 4, 3),
          new AhpInputException("badEvaluatorWeight", "c", -1.0),
          new AhpInputException("badScale", List.of(0.5, 0.2)),
          new AhpInputException("weightsLength", 3, 2),
          new AhpInputException("badWeight", 1, null),
          new AhpInputException("zeroWeights"),
          new AhpInputException("duplicateAlternative", "MPP-DIGITAL"),
          new AhpInputException("ratingsLength", "MPP-DIGITAL", 9, 8),
          new AhpInputException("notFinite", "MPP-DIGITAL", "biaya", Double.NaN),
          new AhpInputException("levelOutOfRange", "MPP-DIGITAL", "dampak", 6.0, 5),
          new AhpInputException("notPositiveMeasure", "MPP-DIGITAL", "biaya", 0.0),
          new AhpInputException("criterionOutOfRange", 9, 9));

  @Test
  void everyCodeTheEngineRaisesHasAMessageInBothLanguages() throws IOException {
    Pattern raised = Pattern.compile("AhpInputException\\(\\s*\"(\\w+)\"");
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files =
        Files.list(Path.of("src", "main", "java", "id", "rancang", "prioritisation", "rules"))) {
      for (Path file : files.toList()) {
        Matcher m = raised.matcher(Files.readString(file));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    Properties indonesian = load("prioritisation.properties");
    Properties english = load("prioritisation_en.properties");

    assertThat(codes).hasSizeGreaterThan(20);
    List<String> missing = new ArrayList<>();
    for (String code : codes) {
      for (Properties file : List.of(indonesian, english)) {
        if (!file.containsKey(AhpProblems.KEY_PREFIX + code)) {
          missing.add(code + (file == english ? " (en)" : " (id)"));
        }
      }
    }
    assertThat(missing).isEmpty();
    assertThat(EVERY_CODE.stream().map(AhpInputException::code).toList())
        .containsExactlyInAnyOrderElementsOf(codes);
  }

  @Test
  void everyMessageReadsWithTheArgumentsOfItsCodeInBothLanguages() {
    ResourceBundleMessageSource source = messageSource();
    for (AhpInputException e : EVERY_CODE) {
      FieldProblem problem = AhpProblems.problem(e, "x");
      for (Locale language : List.of(INDONESIAN, Locale.ENGLISH)) {
        String text = source.getMessage(problem.messageKey(), problem.args().toArray(), language);
        assertThat(text)
            .as("%s in %s", e.code(), language)
            .doesNotContainPattern("\\{\\d}|,number,");
      }
    }
  }

  @Test
  void criteriaAreCountedFromOneAndNumbersAreWrittenTheWayEachLanguageWritesThem() {
    ResourceBundleMessageSource source = messageSource();
    FieldProblem zero = AhpProblems.problem(new AhpInputException("notPositive", 1, 2, 0.0), "f");
    FieldProblem reciprocal =
        AhpProblems.problem(new AhpInputException("notReciprocal", 0, 1, 3.0, 0.3333, 0.01), "f");

    assertThat(zero.messageKey()).isEqualTo("prioritisation.ahp.notPositive");
    assertThat(zero.args()).containsExactly(2, 3, 0.0);
    assertThat(text(source, zero, INDONESIAN)).isEqualTo("Baris 2, kolom 3: nilai 0 harus positif");
    assertThat(text(source, zero, Locale.ENGLISH)).isEqualTo("Row 2, column 3: 0 must be positive");
    assertThat(text(source, reciprocal, INDONESIAN))
        .startsWith("Nilai baris 1 kolom 2 (3) dan baris 2 kolom 1 (0,3333)");
    assertThat(text(source, reciprocal, Locale.ENGLISH))
        .startsWith("The values in row 1, column 2 (3) and in row 2, column 1 (0.3333)");
  }

  @Test
  void separateGroupsOfCriteriaAreNamedAsPeopleCountThem() {
    FieldProblem problem =
        AhpProblems.problem(
            new AhpInputException(
                "disconnected", List.of(List.of(0, 2), List.of(1), List.of(3, 4))),
            "judgements");

    assertThat(problem.args()).containsExactly("{1, 3}", "{2}, {4, 5}");
    assertThat(text(messageSource(), problem, INDONESIAN))
        .startsWith(
            "Perbandingan tidak menghubungkan semua kriteria: {1, 3} terpisah dari {2}, {4, 5}.");
  }

  @Test
  void aMatrixProblemConcernsTheEntryTheRowOrTheMatrix() {
    assertThat(AhpProblems.matrixField(new AhpInputException("notPositive", 1, 2, 0.0), "matrix"))
        .isEqualTo("matrix[1][2]");
    assertThat(
            AhpProblems.matrixField(
                new AhpInputException("notReciprocal", 0, 3, 3.0, 0.5, 0.01), "e[2].matrix"))
        .isEqualTo("e[2].matrix[0][3]");
    assertThat(AhpProblems.matrixField(new AhpInputException("diagonalNotOne", 2, 3.0), "m"))
        .isEqualTo("m[2][2]");
    assertThat(AhpProblems.matrixField(new AhpInputException("notSquare", 1, 2, 3), "m"))
        .isEqualTo("m[1]");
    assertThat(AhpProblems.matrixField(new AhpInputException("tooSmall", 1, 2), "m"))
        .isEqualTo("m");
  }

  @Test
  void aJudgementProblemConcernsTheJudgementItNamesOrTheLaterOfTwoForTheSamePair() {
    List<Judgement> given =
        List.of(new Judgement(0, 1, 3), new Judgement(2, 2, 1), new Judgement(1, 0, 2));

    assertThat(
            AhpProblems.judgementField(
                new AhpInputException("duplicateJudgement", 1, 0), "judgements", given))
        .isEqualTo("judgements[2]");
    assertThat(
            AhpProblems.judgementField(
                new AhpInputException("selfComparison", 2), "judgements", given))
        .isEqualTo("judgements[1]");
    assertThat(
            AhpProblems.judgementField(
                new AhpInputException("disconnected", List.of()), "judgements", given))
        .isEqualTo("judgements");
  }

  private static String text(ResourceBundleMessageSource source, FieldProblem p, Locale locale) {
    return source.getMessage(p.messageKey(), p.args().toArray(), locale);
  }

  private static ResourceBundleMessageSource messageSource() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages/prioritisation");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
