package id.rancang.document.render;

/** Escapes text for XHTML and drops the characters XML cannot carry. */
final class Xml {

  private Xml() {}

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** Escaped, with line breaks kept as {@code <br/>}. */
  static String lines(String text) {
    return escape(text).replace("\r\n", "\n").replace("\n", "<br/>");
  }

  /** Text without the control characters Word and XML refuse. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 || c == '\n' || c == '\t') {
        b.append(c);
      }
    }
    return b.toString();
  }
}
