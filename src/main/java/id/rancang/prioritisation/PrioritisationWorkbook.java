package id.rancang.prioritisation;

import id.rancang.identity.Account;
import id.rancang.identity.AccountCatalog;
import id.rancang.prioritisation.EvaluatorAccess.Setting;
import id.rancang.prioritisation.rules.FirstPlaceSensitivity;
import id.rancang.shared.tabular.SheetLines;
import id.rancang.shared.tabular.WorkbookStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything an exercise holds and gives, as one Excel workbook for the team: the criteria weights
 * (global, per group), each matrix with AIJ and AIP side by side, consistency and consensus, every
 * evaluator's judgements and ratings, the ranking and the sensitivity of the first place. Numbers
 * stay numbers, so the team can check the calculations in Excel.
 */
@Service
@Transactional(readOnly = true)
public class PrioritisationWorkbook {

  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final PrioritisationResults results;
  private final EvaluatorAccess access;
  private final JdbcClient jdbc;
  private final AccountCatalog accounts;
  private final MessageSource messages;

  PrioritisationWorkbook(
      PrioritisationResults results,
      EvaluatorAccess access,
      JdbcClient jdbc,
      AccountCatalog accounts,
      MessageSource messages) {
    this.results = results;
    this.access = access;
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.messages = messages;
  }

  /** The file name of an exercise's workbook. */
  public static String filename(long exerciseId) {
    return "prioritisasi-" + exerciseId + ".xlsx";
  }

  /**
   * The workbook of the exercise, with its labels in {@code locale}.
   *
   * @param team whether the caller is of the team: only the team reads individual judgements and
   *     ratings
   * @throws AccessDeniedException for others than the team
   */
  public byte[] export(long regionId, long exerciseId, boolean team, Locale locale) {
    if (!team) {
      throw new AccessDeniedException("only the team exports individual judgements");
    }
    Setting setting = access.setting(regionId, exerciseId);
    ProgrammeRanking ranking = results.ranking(regionId, exerciseId, true);
    CriteriaWeights weights = ranking.weights();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      WorkbookStyles styles = new WorkbookStyles(workbook);
      weightsSheet(workbook, styles, weights, locale);
      matricesSheet(workbook, styles, weights, locale);
      Map<Long, String> evaluators = evaluatorNames(setting.id());
      judgementsSheet(workbook, styles, setting, evaluators, locale);
      Map<Long, String> programmes = new HashMap<>();
      ranking.ranking().forEach(p -> programmes.put(p.id(), p.code() + " " + p.name()));
      ranking.unranked().forEach(p -> programmes.put(p.id(), p.code() + " " + p.name()));
      ratingsSheet(workbook, styles, setting, evaluators, programmes, locale);
      rankingSheet(workbook, styles, ranking, locale);
      sensitivitySheet(workbook, styles, ranking, locale);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String t(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, locale);
  }

  private void weightsSheet(
      XSSFWorkbook workbook, WorkbookStyles styles, CriteriaWeights w, Locale locale) {
    Sheet sheet = workbook.createSheet(t("prioritisation.xlsx.weights", locale));
    SheetLines lines = new SheetLines(sheet);
    lines.add(styles.title, w.exerciseName());
    lines.add(null, t("prioritisation.results.aggregation." + w.aggregation(), locale));
    lines.blank();
    List<Object> header =
        new ArrayList<>(
            List.of(
                t("prioritisation.xlsx.code", locale),
                t("prioritisation.results.criterion", locale),
                t("prioritisation.xlsx.parent", locale),
                t("prioritisation.results.local", locale),
                t("prioritisation.results.global", locale)));
    if (!w.leaves().isEmpty()) {
      header.addAll(w.leaves().get(0).byGroup().keySet());
    }
    lines.add(styles.header, header.toArray());
    for (LeafWeight l : w.leaves()) {
      List<Object> row =
          new ArrayList<>(
              List.of(l.code(), l.name(), l.parentName() == null ? "" : l.parentName()));
      row.add(l.local());
      row.add(l.global());
      row.addAll(l.byGroup().values());
      lines.add(null, row.toArray());
    }
    sheet.setColumnWidth(1, 40 * 256);
  }

  private void matricesSheet(
      XSSFWorkbook workbook, WorkbookStyles styles, CriteriaWeights w, Locale locale) {
    Sheet sheet = workbook.createSheet(t("prioritisation.xlsx.matrices", locale));
    SheetLines lines = new SheetLines(sheet);
    for (WeightSet s : w.sets()) {
      lines.add(
          styles.title,
          s.parent() == null
              ? t("prioritisation.comparisons.topLevel", locale)
              : t("prioritisation.comparisons.subOf", locale, s.parent().name()));
      if (s.combined() == null) {
        lines.add(
            null,
            s.problemKey() == null
                ? t("prioritisation.xlsx.single", locale)
                : t(s.problemKey(), locale));
        lines.blank();
        continue;
      }
      List<Object> header =
          new ArrayList<>(
              List.of(
                  t("prioritisation.results.criterion", locale),
                  "AIJ",
                  t("prioritisation.results.aipGeometric", locale),
                  t("prioritisation.results.aipArithmetic", locale)));
      header.addAll(s.byGroup().keySet());
      lines.add(styles.header, header.toArray());
      for (int i = 0; i < s.criteria().size(); i++) {
        ComparedCriterion c = s.criteria().get(i);
        List<Object> row = new ArrayList<>();
        row.add(c.code() + " " + c.name());
        row.add(s.combined().aij() == null ? null : s.combined().aij().weight(i));
        row.add(s.combined().aipGeometric().isEmpty() ? null : s.combined().aipGeometric().get(i));
        row.add(
            s.combined().aipArithmetic().isEmpty() ? null : s.combined().aipArithmetic().get(i));
        for (var g : s.byGroup().values()) {
          row.add(g.aij() == null ? null : g.aij().weight(i));
        }
        lines.add(null, row.toArray());
      }
      if (s.combined().aij() != null) {
        lines.add(null, "lambda max", s.combined().aij().lambdaMax());
        lines.add(null, "CI", s.combined().aij().ci());
        lines.add(null, "CR (" + s.combined().aij().riTable() + ")", s.combined().aij().cr());
      }
      if (s.combined().consensus() != null) {
        lines.add(
            null, t("prioritisation.xlsx.consensus", locale), s.combined().consensus().consensus());
      }
      lines.blank();
    }
    sheet.setColumnWidth(0, 40 * 256);
  }

  private Map<Long, String> evaluatorNames(long exerciseId) {
    Map<Long, String> names = new HashMap<>();
    jdbc.sql(
            "select e.id, e.account_id, g.name from evaluator e"
                + " join evaluator_group g on g.id = e.group_id where e.exercise_id = ?")
        .params(exerciseId)
        .query(
            rs -> {
              long account = rs.getLong(2);
              String name = accounts.findById(account).map(Account::name).orElse("#" + account);
              names.put(rs.getLong(1), rs.getString(3) + "\t" + name);
            });
    return names;
  }

  private void judgementsSheet(
      XSSFWorkbook workbook,
      WorkbookStyles styles,
      Setting setting,
      Map<Long, String> evaluators,
      Locale locale) {
    Sheet sheet = workbook.createSheet(t("prioritisation.xlsx.judgements", locale));
    SheetLines lines = new SheetLines(sheet);
    lines.add(
        styles.header,
        t("prioritisation.xlsx.group", locale),
        t("prioritisation.xlsx.evaluator", locale),
        t("prioritisation.xlsx.first", locale),
        t("prioritisation.xlsx.second", locale),
        t("prioritisation.xlsx.value", locale));
    jdbc.sql(
            "select j.evaluator_id, a.code, a.name, b.code, b.name, j.value from judgement j"
                + " join evaluator e on e.id = j.evaluator_id"
                + " join criterion a on a.id = j.first_id join criterion b on b.id = j.second_id"
                + " where e.exercise_id = ? order by j.evaluator_id, a.position, b.position")
        .params(setting.id())
        .query(
            rs -> {
              String[] who = evaluators.getOrDefault(rs.getLong(1), "\t").split("\t", 2);
              lines.add(
                  null,
                  who[0],
                  who[1],
                  rs.getString(2) + " " + rs.getString(3),
                  rs.getString(4) + " " + rs.getString(5),
                  rs.getDouble(6));
            });
  }

  private void ratingsSheet(
      XSSFWorkbook workbook,
      WorkbookStyles styles,
      Setting setting,
      Map<Long, String> evaluators,
      Map<Long, String> programmes,
      Locale locale) {
    Sheet sheet = workbook.createSheet(t("prioritisation.xlsx.ratings", locale));
    SheetLines lines = new SheetLines(sheet);
    lines.add(
        styles.header,
        t("prioritisation.xlsx.group", locale),
        t("prioritisation.xlsx.evaluator", locale),
        t("prioritisation.results.programme", locale),
        t("prioritisation.results.criterion", locale),
        t("prioritisation.xlsx.level", locale));
    jdbc.sql(
            "select r.evaluator_id, r.programme_id, c.code, c.name, r.level from rating r"
                + " join evaluator e on e.id = r.evaluator_id"
                + " join criterion c on c.id = r.criterion_id"
                + " where e.exercise_id = ? order by r.evaluator_id, r.programme_id, c.position")
        .params(setting.id())
        .query(
            rs -> {
              String[] who = evaluators.getOrDefault(rs.getLong(1), "\t").split("\t", 2);
              lines.add(
                  null,
                  who[0],
                  who[1],
                  programmes.getOrDefault(rs.getLong(2), "#" + rs.getLong(2)),
                  rs.getString(3) + " " + rs.getString(4),
                  rs.getInt(5));
            });
  }

  private void rankingSheet(
      XSSFWorkbook workbook, WorkbookStyles styles, ProgrammeRanking r, Locale locale) {
    Sheet sheet = workbook.createSheet(t("prioritisation.xlsx.ranking", locale));
    SheetLines lines = new SheetLines(sheet);
    lines.add(
        styles.header,
        t("prioritisation.results.rank", locale),
        t("prioritisation.xlsx.code", locale),
        t("prioritisation.results.programme", locale),
        t("prioritisation.results.dimension", locale),
        t("prioritisation.results.score", locale),
        "TOPSIS",
        t("prioritisation.results.topsisRank", locale),
        t("prioritisation.xlsx.dimensionRank", locale),
        t("prioritisation.results.quickWinEligible", locale));
    for (RankedProgramme p : r.ranking()) {
      lines.add(
          null,
          p.ranked().rank(),
          p.code(),
          p.name(),
          p.dimension().displayName(locale),
          p.ranked().score(),
          p.ranked().closeness(),
          p.ranked().topsisRank(),
          p.ranked().groupRank(),
          p.quickWinEligible() ? "✓" : "");
    }
    for (UnrankedProgramme u : r.unranked()) {
      lines.add(
          null,
          "",
          u.code(),
          u.name(),
          u.dimension().displayName(locale),
          t("prioritisation.results.unrankedProgramme", locale, "", u.missing()));
    }
    sheet.setColumnWidth(2, 40 * 256);
  }

  private void sensitivitySheet(
      XSSFWorkbook workbook, WorkbookStyles styles, ProgrammeRanking r, Locale locale) {
    Sheet sheet = workbook.createSheet(t("prioritisation.results.sensitivity", locale));
    SheetLines lines = new SheetLines(sheet);
    lines.add(
        styles.header,
        t("prioritisation.results.criterion", locale),
        t("prioritisation.results.global", locale),
        t("prioritisation.results.firstPlaceUp", locale),
        t("prioritisation.results.firstPlaceDown", locale));
    if (r.sensitivity() == null) {
      return;
    }
    Map<String, String> names = new HashMap<>();
    r.weights().leaves().forEach(l -> names.put(String.valueOf(l.criterionId()), l.code()));
    for (FirstPlaceSensitivity f : r.sensitivity().firstPlace()) {
      lines.add(
          null,
          names.get(f.criterionId()),
          f.weight(),
          f.up() == null ? null : f.up().weight(),
          f.down() == null ? null : f.down().weight());
    }
  }
}
