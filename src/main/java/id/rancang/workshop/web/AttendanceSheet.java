package id.rancang.workshop.web;

import id.rancang.region.Region;
import id.rancang.region.RegionCatalog;
import id.rancang.shared.Formats;
import id.rancang.shared.pdf.HtmlPdf;
import id.rancang.workshop.AttendanceEntry;
import id.rancang.workshop.Invitation;
import id.rancang.workshop.Workshop;
import id.rancang.workshop.WorkshopStage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The daftar hadir of a workshop day as an A4 PDF: the region, the workshop's title, stage and
 * venue and the day written out; a table of those present (No, Nama, Instansi/OPD, Unsur
 * pentahelix, Waktu hadir, Tanda tangan) whose header row is repeated on every page, the signature
 * column left empty for a wet signature (numbered left and right in turn, the usual layout); and
 * their number at the end. In the language asked for, whatever the reader's own.
 */
@Component
class AttendanceSheet {

  private final MessageSource messages;
  private final RegionCatalog regions;

  AttendanceSheet(MessageSource messages, RegionCatalog regions) {
    this.messages = messages;
    this.regions = regions;
  }

  byte[] render(Workshop workshop, LocalDate day, List<AttendanceEntry> present, Locale language) {
    return HtmlPdf.render(xhtml(workshop, day, present, language));
  }

  String xhtml(Workshop workshop, LocalDate day, List<AttendanceEntry> present, Locale language) {
    Region region = regions.findById(workshop.regionId()).orElseThrow();
    Formats formats = new Formats(language);
    StringBuilder out = new StringBuilder(16_384 + present.size() * 400);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(language.getLanguage())
        .append("\"><head><meta charset=\"UTF-8\"/><title>")
        .append(x(text(language, "workshop.attendance.sheet.title") + " - " + workshop.title()))
        .append("</title><style>")
        .append(css(language))
        .append("</style></head><body>");
    out.append("<p class=\"region\">").append(x(region.name())).append("</p>");
    out.append("<h1>").append(x(text(language, "workshop.attendance.sheet.title"))).append("</h1>");
    out.append("<table class=\"facts\">");
    fact(out, text(language, "workshop.attendance.sheet.event"), workshop.title());
    fact(out, text(language, "workshop.attendance.sheet.stage"), stage(workshop, language));
    fact(
        out,
        text(language, "workshop.attendance.sheet.venue"),
        workshop.venue() == null || workshop.venue().isBlank() ? "-" : workshop.venue());
    fact(out, text(language, "workshop.attendance.sheet.day"), Days.longDate(day, language));
    out.append("</table>");
    out.append("<table class=\"list\"><thead><tr>");
    for (String column : List.of("no", "name", "organisation", "role", "time", "signature")) {
      out.append("<th class=\"")
          .append(column)
          .append("\">")
          .append(x(text(language, "workshop.attendance.sheet.column." + column)))
          .append("</th>");
    }
    out.append("</tr></thead><tbody>");
    if (present.isEmpty()) {
      out.append("<tr><td colspan=\"6\" class=\"empty\">")
          .append(x(text(language, "workshop.attendance.sheet.nobody")))
          .append("</td></tr>");
    }
    int number = 0;
    for (AttendanceEntry e : present) {
      number++;
      Invitation i = e.invitation();
      String organisation =
          i.opdName() != null ? i.opdName() : i.organisation() != null ? i.organisation() : "-";
      out.append("<tr><td class=\"no\">")
          .append(number)
          .append("</td><td>")
          .append(x(i.name()))
          .append("</td><td>")
          .append(x(organisation))
          .append("</td><td>")
          .append(x(text(language, "region.pentahelix." + i.pentahelixRole())))
          .append("</td><td class=\"time\">")
          .append(x(Days.time(e.attendance().checkedInAt())))
          .append("</td><td class=\"signature ")
          .append(number % 2 == 1 ? "odd" : "even")
          .append("\">")
          .append(number)
          .append(".</td></tr>");
    }
    out.append("</tbody></table>");
    out.append("<p class=\"total\">")
        .append(
            x(
                messages.getMessage(
                    "workshop.attendance.sheet.total",
                    new Object[] {formats.number(present.size())},
                    language)))
        .append("</p>");
    out.append("</body></html>");
    return out.toString();
  }

  private String css(Locale language) {
    String page = text(language, "workshop.attendance.sheet.page").replace("\"", "'");
    return "@page { size: A4 portrait; margin: 16mm 14mm 18mm 14mm;"
        + " @bottom-right { content: \""
        + page
        + " \" counter(page) \" / \" counter(pages); font-family: '"
        + HtmlPdf.FONT_FAMILY
        + "'; font-size: 8pt; } }"
        + " body { font-family: '"
        + HtmlPdf.FONT_FAMILY
        + "'; font-size: 9.5pt; color: #000; }"
        + " p.region { text-align: center; font-weight: bold; font-size: 11pt; margin: 0; }"
        + " h1 { text-align: center; font-size: 15pt; margin: 1mm 0 4mm 0; letter-spacing: 1pt; }"
        + " table.facts { margin-bottom: 4mm; border-collapse: collapse; }"
        + " table.facts td { padding: 0.6mm 2mm 0.6mm 0; vertical-align: top; }"
        + " table.facts td.label { font-weight: bold; white-space: nowrap; }"
        + " table.list { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate;"
        + " -fs-border-rendering: no-bevel; }"
        + " table.list thead { display: table-header-group; }"
        + " table.list th { background: #e6e6e6; font-weight: bold; }"
        + " table.list th, table.list td { border: 0.6pt solid #000; padding: 1.2mm 1.5mm;"
        + " vertical-align: middle; }"
        + " table.list tr { page-break-inside: avoid; }"
        + " th.no, td.no { width: 8mm; text-align: center; }"
        + " th.time, td.time { width: 17mm; text-align: center; }"
        + " th.role { width: 25mm; }"
        + " th.signature { width: 34mm; }"
        + " td.signature { height: 8mm; font-size: 7pt; color: #555; vertical-align: top; }"
        + " td.signature.even { text-align: right; }"
        + " td.empty { text-align: center; padding: 6mm; }"
        + " p.total { margin-top: 4mm; font-weight: bold; }";
  }

  private static void fact(StringBuilder out, String label, String value) {
    out.append("<tr><td class=\"label\">")
        .append(x(label))
        .append("</td><td>:</td><td>")
        .append(x(value))
        .append("</td></tr>");
  }

  private String stage(Workshop workshop, Locale language) {
    return workshop.stage() == WorkshopStage.CUSTOM
        ? workshop.stageLabel()
        : text(language, "workshop.stage." + workshop.stage().name());
  }

  private String text(Locale language, String key) {
    return messages.getMessage(key, null, key, language);
  }

  /** Text as XML character data: markup escaped, characters XML forbids left out. */
  static String x(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                  if (c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || c >= 0x10000) {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }
}
