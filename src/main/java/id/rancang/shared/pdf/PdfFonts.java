package id.rancang.shared.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts of Rancang's PDFs, read once per JVM from the jar and kept without their glyph
 * substitution tables (GSUB). The documents need no ligatures or contextual forms for Indonesian or
 * English, and PDFBox otherwise runs every string through its GSUB rules, a fifth of the time of a
 * large book.
 */
final class PdfFonts {

  private static final List<String> KEPT_TABLES =
      List.of(
          "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "name",
          "OS/2", "post", "cmap");

  private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

  private PdfFonts() {}

  static InputStream open(String file) {
    return new ByteArrayInputStream(CACHE.computeIfAbsent(file, PdfFonts::withoutSubstitutions));
  }

  private static byte[] withoutSubstitutions(String file) {
    try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the jar: " + file);
      }
      byte[] original = in.readAllBytes();
      try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(original));
          ByteArrayOutputStream out = new ByteArrayOutputStream(original.length)) {
        TTFSubsetter all = new TTFSubsetter(font, KEPT_TABLES);
        CmapLookup cmap = font.getUnicodeCmapLookup();
        for (int codePoint = 0x20; codePoint <= 0xFFFF; codePoint++) {
          if (cmap.getGlyphId(codePoint) != 0) {
            all.add(codePoint);
          }
        }
        all.writeToStream(out);
        return out.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
