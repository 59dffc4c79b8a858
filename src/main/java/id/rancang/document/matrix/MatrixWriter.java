package id.rancang.document.matrix;

import id.rancang.document.MasterplanContent;
import id.rancang.document.MasterplanContent.PlanInfo;
import id.rancang.document.Matrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one matrix of a masterplan as an XLSX workbook of one sheet: a title block (matrix,
 * masterplan, region, period, regulation, version, date of generation), frozen header rows, then
 * the body, ready to print on A4 landscape.
 */
public final class MatrixWriter {

  /** Rows a streaming sheet keeps in memory; the rest is already on disk. */
  private static final int WINDOW = 200;

  private MatrixWriter() {}

  /**
   * The workbook of {@code matrix}, in {@code language}. {@code versionName} names the frozen
   * version the content comes from (null: the live data); {@code generated} is the date shown.
   */
  public static byte[] write(
      Matrix matrix,
      MasterplanContent content,
      Locale language,
      Labels labels,
      String versionName,
      LocalDate generated) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      try {
        MatrixStyles styles = new MatrixStyles(workbook);
        Context context = new Context(content, language, labels);
        String title = labels.get(titleKey(matrix));
        MatrixSheet sheet =
            new MatrixSheet(
                workbook, labels.get(sheetKey(matrix)), styles, widths(matrix, content));
        sheet.titleBlock(
            title,
            content.masterplan().title(),
            facts(content.masterplan(), context, versionName, generated));
        switch (matrix) {
          case INDICATORS -> IndicatorMatrix.write(context, sheet);
          case PROGRAMMES -> ProgrammeMatrix.write(context, sheet);
          case ACTION_PLANS -> ActionPlanMatrix.write(context, sheet);
          case BUDGET -> BudgetMatrix.write(context, sheet);
        }
        String[] page = MatrixSheet.pageCodes();
        sheet.print(title, labels.get("document.matrix.page", page[0], page[1]));
        workbook.write(out);
      } finally {
        workbook.dispose();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A date as Indonesian documents write it, "31 Juli 2023" (in English "31 July 2023"). */
  public static String date(LocalDate date, Locale language) {
    return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", language));
  }

  private static List<String> facts(
      PlanInfo plan, Context context, String versionName, LocalDate generated) {
    Labels labels = context.labels();
    MasterplanContent.RegionInfo region = context.content().region();
    List<String> facts = new ArrayList<>();
    facts.add(labels.get("document.matrix.region", region.name(), region.code()));
    facts.add(
        labels.get(
            "document.matrix.period",
            Integer.toString(plan.startYear()),
            Integer.toString(plan.endYear())));
    if (plan.regulationNumber() != null && !plan.regulationNumber().isBlank()) {
      facts.add(
          labels.get(
              "document.matrix.regulation",
              plan.regulationDate() == null
                  ? plan.regulationNumber()
                  : plan.regulationNumber()
                      + ", "
                      + date(plan.regulationDate(), context.language())));
    }
    facts.add(
        versionName == null
            ? labels.get("document.matrix.version.live")
            : labels.get("document.matrix.version.frozen", versionName));
    facts.add(labels.get("document.matrix.generated", date(generated, context.language())));
    return facts;
  }

  private static String titleKey(Matrix matrix) {
    return switch (matrix) {
      case INDICATORS -> "document.matrix.indicators.title";
      case PROGRAMMES -> "document.matrix.programmes.title";
      case ACTION_PLANS -> "document.matrix.actions.title";
      case BUDGET -> "document.matrix.budget.title";
    };
  }

  private static String sheetKey(Matrix matrix) {
    return switch (matrix) {
      case INDICATORS -> "document.matrix.indicators.sheet";
      case PROGRAMMES -> "document.matrix.programmes.sheet";
      case ACTION_PLANS -> "document.matrix.actions.sheet";
      case BUDGET -> "document.matrix.budget.sheet";
    };
  }

  private static int[] widths(Matrix matrix, MasterplanContent content) {
    return switch (matrix) {
      case INDICATORS -> IndicatorMatrix.widths(IndicatorMatrix.years(content).size());
      case PROGRAMMES -> ProgrammeMatrix.widths();
      case ACTION_PLANS -> ActionPlanMatrix.widths();
      case BUDGET -> BudgetMatrix.widths(BudgetMatrix.years(content).size());
    };
  }
}
