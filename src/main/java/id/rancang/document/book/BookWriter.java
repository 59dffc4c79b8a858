package id.rancang.document.book;

import id.rancang.document.Book;
import id.rancang.document.MasterplanContent;
import id.rancang.shared.Formats;

/** Lays out a book from a masterplan's content, in the language of the texts given. */
public final class BookWriter {

  private BookWriter() {}

  public static BookDocument write(
      Book book,
      MasterplanContent content,
      Texts texts,
      Formats formats,
      BookDocument.Picture logo) {
    BookKit kit = new BookKit(content, texts, formats);
    switch (book) {
      case BUKU_1 -> new Buku1Writer(kit).write();
      case BUKU_2 -> new Buku2Writer(kit).write();
      case RINGKASAN_EKSEKUTIF -> new SummaryWriter(kit).write();
    }
    return kit.finish(book, logo);
  }
}
