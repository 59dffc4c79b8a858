package id.rancang.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped catalogue of standard indicators: big enough, spread over the families and the six
 * dimensions, and every entry sourced to its family's document under its own number. No Spring
 * context: the file is read from the class path as the application reads it.
 */
class IndicatorCatalogueTests {

  /** The fewest entries each family must contribute. */
  private static final Map<IndicatorFamily, Integer> MINIMUM =
      Map.of(
          IndicatorFamily.SDG, 20,
          IndicatorFamily.U4SSC, 20,
          IndicatorFamily.ISO_37120, 20,
          IndicatorFamily.ISO_37122, 10,
          IndicatorFamily.ISO_37123, 5);

  /** What the source of an entry of each family has to name. */
  private static final Map<IndicatorFamily, List<String>> DOCUMENT =
      Map.of(
          IndicatorFamily.SDG, List.of("SDG global indicator framework", "A/RES/71/313"),
          IndicatorFamily.U4SSC, List.of("ITU-T Y.4903", "U4SSC"),
          IndicatorFamily.ISO_37120, List.of("ISO 37120:2018"),
          IndicatorFamily.ISO_37122, List.of("ISO 37122:2019"),
          IndicatorFamily.ISO_37123, List.of("ISO 37123:2019"));

  private static final Pattern SDG_NUMBER = Pattern.compile("\\d+\\.[a-z0-9]+\\.\\d+");
  private static final Pattern ISO_NUMBER = Pattern.compile("\\d+\\.\\d+");
  private static final Pattern U4SSC_NUMBER =
      Pattern.compile("(EC|EN|SC): [A-Z]+: [A-Z]+: \\d+[CA]");

  /** The end of a sentence: a full stop, question or exclamation mark before a space or the end. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](\\s|$)");

  private static List<LibraryIndicator> catalogue;

  @BeforeAll
  static void readTheShippedFile() throws IOException {
    try (InputStream in =
            IndicatorCatalogueTests.class
                .getClassLoader()
                .getResourceAsStream("strategy/indicator-library.csv");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      catalogue = IndicatorLibrary.parse(reader, "indicator-library.csv");
    }
  }

  @Test
  void theCatalogueHoldsAtLeastEightyIndicators() {
    assertThat(catalogue).hasSizeGreaterThanOrEqualTo(80);
  }

  @Test
  void everyFamilyContributesAtLeastItsMinimumNumberOfIndicators() {
    Map<IndicatorFamily, Long> counts =
        catalogue.stream()
            .collect(
                Collectors.groupingBy(
                    LibraryIndicator::family,
                    () -> new EnumMap<>(IndicatorFamily.class),
                    Collectors.counting()));
    assertThat(counts).containsOnlyKeys(IndicatorFamily.values());
    MINIMUM.forEach(
        (family, minimum) ->
            assertThat(counts.get(family))
                .as("entries of %s", family)
                .isGreaterThanOrEqualTo(minimum));
  }

  @Test
  void everySmartCityDimensionHasIndicatorsToChooseFrom() {
    Set<Dimension> covered =
        catalogue.stream().map(LibraryIndicator::dimension).collect(Collectors.toSet());
    assertThat(covered).containsExactlyInAnyOrder(Dimension.values());
  }

  @Test
  void noTwoIndicatorsShareACode() {
    Set<String> seen = new HashSet<>();
    List<String> duplicates =
        catalogue.stream()
            .map(i -> i.code().toLowerCase(Locale.ROOT))
            .filter(code -> !seen.add(code))
            .toList();
    assertThat(duplicates).isEmpty();
  }

  @Test
  void everySourceNamesTheDocumentOfItsFamily() {
    assertThat(catalogue)
        .allSatisfy(
            i ->
                assertThat(i.source())
                    .as("source of %s", i.code())
                    .contains(DOCUMENT.get(i.family())));
  }

  @Test
  void everySourceEndsWithTheNumberTheCodeCarries() {
    assertThat(catalogue)
        .allSatisfy(
            i -> {
              String number = i.source().substring(i.source().lastIndexOf(", ") + 2);
              String codeNumber = i.code().substring(i.code().indexOf('-') + 1);
              assertThat(number.replace(" ", ""))
                  .as("source of %s", i.code())
                  .isEqualTo(codeNumber);
            });
  }

  @Test
  void numbersHaveTheShapeTheirStandardUses() {
    assertThat(catalogue)
        .allSatisfy(
            i -> {
              String number = i.source().substring(i.source().lastIndexOf(", ") + 2);
              Pattern shape =
                  switch (i.family()) {
                    case SDG -> SDG_NUMBER;
                    case U4SSC -> U4SSC_NUMBER;
                    case ISO_37120, ISO_37122, ISO_37123 -> ISO_NUMBER;
                  };
              assertThat(number).as("number of %s", i.code()).matches(shape);
            });
  }

  @Test
  void sdgCodesBelongToOneOfTheSeventeenGoals() {
    assertThat(catalogue.stream().filter(i -> i.family() == IndicatorFamily.SDG))
        .allSatisfy(
            i -> {
              String number = i.code().substring("SDG-".length());
              assertThat(number).matches(SDG_NUMBER);
              assertThat(Integer.parseInt(number.substring(0, number.indexOf('.'))))
                  .isBetween(1, 17);
            });
  }

  @Test
  void definitionsAreOneOrTwoSentencesInEachLanguageAndNotCopiesOfEachOther() {
    assertThat(catalogue)
        .allSatisfy(
            i -> {
              for (String definition : List.of(i.definitionId(), i.definitionEn())) {
                long sentences = SENTENCE_END.matcher(definition).results().count();
                assertThat(sentences).as("sentences in %s", i.code()).isBetween(1L, 2L);
              }
              assertThat(i.definitionId()).isNotEqualTo(i.definitionEn());
              assertThat(i.nameId()).as("Indonesian name of %s", i.code()).isNotBlank();
            });
  }

  @Test
  void bothMessageFilesNameEveryFamily() throws IOException {
    for (String file : List.of("strategy.properties", "strategy_en.properties")) {
      Properties messages = new Properties();
      try (Reader reader =
          Files.newBufferedReader(
              Path.of("src", "main", "resources", "messages", file), StandardCharsets.UTF_8)) {
        messages.load(reader);
      }
      assertThat(Arrays.stream(IndicatorFamily.values()))
          .allSatisfy(
              f ->
                  assertThat(messages.getProperty("strategy.library.family." + f))
                      .as("%s in %s", f, file)
                      .isNotBlank());
    }
  }
}
