package id.rancang.document;

import id.rancang.document.book.BookDocument;
import id.rancang.document.book.BookWriter;
import id.rancang.document.book.Texts;
import id.rancang.shared.Formats;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Writes books from in-memory contents with the application's own message files. */
public final class Books {

  private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

  static {
    MESSAGES.setBasenames(
        "messages/shared",
        "messages/region",
        "messages/identity",
        "messages/strategy",
        "messages/programme",
        "messages/document");
    MESSAGES.setDefaultEncoding("UTF-8");
    MESSAGES.setFallbackToSystemLocale(false);
  }

  private Books() {}

  public static final Locale INDONESIAN = Locale.forLanguageTag("id");

  /** The day the books of the tests are generated on. */
  public static final java.time.LocalDate GENERATED = java.time.LocalDate.of(2026, 7, 31);

  public static Texts texts(Locale language) {
    return (key, args) -> MESSAGES.getMessage(key, args, language);
  }

  public static BookDocument write(Book book, MasterplanContent content, Locale language) {
    return BookWriter.write(
        book, content, texts(language), new Formats(language), null, null, GENERATED);
  }
}
