package id.rancang.document.book;

import id.rancang.document.Book;
import id.rancang.document.MasterplanContent;
import id.rancang.document.book.Block.Fact;
import id.rancang.shared.Formats;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The bookkeeping every writer shares: chapter and section numbers, numbered table and figure
 * captions, unique anchors, and notes for what is missing.
 */
final class BookKit {

  final MasterplanContent content;
  final Texts t;
  final Formats f;
  private final List<Block> blocks = new ArrayList<>();
  private int chapter;
  private int section;
  private int subsection;
  private int tables;
  private int figures;
  private int items;

  BookKit(MasterplanContent content, Texts texts, Formats formats) {
    this.content = content;
    this.t = texts;
    this.f = formats;
  }

  /** The language of the book, for the names of dimensions and elements. */
  java.util.Locale locale() {
    return f.english() ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag("id");
  }

  /** The programmes a book shows: every one that is not cancelled, in the content's order. */
  java.util.List<MasterplanContent.ProgrammeEntry> programmes() {
    return content.programmes().stream()
        .filter(p -> p.status() != id.rancang.programme.ProgrammeStatus.CANCELLED)
        .toList();
  }

  void chapter(String key, Object... args) {
    chapter++;
    section = 0;
    subsection = 0;
    tables = 0;
    figures = 0;
    blocks.add(new Block.Heading(1, Integer.toString(chapter), t.get(key, args), "bab-" + chapter));
  }

  void section(String text) {
    section++;
    subsection = 0;
    blocks.add(
        new Block.Heading(2, chapter + "." + section, text, "bab-" + chapter + "-" + section));
  }

  void subsection(String text) {
    subsection++;
    blocks.add(
        new Block.Heading(
            3,
            chapter + "." + section + "." + subsection,
            text,
            "bab-" + chapter + "-" + section + "-" + subsection));
  }

  void para(String text) {
    if (text != null && !text.isBlank()) {
      blocks.add(Block.Paragraph.of(text.strip()));
    }
  }

  void lead(String text) {
    if (text != null && !text.isBlank()) {
      blocks.add(new Block.Paragraph(text.strip(), Block.Paragraph.Style.LEAD));
    }
  }

  /** A note that says what is missing and where to fill it in. */
  void missing(String key, Object... args) {
    blocks.add(Block.Paragraph.note(t.get(key, args)));
  }

  void bullets(List<String> items) {
    if (!items.isEmpty()) {
      blocks.add(new Block.Bullets(items));
    }
  }

  void facts(List<Fact> facts) {
    List<Fact> shown =
        facts.stream().filter(x -> x.value() != null && !x.value().isBlank()).toList();
    if (!shown.isEmpty()) {
      blocks.add(new Block.Facts(shown));
    }
  }

  Fact fact(String key, String value) {
    return new Fact(t.get(key), value);
  }

  /** A table; its caption is numbered per chapter, e.g. "Tabel 3.2 ...". */
  void table(
      String caption,
      List<String> headers,
      List<List<String>> rows,
      List<Integer> widths,
      List<Boolean> numeric,
      boolean small) {
    tables++;
    blocks.add(
        new Block.Table(
            t.get("document.doc.table", chapter + "." + tables, caption),
            headers,
            rows,
            widths,
            numeric,
            small));
  }

  /** A table without a caption, as on a programme sheet. */
  void plainTable(
      List<String> headers, List<List<String>> rows, List<Integer> widths, List<Boolean> numeric) {
    blocks.add(new Block.Table(null, headers, rows, widths, numeric, true));
  }

  /** A heading below the numbered ones, e.g. one programme sheet, titled by its code. */
  void item(String code, String text) {
    blocks.add(new Block.Heading(4, code, text, "item-" + (++items)));
  }

  void figure(String svg, double widthMm, double heightMm, String caption) {
    figures++;
    blocks.add(
        new Block.Figure(
            svg,
            widthMm,
            heightMm,
            t.get("document.doc.figure", chapter + "." + figures, caption)));
  }

  void pageBreak() {
    blocks.add(new Block.PageBreak());
  }

  /** Columns that are all text. */
  static List<Boolean> text(int n) {
    return Collections.nCopies(n, false);
  }

  /** Width and height in millimetres of an SVG chart drawn in CSS pixels, at most 160 mm wide. */
  static double[] size(String svg) {
    double w = attribute(svg, "width");
    double h = attribute(svg, "height");
    double widthMm = Math.min(160, w * 0.2646);
    return new double[] {widthMm, h * widthMm / w};
  }

  private static double attribute(String svg, String name) {
    int at = svg.indexOf(" " + name + "=\"");
    int start = at + name.length() + 3;
    return Double.parseDouble(svg.substring(start, svg.indexOf('"', start)));
  }

  static <T> List<String> each(List<T> items, Function<T, String> label) {
    return items.stream().map(label).toList();
  }

  static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }

  BookDocument finish(Book book, BookDocument.Picture logo, String edition) {
    var plan = content.masterplan();
    String bookTitle = t.get("document.doc.title." + book.slug());
    String regulation =
        plan.regulationNumber() == null || plan.regulationNumber().isBlank()
            ? null
            : plan.regulationDate() == null
                ? plan.regulationNumber()
                : t.get(
                    "document.doc.regulation",
                    plan.regulationNumber(),
                    f.date(plan.regulationDate()));
    return new BookDocument(
        f.english() ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag("id"),
        new BookDocument.Cover(
            bookTitle,
            plan.title(),
            content.region().name(),
            t.get(
                "document.doc.period",
                String.valueOf(plan.startYear()),
                String.valueOf(plan.endYear())),
            regulation,
            edition,
            logo,
            content.region().province() == null ? "" : content.region().province()),
        bookTitle + " - " + plan.title(),
        t.get("document.doc.foreword"),
        t.get("document.doc.foreword.text"),
        t.get("document.doc.contents"),
        t.get("document.doc.page"),
        book == Book.RINGKASAN_EKSEKUTIF,
        blocks);
  }
}
