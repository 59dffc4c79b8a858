package id.rancang.document.book;

import id.rancang.document.Book;
import id.rancang.document.MasterplanContent;
import id.rancang.shared.Formats;

/**
 * Lays out a book from a masterplan's content, in the language of the texts given. {@code
 * versionName} names the frozen version the content comes from (null: the live data of {@code
 * generated}).
 */
public final class BookWriter {

  private BookWriter() {}

  public static BookDocument write(
      Book book,
      MasterplanContent content,
      Texts texts,
      Formats formats,
      BookDocument.Picture logo,
      String versionName,
      java.time.LocalDate generated) {
    BookKit kit = new BookKit(content, texts, formats);
    switch (book) {
      case BUKU_1 -> new Buku1Writer(kit).write();
      case BUKU_2 -> new Buku2Writer(kit).write();
      case RINGKASAN_EKSEKUTIF -> new SummaryWriter(kit).write();
    }
    return kit.finish(
        book,
        logo,
        versionName == null
            ? texts.get("document.doc.edition.live", formats.date(generated))
            : texts.get("document.doc.edition.version", versionName));
  }
}
