package id.rancang.document.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Embeds the book's font in the Word file, as Word does when "embed fonts in the file" is on: one
 * obfuscated TrueType part per face (regular, bold, italic) listed in the font table, so the
 * document looks the same on a computer without DejaVu Sans. The faces are subsets: every character
 * the book uses, plus the Latin letters, digits and punctuation a reader needs to keep editing it.
 */
final class DocxFonts {

  static final String FONT_TABLE =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";
  static final String FONT =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";
  static final String OBFUSCATED = "application/vnd.openxmlformats-officedocument.obfuscatedFont";

  private static final List<String> TABLES =
      List.of(
          "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "name",
          "OS/2", "post", "cmap");

  private DocxFonts() {}

  /** Adds the font table with the three embedded faces and switches embedding on. */
  static void embed(XWPFDocument doc, String family, Set<Integer> used) {
    Set<Integer> codePoints = new TreeSet<>(used);
    for (int c = 0x20; c <= 0x24F; c++) {
      codePoints.add(c); // Basic Latin, Latin-1 and Latin Extended-A and -B
    }
    for (int c = 0x2010; c <= 0x2030; c++) {
      codePoints.add(c); // dashes, quotes, bullet, ellipsis, per mille
    }
    try {
      OPCPackage pkg = doc.getPackage();
      PackagePartName tableName = PackagingURIHelper.createPartName("/word/fontTable.xml");
      PackagePart table =
          pkg.createPart(
              tableName,
              "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
      doc.getPackagePart().addRelationship(tableName, TargetMode.INTERNAL, FONT_TABLE);
      StringBuilder xml = new StringBuilder(1024);
      xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
          .append(
              "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"")
          .append(
              " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
          .append("<w:font w:name=\"")
          .append(family)
          .append("\"><w:charset w:val=\"00\"/><w:family w:val=\"swiss\"/>")
          .append("<w:pitch w:val=\"variable\"/>");
      String[][] faces = {
        {"Regular", "DejaVuSans.ttf"},
        {"Bold", "DejaVuSans-Bold.ttf"},
        {"Italic", "DejaVuSans-Oblique.ttf"}
      };
      for (int i = 0; i < faces.length; i++) {
        String key = "{" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT) + "}";
        byte[] font = obfuscate(subset(faces[i][1], codePoints), key);
        PackagePartName name =
            PackagingURIHelper.createPartName("/word/fonts/font" + (i + 1) + ".odttf");
        PackagePart part = pkg.createPart(name, OBFUSCATED);
        try (OutputStream out = part.getOutputStream()) {
          out.write(font);
        }
        PackageRelationship rel = table.addRelationship(name, TargetMode.INTERNAL, FONT);
        xml.append("<w:embed")
            .append(faces[i][0])
            .append(" r:id=\"")
            .append(rel.getId())
            .append("\" w:fontKey=\"")
            .append(key)
            .append("\"/>");
      }
      xml.append("</w:font></w:fonts>");
      try (OutputStream out = table.getOutputStream()) {
        out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
      }
      var settings = doc.getSettings().getCTSettings();
      if (!settings.isSetEmbedTrueTypeFonts()) {
        settings.addNewEmbedTrueTypeFonts();
      }
      if (!settings.isSetSaveSubsetFonts()) {
        settings.addNewSaveSubsetFonts();
      }
    } catch (InvalidFormatException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The font obfuscation of Office Open XML: the first 32 bytes XOR the 16 bytes of the key GUID,
   * read from its last hex pair to its first. Applying it twice gives the font back.
   */
  static byte[] obfuscate(byte[] font, String guid) {
    String hex = guid.replace("{", "").replace("}", "").replace("-", "");
    byte[] key = new byte[16];
    for (int i = 0; i < 16; i++) {
      key[i] = (byte) Integer.parseInt(hex.substring(30 - 2 * i, 32 - 2 * i), 16);
    }
    byte[] out = font.clone();
    for (int i = 0; i < 32 && i < out.length; i++) {
      out[i] ^= key[i % 16];
    }
    return out;
  }

  private static byte[] subset(String file, Set<Integer> codePoints) throws IOException {
    try (InputStream in = DocxFonts.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the jar: " + file);
      }
      try (TrueTypeFont font =
              new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
          ByteArrayOutputStream out = new ByteArrayOutputStream()) {
        TTFSubsetter subsetter = new TTFSubsetter(font, TABLES);
        CmapLookup cmap = font.getUnicodeCmapLookup();
        for (int c : codePoints) {
          if (cmap.getGlyphId(c) != 0) {
            subsetter.add(c);
          }
        }
        subsetter.writeToStream(out);
        return out.toByteArray();
      }
    }
  }
}
