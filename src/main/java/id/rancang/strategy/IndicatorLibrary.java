package id.rancang.strategy;

import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

/**
 * The catalogue of standard smart-city indicators shipped with Rancang (ISO 37120, ISO 37122, ISO
 * 37123, U4SSC KPIs and SDG indicators). It is read once at start-up from {@value #RESOURCE}; a bad
 * row stops the start with a message naming the row. The catalogue is the same for every region.
 */
@Service
public class IndicatorLibrary {

  /** The class-path resource holding the catalogue. */
  public static final String RESOURCE = "strategy/indicator-library.csv";

  /** The columns of the catalogue file, in order. */
  public static final List<String> COLUMNS =
      List.of(
          "code",
          "family",
          "name_id",
          "name_en",
          "unit",
          "definition_id",
          "definition_en",
          "dimension",
          "polarity",
          "source");

  private final List<LibraryIndicator> indicators;
  private final Map<String, LibraryIndicator> byCode;
  private final Map<LibraryIndicator, String> searchText;

  IndicatorLibrary() {
    this(readResource());
  }

  IndicatorLibrary(List<LibraryIndicator> indicators) {
    this.indicators = List.copyOf(indicators);
    Map<String, LibraryIndicator> codes = new HashMap<>();
    Map<LibraryIndicator, String> texts = new HashMap<>();
    for (LibraryIndicator indicator : this.indicators) {
      codes.put(normalise(indicator.code()), indicator);
      texts.put(
          indicator,
          normalise(
              String.join(
                  "\n",
                  indicator.code(),
                  indicator.nameId(),
                  indicator.nameEn(),
                  indicator.definitionId(),
                  indicator.definitionEn())));
    }
    this.byCode = Map.copyOf(codes);
    this.searchText = texts;
  }

  /** Every entry, in the order of the catalogue (grouped by family). */
  public List<LibraryIndicator> all() {
    return indicators;
  }

  /** The entry with this code (letter case does not matter), if there is one. */
  public Optional<LibraryIndicator> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(normalise(code)));
  }

  /**
   * One page of the entries that match all the given conditions, in catalogue order. The text
   * {@code q} is split into words; an entry matches when every word occurs, ignoring letter case,
   * in its code, either name or either definition. A blank {@code q} and a {@code null} family or
   * dimension do not filter.
   */
  public Page<LibraryIndicator> search(
      String q, IndicatorFamily family, Dimension dimension, PageRequest page) {
    String[] words = q == null || q.isBlank() ? new String[0] : normalise(q).split("\\s+");
    List<LibraryIndicator> matches =
        indicators.stream()
            .filter(i -> family == null || i.family() == family)
            .filter(i -> dimension == null || i.dimension() == dimension)
            .filter(i -> Arrays.stream(words).allMatch(searchText.get(i)::contains))
            .toList();
    int from = (int) Math.min((long) page.offset(), matches.size());
    int to = Math.min(from + page.size(), matches.size());
    return new Page<>(matches.subList(from, to), page.number(), page.size(), matches.size());
  }

  private static String normalise(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  private static List<LibraryIndicator> readResource() {
    InputStream in = IndicatorLibrary.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("The indicator library " + RESOURCE + " is missing");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(reader, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("The indicator library " + RESOURCE + " cannot be read", e);
    }
  }

  /**
   * Reads and checks a catalogue: the header names exactly {@link #COLUMNS}; every row has every
   * field, a known family, dimension and polarity, a code that starts with its family's prefix, and
   * a code no other row has.
   *
   * @throws IllegalStateException naming the file and the row (the header is row 1) of the first
   *     problem
   */
  public static List<LibraryIndicator> parse(Reader reader, String fileName) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<LibraryIndicator> result = new ArrayList<>();
    Map<String, Long> rowOfCode = new LinkedHashMap<>();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> header = parser.getHeaderNames();
      if (!header.equals(COLUMNS)) {
        throw new IllegalStateException(
            fileName + ": the header must be " + COLUMNS + " but is " + header);
      }
      for (CSVRecord record : parser) {
        long row = record.getRecordNumber() + 1;
        String where = fileName + ", row " + row;
        if (record.size() != COLUMNS.size()) {
          throw new IllegalStateException(
              where + ": expected " + COLUMNS.size() + " fields but found " + record.size());
        }
        String code = record.get("code");
        if (!code.isBlank()) {
          where = where + " (" + code + ")";
        }
        for (String column : COLUMNS) {
          if (record.get(column).isBlank()) {
            throw new IllegalStateException(where + ": the field " + column + " is empty");
          }
        }
        IndicatorFamily family =
            value(IndicatorFamily.class, record.get("family"), "family", where);
        Dimension dimension = value(Dimension.class, record.get("dimension"), "dimension", where);
        Polarity polarity = value(Polarity.class, record.get("polarity"), "polarity", where);
        if (!code.startsWith(family.codePrefix()) || code.equals(family.codePrefix())) {
          throw new IllegalStateException(
              where + ": a " + family + " code must start with " + family.codePrefix());
        }
        Long earlier = rowOfCode.putIfAbsent(normalise(code), row);
        if (earlier != null) {
          throw new IllegalStateException(
              where + ": the code " + code + " is already used in row " + earlier);
        }
        result.add(
            new LibraryIndicator(
                code,
                family,
                record.get("name_id"),
                record.get("name_en"),
                record.get("unit"),
                record.get("definition_id"),
                record.get("definition_en"),
                dimension,
                polarity,
                record.get("source")));
      }
    }
    return result;
  }

  private static <E extends Enum<E>> E value(
      Class<E> type, String text, String column, String where) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw new IllegalStateException(
        where
            + ": unknown "
            + column
            + " '"
            + text
            + "' (expected one of "
            + Arrays.toString(type.getEnumConstants())
            + ")");
  }
}
