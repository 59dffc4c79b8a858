package id.rancang.document.matrix;

import id.rancang.document.MasterplanContent.PartnerEntry;
import id.rancang.document.MasterplanContent.ProgrammeEntry;
import id.rancang.region.PentahelixRole;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/**
 * The programme matrix: per dimension and element, each programme with its horizon, years, lead
 * OPD, partners by pentahelix role, the targets and indicators it serves, total budget, quick win
 * and status; the budget summed at the end.
 */
final class ProgrammeMatrix {

  private static final int CODE = 0;
  private static final int NAME = 1;
  private static final int HORIZON = 2;
  private static final int START = 3;
  private static final int END = 4;
  private static final int LEAD = 5;
  private static final int FIRST_PARTNER = 6;
  private static final int TARGETS = FIRST_PARTNER + PentahelixRole.values().length;
  private static final int INDICATORS = TARGETS + 1;
  private static final int BUDGET = INDICATORS + 1;
  private static final int QUICK_WIN = BUDGET + 1;
  private static final int STATUS = QUICK_WIN + 1;

  private ProgrammeMatrix() {}

  static int[] widths() {
    int[] widths = new int[STATUS + 1];
    int[] start = {12, 36, 16, 8, 8, 26};
    System.arraycopy(start, 0, widths, 0, start.length);
    for (int i = FIRST_PARTNER; i < TARGETS; i++) {
      widths[i] = 20;
    }
    widths[TARGETS] = 34;
    widths[INDICATORS] = 34;
    widths[BUDGET] = 19;
    widths[QUICK_WIN] = 10;
    widths[STATUS] = 14;
    return widths;
  }

  static void write(Context c, MatrixSheet sheet) {
    sheet.headerRows(2);
    sheet.header(0, 1, CODE, CODE, c.get("document.matrix.col.code"));
    sheet.header(0, 1, NAME, NAME, c.get("document.matrix.col.programme"));
    sheet.header(0, 1, HORIZON, HORIZON, c.get("document.matrix.col.horizon"));
    sheet.header(0, 0, START, END, c.get("document.matrix.col.years"));
    sheet.header(1, START, c.get("document.matrix.col.start"));
    sheet.header(1, END, c.get("document.matrix.col.end"));
    sheet.header(0, 1, LEAD, LEAD, c.get("document.matrix.col.leadOpd"));
    sheet.header(0, 0, FIRST_PARTNER, TARGETS - 1, c.get("document.matrix.col.partners"));
    for (PentahelixRole role : PentahelixRole.values()) {
      sheet.header(1, FIRST_PARTNER + role.ordinal(), c.get("region.pentahelix." + role.name()));
    }
    sheet.header(0, 0, TARGETS, INDICATORS, c.get("document.matrix.col.serves"));
    sheet.header(1, TARGETS, c.get("document.matrix.col.targetsServed"));
    sheet.header(1, INDICATORS, c.get("document.matrix.col.indicatorsServed"));
    sheet.header(0, 1, BUDGET, BUDGET, c.get("document.matrix.col.totalBudget"));
    sheet.header(0, 1, QUICK_WIN, QUICK_WIN, c.get("document.matrix.col.quickWin"));
    sheet.header(0, 1, STATUS, STATUS, c.get("document.matrix.col.status"));
    sheet.freeze(2);

    List<ProgrammeEntry> programmes = c.content().programmes();
    if (programmes.isEmpty()) {
      sheet.band(c.get("document.matrix.programmes.none"), sheet.styles.note);
      return;
    }
    int first = sheet.next();
    BigDecimal total = BigDecimal.ZERO;
    for (Dimension dimension : Dimension.values()) {
      List<ProgrammeEntry> ofDimension =
          programmes.stream().filter(p -> p.dimension() == dimension).toList();
      if (ofDimension.isEmpty()) {
        continue;
      }
      sheet.band(dimension.displayName(c.language()), sheet.styles.group[0]);
      for (Element element : dimension.elements()) {
        List<ProgrammeEntry> ofElement =
            ofDimension.stream().filter(p -> p.element() == element).toList();
        if (!ofElement.isEmpty()) {
          sheet.band(element.displayName(c.language()), sheet.styles.group[1]);
          ofElement.forEach(p -> row(c, sheet, p));
        }
      }
      List<ProgrammeEntry> noElement =
          ofDimension.stream().filter(p -> p.element() == null).toList();
      if (!noElement.isEmpty()) {
        sheet.band(c.get("document.matrix.programmes.noElement"), sheet.styles.group[1]);
        noElement.forEach(p -> row(c, sheet, p));
      }
      for (ProgrammeEntry p : ofDimension) {
        total = total.add(p.totalBudget());
      }
    }
    int last = sheet.next() - 1;
    Row row = sheet.row();
    sheet.merged(row, CODE, INDICATORS, c.get("document.matrix.total"), sheet.styles.totalLabel);
    String column = MatrixSheet.column(BUDGET);
    sheet.sum(
        row, BUDGET, "SUM(" + column + (first + 1) + ":" + column + (last + 1) + ")", total, true);
    sheet.text(row, QUICK_WIN, null, sheet.styles.totalLabel);
    sheet.text(row, STATUS, null, sheet.styles.totalLabel);
  }

  private static void row(Context c, MatrixSheet sheet, ProgrammeEntry p) {
    Row row = sheet.row();
    sheet.text(row, CODE, p.code());
    sheet.text(row, NAME, p.name());
    sheet.text(
        row,
        HORIZON,
        p.horizon() == null ? null : c.get("programme.horizon." + p.horizon().name()));
    sheet.whole(row, START, p.startYear());
    sheet.whole(row, END, p.endYear());
    sheet.text(row, LEAD, p.leadOpd());
    for (PentahelixRole role : PentahelixRole.values()) {
      sheet.text(row, FIRST_PARTNER + role.ordinal(), partners(c, p.partners(), role));
    }
    sheet.text(row, TARGETS, Context.links(p.targets()));
    sheet.text(row, INDICATORS, Context.links(p.indicators()));
    sheet.money(row, BUDGET, p.totalBudget(), false);
    sheet.text(
        row,
        QUICK_WIN,
        p.quickWin() ? c.get("document.matrix.yes") : c.get("document.matrix.no"),
        sheet.styles.centred);
    sheet.text(
        row, STATUS, p.status() == null ? null : c.get("programme.status." + p.status().name()));
  }

  /**
   * The partners of one role, one a line; partners whose name the reader may not see (or who have
   * none) are counted.
   */
  private static String partners(Context c, List<PartnerEntry> partners, PentahelixRole role) {
    List<String> lines = new ArrayList<>();
    int unnamed = 0;
    for (PartnerEntry partner : partners) {
      if (partner.role() != role) {
        continue;
      }
      if (partner.name() == null || partner.name().isBlank()) {
        unnamed++;
      } else {
        lines.add(partner.name());
      }
    }
    if (unnamed > 0) {
      lines.add(c.get("document.matrix.partners.unnamed", unnamed));
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }
}
