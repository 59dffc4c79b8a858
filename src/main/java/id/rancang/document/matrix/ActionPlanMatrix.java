package id.rancang.document.matrix;

import id.rancang.document.MasterplanContent.ActionEntry;
import id.rancang.document.MasterplanContent.ProgrammeEntry;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;

/**
 * The action-plan matrix: one row per action (rencana aksi), programme by programme and, within a
 * programme, by Kominfo's three categories; a filter on the header and a total of the budget of the
 * rows shown.
 */
final class ActionPlanMatrix {

  private static final int PROGRAMME_CODE = 0;
  private static final int PROGRAMME = 1;
  private static final int CATEGORY = 2;
  private static final int ACTION = 3;
  private static final int YEAR = 4;
  private static final int QUARTER = 5;
  private static final int OWNER = 6;
  private static final int DELIVERABLE = 7;
  private static final int BUDGET = 8;
  private static final int STATUS = 9;
  private static final int PROGRESS = 10;

  private ActionPlanMatrix() {}

  static int[] widths() {
    return new int[] {12, 30, 24, 36, 8, 9, 26, 30, 18, 13, 11};
  }

  static void write(Context c, MatrixSheet sheet) {
    sheet.headerRows(1);
    sheet.header(0, PROGRAMME_CODE, c.get("document.matrix.col.programmeCode"));
    sheet.header(0, PROGRAMME, c.get("document.matrix.col.programme"));
    sheet.header(0, CATEGORY, c.get("document.matrix.col.category"));
    sheet.header(0, ACTION, c.get("document.matrix.col.action"));
    sheet.header(0, YEAR, c.get("document.matrix.col.year"));
    sheet.header(0, QUARTER, c.get("document.matrix.col.quarter"));
    sheet.header(0, OWNER, c.get("document.matrix.col.ownerOpd"));
    sheet.header(0, DELIVERABLE, c.get("document.matrix.col.deliverable"));
    sheet.header(0, BUDGET, c.get("document.matrix.col.budget"));
    sheet.header(0, STATUS, c.get("document.matrix.col.status"));
    sheet.header(0, PROGRESS, c.get("document.matrix.col.progress"));
    sheet.freeze(2);

    List<ProgrammeEntry> programmes =
        c.content().programmes().stream().filter(p -> !p.actions().isEmpty()).toList();
    if (programmes.isEmpty()) {
      sheet.band(c.get("document.matrix.actions.none"), sheet.styles.note);
      return;
    }
    int first = sheet.next();
    BigDecimal total = BigDecimal.ZERO;
    for (ProgrammeEntry p : programmes) {
      List<ActionEntry> actions =
          p.actions().stream()
              .sorted(
                  Comparator.comparing(
                      ActionEntry::category, Comparator.nullsLast(Comparator.naturalOrder())))
              .toList();
      for (ActionEntry a : actions) {
        Row row = sheet.row();
        sheet.text(row, PROGRAMME_CODE, p.code());
        sheet.text(row, PROGRAMME, p.name());
        sheet.text(
            row,
            CATEGORY,
            a.category() == null ? null : c.get("programme.category." + a.category().name()));
        sheet.text(row, ACTION, a.title());
        sheet.whole(row, YEAR, a.year());
        sheet.whole(row, QUARTER, a.quarter());
        sheet.text(row, OWNER, a.ownerOpd());
        sheet.text(row, DELIVERABLE, a.deliverable());
        sheet.money(row, BUDGET, a.budget(), false);
        sheet.text(
            row,
            STATUS,
            a.status() == null ? null : c.get("programme.actionStatus." + a.status().name()));
        sheet.whole(row, PROGRESS, a.progress());
        if (a.budget() != null) {
          total = total.add(a.budget());
        }
      }
    }
    int last = sheet.next() - 1;
    sheet.filter();
    Row row = sheet.row();
    sheet.merged(
        row, PROGRAMME_CODE, DELIVERABLE, c.get("document.matrix.total"), sheet.styles.totalLabel);
    String column = MatrixSheet.column(BUDGET);
    // SUBTOTAL 9 sums the rows the filter shows
    sheet.sum(
        row,
        BUDGET,
        "SUBTOTAL(9," + column + (first + 1) + ":" + column + (last + 1) + ")",
        total,
        true);
    sheet.text(row, STATUS, null, sheet.styles.totalLabel);
    sheet.text(row, PROGRESS, null, sheet.styles.totalLabel);
  }
}
