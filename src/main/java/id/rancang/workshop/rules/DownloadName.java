package id.rancang.workshop.rules;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * File names of materials: cleaned when a file is uploaded (no folders, no control characters, no
 * characters that file systems or headers trip over), and written into a {@code
 * Content-Disposition: attachment} header that every browser reads safely: a plain ASCII {@code
 * filename} and, when the name has other characters, the exact name as {@code filename*} (RFC 5987
 * / RFC 6266).
 */
public final class DownloadName {

  static final int MAX_LENGTH = 200;
  private static final String FALLBACK = "materi";

  private DownloadName() {}

  /**
   * The name to keep for an uploaded file: its last path segment without control characters or
   * {@code " \ / : * ? < > |}, at most 200 characters (the extension kept), never empty.
   */
  public static String clean(String uploaded) {
    String name = uploaded == null ? "" : uploaded;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder();
    name.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)
                  || Character.getType(c) == Character.FORMAT // e.g. right-to-left override
                  || "\"\\/:*?<>|".indexOf(c) >= 0) {
                out.append('_');
              } else if (Character.isWhitespace(c)) {
                out.append(' ');
              } else {
                out.appendCodePoint(c);
              }
            });
    String cleaned = out.toString().replaceAll(" {2,}", " ").strip();
    while (cleaned.startsWith(".")) {
      cleaned = cleaned.substring(1); // no hidden files, no ".."
    }
    if (cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH) {
      int dot = cleaned.lastIndexOf('.');
      String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
      int keep = MAX_LENGTH - extension.length();
      cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, keep)) + extension;
    }
    return cleaned.isBlank() || cleaned.startsWith(".") ? FALLBACK : cleaned;
  }

  /** {@code attachment; filename="..."} with {@code filename*=UTF-8''...} for non-ASCII names. */
  public static String contentDisposition(String fileName) {
    String name = clean(fileName);
    String ascii = asciiFallback(name);
    StringBuilder header = new StringBuilder("attachment; filename=\"").append(ascii).append('"');
    if (!ascii.equals(name)) {
      header.append("; filename*=UTF-8''").append(percentEncode(name));
    }
    return header.toString();
  }

  /** Letters with accents lose them (é -> e); any other non-ASCII character becomes '_'. */
  static String asciiFallback(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%') {
        out.append(c);
      } else if (!Character.isLowSurrogate(c)) {
        out.append('_');
      }
    }
    return out.toString();
  }

  /** RFC 5987 value characters: letters, digits and {@code !#$&+-.^_`|~}; the rest as %XX. */
  static String percentEncode(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
