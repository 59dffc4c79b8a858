package id.rancang.document.book;

import id.rancang.document.Book;
import id.rancang.document.MasterplanContent;
import java.util.List;
import java.util.Locale;

/** Lays out a book from a masterplan's content. */
public final class BookWriter {

  private BookWriter() {}

  public static BookDocument write(
      Book book, MasterplanContent content, Locale language, BookDocument.Picture logo) {
    return new BookDocument(
        language,
        new BookDocument.Cover(
            book.slug(), content.masterplan().title(), content.region().name(), "", null, logo, ""),
        content.masterplan().title(),
        "",
        "",
        "",
        "",
        List.of());
  }
}
