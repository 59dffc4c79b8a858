package id.rancang.programme;

import id.rancang.programme.ProgrammeImportSummary.RowWarning;
import id.rancang.programme.ProgrammeSheets.Cells;
import id.rancang.programme.ProgrammeSheets.Column;
import id.rancang.programme.ProgrammeSheets.Layout;
import id.rancang.programme.ProgrammeSheets.Lookup;
import id.rancang.programme.ProgrammeSheets.Problems;
import id.rancang.programme.ProgrammeSheets.Tab;
import id.rancang.programme.rules.DependencyGraph;
import id.rancang.programme.rules.ProgrammeFinding;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.Opd;
import id.rancang.region.OpdDirectory;
import id.rancang.region.PentahelixRole;
import id.rancang.region.Stakeholder;
import id.rancang.region.StakeholderRegister;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.tabular.ImportProblem;
import id.rancang.shared.tabular.ImportRejectedException;
import id.rancang.shared.tabular.SheetLines;
import id.rancang.shared.tabular.TabularReader;
import id.rancang.shared.tabular.TabularRow;
import id.rancang.shared.tabular.WorkbookStyles;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.IndicatorRegister;
import id.rancang.strategy.StrategyItem;
import id.rancang.strategy.StrategyItemKind;
import id.rancang.strategy.StrategyTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programmes of a masterplan with their action plans as one Excel workbook: the export (which,
 * without programmes, is the empty template) and the import of that workbook.
 *
 * <p>Sheets: programmes (one row each), partners, budget, risks, contributions to goals, targets
 * and indicators, and actions, each row naming its programme by code; and a sheet of instructions
 * with every code the other sheets use. Everything is referred to as users know it: codes, OPD
 * abbreviations, stakeholder names.
 *
 * <p>The import is all or nothing. Every row is checked with the rules of {@link
 * ProgrammePortfolio} and {@link ActionPlan}; one problem anywhere rejects the whole file with
 * every problem listed by sheet, row and column. A programme code that exists updates that
 * programme, other codes create one; programmes missing from the file are left alone. For each
 * programme of the file, a sheet present in the file is its complete list of partners, budget
 * lines, risks, contributions or actions (what the sheet no longer lists is removed); a sheet left
 * out of the file, or a column left out of a sheet, keeps what the programme had. Actions keep
 * their identity (and history) when a row has the same category and title (and, preferably, year)
 * as before.
 */
@Service
public class ProgrammeWorkbook {

  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** How many rows below the header offer the lists of codes. */
  private static final int LISTED_ROWS = 1000;

  private final JdbcClient jdbc;
  private final ProgrammePortfolio portfolio;
  private final ActionPlan actionPlan;
  private final ProgrammeCatalog catalog;
  private final MasterplanManagement masterplans;
  private final OpdDirectory opds;
  private final StakeholderRegister stakeholders;
  private final StrategyTree tree;
  private final IndicatorRegister indicators;
  private final MessageSource messages;

  ProgrammeWorkbook(
      JdbcClient jdbc,
      ProgrammePortfolio portfolio,
      ActionPlan actionPlan,
      ProgrammeCatalog catalog,
      MasterplanManagement masterplans,
      OpdDirectory opds,
      StakeholderRegister stakeholders,
      StrategyTree tree,
      IndicatorRegister indicators,
      MessageSource messages) {
    this.jdbc = jdbc;
    this.portfolio = portfolio;
    this.actionPlan = actionPlan;
    this.catalog = catalog;
    this.masterplans = masterplans;
    this.opds = opds;
    this.stakeholders = stakeholders;
    this.tree = tree;
    this.indicators = indicators;
    this.messages = messages;
  }

  /** The file name of the export: program-, the masterplan id, .xlsx. */
  public static String filename(long masterplanId) {
    return "program-" + masterplanId + ".xlsx";
  }

  // ---- export ----

  /**
   * The masterplan's programmes and action plans as an XLSX workbook, one sheet per part and a
   * sheet of instructions with the codes to use. Headers and sheet names are in Indonesian, or
   * English for an English locale; the import reads both. Partners are named by the stakeholder's
   * name only when {@code stakeholderNames} (the caller may read the region's stakeholders);
   * otherwise by their number, and the instructions leave the list of stakeholders out.
   */
  public byte[] export(long regionId, long masterplanId, Locale locale, boolean stakeholderNames) {
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    boolean english = isEnglish(locale);
    Lookup lookup = lookup(regionId, masterplan);
    Map<Long, Programme> programmes = catalog.byId(regionId, masterplanId);
    Map<Long, String> codes = new HashMap<>();
    programmes.values().forEach(p -> codes.put(p.id(), p.code()));
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      WorkbookStyles styles = new WorkbookStyles(workbook);
      Map<Tab, Sheet> sheets = new EnumMap<>(Tab.class);
      Map<Tab, Integer> next = new EnumMap<>(Tab.class);
      for (Tab tab : Tab.values()) {
        if (tab != Tab.INSTRUCTIONS) {
          Sheet sheet = workbook.createSheet(tab.title(english));
          writeHeader(sheet, tab, styles, english);
          sheets.put(tab, sheet);
          next.put(tab, 1);
        }
      }
      for (Programme p : programmes.values()) {
        Map<Column, Object> v = new EnumMap<>(Column.class);
        v.put(Column.CODE, p.code());
        v.put(Column.NAME, p.name());
        v.put(Column.DIMENSION, p.dimension().name());
        v.put(Column.ELEMENT, p.element() == null ? null : p.element().name());
        v.put(Column.PROBLEM, p.problem());
        v.put(Column.DESCRIPTION, p.description());
        v.put(Column.IMPACT_SOCIETY, p.impactSociety());
        v.put(Column.IMPACT_ENVIRONMENT, p.impactEnvironment());
        v.put(Column.HORIZON, p.horizon().name());
        v.put(Column.START_YEAR, p.startYear());
        v.put(Column.END_YEAR, p.endYear());
        v.put(Column.LEAD_OPD, opdName(lookup, p.leadOpdId()));
        v.put(Column.QUICK_WIN, yesNo(p.quickWin(), english));
        v.put(Column.STATUS, p.status().name());
        v.put(Column.SIPD_PROGRAM, p.sipdProgram());
        v.put(Column.SIPD_KEGIATAN, p.sipdKegiatan());
        v.put(Column.SIPD_SUB_KEGIATAN, p.sipdSubKegiatan());
        v.put(
            Column.DEPENDS_ON,
            p.dependsOn().stream()
                .map(codes::get)
                .filter(Objects::nonNull)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .collect(Collectors.joining(", ")));
        writeRow(sheets, next, Tab.PROGRAMMES, v);
        for (Partner partner : p.partners()) {
          Map<Column, Object> pv = new EnumMap<>(Column.class);
          pv.put(Column.PARTNER_PROGRAMME, p.code());
          pv.put(
              Column.STAKEHOLDER,
              stakeholderNames
                  ? lookup.stakeholderReference(partner.stakeholderId())
                  : Long.toString(partner.stakeholderId()));
          pv.put(Column.ROLE, partner.role().name());
          pv.put(Column.PARTNER_CONTRIBUTION, partner.contribution());
          writeRow(sheets, next, Tab.PARTNERS, pv);
        }
        for (BudgetItem line : p.budget()) {
          Map<Column, Object> bv = new EnumMap<>(Column.class);
          bv.put(Column.BUDGET_PROGRAMME, p.code());
          bv.put(Column.BUDGET_YEAR, line.year());
          bv.put(Column.SOURCE, line.source());
          bv.put(Column.AMOUNT, line.amount());
          writeRow(sheets, next, Tab.BUDGET, bv);
        }
        for (Risk risk : p.risks()) {
          Map<Column, Object> rv = new EnumMap<>(Column.class);
          rv.put(Column.RISK_PROGRAMME, p.code());
          rv.put(Column.RISK, risk.description());
          rv.put(Column.LIKELIHOOD, risk.likelihood());
          rv.put(Column.IMPACT, risk.impact());
          rv.put(Column.MITIGATION, risk.mitigation());
          writeRow(sheets, next, Tab.RISKS, rv);
        }
        for (Contribution target : p.targets()) {
          StrategyItem item = lookup.itemsById().get(target.id());
          Map<Column, Object> cv = new EnumMap<>(Column.class);
          cv.put(Column.CONTRIBUTION_PROGRAMME, p.code());
          cv.put(
              Column.ITEM,
              item == null || item.code() == null ? Long.toString(target.id()) : item.code());
          cv.put(Column.LINK_CONTRIBUTION, target.contribution());
          writeRow(sheets, next, Tab.CONTRIBUTIONS, cv);
        }
        for (Contribution link : p.indicators()) {
          Indicator indicator = lookup.indicatorsById().get(link.id());
          Map<Column, Object> cv = new EnumMap<>(Column.class);
          cv.put(Column.CONTRIBUTION_PROGRAMME, p.code());
          cv.put(Column.INDICATOR, indicator == null ? Long.toString(link.id()) : indicator.code());
          cv.put(Column.LINK_CONTRIBUTION, link.contribution());
          writeRow(sheets, next, Tab.CONTRIBUTIONS, cv);
        }
      }
      for (PlannedAction a : catalog.actions(regionId, masterplanId)) {
        Map<Column, Object> av = new EnumMap<>(Column.class);
        av.put(Column.ACTION_PROGRAMME, codes.get(a.programmeId()));
        av.put(Column.CATEGORY, a.category().name());
        av.put(Column.TITLE, a.title());
        av.put(Column.ACTION_YEAR, a.year());
        av.put(Column.QUARTER, a.quarter());
        av.put(Column.OWNER_OPD, opdName(lookup, a.ownerOpdId()));
        av.put(Column.DELIVERABLE, a.deliverable());
        av.put(Column.ACTION_BUDGET, a.budget());
        av.put(Column.ACTION_STATUS, a.status().name());
        av.put(Column.PROGRESS, a.progress());
        writeRow(sheets, next, Tab.ACTIONS, av);
      }
      offerLists(sheets, lookup, english);
      Sheet help = workbook.createSheet(Tab.INSTRUCTIONS.title(english));
      writeInstructions(help, styles, locale, masterplan, lookup, stakeholderNames);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String opdName(Lookup lookup, Long opdId) {
    Opd opd = opdId == null ? null : lookup.opdsById().get(opdId);
    return opd == null ? null : opd.abbreviation();
  }

  private static void writeHeader(Sheet sheet, Tab tab, WorkbookStyles styles, boolean english) {
    Row header = sheet.createRow(0);
    List<Column> columns = Column.of(tab);
    for (int c = 0; c < columns.size(); c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(columns.get(c).header(english));
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(c, columns.get(c).width * 256);
    }
    sheet.createFreezePane(tab == Tab.PROGRAMMES ? 2 : 1, 1);
  }

  private static void writeRow(
      Map<Tab, Sheet> sheets, Map<Tab, Integer> next, Tab tab, Map<Column, Object> values) {
    int r = next.merge(tab, 1, Integer::sum) - 1;
    Row row = sheets.get(tab).createRow(r);
    List<Column> columns = Column.of(tab);
    for (int c = 0; c < columns.size(); c++) {
      Object value = values.get(columns.get(c));
      if (value instanceof Number number) {
        row.createCell(c).setCellValue(number.doubleValue());
      } else if (value != null && !value.toString().isEmpty()) {
        row.createCell(c).setCellValue(value.toString());
      }
    }
  }

  /** Drop-down lists of the codes (informative: other spellings are accepted too). */
  private static void offerLists(Map<Tab, Sheet> sheets, Lookup lookup, boolean english) {
    offerList(sheets, Column.DIMENSION, names(Dimension.values()));
    offerList(sheets, Column.ELEMENT, names(Element.values()));
    offerList(sheets, Column.HORIZON, names(Horizon.values()));
    offerList(sheets, Column.QUICK_WIN, List.of(yesNo(true, english), yesNo(false, english)));
    offerList(sheets, Column.STATUS, names(ProgrammeStatus.values()));
    offerList(sheets, Column.ROLE, names(PentahelixRole.values()));
    offerList(sheets, Column.SOURCE, new ArrayList<>(lookup.sources().values()));
    offerList(sheets, Column.CATEGORY, names(ActionCategory.values()));
    offerList(sheets, Column.ACTION_STATUS, names(ActionStatus.values()));
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static void offerList(Map<Tab, Sheet> sheets, Column column, List<String> values) {
    // Excel refuses explicit lists longer than 255 characters.
    if (values.isEmpty() || String.join(",", values).length() > 250) {
      return;
    }
    Sheet sheet = sheets.get(column.tab);
    int index = Column.of(column.tab).indexOf(column);
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation validation =
        helper.createValidation(
            helper.createExplicitListConstraint(values.toArray(String[]::new)),
            new CellRangeAddressList(1, LISTED_ROWS, index, index));
    validation.setErrorStyle(DataValidation.ErrorStyle.INFO);
    validation.setShowErrorBox(false);
    sheet.addValidationData(validation);
  }

  private void writeInstructions(
      Sheet sheet,
      WorkbookStyles styles,
      Locale locale,
      Masterplan masterplan,
      Lookup lookup,
      boolean stakeholderNames) {
    boolean english = isEnglish(locale);
    int[] widths = {24, 26, 22, 90};
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    SheetLines lines = new SheetLines(sheet);
    lines.add(
        styles.title,
        text(
            locale,
            "programme.workbook.title",
            masterplan.title(),
            masterplan.startYear(),
            masterplan.endYear()));
    lines.blank();
    for (int n = 1; n <= 6; n++) {
      lines.add(null, text(locale, "programme.workbook.intro." + n));
    }
    lines.blank();
    lines.add(
        styles.header,
        text(locale, "programme.workbook.help.sheet"),
        text(locale, "programme.workbook.help.columns"),
        "",
        text(locale, "programme.workbook.help.meaning"));
    for (Tab tab : Tab.values()) {
      if (tab != Tab.INSTRUCTIONS) {
        lines.add(
            null,
            tab.title(english),
            Column.of(tab).stream().map(c -> c.header(english)).collect(Collectors.joining(", ")),
            "",
            text(locale, "programme.workbook.tab." + tab.name()));
      }
    }
    lines.blank();
    lines.add(styles.title, text(locale, "programme.workbook.help.dimensions"));
    lines.add(
        styles.header,
        text(locale, "programme.workbook.help.code"),
        text(locale, "programme.workbook.help.dimension"),
        "",
        text(locale, "programme.workbook.help.name"));
    for (Dimension dimension : Dimension.values()) {
      lines.add(null, dimension.name(), "", "", dimension.displayName(locale));
      for (Element element : Element.values()) {
        if (element.dimension() == dimension) {
          lines.add(null, element.name(), dimension.name(), "", element.displayName(locale));
        }
      }
    }
    codeTable(lines, styles, locale, "horizons", Horizon.values(), "programme.horizon.");
    codeTable(lines, styles, locale, "statuses", ProgrammeStatus.values(), "programme.status.");
    codeTable(lines, styles, locale, "roles", PentahelixRole.values(), "region.pentahelix.");
    codeTable(lines, styles, locale, "categories", ActionCategory.values(), "programme.category.");
    codeTable(
        lines, styles, locale, "actionStatuses", ActionStatus.values(), "programme.actionStatus.");
    lines.blank();
    lines.add(styles.title, text(locale, "programme.workbook.help.sources"));
    lines.add(
        styles.header,
        text(locale, "programme.workbook.help.code"),
        "",
        "",
        text(locale, "programme.workbook.help.meaning"));
    for (FundingSource source : FundingSource.values()) {
      lines.add(
          null, source.name(), "", "", text(locale, "programme.workbook.source." + source.name()));
    }
    lookup
        .regionSources()
        .forEach((code, name) -> lines.add(null, code, "", "", name == null ? "" : name));
    lines.blank();
    lines.add(styles.title, text(locale, "programme.workbook.help.opds"));
    lines.add(
        styles.header,
        text(locale, "programme.workbook.help.abbreviation"),
        "",
        "",
        text(locale, "programme.workbook.help.name"));
    for (Opd opd : lookup.opdsById().values()) {
      lines.add(null, opd.abbreviation(), "", "", opd.name());
    }
    lines.blank();
    lines.add(styles.title, text(locale, "programme.workbook.help.stakeholders"));
    if (!stakeholderNames) {
      lines.add(null, text(locale, "programme.workbook.help.stakeholdersByNumber"));
    }
    lines.add(
        styles.header,
        text(locale, "programme.workbook.help.reference"),
        text(locale, "programme.workbook.help.role"),
        "",
        text(locale, "programme.workbook.help.organisation"));
    for (Stakeholder s :
        stakeholderNames ? lookup.stakeholdersById().values() : List.<Stakeholder>of()) {
      lines.add(
          null,
          lookup.stakeholderReference(s.id()),
          s.pentahelixRole().name(),
          "",
          s.organisation() == null ? "" : s.organisation());
    }
    lines.blank();
    lines.add(styles.title, text(locale, "programme.workbook.help.items"));
    lines.add(
        styles.header,
        text(locale, "programme.workbook.help.reference"),
        text(locale, "programme.workbook.help.kind"),
        "",
        text(locale, "programme.workbook.help.statement"));
    for (StrategyItem item : lookup.itemsById().values()) {
      if (item.kind() != StrategyItemKind.MISSION) {
        lines.add(
            null,
            item.code() == null ? Long.toString(item.id()) : item.code(),
            text(locale, "programme.workbook.kind." + item.kind().name()),
            "",
            item.statement());
      }
    }
    lines.blank();
    lines.add(styles.title, text(locale, "programme.workbook.help.indicators"));
    lines.add(
        styles.header,
        text(locale, "programme.workbook.help.code"),
        "",
        "",
        text(locale, "programme.workbook.help.name"));
    for (Indicator indicator : lookup.indicatorsById().values()) {
      lines.add(null, indicator.code(), "", "", indicator.name());
    }
  }

  private void codeTable(
      SheetLines lines,
      WorkbookStyles styles,
      Locale locale,
      String what,
      Enum<?>[] values,
      String prefix) {
    lines.blank();
    lines.add(styles.title, text(locale, "programme.workbook.help." + what));
    lines.add(
        styles.header,
        text(locale, "programme.workbook.help.code"),
        "",
        "",
        text(locale, "programme.workbook.help.meaning"));
    for (Enum<?> value : values) {
      lines.add(null, value.name(), "", "", text(locale, prefix + value.name()));
    }
  }

  // ---- import ----

  /**
   * Imports programmes and action plans from the workbook of {@link #export} (or a CSV file with
   * the columns of its programme sheet). Every row of every sheet is checked before anything
   * counts: any problem rejects the whole file with an {@link ImportRejectedException} listing
   * every problem by sheet, row and column, and nothing is written.
   */
  @Transactional
  public ProgrammeImportSummary importFile(
      long regionId, long masterplanId, String filename, byte[] content) {
    Masterplan masterplan = masterplans.get(regionId, masterplanId);
    Map<Tab, Layout> layouts = layouts(TabularReader.readSheets(filename, content));
    Layout main = layouts.get(Tab.PROGRAMMES);
    if (main == null || main.rows.isEmpty()) {
      throw new ImportRejectedException(
          List.of(
              main == null
                  ? ImportProblem.of(0, null, "programme.workbook.noProgrammeSheet")
                  : ImportProblem.inSheet(main.sheet, 0, null, "shared.import.noRows")));
    }
    Problems problems = new Problems(layouts);
    Lookup lookup = lookup(regionId, masterplan);
    Map<Long, Programme> existingById = catalog.byId(regionId, masterplanId);
    Map<String, Programme> existing = new HashMap<>();
    existingById.values().forEach(p -> existing.put(key(p.code()), p));

    Map<String, Entry> entries = new LinkedHashMap<>();
    readProgrammes(main, lookup, existing, entries, problems);
    readPartners(layouts.get(Tab.PARTNERS), lookup, entries, problems);
    readBudget(layouts.get(Tab.BUDGET), lookup, entries, problems);
    readRisks(layouts.get(Tab.RISKS), entries, problems);
    readContributions(layouts.get(Tab.CONTRIBUTIONS), lookup, entries, problems);
    readActions(layouts.get(Tab.ACTIONS), lookup, entries, problems);

    Counts counts = new Counts();
    List<RowWarning> warnings = new ArrayList<>();
    List<Entry> order =
        saveOrder(regionId, masterplanId, entries, existing, existingById, problems);
    for (Entry entry : order) {
      save(regionId, masterplanId, entry, problems, counts, warnings);
    }
    if (layouts.containsKey(Tab.ACTIONS)) {
      for (Entry entry : entries.values()) {
        if (entry.savedId != null) {
          syncActions(regionId, entry, layouts.get(Tab.ACTIONS), problems, counts);
        }
      }
    }
    if (!problems.list.isEmpty()) {
      // Thrown out of this transaction, so whatever the good rows wrote is rolled back.
      throw new ImportRejectedException(problems.sorted());
    }
    warnings.sort(
        Comparator.comparingInt((RowWarning w) -> problems.order(w.sheet()))
            .thenComparingInt(RowWarning::row));
    return new ProgrammeImportSummary(
        counts.created,
        counts.updated,
        counts.unchanged,
        counts.actionsAdded,
        counts.actionsChanged,
        counts.actionsRemoved,
        rows(layouts, Tab.PARTNERS),
        rows(layouts, Tab.BUDGET),
        rows(layouts, Tab.RISKS),
        rows(layouts, Tab.CONTRIBUTIONS),
        rows(layouts, Tab.ACTIONS),
        warnings);
  }

  private static int rows(Map<Tab, Layout> layouts, Tab tab) {
    Layout layout = layouts.get(tab);
    return layout == null ? 0 : layout.rows.size();
  }

  /**
   * The sheets of the file by what they hold. The programme sheet is the one named so, or else the
   * first sheet (a CSV file is only that sheet); sheets with other names are ignored.
   */
  private static Map<Tab, Layout> layouts(Map<String, List<TabularRow>> sheets) {
    Map<Tab, Layout> layouts = new EnumMap<>(Tab.class);
    for (Map.Entry<String, List<TabularRow>> sheet : sheets.entrySet()) {
      Optional<Tab> tab = Tab.named(sheet.getKey());
      if (tab.isPresent() && tab.get() != Tab.INSTRUCTIONS && !layouts.containsKey(tab.get())) {
        layouts.put(tab.get(), new Layout(tab.get(), sheet.getKey(), sheet.getValue()));
      }
    }
    if (!layouts.containsKey(Tab.PROGRAMMES) && !sheets.isEmpty()) {
      Map.Entry<String, List<TabularRow>> first = sheets.entrySet().iterator().next();
      if (Tab.named(first.getKey()).isEmpty()) {
        String name = first.getKey().isEmpty() ? null : first.getKey();
        layouts.put(Tab.PROGRAMMES, new Layout(Tab.PROGRAMMES, name, first.getValue()));
      }
    }
    return layouts;
  }

  private static void readProgrammes(
      Layout layout,
      Lookup lookup,
      Map<String, Programme> existing,
      Map<String, Entry> entries,
      Problems problems) {
    for (TabularRow row : layout.rows) {
      Cells cells = new Cells(layout, row, problems);
      String code = cells.text(Column.CODE);
      if (code != null && entries.containsKey(key(code))) {
        cells.problem(
            Column.CODE, "programme.workbook.duplicateCode", code, entries.get(key(code)).row);
        continue;
      }
      Programme e = code == null ? null : existing.get(key(code));
      Entry entry = new Entry(row.number(), code, e);
      entry.name = cells.text(Column.NAME, e == null ? null : e.name());
      entry.dimension =
          cells.has(Column.DIMENSION)
              ? cells.dimension(Column.DIMENSION)
              : (e == null ? null : e.dimension());
      entry.element =
          cells.has(Column.ELEMENT)
              ? cells.element(Column.ELEMENT)
              : (e == null ? null : e.element());
      entry.problem = cells.text(Column.PROBLEM, e == null ? null : e.problem());
      entry.description = cells.text(Column.DESCRIPTION, e == null ? null : e.description());
      entry.impactSociety = cells.text(Column.IMPACT_SOCIETY, e == null ? null : e.impactSociety());
      entry.impactEnvironment =
          cells.text(Column.IMPACT_ENVIRONMENT, e == null ? null : e.impactEnvironment());
      entry.horizon =
          cells.has(Column.HORIZON)
              ? cells.code(Column.HORIZON, Horizon.class, "programme.workbook.unknownHorizon")
              : (e == null ? null : e.horizon());
      entry.startYear =
          cells.has(Column.START_YEAR)
              ? cells.wholeNumber(Column.START_YEAR)
              : (e == null ? null : e.startYear());
      entry.endYear =
          cells.has(Column.END_YEAR)
              ? cells.wholeNumber(Column.END_YEAR)
              : (e == null ? null : e.endYear());
      entry.leadOpdId =
          cells.has(Column.LEAD_OPD)
              ? cells.opd(Column.LEAD_OPD, lookup)
              : (e == null ? null : e.leadOpdId());
      entry.quickWin =
          cells.has(Column.QUICK_WIN) ? cells.yesNo(Column.QUICK_WIN) : (e != null && e.quickWin());
      entry.status =
          cells.has(Column.STATUS)
              ? cells.code(Column.STATUS, ProgrammeStatus.class, "programme.workbook.unknownStatus")
              : null;
      entry.sipdProgram = cells.text(Column.SIPD_PROGRAM, e == null ? null : e.sipdProgram());
      entry.sipdKegiatan = cells.text(Column.SIPD_KEGIATAN, e == null ? null : e.sipdKegiatan());
      entry.sipdSubKegiatan =
          cells.text(Column.SIPD_SUB_KEGIATAN, e == null ? null : e.sipdSubKegiatan());
      if (cells.has(Column.DEPENDS_ON)) {
        entry.dependsOn = new ArrayList<>();
        String list = cells.text(Column.DEPENDS_ON);
        if (list != null) {
          for (String part : list.split("[,;\\n]+")) {
            if (!part.isBlank()) {
              entry.dependsOn.add(part.strip());
            }
          }
        }
      }
      if (code == null) {
        // ProgrammePortfolio says that the code is required; the row cannot be referred to.
        entries.put("\u0000" + row.number(), entry);
      } else {
        entries.put(key(code), entry);
      }
    }
    // Dependencies are checked once every code of the file is known.
    for (Entry entry : entries.values()) {
      if (entry.dependsOn == null) {
        continue;
      }
      for (String code : entry.dependsOn) {
        if (!entries.containsKey(key(code)) && !existing.containsKey(key(code))) {
          problems.add(
              layout.sheet,
              entry.row,
              layout.header(Column.DEPENDS_ON),
              "programme.workbook.dependencyNotFound",
              code);
        }
      }
    }
  }

  /** The entry of the programme a row of another sheet belongs to, or null (a problem noted). */
  private static Entry owner(Cells cells, Column column, Map<String, Entry> entries) {
    String code = cells.text(column);
    if (code == null) {
      cells.problem(column, "programme.workbook.programmeRequired");
      return null;
    }
    Entry entry = entries.get(key(code));
    if (entry == null) {
      cells.problem(column, "programme.workbook.programmeNotInFile", code);
    }
    return entry;
  }

  private static void readPartners(
      Layout layout, Lookup lookup, Map<String, Entry> entries, Problems problems) {
    if (layout == null) {
      return;
    }
    entries.values().forEach(e -> e.partners = new ArrayList<>());
    for (TabularRow row : layout.rows) {
      Cells cells = new Cells(layout, row, problems);
      Entry entry = owner(cells, Column.PARTNER_PROGRAMME, entries);
      Stakeholder stakeholder = cells.stakeholder(Column.STAKEHOLDER, lookup);
      PentahelixRole role =
          cells.code(Column.ROLE, PentahelixRole.class, "programme.workbook.unknownRole");
      if (role == null && stakeholder != null && !cells.reported(Column.ROLE)) {
        role = stakeholder.pentahelixRole(); // blank: the stakeholder's own role
      }
      String contribution = cells.text(Column.PARTNER_CONTRIBUTION);
      if (entry == null || stakeholder == null || role == null) {
        continue;
      }
      for (Located<Partner> earlier : entry.partners) {
        if (earlier.value().stakeholderId() == stakeholder.id()) {
          cells.problem(
              Column.STAKEHOLDER,
              "programme.workbook.partnerTwice",
              cells.text(Column.STAKEHOLDER),
              earlier.row());
        }
      }
      if (!cells.reported(Column.STAKEHOLDER)) {
        entry.partners.add(
            new Located<>(row.number(), new Partner(stakeholder.id(), role, contribution)));
      }
    }
  }

  private static void readBudget(
      Layout layout, Lookup lookup, Map<String, Entry> entries, Problems problems) {
    if (layout == null) {
      return;
    }
    entries.values().forEach(e -> e.budget = new ArrayList<>());
    for (TabularRow row : layout.rows) {
      Cells cells = new Cells(layout, row, problems);
      Entry entry = owner(cells, Column.BUDGET_PROGRAMME, entries);
      Integer year =
          cells.required(Column.BUDGET_YEAR) ? cells.wholeNumber(Column.BUDGET_YEAR) : null;
      String source = cells.required(Column.SOURCE) ? cells.source(Column.SOURCE, lookup) : null;
      BigDecimal amount = cells.required(Column.AMOUNT) ? cells.amount(Column.AMOUNT) : null;
      if (entry == null || year == null || source == null || amount == null) {
        continue;
      }
      for (Located<BudgetItem> earlier : entry.budget) {
        if (earlier.value().year() == year && earlier.value().source().equals(source)) {
          cells.problem(
              Column.SOURCE, "programme.workbook.budgetTwice", year, source, earlier.row());
        }
      }
      if (!cells.reported(Column.SOURCE)) {
        entry.budget.add(new Located<>(row.number(), new BudgetItem(year, source, amount)));
      }
    }
  }

  private static void readRisks(Layout layout, Map<String, Entry> entries, Problems problems) {
    if (layout == null) {
      return;
    }
    entries.values().forEach(e -> e.risks = new ArrayList<>());
    for (TabularRow row : layout.rows) {
      Cells cells = new Cells(layout, row, problems);
      Entry entry = owner(cells, Column.RISK_PROGRAMME, entries);
      String description = cells.text(Column.RISK);
      if (description == null) {
        cells.problem(Column.RISK, "programme.risk.descriptionRequired");
      }
      Integer likelihood = cells.scale(Column.LIKELIHOOD);
      Integer impact = cells.scale(Column.IMPACT);
      String mitigation = cells.text(Column.MITIGATION);
      if (entry != null && description != null && likelihood != null && impact != null) {
        entry.risks.add(
            new Located<>(row.number(), new Risk(description, likelihood, impact, mitigation)));
      }
    }
  }

  private static void readContributions(
      Layout layout, Lookup lookup, Map<String, Entry> entries, Problems problems) {
    if (layout == null) {
      return;
    }
    entries.values().forEach(e -> e.targets = new ArrayList<>());
    entries.values().forEach(e -> e.indicators = new ArrayList<>());
    for (TabularRow row : layout.rows) {
      Cells cells = new Cells(layout, row, problems);
      Entry entry = owner(cells, Column.CONTRIBUTION_PROGRAMME, entries);
      String contribution = cells.text(Column.LINK_CONTRIBUTION);
      String itemReference = cells.text(Column.ITEM);
      String indicatorReference = cells.text(Column.INDICATOR);
      if (itemReference == null && indicatorReference == null) {
        cells.problem(Column.ITEM, "programme.workbook.contributionEmpty");
        continue;
      }
      Long item = itemReference == null ? null : cells.item(Column.ITEM, lookup);
      Long indicator =
          indicatorReference == null ? null : cells.indicator(Column.INDICATOR, lookup);
      if (entry == null) {
        continue;
      }
      if (item != null) {
        addLink(cells, Column.ITEM, entry.targets, item, contribution, itemReference);
      }
      if (indicator != null) {
        addLink(
            cells, Column.INDICATOR, entry.indicators, indicator, contribution, indicatorReference);
      }
    }
  }

  private static void addLink(
      Cells cells,
      Column column,
      List<Located<Contribution>> links,
      long id,
      String contribution,
      String reference) {
    for (Located<Contribution> earlier : links) {
      if (earlier.value().id() == id) {
        cells.problem(column, "programme.workbook.contributionTwice", reference, earlier.row());
        return;
      }
    }
    links.add(new Located<>(cells.row.number(), new Contribution(id, contribution)));
  }

  private static void readActions(
      Layout layout, Lookup lookup, Map<String, Entry> entries, Problems problems) {
    if (layout == null) {
      return;
    }
    entries.values().forEach(e -> e.actions = new ArrayList<>());
    for (TabularRow row : layout.rows) {
      Cells cells = new Cells(layout, row, problems);
      Entry entry = owner(cells, Column.ACTION_PROGRAMME, entries);
      ActionCommand command =
          new ActionCommand(
              cells.code(
                  Column.CATEGORY, ActionCategory.class, "programme.workbook.unknownCategory"),
              cells.text(Column.TITLE),
              cells.wholeNumber(Column.ACTION_YEAR),
              cells.wholeNumber(Column.QUARTER),
              cells.opd(Column.OWNER_OPD, lookup),
              cells.text(Column.DELIVERABLE),
              cells.amount(Column.ACTION_BUDGET),
              cells.code(
                  Column.ACTION_STATUS,
                  ActionStatus.class,
                  "programme.workbook.unknownActionStatus"),
              cells.wholeNumber(Column.PROGRESS));
      if (entry != null) {
        entry.actions.add(new Located<>(row.number(), command));
      }
    }
  }

  /**
   * The programmes of the file in an order where each comes after the programmes it depends on (in
   * the file or, through others, in the masterplan), so that every dependency exists when it is
   * saved and the cycle check of {@link ProgrammePortfolio} sees only the final dependencies.
   * Cycles the file would close are reported on each of their rows and left out of the order's
   * constraints.
   */
  private List<Entry> saveOrder(
      long regionId,
      long masterplanId,
      Map<String, Entry> entries,
      Map<String, Programme> existing,
      Map<Long, Programme> existingById,
      Problems problems) {
    List<Entry> list = new ArrayList<>(entries.values());
    // Nodes: the file's programmes 1..n in file order, the others n + their id.
    long n = list.size();
    Map<Long, Entry> byNode = new HashMap<>();
    Map<Long, Long> nodeOfId = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Entry entry = list.get(i);
      entry.node = i + 1;
      byNode.put(entry.node, entry);
      if (entry.existing != null) {
        nodeOfId.put(entry.existing.id(), entry.node);
      }
    }
    Function<Long, Long> node = id -> nodeOfId.getOrDefault(id, n + id);
    Map<Long, java.util.Set<Long>> graph = new HashMap<>();
    portfolio
        .dependencies(regionId, masterplanId)
        .forEach(
            (from, to) -> {
              if (!nodeOfId.containsKey(from)) {
                graph.put(
                    node.apply(from),
                    to.stream().map(node).collect(Collectors.toCollection(HashSet::new)));
              }
            });
    for (Entry entry : list) {
      Set<Long> targets = new HashSet<>();
      if (entry.dependsOn == null) {
        if (entry.existing != null) {
          entry.existing.dependsOn().forEach(id -> targets.add(node.apply(id)));
        }
      } else {
        for (String code : entry.dependsOn) {
          Entry other = entries.get(key(code));
          if (other != null) {
            targets.add(other.node);
          } else if (existing.containsKey(key(code))) {
            targets.add(node.apply(existing.get(key(code)).id()));
          }
        }
      }
      entry.dependencyNodes = targets;
      graph.put(entry.node, new HashSet<>(targets));
    }
    Function<Long, String> codeOf =
        id -> {
          Entry entry = byNode.get(id);
          if (entry != null) {
            return entry.code == null ? "?" : entry.code;
          }
          Programme other = existingById.get(id - n);
          return other == null ? "?" : other.code();
        };
    for (Optional<List<Long>> cycle = DependencyGraph.anyCycle(graph);
        cycle.isPresent();
        cycle = DependencyGraph.anyCycle(graph)) {
      List<Long> path = cycle.get();
      ProgrammeFinding finding = DependencyGraph.cycleFinding(path.stream().map(codeOf).toList());
      boolean cut = false;
      Set<Long> reported = new HashSet<>();
      for (int i = 0; i + 1 < path.size(); i++) {
        Entry entry = byNode.get(path.get(i));
        if (entry != null) {
          if (reported.add(entry.node)) {
            problems.add(
                problems.sheet(Tab.PROGRAMMES),
                entry.row,
                problems.header(Tab.PROGRAMMES, Column.DEPENDS_ON),
                finding.messageKey(),
                finding.args().toArray());
          }
          graph.get(entry.node).remove(path.get(i + 1));
          entry.dependencyNodes.remove(path.get(i + 1));
          cut = true;
        }
      }
      if (!cut) {
        graph.get(path.get(0)).remove(path.get(1)); // a cycle saved before: not this file's
      }
    }
    for (Entry entry : list) {
      for (long target : entry.dependencyNodes) {
        Entry other = byNode.get(target);
        if (other == null) {
          entry.dependencyIds.add(target - n);
        } else {
          entry.dependencyEntries.add(other);
        }
      }
    }
    List<Entry> order = new ArrayList<>();
    for (long id : DependencyGraph.topologicalOrder(graph)) {
      Entry entry = byNode.get(id);
      if (entry != null) {
        order.add(entry);
      }
    }
    return order;
  }

  private void save(
      long regionId,
      long masterplanId,
      Entry entry,
      Problems problems,
      Counts counts,
      List<RowWarning> warnings) {
    List<Long> dependsOn = new ArrayList<>(entry.dependencyIds);
    for (Entry other : entry.dependencyEntries) {
      if (other.savedId != null) {
        dependsOn.add(other.savedId);
      }
      // else: that programme has problems of its own, reported on its row
    }
    Programme e = entry.existing;
    ProgrammeCommand command =
        new ProgrammeCommand(
            entry.code,
            entry.name,
            entry.dimension,
            entry.element,
            entry.problem,
            entry.description,
            entry.impactSociety,
            entry.impactEnvironment,
            entry.horizon,
            entry.startYear,
            entry.endYear,
            entry.leadOpdId,
            entry.quickWin,
            entry.sipdProgram,
            entry.sipdKegiatan,
            entry.sipdSubKegiatan,
            values(entry.partners, e == null ? List.of() : e.partners()),
            values(entry.targets, e == null ? List.of() : e.targets()),
            values(entry.indicators, e == null ? List.of() : e.indicators()),
            values(entry.budget, e == null ? List.of() : e.budget()),
            dependsOn,
            values(entry.risks, e == null ? List.of() : e.risks()));
    try {
      Programme saved;
      List<ProgrammeFinding> findings;
      if (e == null) {
        ProgrammeSaved created = portfolio.create(regionId, masterplanId, command);
        saved = created.programme();
        findings = created.warnings();
        counts.created++;
      } else if (same(e, command)) {
        saved = e;
        findings = List.of();
        if (entry.status == null || entry.status == e.status()) {
          counts.unchanged++;
        } else {
          counts.updated++; // the status alone, changed below
        }
      } else {
        ProgrammeSaved updated =
            portfolio.update(regionId, masterplanId, e.id(), command, e.version());
        saved = updated.programme();
        findings = updated.warnings();
        counts.updated++;
      }
      if (entry.status != null && entry.status != saved.status()) {
        portfolio.changeStatus(
            regionId, masterplanId, saved.id(), entry.status, null, saved.version());
      }
      entry.savedId = saved.id();
      for (ProgrammeFinding f : findings) {
        Place place = place(entry, f.field(), f.args(), problems);
        warnings.add(
            new RowWarning(place.sheet(), place.row(), entry.code, f.messageKey(), f.args()));
      }
    } catch (InvalidInputException ex) {
      for (FieldProblem p : ex.problems()) {
        Place place = place(entry, p.field(), p.args(), problems);
        if (place.column() == null
            || !problems.reported(place.sheet(), place.row(), place.column())) {
          problems.add(
              place.sheet(), place.row(), place.column(), p.messageKey(), p.args().toArray());
        }
      }
    } catch (ConcurrentEditException ex) {
      problems.add(problems.sheet(Tab.PROGRAMMES), entry.row, null, "shared.error.conflict");
    }
  }

  private static <T> List<T> values(List<Located<T>> located, List<T> kept) {
    return located == null ? kept : located.stream().map(Located::value).toList();
  }

  /** Where a problem found by {@link ProgrammePortfolio} belongs in the file. */
  private static Place place(Entry entry, String field, List<Object> args, Problems problems) {
    Column column =
        switch (field == null ? "" : field) {
          case "code" -> Column.CODE;
          case "name" -> Column.NAME;
          case "dimension" -> Column.DIMENSION;
          case "element" -> Column.ELEMENT;
          case "problem" -> Column.PROBLEM;
          case "description" -> Column.DESCRIPTION;
          case "impactSociety" -> Column.IMPACT_SOCIETY;
          case "impactEnvironment" -> Column.IMPACT_ENVIRONMENT;
          case "horizon" -> Column.HORIZON;
          case "startYear" -> Column.START_YEAR;
          case "endYear" -> Column.END_YEAR;
          case "leadOpdId" -> Column.LEAD_OPD;
          case "sipdProgram" -> Column.SIPD_PROGRAM;
          case "sipdKegiatan" -> Column.SIPD_KEGIATAN;
          case "sipdSubKegiatan" -> Column.SIPD_SUB_KEGIATAN;
          case "dependsOn" -> Column.DEPENDS_ON;
          default -> null;
        };
    if (column != null) {
      return new Place(
          problems.sheet(Tab.PROGRAMMES), entry.row, problems.header(Tab.PROGRAMMES, column));
    }
    String name = field == null ? "" : field;
    Located<?> child = null;
    Column childColumn = null;
    if (name.startsWith("budgetLines[") && entry.budget != null) {
      int index = Integer.parseInt(name.substring("budgetLines[".length(), name.indexOf(']')));
      child = index < entry.budget.size() ? entry.budget.get(index) : null;
      childColumn = name.endsWith(".source") ? Column.SOURCE : Column.AMOUNT;
    } else if ((name.equals("budgetLines") || name.equals("budget")) && entry.budget != null) {
      Object year = args.isEmpty() ? null : args.get(0);
      child =
          entry.budget.stream()
              .filter(b -> Objects.equals(year, b.value().year()))
              .findFirst()
              .orElse(entry.budget.isEmpty() ? null : entry.budget.get(0));
      childColumn = name.equals("budgetLines") ? Column.BUDGET_YEAR : Column.SOURCE;
    } else if (name.equals("partners") && entry.partners != null) {
      child = byId(entry.partners, args, p -> p.stakeholderId());
      childColumn = Column.STAKEHOLDER;
    } else if (name.equals("targetIds") && entry.targets != null) {
      child = byId(entry.targets, args, Contribution::id);
      childColumn = Column.ITEM;
    } else if (name.equals("indicatorIds") && entry.indicators != null) {
      child = byId(entry.indicators, args, Contribution::id);
      childColumn = Column.INDICATOR;
    } else if (name.equals("risks") && entry.risks != null && !entry.risks.isEmpty()) {
      child = entry.risks.get(0);
      childColumn = Column.RISK;
    }
    if (child != null) {
      return new Place(
          problems.sheet(childColumn.tab),
          child.row(),
          problems.header(childColumn.tab, childColumn));
    }
    return new Place(problems.sheet(Tab.PROGRAMMES), entry.row, null);
  }

  private static <T> Located<T> byId(
      List<Located<T>> children, List<Object> args, Function<T, Long> id) {
    Object wanted = args.isEmpty() ? null : args.get(0);
    return children.stream()
        .filter(c -> Objects.equals(id.apply(c.value()), wanted))
        .findFirst()
        .orElse(children.isEmpty() ? null : children.get(0));
  }

  /**
   * Makes the programme's actions those of the file: a row with the category and title of an
   * existing action (the same year first) updates that action, other rows add one, and actions the
   * file no longer lists are removed. Blank status or progress cells keep what an existing action
   * had.
   */
  private void syncActions(
      long regionId, Entry entry, Layout layout, Problems problems, Counts counts) {
    List<PlannedAction> current =
        entry.existing == null ? List.of() : actionPlan.actions(regionId, entry.savedId);
    List<PlannedAction> unmatched = new ArrayList<>(current);
    Map<Located<ActionCommand>, PlannedAction> matches = new HashMap<>();
    for (boolean sameYear : new boolean[] {true, false}) {
      for (Located<ActionCommand> row : entry.actions) {
        if (matches.containsKey(row)) {
          continue;
        }
        ActionCommand c = row.value();
        for (PlannedAction action : unmatched) {
          if (action.category() == c.category()
              && c.title() != null
              && action.title().strip().equalsIgnoreCase(c.title().strip())
              && (!sameYear || Objects.equals(c.year(), action.year()))) {
            matches.put(row, action);
            unmatched.remove(action);
            break;
          }
        }
      }
    }
    for (Located<ActionCommand> row : entry.actions) {
      ActionCommand c = row.value();
      PlannedAction action = matches.get(row);
      try {
        if (action == null) {
          actionPlan.add(regionId, entry.savedId, c);
          counts.actionsAdded++;
        } else if (!same(action, c)) {
          actionPlan.update(regionId, entry.savedId, action.id(), c, action.version());
          counts.actionsChanged++;
        }
      } catch (InvalidInputException ex) {
        for (FieldProblem p : ex.problems()) {
          Column column =
              switch (p.field()) {
                case "category" -> Column.CATEGORY;
                case "title" -> Column.TITLE;
                case "year" -> Column.ACTION_YEAR;
                case "quarter" -> Column.QUARTER;
                case "ownerOpdId" -> Column.OWNER_OPD;
                case "budget" -> Column.ACTION_BUDGET;
                case "progress" -> Column.PROGRESS;
                default -> null;
              };
          String header = column == null ? null : layout.header(column);
          if (header == null || !problems.reported(layout.sheet, row.row(), header)) {
            problems.add(layout.sheet, row.row(), header, p.messageKey(), p.args().toArray());
          }
        }
      } catch (ConcurrentEditException ex) {
        problems.add(layout.sheet, row.row(), null, "shared.error.conflict");
      }
    }
    for (PlannedAction action : unmatched) {
      actionPlan.delete(regionId, entry.savedId, action.id());
      counts.actionsRemoved++;
    }
  }

  /** Whether saving the command would leave the programme as it is (the status aside). */
  private static boolean same(Programme p, ProgrammeCommand c) {
    return Objects.equals(p.code(), strip(c.code()))
        && Objects.equals(p.name(), strip(c.name()))
        && p.dimension() == c.dimension()
        && p.element() == c.element()
        && sameText(p.problem(), c.problem())
        && sameText(p.description(), c.description())
        && sameText(p.impactSociety(), c.impactSociety())
        && sameText(p.impactEnvironment(), c.impactEnvironment())
        && p.horizon() == c.horizon()
        && Objects.equals(p.startYear(), c.startYear())
        && Objects.equals(p.endYear(), c.endYear())
        && Objects.equals(p.leadOpdId(), c.leadOpdId())
        && p.quickWin() == c.quickWin()
        && sameText(p.sipdProgram(), c.sipdProgram())
        && sameText(p.sipdKegiatan(), c.sipdKegiatan())
        && sameText(p.sipdSubKegiatan(), c.sipdSubKegiatan())
        && partners(p.partners()).equals(partners(c.partners()))
        && links(p.targets()).equals(links(c.targets()))
        && links(p.indicators()).equals(links(c.indicators()))
        && budget(p.budget()).equals(budget(c.budget()))
        && p.budget().size() == c.budget().size()
        && new HashSet<>(p.dependsOn()).equals(new HashSet<>(c.dependsOn()))
        && risks(p.risks()).equals(risks(c.risks()));
  }

  private static Set<List<Object>> partners(List<Partner> partners) {
    return partners.stream()
        .map(
            x ->
                Arrays.<Object>asList(
                    x.stakeholderId(), x.role(), ProgrammePortfolio.blankToNull(x.contribution())))
        .collect(Collectors.toSet());
  }

  private static Map<Long, String> links(List<Contribution> links) {
    Map<Long, String> map = new HashMap<>();
    links.forEach(l -> map.putIfAbsent(l.id(), ProgrammePortfolio.blankToNull(l.contribution())));
    return map;
  }

  private static Map<String, BigDecimal> budget(List<BudgetItem> lines) {
    Map<String, BigDecimal> map = new TreeMap<>();
    lines.forEach(b -> map.put(b.year() + "/" + b.source(), b.amount().stripTrailingZeros()));
    return map;
  }

  private static List<List<Object>> risks(List<Risk> risks) {
    return risks.stream()
        .map(
            r ->
                Arrays.<Object>asList(
                    strip(r.description()),
                    r.likelihood(),
                    r.impact(),
                    ProgrammePortfolio.blankToNull(r.mitigation())))
        .toList();
  }

  /** Whether saving the command would leave the action as it is. */
  private static boolean same(PlannedAction a, ActionCommand c) {
    return a.category() == c.category()
        && Objects.equals(a.title(), strip(c.title()))
        && Objects.equals(a.year(), c.year())
        && Objects.equals(a.quarter(), c.quarter())
        && Objects.equals(a.ownerOpdId(), c.ownerOpdId())
        && sameText(a.deliverable(), c.deliverable())
        && (a.budget() == null
            ? c.budget() == null
            : c.budget() != null && a.budget().compareTo(c.budget()) == 0)
        && (c.status() == null || a.status() == c.status())
        && (c.progress() == null || a.progress() == c.progress());
  }

  private static boolean sameText(String saved, String given) {
    return Objects.equals(saved, ProgrammePortfolio.blankToNull(given));
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }

  private static String key(String code) {
    return code.strip().toLowerCase(Locale.ROOT);
  }

  // ---- reading the masterplan ----

  /** Every programme of the masterplan, complete, by id in the order of their codes. */
  private Lookup lookup(long regionId, Masterplan masterplan) {
    Map<Long, Opd> opdsById = new LinkedHashMap<>();
    Map<String, Opd> opdsByName = new HashMap<>();
    List<Opd> all = opds.all(regionId);
    for (Opd opd : all) {
      opdsById.put(opd.id(), opd);
      opdsByName.put(opd.name().strip().toLowerCase(Locale.ROOT), opd);
    }
    for (Opd opd : all) {
      opdsByName.put(opd.abbreviation().strip().toLowerCase(Locale.ROOT), opd);
    }
    Map<Long, Stakeholder> stakeholdersById = new LinkedHashMap<>();
    Map<String, List<Stakeholder>> stakeholdersByName = new HashMap<>();
    int page = 0;
    id.rancang.shared.Page<Stakeholder> batch;
    do {
      batch = stakeholders.search(regionId, "", null, new PageRequest(page++, 200));
      for (Stakeholder s : batch.items()) {
        stakeholdersById.put(s.id(), s);
        stakeholdersByName
            .computeIfAbsent(s.name().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(s);
      }
    } while (batch.hasNext());
    Map<Long, StrategyItem> itemsById = new LinkedHashMap<>();
    Map<String, StrategyItem> itemsByCode = new HashMap<>();
    for (StrategyItem item : tree.items(regionId, masterplan.id())) {
      itemsById.put(item.id(), item);
      if (item.code() != null) {
        itemsByCode.put(item.code().strip().toLowerCase(Locale.ROOT), item);
      }
    }
    Map<Long, Indicator> indicatorsById = new LinkedHashMap<>();
    Map<String, Indicator> indicatorsByCode = new HashMap<>();
    for (Indicator indicator : indicators.list(regionId, masterplan.id())) {
      indicatorsById.put(indicator.id(), indicator);
      indicatorsByCode.put(indicator.code().strip().toLowerCase(Locale.ROOT), indicator);
    }
    Map<String, String> regionSources = new TreeMap<>();
    jdbc.sql("select code, name from region_funding_source where region_id = ? order by code")
        .params(regionId)
        .query(
            (ResultSet rs) -> {
              regionSources.put(rs.getString(1), rs.getString(2));
            });
    Map<String, String> sources = new LinkedHashMap<>();
    for (FundingSource source : FundingSource.values()) {
      sources.put(source.name().toLowerCase(Locale.ROOT), source.name());
    }
    regionSources.keySet().forEach(code -> sources.put(code.toLowerCase(Locale.ROOT), code));
    return new Lookup(
        opdsById,
        opdsByName,
        stakeholdersById,
        stakeholdersByName,
        itemsById,
        itemsByCode,
        indicatorsById,
        indicatorsByCode,
        sources,
        regionSources);
  }

  // ---- the parts of an import ----

  /** A row of another sheet that belongs to a programme, with its row number. */
  private record Located<T>(int row, T value) {}

  /** Where a problem or warning belongs: sheet (null for CSV), row and column header. */
  private record Place(String sheet, int row, String column) {}

  /** One programme of the file, as read from its rows. Lists left null keep what it had. */
  private static final class Entry {
    final int row;
    final String code;
    final Programme existing;
    String name;
    Dimension dimension;
    Element element;
    String problem;
    String description;
    String impactSociety;
    String impactEnvironment;
    Horizon horizon;
    Integer startYear;
    Integer endYear;
    Long leadOpdId;
    boolean quickWin;
    ProgrammeStatus status;
    String sipdProgram;
    String sipdKegiatan;
    String sipdSubKegiatan;
    List<String> dependsOn;
    List<Located<Partner>> partners;
    List<Located<BudgetItem>> budget;
    List<Located<Risk>> risks;
    List<Located<Contribution>> targets;
    List<Located<Contribution>> indicators;
    List<Located<ActionCommand>> actions;
    long node;
    Set<Long> dependencyNodes = new HashSet<>();
    final List<Long> dependencyIds = new ArrayList<>();
    final List<Entry> dependencyEntries = new ArrayList<>();
    Long savedId;

    Entry(int row, String code, Programme existing) {
      this.row = row;
      this.code = code;
      this.existing = existing;
    }
  }

  private static final class Counts {
    int created;
    int updated;
    int unchanged;
    int actionsAdded;
    int actionsChanged;
    int actionsRemoved;
  }

  // ---- writing ----

  private String text(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  private static String yesNo(boolean yes, boolean english) {
    return english ? (yes ? "yes" : "no") : (yes ? "ya" : "tidak");
  }

  private static boolean isEnglish(Locale locale) {
    return locale != null && locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
  }
}
