package id.rancang.document.book;

import java.util.List;

/** One piece of a book's body. */
public sealed interface Block {

  /**
   * A chapter (level 1, starts a new page) or a section (levels 2 and 3), with its number (e.g.
   * "2.3") and an anchor id unique in the book.
   */
  record Heading(int level, String number, String text, String anchor) implements Block {

    /** The number and the text, as the table of contents and the outline show them. */
    public String title() {
      return number == null || number.isEmpty() ? text : number + " " + text;
    }
  }

  /** A paragraph; a note says what is missing and is shown in italics. */
  record Paragraph(String text, Style style) implements Block {

    public enum Style {
      NORMAL,
      LEAD,
      NOTE
    }

    public static Paragraph of(String text) {
      return new Paragraph(text, Style.NORMAL);
    }

    public static Paragraph note(String text) {
      return new Paragraph(text, Style.NOTE);
    }
  }

  /** A bulleted list. */
  record Bullets(List<String> items) implements Block {
    public Bullets {
      items = List.copyOf(items);
    }
  }

  /** Label and value pairs, as on a programme sheet. */
  record Facts(List<Fact> facts) implements Block {
    public Facts {
      facts = List.copyOf(facts);
    }
  }

  /** One label and its value. */
  record Fact(String label, String value) {}

  /**
   * A table with a numbered caption, header rows repeated on every page, and relative column
   * widths. A numeric column is right-aligned.
   */
  record Table(
      String caption,
      List<String> headers,
      List<List<String>> rows,
      List<Integer> widths,
      List<Boolean> numeric,
      boolean small)
      implements Block {

    public Table {
      headers = List.copyOf(headers);
      rows = rows.stream().map(List::copyOf).toList();
      widths = List.copyOf(widths);
      numeric = List.copyOf(numeric);
      if (widths.size() != headers.size() || numeric.size() != headers.size()) {
        throw new IllegalArgumentException("one width and one alignment per column");
      }
      for (List<String> row : rows) {
        if (row.size() != headers.size()) {
          throw new IllegalArgumentException("one cell per column in every row");
        }
      }
    }
  }

  /** A chart drawn as SVG with its size in millimetres and a numbered caption. */
  record Figure(String svg, double widthMm, double heightMm, String caption) implements Block {}

  /** Starts a new page. */
  record PageBreak() implements Block {}
}
