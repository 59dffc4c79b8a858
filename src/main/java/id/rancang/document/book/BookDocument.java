package id.rancang.document.book;

import java.util.List;
import java.util.Locale;

/**
 * A book ready to render: the cover, the running header, the foreword placeholder and the blocks of
 * its chapters in reading order. Both renderers read the same structure, so the DOCX and the PDF
 * say the same thing.
 */
public record BookDocument(
    Locale language,
    Cover cover,
    String runningHeader,
    String forewordTitle,
    String forewordText,
    String contentsTitle,
    String pageLabel,
    boolean compact,
    List<Block> blocks) {

  public BookDocument {
    blocks = List.copyOf(blocks);
  }

  /** The headings of the book (chapters and sections), in order: the table of contents. */
  public List<Block.Heading> headings() {
    return blocks.stream()
        .filter(Block.Heading.class::isInstance)
        .map(Block.Heading.class::cast)
        .toList();
  }

  /**
   * What the cover shows. Regulation and logo may be null; the edition says whether the book shows
   * the live data (of which day) or a frozen version (by its name).
   */
  public record Cover(
      String bookTitle,
      String title,
      String regionName,
      String period,
      String regulation,
      String edition,
      Picture logo,
      String footer) {}

  /** An image with its media type (PNG, JPEG or SVG). */
  public record Picture(byte[] content, String contentType) {

    public boolean svg() {
      return "image/svg+xml".equals(contentType);
    }
  }
}
