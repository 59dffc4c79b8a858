package id.rancang.document.render;

import id.rancang.document.book.Block;
import id.rancang.document.book.BookDocument;
import id.rancang.shared.pdf.HtmlPdf;
import java.util.Base64;
import java.util.List;

/**
 * A book as a print-ready PDF: the book is written as XHTML with print CSS (A4, running header,
 * page numbers, a contents list with page numbers, table headers repeated on every page) and laid
 * out by openhtmltopdf ({@link HtmlPdf}). Text stays selectable, DejaVu Sans is embedded (subset),
 * the chapters and sections become the outline, and the SVG charts are drawn as vectors.
 */
public final class PdfRenderer {

  private PdfRenderer() {}

  public static byte[] render(BookDocument book) {
    return HtmlPdf.render(xhtml(book));
  }

  static String xhtml(BookDocument book) {
    StringBuilder h = new StringBuilder(512 * 1024);
    h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(book.language().getLanguage())
        .append("\"><head><meta charset=\"UTF-8\"/><title>")
        .append(Xml.escape(book.runningHeader()))
        .append("</title><meta name=\"author\" content=\"")
        .append(Xml.escape(book.cover().regionName()))
        .append("\"/><meta name=\"subject\" content=\"")
        .append(Xml.escape(book.cover().title()))
        .append("\"/><style>")
        .append(CSS)
        .append("</style>");
    bookmarks(h, book.headings());
    h.append("</head><body").append(book.compact() ? " class=\"compact\"" : "").append('>');
    cover(h, book.cover());
    h.append("<div class=\"running\">").append(Xml.escape(book.runningHeader())).append("</div>");
    if (!book.compact()) {
      h.append("<div class=\"front\"><h1 class=\"unnumbered\">")
          .append(Xml.escape(book.forewordTitle()))
          .append("</h1><p class=\"note\">")
          .append(Xml.escape(book.forewordText()))
          .append("</p></div>");
    }
    h.append("<div class=\"front\"><h1 class=\"unnumbered\">")
        .append(Xml.escape(book.contentsTitle()))
        .append("</h1><ul class=\"toc\">");
    for (Block.Heading heading : book.headings()) {
      if (heading.level() > 2) {
        continue;
      }
      h.append("<li class=\"l")
          .append(heading.level())
          .append("\"><a href=\"#")
          .append(heading.anchor())
          .append("\">")
          .append(Xml.escape(heading.title()))
          .append("</a></li>");
    }
    h.append("</ul></div>");
    for (Block block : book.blocks()) {
      block(h, block);
    }
    h.append("</body></html>");
    return h.toString();
  }

  private static void bookmarks(StringBuilder h, List<Block.Heading> headings) {
    h.append("<bookmarks>");
    int open = 0;
    for (Block.Heading heading : headings) {
      int level = Math.min(heading.level(), 3);
      while (open >= level) {
        h.append("</bookmark>");
        open--;
      }
      while (open < level - 1) {
        // a section without a chapter above it: open an empty level so the nesting stays valid
        h.append("<bookmark name=\"\" href=\"#").append(heading.anchor()).append("\">");
        open++;
      }
      h.append("<bookmark name=\"")
          .append(Xml.escape(heading.title()))
          .append("\" href=\"#")
          .append(heading.anchor())
          .append("\">");
      open++;
    }
    while (open-- > 0) {
      h.append("</bookmark>");
    }
    h.append("</bookmarks>");
  }

  private static void cover(StringBuilder h, BookDocument.Cover cover) {
    h.append("<div class=\"cover\">");
    if (cover.logo() != null) {
      if (cover.logo().svg()) {
        h.append("<div class=\"logo\">")
            .append(
                stripProlog(
                    new String(cover.logo().content(), java.nio.charset.StandardCharsets.UTF_8)))
            .append("</div>");
      } else {
        h.append("<div class=\"logo\"><img src=\"data:")
            .append(cover.logo().contentType())
            .append(";base64,")
            .append(Base64.getEncoder().encodeToString(cover.logo().content()))
            .append("\" alt=\"\"/></div>");
      }
    }
    h.append("<p class=\"book\">")
        .append(Xml.escape(cover.bookTitle()))
        .append("</p><p class=\"title\">")
        .append(Xml.escape(cover.title()))
        .append("</p><p class=\"region\">")
        .append(Xml.escape(cover.regionName()))
        .append("</p><p class=\"period\">")
        .append(Xml.escape(cover.period()))
        .append("</p>");
    if (cover.regulation() != null) {
      h.append("<p class=\"regulation\">").append(Xml.escape(cover.regulation())).append("</p>");
    }
    h.append("<p class=\"edition\">").append(Xml.escape(cover.edition())).append("</p>");
    h.append("<p class=\"footer\">").append(Xml.escape(cover.footer())).append("</p></div>");
  }

  private static void block(StringBuilder h, Block block) {
    if (block instanceof Block.Heading x) {
      String tag = "h" + Math.min(x.level(), 4);
      h.append('<')
          .append(tag)
          .append(" id=\"")
          .append(x.anchor())
          .append("\">")
          .append(Xml.escape(x.title()))
          .append("</")
          .append(tag)
          .append('>');
    } else if (block instanceof Block.Paragraph p) {
      h.append("<p class=\"")
          .append(p.style().name().toLowerCase(java.util.Locale.ROOT))
          .append("\">")
          .append(Xml.lines(p.text()))
          .append("</p>");
    } else if (block instanceof Block.Bullets b) {
      h.append("<ul>");
      b.items().forEach(i -> h.append("<li>").append(Xml.lines(i)).append("</li>"));
      h.append("</ul>");
    } else if (block instanceof Block.Facts f) {
      h.append(
          "<table class=\"facts\"><col style=\"width:28%\"/><col style=\"width:72%\"/><tbody>");
      for (Block.Fact fact : f.facts()) {
        h.append("<tr><th>")
            .append(Xml.escape(fact.label()))
            .append("</th><td>")
            .append(Xml.lines(fact.value()))
            .append("</td></tr>");
      }
      h.append("</tbody></table>");
    } else if (block instanceof Block.Table t) {
      table(h, t);
    } else if (block instanceof Block.Figure f) {
      h.append("<div class=\"figure\">")
          .append(stripProlog(f.svg()))
          .append("<p class=\"caption\">")
          .append(Xml.escape(f.caption()))
          .append("</p></div>");
    } else if (block instanceof Block.PageBreak) {
      h.append("<div class=\"break\"></div>");
    }
  }

  private static void table(StringBuilder h, Block.Table t) {
    if (t.caption() != null) {
      h.append("<p class=\"caption table-caption\">")
          .append(Xml.escape(t.caption()))
          .append("</p>");
    }
    int total = t.widths().stream().mapToInt(Integer::intValue).sum();
    h.append("<table class=\"grid").append(t.small() ? " small" : "").append("\">");
    for (int w : t.widths()) {
      h.append("<col style=\"width:")
          .append(String.format(java.util.Locale.ROOT, "%.2f", 100.0 * w / total))
          .append("%\"/>");
    }
    h.append("<thead><tr>");
    for (int i = 0; i < t.headers().size(); i++) {
      h.append("<th")
          .append(t.numeric().get(i) ? " class=\"num\"" : "")
          .append('>')
          .append(Xml.escape(t.headers().get(i)))
          .append("</th>");
    }
    h.append("</tr></thead><tbody>");
    for (List<String> row : t.rows()) {
      h.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        h.append("<td")
            .append(t.numeric().get(i) ? " class=\"num\"" : "")
            .append('>')
            .append(Xml.lines(row.get(i)))
            .append("</td>");
      }
      h.append("</tr>");
    }
    h.append("</tbody></table>");
  }

  private static String stripProlog(String svg) {
    int start = svg.indexOf("<svg");
    return start <= 0 ? svg : svg.substring(start);
  }

  private static final String CSS =
      """
      @page { size: A4; margin: 24mm 20mm 22mm 22mm;
        @top-center { content: element(running); }
        @bottom-center { content: counter(page); font-family: 'DejaVu Sans'; font-size: 9pt; } }
      @page :first { @top-center { content: none; } @bottom-center { content: none; } }
      body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.35; color: #111; }
      .running { position: running(running); font-size: 8pt; color: #555; text-align: center;
        border-bottom: 0.5pt solid #999; padding-bottom: 2mm; }
      .cover { text-align: center; page-break-after: always; padding-top: 10mm; }
      .cover .logo { margin: 10mm auto 12mm auto; }
      .cover .logo img { max-height: 45mm; max-width: 60mm; }
      .cover .logo svg { max-height: 45mm; }
      .cover .book { font-size: 20pt; font-weight: bold; margin-top: 20mm; }
      .cover .title { font-size: 16pt; margin-top: 8mm; }
      .cover .region { font-size: 14pt; font-weight: bold; margin-top: 20mm; }
      .cover .period { font-size: 12pt; }
      .cover .regulation { font-size: 10pt; margin-top: 10mm; }
      .cover .edition { font-size: 9pt; margin-top: 6mm; color: #555; }
      .cover .footer { font-size: 10pt; margin-top: 30mm; color: #555; }
      .front { page-break-after: always; }
      h1, h2, h3, h4 { font-weight: bold; page-break-after: avoid; }
      h1 { font-size: 16pt; page-break-before: always; margin: 0 0 6mm 0; }
      .front h1 { page-break-before: auto; }
      body.compact h1 { page-break-before: auto; margin-top: 8mm; }
      h2 { font-size: 13pt; margin: 6mm 0 3mm 0; }
      h3 { font-size: 11.5pt; margin: 5mm 0 2mm 0; }
      h4 { font-size: 10.5pt; margin: 5mm 0 2mm 0; border-bottom: 0.5pt solid #999; }
      p, li, td, th { word-wrap: break-word; overflow-wrap: break-word; }
      p.lead { font-size: 12pt; font-style: italic; }
      p.note { font-style: italic; color: #7a4b00; }
      ul.toc { list-style: none; padding: 0; }
      ul.toc li.l1 { font-weight: bold; margin-top: 2mm; }
      ul.toc li.l2 { margin-left: 8mm; }
      ul.toc a { color: #111; text-decoration: none; }
      ul.toc a::after { content: leader('.') target-counter(attr(href), page); }
      table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 1mm 0 4mm 0;
        -fs-table-paginate: paginate; }
      thead { display: table-header-group; }
      tr { page-break-inside: avoid; }
      table.grid th, table.grid td { border: 0.5pt solid #888; padding: 1mm 1.5mm; vertical-align: top; }
      table.grid th { background: #e8eef5; text-align: left; word-wrap: normal; }
      table.grid.small { font-size: 7.5pt; }
      table.facts th, table.facts td { padding: 0.8mm 1.5mm; vertical-align: top; text-align: left;
        border-bottom: 0.3pt solid #ccc; }
      table.facts { font-size: 9pt; }
      .num { text-align: right; }
      td.num { white-space: nowrap; }
      .caption { font-size: 9pt; font-weight: bold; margin: 2mm 0 1mm 0; page-break-after: avoid; }
      .figure { text-align: center; page-break-inside: avoid; margin: 3mm 0; }
      .break { page-break-after: always; }
      """;
}
