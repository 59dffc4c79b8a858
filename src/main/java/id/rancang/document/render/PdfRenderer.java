package id.rancang.document.render;

import id.rancang.document.book.BookDocument;

public final class PdfRenderer {

  private PdfRenderer() {}

  public static byte[] render(BookDocument document) {
    throw new UnsupportedOperationException("not yet");
  }
}
