package id.rancang.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading, checking and searching the indicator library, on small catalogues made here. */
class IndicatorLibraryTests {

  private static final String HEADER =
      "code,family,name_id,name_en,unit,definition_id,definition_en,dimension,polarity,source\n";

  private static final String GOOD_ROW =
      "SDG-11.6.2,SDG,Partikulat halus,Fine particulate matter,µg/m³,Rata-rata debu halus.,"
          + "Mean fine dust.,ENVIRONMENT,NEGATIVE,\"UN SDG framework, 11.6.2\"\n";

  private static List<LibraryIndicator> parse(String csv) throws Exception {
    return IndicatorLibrary.parse(new StringReader(csv), "test.csv");
  }

  // --- reading and checking the file

  @Test
  void aWellFormedRowBecomesAnIndicatorWithEveryField() throws Exception {
    List<LibraryIndicator> read = parse(HEADER + GOOD_ROW);

    assertThat(read)
        .containsExactly(
            new LibraryIndicator(
                "SDG-11.6.2",
                IndicatorFamily.SDG,
                "Partikulat halus",
                "Fine particulate matter",
                "µg/m³",
                "Rata-rata debu halus.",
                "Mean fine dust.",
                Dimension.ENVIRONMENT,
                Polarity.NEGATIVE,
                "UN SDG framework, 11.6.2"));
  }

  static Stream<Arguments> badFiles() {
    String second =
        "SDG-1.2.1,SDG,Kemiskinan,Poverty,%,Penduduk miskin.,Poor residents.,ECONOMY,NEGATIVE,S\n";
    return Stream.of(
        Arguments.of(
            "a missing field",
            HEADER + GOOD_ROW + "SDG-1.2.1,SDG,Kemiskinan,,%,a.,b.,ECONOMY,NEGATIVE,S\n",
            "row 3 (SDG-1.2.1)",
            "name_en"),
        Arguments.of(
            "an unknown family",
            HEADER + second.replace(",SDG,", ",UN,"),
            "row 2 (SDG-1.2.1)",
            "unknown family 'UN'"),
        Arguments.of(
            "an unknown dimension",
            HEADER + second.replace("ECONOMY", "WEALTH"),
            "row 2 (SDG-1.2.1)",
            "unknown dimension 'WEALTH'"),
        Arguments.of(
            "an unknown polarity",
            HEADER + second.replace("NEGATIVE", "LOWER"),
            "row 2 (SDG-1.2.1)",
            "unknown polarity 'LOWER'"),
        Arguments.of(
            "a duplicate code",
            HEADER
                + second.replace("SDG-1.2.1", "SDG-3.b.1")
                + GOOD_ROW
                + second.replace("SDG-1.2.1", "SDG-3.B.1"),
            "row 4 (SDG-3.B.1)",
            "already used in row 2"),
        Arguments.of(
            "a code without its family's prefix",
            HEADER + second.replace("SDG-1.2.1", "1.2.1"),
            "row 2 (1.2.1)",
            "must start with SDG-"),
        Arguments.of(
            "a short row", HEADER + "SDG-1.2.1,SDG,Kemiskinan\n", "row 2", "expected 10 fields"),
        Arguments.of(
            "a wrong header",
            HEADER.replace("unit,", "satuan,") + GOOD_ROW,
            "test.csv",
            "the header must be"));
  }

  @ParameterizedTest(name = "a file with {0} is refused with a message naming the place")
  @MethodSource("badFiles")
  void aBadFileIsRefusedNamingTheRowAndTheProblem(
      String what, String csv, String place, String problem) {
    assertThatThrownBy(() -> parse(csv))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("test.csv")
        .hasMessageContaining(place)
        .hasMessageContaining(problem);
  }

  // --- searching

  private static LibraryIndicator entry(
      String code, IndicatorFamily family, Dimension dimension, String id, String en) {
    return new LibraryIndicator(
        code,
        family,
        id,
        en,
        "%",
        "Definisi " + id.toLowerCase(Locale.ROOT) + ".",
        "Definition of " + en.toLowerCase(Locale.ROOT) + ".",
        dimension,
        Polarity.POSITIVE,
        "source " + code);
  }

  /** 25 entries: 10 SDG (economy), 10 ISO 37120 (living), 5 U4SSC (environment). */
  private static IndicatorLibrary sample() {
    List<LibraryIndicator> entries = new ArrayList<>();
    for (int n = 1; n <= 10; n++) {
      entries.add(
          entry(
              "SDG-8." + n + ".1",
              IndicatorFamily.SDG,
              Dimension.ECONOMY,
              "Lapangan kerja " + n,
              "Employment " + n));
    }
    for (int n = 1; n <= 10; n++) {
      entries.add(
          entry(
              "ISO37120-19." + n,
              IndicatorFamily.ISO_37120,
              Dimension.LIVING,
              "Angkutan umum " + n,
              "Public transport " + n));
    }
    for (int n = 1; n <= 5; n++) {
      entries.add(
          entry(
              "U4SSC-EN:EN:AQ:" + n + "C",
              IndicatorFamily.U4SSC,
              Dimension.ENVIRONMENT,
              "Kualitas udara " + n,
              "Air quality " + n));
    }
    return new IndicatorLibrary(entries);
  }

  @Test
  void aSearchWithoutConditionsPagesThroughTheWholeCatalogueInItsOrder() {
    IndicatorLibrary library = sample();

    Page<LibraryIndicator> first = library.search(null, null, null, new PageRequest(0, 10));
    Page<LibraryIndicator> last = library.search("", null, null, new PageRequest(2, 10));

    assertThat(first.total()).isEqualTo(25);
    assertThat(first.totalPages()).isEqualTo(3);
    assertThat(first.items())
        .extracting(LibraryIndicator::code)
        .startsWith("SDG-8.1.1", "SDG-8.2.1");
    assertThat(first.items()).hasSize(10);
    assertThat(last.items())
        .extracting(LibraryIndicator::code)
        .containsExactly(
            "U4SSC-EN:EN:AQ:1C",
            "U4SSC-EN:EN:AQ:2C",
            "U4SSC-EN:EN:AQ:3C",
            "U4SSC-EN:EN:AQ:4C",
            "U4SSC-EN:EN:AQ:5C");
    assertThat(last.hasNext()).isFalse();
  }

  @Test
  void aPageBeyondTheEndIsEmptyButStillKnowsTheTotal() {
    Page<LibraryIndicator> page = sample().search(null, null, null, new PageRequest(7, 10));

    assertThat(page.items()).isEmpty();
    assertThat(page.total()).isEqualTo(25);
  }

  @Test
  void theFamilyFilterKeepsOnlyThatFamily() {
    Page<LibraryIndicator> page =
        sample().search(null, IndicatorFamily.U4SSC, null, new PageRequest(0, 20));

    assertThat(page.total()).isEqualTo(5);
    assertThat(page.items())
        .allSatisfy(i -> assertThat(i.family()).isEqualTo(IndicatorFamily.U4SSC));
  }

  @Test
  void theDimensionFilterKeepsOnlyThatDimensionAndCombinesWithTheFamily() {
    IndicatorLibrary library = sample();

    assertThat(library.search(null, null, Dimension.LIVING, new PageRequest(0, 20)).total())
        .isEqualTo(10);
    assertThat(
            library
                .search(null, IndicatorFamily.SDG, Dimension.LIVING, new PageRequest(0, 20))
                .total())
        .isZero();
  }

  @Test
  void theTextMatchesTheCodeIgnoringLetterCase() {
    Page<LibraryIndicator> page =
        sample().search("iso37120-19.1", null, null, new PageRequest(0, 20));

    // 19.1 and 19.10 both contain the typed text
    assertThat(page.items())
        .extracting(LibraryIndicator::code)
        .containsExactly("ISO37120-19.1", "ISO37120-19.10");
  }

  @Test
  void theTextMatchesIndonesianAndEnglishNamesAndDefinitions() {
    IndicatorLibrary library = sample();

    assertThat(library.search("ANGKUTAN", null, null, new PageRequest(0, 50)).total())
        .isEqualTo(10);
    assertThat(library.search("public transport", null, null, new PageRequest(0, 50)).total())
        .isEqualTo(10);
    assertThat(library.search("definisi kualitas", null, null, new PageRequest(0, 50)).total())
        .isEqualTo(5);
    assertThat(library.search("definition of air", null, null, new PageRequest(0, 50)).total())
        .isEqualTo(5);
  }

  @Test
  void everyWordOfTheTextHasToMatch() {
    IndicatorLibrary library = sample();

    assertThat(library.search("udara 3", null, null, new PageRequest(0, 50)).items())
        .extracting(LibraryIndicator::code)
        .containsExactly("U4SSC-EN:EN:AQ:3C");
    assertThat(library.search("udara employment", null, null, new PageRequest(0, 50)).total())
        .isZero();
  }

  @Test
  void aTextThatMatchesNothingGivesAnEmptyPage() {
    Page<LibraryIndicator> page = sample().search("banjir", null, null, new PageRequest(0, 20));

    assertThat(page.isEmpty()).isTrue();
    assertThat(page.total()).isZero();
  }

  @Test
  void anIndicatorIsFoundByItsCodeIgnoringLetterCaseAndSurroundingSpace() {
    IndicatorLibrary library = sample();

    assertThat(library.find(" u4ssc-en:en:aq:2c "))
        .map(LibraryIndicator::nameEn)
        .contains("Air quality 2");
    assertThat(library.find("SDG-99.9.9")).isEmpty();
    assertThat(library.find(null)).isEmpty();
  }

  @Test
  void nameAndDefinitionFollowTheLanguageAndDefaultToIndonesian() {
    LibraryIndicator indicator = sample().find("SDG-8.3.1").orElseThrow();

    assertThat(indicator.name(Locale.ENGLISH)).isEqualTo("Employment 3");
    assertThat(indicator.name(Locale.forLanguageTag("id"))).isEqualTo("Lapangan kerja 3");
    assertThat(indicator.name(Locale.FRENCH)).isEqualTo("Lapangan kerja 3");
    assertThat(indicator.definition(Locale.ENGLISH)).isEqualTo("Definition of employment 3.");
    assertThat(indicator.definition(Locale.forLanguageTag("id")))
        .isEqualTo("Definisi lapangan kerja 3.");
  }

  @Test
  void theShippedCatalogueFindsEveryEntryBySearchingItsCode() {
    IndicatorLibrary library = new IndicatorLibrary();

    assertThat(library.all())
        .allSatisfy(
            i ->
                assertThat(library.search(i.code(), null, null, new PageRequest(0, 200)).items())
                    .as("search for %s", i.code())
                    .contains(i));
  }
}
