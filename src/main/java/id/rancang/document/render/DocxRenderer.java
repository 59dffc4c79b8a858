package id.rancang.document.render;

import id.rancang.document.book.BookDocument;

public final class DocxRenderer {

  private DocxRenderer() {}

  public static byte[] render(BookDocument document) {
    throw new UnsupportedOperationException("not yet");
  }
}
