package id.rancang.programme;

import id.rancang.region.Opd;
import id.rancang.region.Stakeholder;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.tabular.ImportProblem;
import id.rancang.shared.tabular.TabularRow;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.ProfileStatistics;
import id.rancang.strategy.StrategyItem;
import id.rancang.strategy.StrategyItemKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The layout of the programme workbook ({@link ProgrammeWorkbook}): its sheets and their columns
 * with the Indonesian and English headers an import accepts, and the reading of one row's cells
 * into values, with a problem noted for every cell that cannot be read.
 */
final class ProgrammeSheets {

  private ProgrammeSheets() {}

  /** Amounts are stored as numeric(18, 2). */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000000000");

  static final List<String> YES = List.of("ya", "yes", "y", "true", "1", "x");
  static final List<String> NO = List.of("tidak", "no", "n", "false", "0", "-");

  /** The sheets of the workbook in order, with their Indonesian and English names. */
  enum Tab {
    PROGRAMMES("Program", "Programmes", "programs", "programme"),
    PARTNERS("Mitra", "Partners"),
    BUDGET("Anggaran", "Budget"),
    RISKS("Risiko", "Risks"),
    CONTRIBUTIONS("Kontribusi", "Contributions"),
    ACTIONS("Rencana aksi", "Actions", "action plan", "rencana_aksi"),
    INSTRUCTIONS("Petunjuk", "Instructions");

    final String indonesian;
    final String english;
    final List<String> aliases;

    Tab(String indonesian, String english, String... more) {
      this.indonesian = indonesian;
      this.english = english;
      List<String> all = new ArrayList<>();
      all.add(indonesian.toLowerCase(Locale.ROOT));
      all.add(english.toLowerCase(Locale.ROOT));
      all.addAll(Arrays.asList(more));
      this.aliases = List.copyOf(all);
    }

    String title(boolean english) {
      return english ? this.english : indonesian;
    }

    static Optional<Tab> named(String name) {
      String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(t -> t.aliases.contains(wanted)).findFirst();
    }
  }

  /** The columns of every sheet, in order within their sheet. */
  enum Column {
    CODE(Tab.PROGRAMMES, 14, "Kode", "Code"),
    NAME(Tab.PROGRAMMES, 40, "Nama", "Name"),
    DIMENSION(Tab.PROGRAMMES, 14, "Dimensi", "Dimension"),
    ELEMENT(Tab.PROGRAMMES, 22, "Elemen", "Element"),
    PROBLEM(Tab.PROGRAMMES, 36, "Masalah atau potensi", "Problem or potential"),
    DESCRIPTION(Tab.PROGRAMMES, 40, "Deskripsi", "Description"),
    IMPACT_SOCIETY(Tab.PROGRAMMES, 30, "Dampak bagi masyarakat", "Impact on society"),
    IMPACT_ENVIRONMENT(Tab.PROGRAMMES, 30, "Dampak bagi lingkungan", "Impact on the environment"),
    HORIZON(Tab.PROGRAMMES, 12, "Horizon", "Horizon"),
    START_YEAR(Tab.PROGRAMMES, 11, "Tahun mulai", "Start year"),
    END_YEAR(Tab.PROGRAMMES, 11, "Tahun selesai", "End year"),
    LEAD_OPD(Tab.PROGRAMMES, 14, "OPD pengampu", "Lead OPD"),
    QUICK_WIN(Tab.PROGRAMMES, 10, "Quick win", "Quick win"),
    STATUS(Tab.PROGRAMMES, 12, "Status", "Status"),
    SIPD_PROGRAM(Tab.PROGRAMMES, 14, "SIPD program", "SIPD program"),
    SIPD_KEGIATAN(Tab.PROGRAMMES, 16, "SIPD kegiatan", "SIPD kegiatan"),
    SIPD_SUB_KEGIATAN(Tab.PROGRAMMES, 20, "SIPD sub kegiatan", "SIPD sub kegiatan"),
    DEPENDS_ON(Tab.PROGRAMMES, 24, "Bergantung pada", "Depends on"),

    PARTNER_PROGRAMME(Tab.PARTNERS, 14, "Kode program", "Programme code"),
    STAKEHOLDER(Tab.PARTNERS, 30, "Pemangku kepentingan", "Stakeholder"),
    ROLE(Tab.PARTNERS, 16, "Peran pentahelix", "Pentahelix role"),
    PARTNER_CONTRIBUTION(Tab.PARTNERS, 40, "Kontribusi", "Contribution"),

    BUDGET_PROGRAMME(Tab.BUDGET, 14, "Kode program", "Programme code"),
    BUDGET_YEAR(Tab.BUDGET, 8, "Tahun", "Year"),
    SOURCE(Tab.BUDGET, 14, "Sumber dana", "Funding source"),
    AMOUNT(Tab.BUDGET, 18, "Jumlah (Rp)", "Amount (IDR)", "jumlah", "amount"),

    RISK_PROGRAMME(Tab.RISKS, 14, "Kode program", "Programme code"),
    RISK(Tab.RISKS, 40, "Risiko", "Risk"),
    LIKELIHOOD(Tab.RISKS, 16, "Kemungkinan (1-5)", "Likelihood (1-5)", "kemungkinan", "likelihood"),
    IMPACT(Tab.RISKS, 12, "Dampak (1-5)", "Impact (1-5)", "dampak", "impact"),
    MITIGATION(Tab.RISKS, 40, "Mitigasi", "Mitigation"),

    CONTRIBUTION_PROGRAMME(Tab.CONTRIBUTIONS, 14, "Kode program", "Programme code"),
    ITEM(Tab.CONTRIBUTIONS, 14, "Tujuan/sasaran", "Goal/target", "sasaran", "target"),
    INDICATOR(Tab.CONTRIBUTIONS, 14, "Indikator", "Indicator"),
    LINK_CONTRIBUTION(Tab.CONTRIBUTIONS, 40, "Kontribusi", "Contribution"),

    ACTION_PROGRAMME(Tab.ACTIONS, 14, "Kode program", "Programme code"),
    CATEGORY(Tab.ACTIONS, 22, "Kategori", "Category"),
    TITLE(Tab.ACTIONS, 40, "Aksi", "Action"),
    ACTION_YEAR(Tab.ACTIONS, 8, "Tahun", "Year"),
    QUARTER(Tab.ACTIONS, 9, "Triwulan", "Quarter"),
    OWNER_OPD(Tab.ACTIONS, 14, "OPD pelaksana", "Owner OPD"),
    DELIVERABLE(Tab.ACTIONS, 30, "Keluaran", "Deliverable"),
    ACTION_BUDGET(Tab.ACTIONS, 18, "Anggaran (Rp)", "Budget (IDR)", "anggaran", "budget"),
    ACTION_STATUS(Tab.ACTIONS, 12, "Status", "Status"),
    PROGRESS(Tab.ACTIONS, 11, "Progres (%)", "Progress (%)", "progres", "progress");

    final Tab tab;
    final int width;
    final String indonesian;
    final String english;

    /** The headers an import accepts (lower case), the Indonesian one first. */
    final List<String> aliases;

    Column(Tab tab, int width, String indonesian, String english, String... more) {
      this.tab = tab;
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

    static List<Column> of(Tab tab) {
      return Arrays.stream(values()).filter(c -> c.tab == tab).toList();
    }
  }

  /** What rows refer to by name or code, all within the region and masterplan. */
  record Lookup(
      Map<Long, Opd> opdsById,
      Map<String, Opd> opds,
      Map<Long, Stakeholder> stakeholdersById,
      Map<String, List<Stakeholder>> stakeholdersByName,
      Map<Long, StrategyItem> itemsById,
      Map<String, StrategyItem> itemsByCode,
      Map<Long, Indicator> indicatorsById,
      Map<String, Indicator> indicatorsByCode,
      Map<String, String> sources,
      Map<String, String> regionSources) {

    /** How the file names a stakeholder: the name, or the id when several share the name. */
    String stakeholderReference(long id) {
      Stakeholder s = stakeholdersById.get(id);
      if (s == null) {
        return Long.toString(id);
      }
      List<Stakeholder> named = stakeholdersByName.get(s.name().strip().toLowerCase(Locale.ROOT));
      return named != null && named.size() == 1 ? s.name() : Long.toString(id);
    }
  }

  /** A sheet of the file: its name there (null for CSV), its rows, and its columns' headers. */
  static final class Layout {
    final Tab tab;
    final String sheet;
    final List<TabularRow> rows;
    private final Map<Column, String> headers = new EnumMap<>(Column.class);

    Layout(Tab tab, String sheet, List<TabularRow> rows) {
      this.tab = tab;
      this.sheet = sheet;
      this.rows = rows;
      Set<String> present = new HashSet<>();
      rows.forEach(r -> present.addAll(r.cells().keySet()));
      for (Column column : Column.of(tab)) {
        column.aliases.stream()
            .filter(present::contains)
            .findFirst()
            .ifPresent(h -> headers.put(column, h));
      }
    }

    boolean has(Column column) {
      return headers.containsKey(column);
    }

    /** The header of the column in this file, or its Indonesian header when the file lacks it. */
    String header(Column column) {
      return headers.getOrDefault(column, column.aliases.get(0));
    }
  }

  /** The problems found so far, and the cells they are about. */
  static final class Problems {
    final List<ImportProblem> list = new ArrayList<>();
    private final Set<String> cells = new HashSet<>();
    private final Map<Tab, Layout> layouts;

    Problems(Map<Tab, Layout> layouts) {
      this.layouts = layouts;
    }

    void add(String sheet, int row, String column, String key, Object... args) {
      List<Object> values = Arrays.stream(args).map(a -> a == null ? (Object) "" : a).toList();
      list.add(new ImportProblem(sheet, row, column, key, values));
      cells.add(sheet + "|" + row + "|" + column);
    }

    boolean reported(String sheet, int row, String column) {
      return cells.contains(sheet + "|" + row + "|" + column);
    }

    /** The name of the tab's sheet in the file (its Indonesian name when absent). */
    String sheet(Tab tab) {
      Layout layout = layouts.get(tab);
      return layout == null ? tab.indonesian : layout.sheet;
    }

    String header(Tab tab, Column column) {
      Layout layout = layouts.get(tab);
      return layout == null ? column.aliases.get(0) : layout.header(column);
    }

    int order(String sheet) {
      for (Layout layout : layouts.values()) {
        if (Objects.equals(layout.sheet, sheet)) {
          return layout.tab.ordinal();
        }
      }
      return Tab.values().length;
    }

    List<ImportProblem> sorted() {
      return list.stream()
          .sorted(
              Comparator.comparingInt((ImportProblem p) -> order(p.sheet()))
                  .thenComparingInt(ImportProblem::row))
          .toList();
    }
  }

  /** Reads the cells of one row, noting every cell it cannot read. */
  static final class Cells {
    final Layout layout;
    final TabularRow row;
    final Problems problems;

    Cells(Layout layout, TabularRow row, Problems problems) {
      this.layout = layout;
      this.row = row;
      this.problems = problems;
    }

    boolean has(Column column) {
      return layout.has(column);
    }

    void problem(Column column, String key, Object... args) {
      problems.add(layout.sheet, row.number(), layout.header(column), key, args);
    }

    boolean reported(Column column) {
      return problems.reported(layout.sheet, row.number(), layout.header(column));
    }

    String text(Column column) {
      return layout.has(column) ? row.get(layout.header(column)) : null;
    }

    /** The cell, or (when the file has no such column) what the programme had. */
    String text(Column column, String kept) {
      return layout.has(column) ? text(column) : kept;
    }

    /** Whether the cell is filled; a blank one is noted as a problem. */
    boolean required(Column column) {
      if (text(column) == null) {
        problem(column, "shared.validation.required");
        return false;
      }
      return true;
    }

    <E extends Enum<E>> E code(Column column, Class<E> type, String unknown) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      String wanted = normalised(value);
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(wanted)) {
          return constant;
        }
      }
      problem(column, unknown, value);
      return null;
    }

    Dimension dimension(Column column) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      String wanted = normalised(value);
      for (Dimension d : Dimension.values()) {
        if (d.name().equals(wanted)
            || normalised(d.nameId()).equals(wanted)
            || normalised(d.nameEn()).equals(wanted)
            || ("SMART_" + d.name()).equals(wanted)) {
          return d;
        }
      }
      problem(column, "programme.workbook.unknownDimension", value);
      return null;
    }

    Element element(Column column) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      String wanted = normalised(value);
      for (Element e : Element.values()) {
        if (e.name().equals(wanted)
            || normalised(e.nameId()).equals(wanted)
            || normalised(e.nameEn()).equals(wanted)) {
          return e;
        }
      }
      problem(column, "programme.workbook.unknownElement", value);
      return null;
    }

    boolean yesNo(Column column) {
      String value = text(column);
      if (value == null) {
        return false;
      }
      String wanted = value.toLowerCase(Locale.ROOT);
      if (YES.contains(wanted)) {
        return true;
      }
      if (!NO.contains(wanted)) {
        problem(column, "programme.workbook.notYesNo", value);
      }
      return false;
    }

    /** A whole number (a year, a quarter, a percentage), or null when blank or unreadable. */
    Integer wholeNumber(Column column) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      try {
        BigDecimal number = ProfileStatistics.parseValue(value);
        return number.stripTrailingZeros().scale() <= 0
            ? number.intValueExact()
            : notWhole(column, value);
      } catch (InvalidInputException | ArithmeticException e) {
        return notWhole(column, value);
      }
    }

    private Integer notWhole(Column column, String value) {
      problem(column, "programme.workbook.notAWholeNumber", value);
      return null;
    }

    /** A rating from 1 to 5 (likelihood, impact); blank is a problem too. */
    Integer scale(Column column) {
      if (!required(column)) {
        return null;
      }
      Integer value = wholeNumber(column);
      if (value != null && (value < 1 || value > 5)) {
        problem(column, "programme.risk.scale");
        return null;
      }
      return value;
    }

    /** An amount in rupiah, or null when blank or unreadable. */
    BigDecimal amount(Column column) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      BigDecimal amount;
      try {
        amount = ProfileStatistics.parseValue(value);
      } catch (InvalidInputException e) {
        boolean separators =
            e.problems().get(0).messageKey().equals("strategy.profile.value.separators");
        problem(
            column,
            separators ? "programme.workbook.separators" : "programme.workbook.notANumber",
            value);
        return null;
      }
      if (amount.abs().compareTo(MAX_AMOUNT) >= 0) {
        problem(column, "programme.workbook.tooLarge", value);
        return null;
      }
      return amount;
    }

    Long opd(Column column, Lookup lookup) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      Opd opd = lookup.opds().get(value.toLowerCase(Locale.ROOT));
      if (opd == null) {
        problem(column, "programme.workbook.opdNotFound", value);
        return null;
      }
      return opd.id();
    }

    Stakeholder stakeholder(Column column, Lookup lookup) {
      if (!required(column)) {
        return null;
      }
      String value = text(column);
      List<Stakeholder> named = lookup.stakeholdersByName().get(value.toLowerCase(Locale.ROOT));
      if (named != null && named.size() == 1) {
        return named.get(0);
      }
      if (value.matches("\\d{1,18}")) {
        Stakeholder byId = lookup.stakeholdersById().get(Long.valueOf(value));
        if (byId != null) {
          return byId;
        }
      }
      if (named != null) {
        problem(column, "programme.workbook.stakeholderAmbiguous", value, named.size());
      } else {
        problem(column, "programme.workbook.stakeholderNotFound", value);
      }
      return null;
    }

    String source(Column column, Lookup lookup) {
      String value = text(column);
      String code = lookup.sources().get(value.strip().toLowerCase(Locale.ROOT).replace(' ', '_'));
      if (code == null) {
        problem(
            column,
            "programme.workbook.unknownSource",
            value,
            String.join(", ", lookup.sources().values()));
      }
      return code;
    }

    Long item(Column column, Lookup lookup) {
      String value = text(column);
      StrategyItem item = lookup.itemsByCode().get(value.toLowerCase(Locale.ROOT));
      if (item == null && value.matches("\\d{1,18}")) {
        item = lookup.itemsById().get(Long.valueOf(value));
      }
      if (item == null) {
        problem(column, "programme.workbook.itemNotFound", value);
        return null;
      }
      if (item.kind() == StrategyItemKind.MISSION) {
        problem(column, "programme.workbook.itemIsMission", value);
        return null;
      }
      return item.id();
    }

    Long indicator(Column column, Lookup lookup) {
      String value = text(column);
      Indicator indicator = lookup.indicatorsByCode().get(value.toLowerCase(Locale.ROOT));
      if (indicator == null) {
        problem(column, "programme.workbook.indicatorNotFound", value);
        return null;
      }
      return indicator.id();
    }

    private static String normalised(String value) {
      return value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
  }
}
