package id.rancang.strategy;

import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.Opd;
import id.rancang.region.OpdDirectory;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.tabular.ImportProblem;
import id.rancang.shared.tabular.ImportRejectedException;
import id.rancang.shared.tabular.SheetLines;
import id.rancang.shared.tabular.TabularReader;
import id.rancang.shared.tabular.TabularRow;
import id.rancang.shared.tabular.WorkbookStyles;
import id.rancang.strategy.IndicatorImportSummary.RowWarning;
import id.rancang.strategy.rules.TargetFinding;
import id.rancang.strategy.rules.YearValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of a masterplan with their yearly targets as a workbook to fill in with Excel: the
 * export (which, without indicators, is the empty template) and the import of that workbook or of a
 * CSV file with the same columns.
 *
 * <p>The import is all or nothing: every row is checked first (with the rules of {@link
 * IndicatorRegister}), and one problem anywhere rejects the whole file with every problem listed by
 * row and column. A row whose code exists updates that indicator; other codes create one. A column
 * left out of the file leaves that field of existing indicators as it is.
 */
@Service
public class IndicatorWorkbook {

  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** A year column: its header is the year. */
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /** How many rows below the header offer the lists of polarities, levels and yes/no. */
  private static final int LISTED_ROWS = 1000;

  private static final int YEAR_WIDTH = 10;

  /** The columns of the indicator sheet in order; the masterplan's years come before END_TARGET. */
  enum Column {
    CODE(14, "Kode", "Code"),
    NAME(48, "Nama", "Name"),
    UNIT(12, "Satuan", "Unit"),
    POLARITY(14, "Polaritas", "Polarity"),
    ITEM(12, "Sasaran", "Target", "tujuan/sasaran", "goal/target"),
    LEVEL(12, "Level", "Level"),
    KEY(10, "IKU", "Key indicator", "key"),
    DEFINITION(40, "Definisi", "Definition"),
    FORMULA(30, "Formula", "Formula"),
    DATA_SOURCE(20, "Sumber data", "Data source"),
    OPD(12, "OPD", "OPD"),
    DATA_PROVIDER(20, "Penyedia data", "Data provider"),
    BASELINE_YEAR(11, "Tahun awal", "Baseline year"),
    BASELINE_VALUE(11, "Nilai awal", "Baseline value"),
    END_TARGET(12, "Target akhir", "End target"),
    NOTES(30, "Catatan", "Notes");

    final int width;
    final String indonesian;
    final String english;

    /** The headers an import accepts (lower case), the Indonesian one first. */
    final List<String> aliases;

    Column(int width, String indonesian, String english, String... more) {
      this.width = width;
      this.indonesian = indonesian;
      this.english = english;
      List<String> all = new ArrayList<>();
      all.add(indonesian.toLowerCase(Locale.ROOT));
      all.add(english.toLowerCase(Locale.ROOT));
      all.addAll(Arrays.asList(more));
      this.aliases = all.stream().distinct().toList();
    }

    String header(boolean english) {
      return english ? this.english : indonesian;
    }
  }

  private static final Map<Polarity, List<String>> POLARITY_WORDS =
      Map.of(
          Polarity.POSITIVE, List.of("positif", "positive"),
          Polarity.NEGATIVE, List.of("negatif", "negative"),
          Polarity.FINAL_VALUE, List.of("nilai akhir", "final value"));

  private static final Map<IndicatorLevel, List<String>> LEVEL_WORDS =
      Map.of(
          IndicatorLevel.IMPACT, List.of("dampak", "impact"),
          IndicatorLevel.OUTCOME, List.of("hasil", "outcome"),
          IndicatorLevel.OUTPUT, List.of("keluaran", "output"));

  private static final List<String> YES = List.of("ya", "yes", "y", "true", "1", "x");
  private static final List<String> NO = List.of("tidak", "no", "n", "false", "0", "-");

  private final IndicatorRegister indicators;
  private final StrategyTree tree;
  private final MasterplanManagement masterplans;
  private final OpdDirectory opds;
  private final MessageSource messages;

  IndicatorWorkbook(
      IndicatorRegister indicators,
      StrategyTree tree,
      MasterplanManagement masterplans,
      OpdDirectory opds,
      MessageSource messages) {
    this.indicators = indicators;
    this.tree = tree;
    this.masterplans = masterplans;
    this.opds = opds;
    this.messages = messages;
  }

  // ---- export ----

  /**
   * The masterplan's indicators as an XLSX workbook: the sheet of indicators (one row each, one
   * column per year of the masterplan) and a sheet of instructions with the valid values and the
   * goals and targets to refer to. Headers and texts are in Indonesian, or English for an English
   * locale; the import reads both.
   */
  public byte[] export(long regionId, long masterplanId, Locale locale) {
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    boolean english = isEnglish(locale);
    List<StrategyItem> items = tree.items(regionId, masterplanId);
    Map<Long, Integer> itemOrder = new HashMap<>();
    Map<Long, StrategyItem> itemsById = new HashMap<>();
    for (StrategyItem item : items) {
      itemOrder.put(item.id(), itemOrder.size());
      itemsById.put(item.id(), item);
    }
    List<Opd> allOpds = opds.all(regionId);
    Map<Long, Opd> opdsById = new HashMap<>();
    allOpds.forEach(o -> opdsById.put(o.id(), o));
    List<Indicator> list =
        indicators.list(regionId, masterplanId).stream()
            .sorted(
                Comparator.comparing(
                        (Indicator i) -> itemOrder.getOrDefault(i.itemId(), Integer.MAX_VALUE))
                    .thenComparingInt(Indicator::position)
                    .thenComparingLong(Indicator::id))
            .toList();
    List<Integer> years = new ArrayList<>();
    for (int year = masterplan.startYear(); year <= masterplan.endYear(); year++) {
      years.add(year);
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      WorkbookStyles styles = new WorkbookStyles(workbook);
      Sheet sheet = workbook.createSheet(text(locale, "strategy.indicatorSheet.sheet.indicators"));
      writeIndicators(sheet, styles, english, years, list, itemsById, opdsById);
      Sheet help = workbook.createSheet(text(locale, "strategy.indicatorSheet.sheet.instructions"));
      writeInstructions(help, styles, locale, masterplan, years, items, allOpds);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file name of the export: indikator-, the masterplan id, .xlsx. */
  public static String filename(long masterplanId) {
    return "indikator-" + masterplanId + ".xlsx";
  }

  private void writeIndicators(
      Sheet sheet,
      WorkbookStyles styles,
      boolean english,
      List<Integer> years,
      List<Indicator> list,
      Map<Long, StrategyItem> itemsById,
      Map<Long, Opd> opdsById) {
    List<String> headers = new ArrayList<>();
    List<Integer> widths = new ArrayList<>();
    Map<Column, Integer> index = new EnumMap<>(Column.class);
    for (Column column : Column.values()) {
      if (column == Column.END_TARGET) {
        for (int year : years) {
          headers.add(Integer.toString(year));
          widths.add(YEAR_WIDTH);
        }
      }
      index.put(column, headers.size());
      headers.add(column.header(english));
      widths.add(column.width);
    }
    Row header = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(headers.get(c));
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(c, widths.get(c) * 256);
    }
    int r = 1;
    for (Indicator i : list) {
      List<Object> values = new ArrayList<>();
      StrategyItem item = itemsById.get(i.itemId());
      Opd opd = i.opdId() == null ? null : opdsById.get(i.opdId());
      values.add(i.code());
      values.add(i.name());
      values.add(i.unit());
      values.add(POLARITY_WORDS.get(i.polarity()).get(english ? 1 : 0));
      values.add(item == null || item.code() == null ? (Object) i.itemId() : item.code());
      values.add(LEVEL_WORDS.get(i.level()).get(english ? 1 : 0));
      values.add(yesNo(i.keyIndicator(), english));
      values.add(i.definition());
      values.add(i.formula());
      values.add(i.dataSource());
      values.add(opd == null ? null : opd.abbreviation());
      values.add(i.dataProvider());
      values.add(i.baseline() == null ? null : i.baseline().year());
      values.add(i.baseline() == null ? null : i.baseline().value());
      for (int year : years) {
        values.add(i.target(year).orElse(null));
      }
      values.add(i.endTarget());
      values.add(i.notes());
      Row row = sheet.createRow(r++);
      for (int c = 0; c < values.size(); c++) {
        Object value = values.get(c);
        if (value instanceof Number number) {
          row.createCell(c).setCellValue(number.doubleValue());
        } else if (value != null) {
          row.createCell(c).setCellValue(value.toString());
        }
      }
    }
    sheet.createFreezePane(1, 1);
    offerList(sheet, index.get(Column.POLARITY), words(POLARITY_WORDS, english));
    offerList(sheet, index.get(Column.LEVEL), words(LEVEL_WORDS, english));
    offerList(sheet, index.get(Column.KEY), List.of(yesNo(true, english), yesNo(false, english)));
  }

  private void writeInstructions(
      Sheet sheet,
      WorkbookStyles styles,
      Locale locale,
      Masterplan masterplan,
      List<Integer> years,
      List<StrategyItem> items,
      List<Opd> allOpds) {
    boolean english = isEnglish(locale);
    int[] widths = {22, 22, 14, 100};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    SheetLines lines = new SheetLines(sheet);
    lines.add(
        styles.title,
        text(
            locale,
            "strategy.indicatorSheet.title",
            masterplan.title(),
            masterplan.startYear(),
            masterplan.endYear()));
    lines.blank();
    for (int n = 1; n <= 6; n++) {
      lines.add(null, text(locale, "strategy.indicatorSheet.intro." + n));
    }
    lines.blank();
    lines.add(
        styles.header,
        text(locale, "strategy.indicatorSheet.help.column"),
        text(locale, "strategy.indicatorSheet.help.meaning"));
    for (Column column : Column.values()) {
      if (column == Column.END_TARGET) {
        lines.add(
            null,
            years.get(0) + " ... " + years.get(years.size() - 1),
            text(locale, "strategy.indicatorSheet.column.YEARS"));
      }
      lines.add(
          null,
          column.header(english),
          text(locale, "strategy.indicatorSheet.column." + column.name()));
    }
    lines.blank();
    lines.add(
        styles.header,
        text(locale, "strategy.indicatorSheet.help.polarity"),
        text(locale, "strategy.indicatorSheet.help.code"),
        "",
        text(locale, "strategy.indicatorSheet.help.meaning"));
    for (Polarity polarity : Polarity.values()) {
      lines.add(
          null,
          String.join(" / ", POLARITY_WORDS.get(polarity)),
          polarity.name(),
          "",
          text(locale, "strategy.indicatorSheet.polarity." + polarity.name()));
    }
    lines.blank();
    lines.add(
        styles.header,
        text(locale, "strategy.indicatorSheet.help.level"),
        text(locale, "strategy.indicatorSheet.help.code"),
        "",
        text(locale, "strategy.indicatorSheet.help.meaning"));
    for (IndicatorLevel level : IndicatorLevel.values()) {
      lines.add(
          null,
          String.join(" / ", LEVEL_WORDS.get(level)),
          level.name(),
          "",
          text(locale, "strategy.indicatorSheet.level." + level.name()));
    }
    lines.blank();
    lines.add(styles.title, text(locale, "strategy.indicatorSheet.help.items"));
    lines.add(
        styles.header,
        text(locale, "strategy.indicatorSheet.help.id"),
        text(locale, "strategy.indicatorSheet.help.code"),
        text(locale, "strategy.indicatorSheet.help.kind"),
        text(locale, "strategy.indicatorSheet.help.statement"));
    List<StrategyItem> measurable =
        items.stream().filter(i -> i.kind() != StrategyItemKind.MISSION).toList();
    if (measurable.isEmpty()) {
      lines.add(null, text(locale, "strategy.indicatorSheet.help.noItems"));
    }
    for (StrategyItem item : measurable) {
      lines.add(
          null,
          item.id(),
          item.code(),
          text(locale, "strategy.indicatorSheet.kind." + item.kind().name()),
          item.statement());
    }
    lines.blank();
    lines.add(styles.title, text(locale, "strategy.indicatorSheet.help.opds"));
    lines.add(
        styles.header,
        text(locale, "strategy.indicatorSheet.help.abbreviation"),
        text(locale, "strategy.indicatorSheet.help.name"));
    for (Opd opd : allOpds) {
      lines.add(null, opd.abbreviation(), opd.name());
    }
  }

  private static void offerList(Sheet sheet, int column, List<String> values) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation validation =
        helper.createValidation(
            helper.createExplicitListConstraint(values.toArray(String[]::new)),
            new CellRangeAddressList(1, LISTED_ROWS, column, column));
    // Codes such as POSITIVE and the words of the other language are accepted too.
    validation.setErrorStyle(DataValidation.ErrorStyle.INFO);
    validation.setShowErrorBox(false);
    sheet.addValidationData(validation);
  }

  private static <E extends Enum<E>> List<String> words(
      Map<E, List<String>> words, boolean english) {
    return words.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getValue().get(english ? 1 : 0))
        .toList();
  }

  private static String yesNo(boolean yes, boolean english) {
    return english ? (yes ? "yes" : "no") : (yes ? "ya" : "tidak");
  }

  private String text(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  private static boolean isEnglish(Locale locale) {
    return locale != null && locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
  }

  // ---- import ----

  /**
   * Imports indicators from an XLSX or CSV file with the columns of {@link #export}. Rows whose
   * code exists in the masterplan update that indicator, other rows create one; a row that matches
   * its indicator exactly is left alone. Every row is checked before anything counts: any problem
   * rejects the whole file with an {@link ImportRejectedException} listing every problem by row and
   * column, and nothing is written.
   */
  @Transactional
  public IndicatorImportSummary importFile(
      long regionId, long masterplanId, String filename, byte[] content) {
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    List<TabularRow> rows = TabularReader.read(filename, content);
    List<ImportProblem> problems = new ArrayList<>();
    if (rows.isEmpty()) {
      throw new ImportRejectedException(List.of(ImportProblem.of(0, null, "shared.import.noRows")));
    }
    Layout layout = new Layout(rows);
    Lookup lookup = lookup(regionId, masterplan);
    Map<String, Integer> seen = new HashMap<>();
    List<RowWarning> warnings = new ArrayList<>();
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    for (TabularRow row : rows) {
      RowReader reader = new RowReader(row, layout, lookup, masterplan);
      IndicatorCommand command = reader.command();
      problems.addAll(reader.problems);
      String code = StrategyTree.blankToNull(command.code());
      if (code != null) {
        Integer earlier = seen.putIfAbsent(code.toLowerCase(Locale.ROOT), row.number());
        if (earlier != null) {
          problems.add(
              ImportProblem.of(
                  row.number(),
                  layout.header(Column.CODE),
                  "strategy.indicatorSheet.duplicateCode",
                  code,
                  earlier));
          continue;
        }
      }
      Indicator existing = reader.existing;
      try {
        List<TargetFinding> findings;
        if (existing == null) {
          findings = indicators.create(regionId, masterplanId, command).warnings();
          created++;
        } else if (same(existing, command)) {
          findings =
              indicators.check(regionId, masterplanId, command).stream()
                  .filter(f -> f.severity() == TargetFinding.Severity.WARNING)
                  .toList();
          unchanged++;
        } else {
          findings =
              indicators
                  .update(regionId, masterplanId, existing.id(), command, existing.version())
                  .warnings();
          updated++;
        }
        for (TargetFinding f : findings) {
          warnings.add(new RowWarning(row.number(), code, f.year(), f.messageKey(), f.args()));
        }
      } catch (InvalidInputException e) {
        for (FieldProblem p : e.problems()) {
          String column = layout.column(p);
          if (column == null || !reader.reported.contains(column)) {
            problems.add(new ImportProblem(row.number(), column, p.messageKey(), p.args()));
          }
        }
      } catch (ConcurrentEditException e) {
        problems.add(ImportProblem.of(row.number(), null, "shared.error.conflict"));
      }
    }
    if (!problems.isEmpty()) {
      // Thrown out of this transaction, so whatever the good rows wrote is rolled back.
      throw new ImportRejectedException(
          problems.stream().sorted(Comparator.comparingInt(ImportProblem::row)).toList());
    }
    return new IndicatorImportSummary(created, updated, unchanged, warnings);
  }

  private Lookup lookup(long regionId, Masterplan masterplan) {
    Map<String, StrategyItem> itemsByCode = new HashMap<>();
    Map<Long, StrategyItem> itemsById = new HashMap<>();
    for (StrategyItem item : tree.items(regionId, masterplan.id())) {
      itemsById.put(item.id(), item);
      if (item.code() != null) {
        itemsByCode.put(item.code().toLowerCase(Locale.ROOT), item);
      }
    }
    Map<String, Opd> opdsByName = new HashMap<>();
    List<Opd> all = opds.all(regionId);
    for (Opd opd : all) {
      opdsByName.put(opd.name().strip().toLowerCase(Locale.ROOT), opd);
    }
    for (Opd opd : all) {
      opdsByName.put(opd.abbreviation().strip().toLowerCase(Locale.ROOT), opd);
    }
    Map<String, Indicator> existing = new HashMap<>();
    for (Indicator indicator : indicators.list(regionId, masterplan.id())) {
      existing.put(indicator.code().toLowerCase(Locale.ROOT), indicator);
    }
    return new Lookup(itemsByCode, itemsById, opdsByName, existing);
  }

  private record Lookup(
      Map<String, StrategyItem> itemsByCode,
      Map<Long, StrategyItem> itemsById,
      Map<String, Opd> opds,
      Map<String, Indicator> indicators) {}

  /** Which columns a file has, under which of their accepted headers, and its year columns. */
  private static final class Layout {
    private final Map<Column, String> headers = new EnumMap<>(Column.class);
    private final SortedSet<Integer> years = new TreeSet<>();

    Layout(List<TabularRow> rows) {
      Set<String> present = new HashSet<>();
      rows.forEach(r -> present.addAll(r.cells().keySet()));
      for (Column column : Column.values()) {
        column.aliases.stream()
            .filter(present::contains)
            .findFirst()
            .ifPresent(h -> headers.put(column, h));
      }
      for (String header : present) {
        if (YEAR.matcher(header).matches()) {
          years.add(Integer.valueOf(header));
        }
      }
    }

    boolean has(Column column) {
      return headers.containsKey(column);
    }

    /** The header of the column in this file, or its Indonesian header when the file lacks it. */
    String header(Column column) {
      return headers.getOrDefault(column, column.aliases.get(0));
    }

    /** The column a problem found by {@link IndicatorRegister} is about, or null. */
    String column(FieldProblem problem) {
      String field = problem.field();
      if (field.startsWith("targets.")) {
        return problem.messageKey().equals("strategy.target.baselineAfterStart")
            ? header(Column.BASELINE_YEAR)
            : field.substring("targets.".length());
      }
      Column column =
          switch (field) {
            case "code" -> Column.CODE;
            case "name" -> Column.NAME;
            case "unit" -> Column.UNIT;
            case "polarity" -> Column.POLARITY;
            case "targetId" -> Column.ITEM;
            case "level" -> Column.LEVEL;
            case "definition" -> Column.DEFINITION;
            case "formula" -> Column.FORMULA;
            case "dataSource" -> Column.DATA_SOURCE;
            case "opdId" -> Column.OPD;
            case "dataProvider" -> Column.DATA_PROVIDER;
            case "baseline", "baseline.year" -> Column.BASELINE_YEAR;
            case "endTarget" -> Column.END_TARGET;
            case "notes" -> Column.NOTES;
            default -> null;
          };
      return column == null ? null : header(column);
    }
  }

  /**
   * Reads one row into a command, noting every cell it cannot read. A column the file lacks keeps
   * the value of the existing indicator with the row's code.
   */
  private static final class RowReader {
    final List<ImportProblem> problems = new ArrayList<>();

    /** The columns of this row with a problem already, so later checks do not repeat it. */
    final Set<String> reported = new HashSet<>();

    final Indicator existing;
    private final TabularRow row;
    private final Layout layout;
    private final Lookup lookup;
    private final Masterplan masterplan;

    RowReader(TabularRow row, Layout layout, Lookup lookup, Masterplan masterplan) {
      this.row = row;
      this.layout = layout;
      this.lookup = lookup;
      this.masterplan = masterplan;
      String code = cell(Column.CODE);
      this.existing = code == null ? null : lookup.indicators().get(code.toLowerCase(Locale.ROOT));
    }

    IndicatorCommand command() {
      Indicator e = existing;
      return new IndicatorCommand(
          layout.has(Column.ITEM) ? item() : (e == null ? null : e.itemId()),
          cell(Column.CODE),
          text(Column.NAME, e == null ? null : e.name()),
          text(Column.UNIT, e == null ? null : e.unit()),
          text(Column.DEFINITION, e == null ? null : e.definition()),
          text(Column.FORMULA, e == null ? null : e.formula()),
          text(Column.DATA_SOURCE, e == null ? null : e.dataSource()),
          layout.has(Column.OPD) ? opd() : (e == null ? null : e.opdId()),
          text(Column.DATA_PROVIDER, e == null ? null : e.dataProvider()),
          layout.has(Column.LEVEL)
              ? word(Column.LEVEL, LEVEL_WORDS, "strategy.indicatorSheet.unknownLevel")
              : (e == null ? null : e.level()),
          layout.has(Column.KEY) ? keyIndicator() : (e != null && e.keyIndicator()),
          layout.has(Column.POLARITY)
              ? word(Column.POLARITY, POLARITY_WORDS, "strategy.indicatorSheet.unknownPolarity")
              : (e == null ? null : e.polarity()),
          baseline(),
          targets(),
          layout.has(Column.END_TARGET)
              ? number(layout.header(Column.END_TARGET), cell(Column.END_TARGET))
              : (e == null ? null : e.endTarget()),
          text(Column.NOTES, e == null ? null : e.notes()),
          e == null ? null : e.libraryCode());
    }

    private String cell(Column column) {
      return layout.has(column) ? row.get(layout.header(column)) : null;
    }

    private String text(Column column, String kept) {
      return layout.has(column) ? cell(column) : kept;
    }

    private void problem(String column, String key, Object... args) {
      problems.add(ImportProblem.of(row.number(), column, key, args));
      reported.add(column);
    }

    private Long item() {
      String reference = cell(Column.ITEM);
      if (reference == null) {
        return null; // IndicatorRegister says that it is required
      }
      StrategyItem item = lookup.itemsByCode().get(reference.toLowerCase(Locale.ROOT));
      if (item == null && reference.matches("\\d{1,18}")) {
        item = lookup.itemsById().get(Long.valueOf(reference));
      }
      String column = layout.header(Column.ITEM);
      if (item == null) {
        problem(column, "strategy.indicatorSheet.itemNotFound", reference);
        return null;
      }
      if (item.kind() == StrategyItemKind.MISSION) {
        problem(column, "strategy.indicatorSheet.itemIsMission", reference);
        return null;
      }
      return item.id();
    }

    private Long opd() {
      String reference = cell(Column.OPD);
      if (reference == null) {
        return null;
      }
      Opd opd = lookup.opds().get(reference.toLowerCase(Locale.ROOT));
      if (opd == null) {
        problem(layout.header(Column.OPD), "strategy.indicatorSheet.opdNotFound", reference);
        return null;
      }
      return opd.id();
    }

    private <E extends Enum<E>> E word(Column column, Map<E, List<String>> words, String unknown) {
      String value = cell(column);
      if (value == null) {
        return null;
      }
      String wanted = value.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").strip();
      for (Map.Entry<E, List<String>> entry : words.entrySet()) {
        if (entry.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ').equals(wanted)
            || entry.getValue().contains(wanted)) {
          return entry.getKey();
        }
      }
      problem(layout.header(column), unknown, value);
      return null;
    }

    private boolean keyIndicator() {
      String value = cell(Column.KEY);
      if (value == null) {
        return false;
      }
      String wanted = value.toLowerCase(Locale.ROOT);
      if (YES.contains(wanted)) {
        return true;
      }
      if (!NO.contains(wanted)) {
        problem(layout.header(Column.KEY), "strategy.indicatorSheet.notYesNo", value);
      }
      return false;
    }

    private YearValue baseline() {
      Integer year;
      boolean yearRead = true;
      if (layout.has(Column.BASELINE_YEAR)) {
        String text = cell(Column.BASELINE_YEAR);
        year = null;
        if (text != null) {
          try {
            year = Integer.valueOf(text);
          } catch (NumberFormatException ex) {
            problem(layout.header(Column.BASELINE_YEAR), "strategy.profile.year.invalid", text);
            yearRead = false;
          }
        }
      } else {
        year = existing == null || existing.baseline() == null ? null : existing.baseline().year();
      }
      BigDecimal value;
      boolean valueRead = true;
      if (layout.has(Column.BASELINE_VALUE)) {
        String column = layout.header(Column.BASELINE_VALUE);
        value = number(column, cell(Column.BASELINE_VALUE));
        valueRead = !reported.contains(column);
      } else {
        value =
            existing == null || existing.baseline() == null ? null : existing.baseline().value();
      }
      if (year != null && value != null) {
        return new YearValue(year, value);
      }
      if (year != null && valueRead) {
        problem(layout.header(Column.BASELINE_VALUE), "strategy.indicator.baselineIncomplete");
      } else if (value != null && yearRead) {
        problem(layout.header(Column.BASELINE_YEAR), "strategy.indicator.baselineIncomplete");
      }
      return null;
    }

    private List<YearValue> targets() {
      Map<Integer, BigDecimal> targets = new TreeMap<>();
      if (existing != null) {
        for (YearValue target : existing.targets()) {
          if (!layout.years.contains(target.year())) {
            targets.put(target.year(), target.value());
          }
        }
      }
      for (int year : layout.years) {
        String column = Integer.toString(year);
        String text = row.get(column);
        if (text == null) {
          continue;
        }
        if (year < masterplan.startYear() || year > masterplan.endYear()) {
          problem(
              column,
              "strategy.target.outsidePeriod",
              year,
              masterplan.startYear(),
              masterplan.endYear());
          continue;
        }
        BigDecimal value = number(column, text);
        if (value != null) {
          targets.put(year, value);
        }
      }
      return targets.entrySet().stream().map(t -> new YearValue(t.getKey(), t.getValue())).toList();
    }

    /** The number in a cell, or null when blank or (noted as a problem) not a number. */
    private BigDecimal number(String column, String text) {
      if (text == null) {
        return null;
      }
      try {
        return ProfileStatistics.parseValue(text);
      } catch (InvalidInputException ex) {
        FieldProblem p = ex.problems().get(0);
        if (p.messageKey().equals("strategy.profile.value.separators")) {
          problem(column, p.messageKey(), p.args().toArray());
        } else {
          problem(column, "strategy.indicator.notANumber", text);
        }
        return null;
      }
    }
  }

  /** Whether saving the command would leave the indicator as it is. */
  private static boolean same(Indicator i, IndicatorCommand c) {
    return Objects.equals(i.itemId(), c.itemId())
        && i.code().equals(StrategyTree.blankToNull(c.code()))
        && sameText(i.name(), c.name())
        && sameText(i.unit(), c.unit())
        && sameText(i.definition(), c.definition())
        && sameText(i.formula(), c.formula())
        && sameText(i.dataSource(), c.dataSource())
        && Objects.equals(i.opdId(), c.opdId())
        && sameText(i.dataProvider(), c.dataProvider())
        && i.level() == (c.level() == null ? IndicatorLevel.OUTCOME : c.level())
        && i.keyIndicator() == c.keyIndicator()
        && i.polarity() == c.polarity()
        && sameYearValues(
            i.baseline() == null ? List.of() : List.of(i.baseline()),
            c.baseline() == null ? List.of() : List.of(c.baseline()))
        && sameYearValues(i.targets(), c.targets())
        && sameNumber(i.endTarget(), endTarget(c))
        && sameText(i.notes(), c.notes())
        && sameText(i.libraryCode(), c.libraryCode());
  }

  /** The end target as {@link IndicatorRegister} saves it: the last year's target when blank. */
  private static BigDecimal endTarget(IndicatorCommand c) {
    if (c.endTarget() != null || c.targets().isEmpty()) {
      return c.endTarget();
    }
    return c.targets().stream().max(Comparator.comparingInt(YearValue::year)).orElseThrow().value();
  }

  private static boolean sameText(String saved, String given) {
    return Objects.equals(saved, StrategyTree.blankToNull(given));
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static boolean sameYearValues(List<YearValue> saved, List<YearValue> given) {
    Map<Integer, BigDecimal> a = new LinkedHashMap<>();
    saved.forEach(v -> a.put(v.year(), v.value()));
    Map<Integer, BigDecimal> b = new LinkedHashMap<>();
    given.forEach(v -> b.put(v.year(), v.value()));
    if (!a.keySet().equals(b.keySet()) || given.size() != b.size()) {
      return false;
    }
    return a.entrySet().stream().allMatch(e -> sameNumber(e.getValue(), b.get(e.getKey())));
  }
}
