package id.rancang.document;

import id.rancang.document.book.BookDocument;
import id.rancang.document.book.BookWriter;
import id.rancang.document.render.DocxRenderer;
import id.rancang.document.render.PdfRenderer;
import id.rancang.shared.Formats;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Generates the books of a masterplan, live or from a frozen version, as DOCX or PDF. */
@Service
public class Documents {

  private final ContentSource source;
  private final MessageSource messages;

  Documents(ContentSource source, MessageSource messages) {
    this.source = source;
    this.messages = messages;
  }

  /**
   * One book in one format and language. Without {@code partnerNames} the partners of programmes
   * appear by their pentahelix role only.
   */
  public GeneratedFile book(
      long regionId,
      long masterplanId,
      Long versionId,
      Book book,
      DocumentFormat format,
      Locale language,
      boolean partnerNames) {
    MasterplanContent content = source.content(regionId, masterplanId, versionId);
    if (!partnerNames) {
      content = content.withoutPartnerNames();
    }
    ContentSource.Logo logo = source.logo(regionId, masterplanId, versionId).orElse(null);
    BookDocument document =
        BookWriter.write(
            book,
            content,
            (key, args) -> messages.getMessage(key, args, key, language),
            new Formats(language),
            logo == null ? null : new BookDocument.Picture(logo.content(), logo.contentType()),
            source.versionName(regionId, masterplanId, versionId),
            java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")));
    byte[] bytes =
        switch (format) {
          case DOCX -> DocxRenderer.render(document);
          case PDF -> PdfRenderer.render(document);
        };
    return new GeneratedFile(
        filename(book, content, versionId, language, format), format.contentType(), bytes);
  }

  /** E.g. buku-2-3328-12.pdf, buku-2-3328-12-v4-en.docx for version 4 in English. */
  static String filename(
      Book book, MasterplanContent content, Long versionId, Locale language, DocumentFormat f) {
    return book.slug()
        + "-"
        + content.region().code().replaceAll("[^A-Za-z0-9]", "")
        + "-"
        + content.masterplan().id()
        + (versionId == null ? "" : "-v" + versionId)
        + ("en".equals(language.getLanguage()) ? "-en" : "")
        + "."
        + f.extension();
  }
}
