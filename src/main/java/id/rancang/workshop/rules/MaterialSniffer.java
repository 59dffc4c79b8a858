package id.rancang.workshop.rules;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides from the bytes of an uploaded file what it really is, and whether it may be stored as a
 * workshop material under the name it came with. Recognises PDF ({@code %PDF-}), PNG, JPEG, Office
 * Open XML (a ZIP archive whose central directory holds {@code [Content_Types].xml} and the main
 * part of a Word, Excel or PowerPoint file), the old Office formats (an OLE2 compound file whose
 * top-level streams are those of Word, Excel or PowerPoint), and CSV (valid UTF-8 text without NUL
 * characters and without markup). HTML, SVG, scripts and programs are refused whatever their name,
 * and so is a file whose bytes are another kind than its extension claims (a disguised upload).
 */
public final class MaterialSniffer {

  private static final byte[] PDF = ascii("%PDF-");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP_LOCAL = {'P', 'K', 3, 4};
  private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final byte[][] EXECUTABLES = {
    ascii("MZ"), // Windows programs and libraries
    {0x7F, 'E', 'L', 'F'}, // Linux programs
    {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCE}, // Mach-O
    {(byte) 0xFE, (byte) 0xED, (byte) 0xFA, (byte) 0xCF},
    {(byte) 0xCE, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
    {(byte) 0xCF, (byte) 0xFA, (byte) 0xED, (byte) 0xFE},
    {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, // Mach-O universal, Java class
    {0x00, 'a', 's', 'm'} // WebAssembly
  };
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Tags that make a browser render or run something. */
  private static final Pattern ACTIVE_TAG =
      Pattern.compile(
          "<\\s*/?\\s*(html|head|body|script|iframe|frame|frameset|object|embed|applet|style|link"
              + "|meta|base|form|input|button|img|image|a|div|span|p|table|math|template|video"
              + "|audio|source|title|details|marquee|xml|xsl|svg)[\\s/>]"
              + "|<!--|<!\\s*doctype|<\\?\\s*xml|<!\\[cdata\\[");

  /** Any complete start tag, e.g. {@code <b>} or {@code <x onload="...">}. */
  private static final Pattern ANY_TAG =
      Pattern.compile(
          "<[a-z][a-z0-9:-]*(\\s+[a-z:_-]+(\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*\\s*/?>");

  private MaterialSniffer() {}

  /**
   * Whether the file may be stored: allowed extension, not empty, at most {@code maxBytes}, no
   * active content, and bytes of the kind the extension claims.
   */
  public static MaterialVerdict check(String fileName, byte[] bytes, long maxBytes) {
    MaterialType claimed = MaterialType.ofFileName(fileName);
    if (claimed == null) {
      return MaterialVerdict.refuse(MaterialVerdict.Refusal.EXTENSION_NOT_ALLOWED, null, null);
    }
    if (bytes == null || bytes.length == 0) {
      return MaterialVerdict.refuse(MaterialVerdict.Refusal.EMPTY, claimed, null);
    }
    if (bytes.length > maxBytes) {
      return MaterialVerdict.refuse(MaterialVerdict.Refusal.TOO_LARGE, claimed, null);
    }
    ContentKind found = kindOf(bytes);
    if (found.active()) {
      return MaterialVerdict.refuse(MaterialVerdict.Refusal.ACTIVE_CONTENT, claimed, found);
    }
    if (found.type() != claimed) {
      return MaterialVerdict.refuse(MaterialVerdict.Refusal.DISGUISED, claimed, found);
    }
    return MaterialVerdict.accept(claimed);
  }

  /** What the bytes are, from their content alone. */
  public static ContentKind kindOf(byte[] bytes) {
    for (byte[] magic : EXECUTABLES) {
      if (startsWith(bytes, 0, magic)) {
        return ContentKind.EXECUTABLE;
      }
    }
    if (startsWith(bytes, 0, PDF)) {
      return ContentKind.PDF;
    }
    if (startsWith(bytes, 0, PNG)) {
      return ContentKind.PNG;
    }
    if (startsWith(bytes, 0, JPEG)) {
      return ContentKind.JPEG;
    }
    if (startsWith(bytes, 0, ZIP_LOCAL) || startsWith(bytes, 0, ZIP_EMPTY)) {
      return zipKind(bytes);
    }
    if (startsWith(bytes, 0, OLE2)) {
      return ole2Kind(bytes);
    }
    return textKind(bytes);
  }

  // ---- Office Open XML: the part names in the ZIP archive ----

  private static ContentKind zipKind(byte[] bytes) {
    List<String> names = zipEntryNames(bytes);
    if (!names.contains("[Content_Types].xml")) {
      return ContentKind.ZIP;
    }
    if (names.contains("word/document.xml")) {
      return ContentKind.DOCX;
    }
    if (names.contains("xl/workbook.xml")) {
      return ContentKind.XLSX;
    }
    if (names.contains("ppt/presentation.xml")) {
      return ContentKind.PPTX;
    }
    return ContentKind.ZIP;
  }

  /**
   * The names of the entries of a ZIP archive, from its central directory; when that cannot be read
   * (a truncated file), from the local headers found in the bytes.
   */
  static List<String> zipEntryNames(byte[] bytes) {
    try {
      return centralDirectoryNames(bytes);
    } catch (RuntimeException malformed) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i + 30 <= bytes.length; i++) {
        if (startsWith(bytes, i, ZIP_LOCAL)) {
          int length = u16(bytes, i + 26);
          if (i + 30 + length <= bytes.length) {
            names.add(new String(bytes, i + 30, length, StandardCharsets.UTF_8));
          }
        }
      }
      return names;
    }
  }

  private static List<String> centralDirectoryNames(byte[] bytes) {
    int end = -1;
    for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      throw new IllegalArgumentException("no end of central directory");
    }
    int entries = u16(bytes, end + 10);
    long offset = u32(bytes, end + 16);
    if (offset >= bytes.length) {
      throw new IllegalArgumentException("central directory outside the file");
    }
    List<String> names = new ArrayList<>();
    int at = (int) offset;
    for (int n = 0; n < entries; n++) {
      if (!(bytes[at] == 'P' && bytes[at + 1] == 'K' && bytes[at + 2] == 1 && bytes[at + 3] == 2)) {
        throw new IllegalArgumentException("not a central directory header");
      }
      int nameLength = u16(bytes, at + 28);
      int extraLength = u16(bytes, at + 30);
      int commentLength = u16(bytes, at + 32);
      names.add(new String(bytes, at + 46, nameLength, StandardCharsets.UTF_8));
      at += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }

  // ---- OLE2 compound files: the names of the top-level streams ----

  private static ContentKind ole2Kind(byte[] bytes) {
    Set<String> names;
    try {
      names = ole2TopLevelNames(bytes);
    } catch (RuntimeException malformed) {
      return ContentKind.OLE2;
    }
    if (names.contains("WordDocument")) {
      return ContentKind.DOC;
    }
    if (names.contains("PowerPoint Document")) {
      return ContentKind.PPT;
    }
    if (names.contains("Workbook") || names.contains("Book")) {
      return ContentKind.XLS;
    }
    return ContentKind.OLE2;
  }

  /**
   * The names of the entries directly under the root storage of an OLE2 compound file (MS-CFB): the
   * directory sectors are followed through the file allocation table, and the root's children are
   * the red-black tree under its child entry.
   */
  static Set<String> ole2TopLevelNames(byte[] bytes) {
    if (bytes.length < 512) {
      throw new IllegalArgumentException("shorter than an OLE2 header");
    }
    int sectorShift = u16(bytes, 30);
    if (sectorShift != 9 && sectorShift != 12) {
      throw new IllegalArgumentException("sector size");
    }
    int sectorSize = 1 << sectorShift;
    long firstDirectorySector = u32(bytes, 48);
    // the directory's sectors, in chain order
    List<Long> chain = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    long sector = firstDirectorySector;
    while (sector < 0xFFFFFFFAL) {
      if (!seen.add(sector) || chain.size() > 100_000) {
        throw new IllegalArgumentException("directory chain loops");
      }
      chain.add(sector);
      sector = fatEntry(bytes, sectorSize, sector);
    }
    int entriesPerSector = sectorSize / 128;
    int entryCount = chain.size() * entriesPerSector;
    // root entry: index 0; its child is the root of the tree of top-level entries
    long root = entryField(bytes, sectorSize, chain, entriesPerSector, 0, 76);
    Set<String> names = new HashSet<>();
    Deque<Long> todo = new ArrayDeque<>();
    Set<Long> visited = new HashSet<>();
    if (root < entryCount) {
      todo.push(root);
    }
    while (!todo.isEmpty()) {
      long entry = todo.pop();
      if (!visited.add(entry)) {
        throw new IllegalArgumentException("directory tree loops");
      }
      names.add(entryName(bytes, sectorSize, chain, entriesPerSector, (int) entry));
      for (int field : new int[] {68, 72}) {
        long sibling = entryField(bytes, sectorSize, chain, entriesPerSector, (int) entry, field);
        if (sibling < entryCount) {
          todo.push(sibling);
        }
      }
    }
    return names;
  }

  private static int entryOffset(int sectorSize, List<Long> chain, int perSector, int entry) {
    long sector = chain.get(entry / perSector);
    long offset = (sector + 1) * sectorSize + (long) (entry % perSector) * 128;
    if (offset > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("entry outside the file");
    }
    return (int) offset;
  }

  private static long entryField(
      byte[] bytes, int sectorSize, List<Long> chain, int perSector, int entry, int field) {
    return u32(bytes, entryOffset(sectorSize, chain, perSector, entry) + field);
  }

  private static String entryName(
      byte[] bytes, int sectorSize, List<Long> chain, int perSector, int entry) {
    int offset = entryOffset(sectorSize, chain, perSector, entry);
    int length = Math.min(u16(bytes, offset + 64), 64);
    int chars = Math.max(0, length / 2 - 1); // without the terminating NUL
    return new String(bytes, offset, chars * 2, StandardCharsets.UTF_16LE);
  }

  /** The next sector after {@code sector} in the file allocation table. */
  private static long fatEntry(byte[] bytes, int sectorSize, long sector) {
    int perFatSector = sectorSize / 4;
    long fatIndex = sector / perFatSector;
    long fatSector = difatEntry(bytes, sectorSize, fatIndex);
    long offset = (fatSector + 1) * sectorSize + (sector % perFatSector) * 4;
    if (offset + 4 > bytes.length) {
      throw new IllegalArgumentException("allocation table outside the file");
    }
    return u32(bytes, (int) offset);
  }

  /** Where the {@code index}-th sector of the allocation table is (header, then DIFAT sectors). */
  private static long difatEntry(byte[] bytes, int sectorSize, long index) {
    if (index < 109) {
      return u32(bytes, 76 + (int) index * 4);
    }
    long remaining = index - 109;
    int perDifatSector = sectorSize / 4 - 1;
    long difatSector = u32(bytes, 68);
    for (int hops = 0; hops < 100_000; hops++) {
      if (difatSector >= 0xFFFFFFFAL) {
        break;
      }
      long base = (difatSector + 1) * sectorSize;
      if (remaining < perDifatSector) {
        return u32(bytes, (int) (base + remaining * 4));
      }
      remaining -= perDifatSector;
      difatSector = u32(bytes, (int) (base + (long) perDifatSector * 4));
    }
    throw new IllegalArgumentException("allocation table sector not found");
  }

  // ---- text: CSV, or markup and scripts ----

  private static ContentKind textKind(byte[] bytes) {
    int start = startsWith(bytes, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
    String text = utf8(bytes, start);
    if (text == null) {
      // not UTF-8: still look for markup a browser would render in a single-byte encoding
      String latin = new String(bytes, StandardCharsets.ISO_8859_1);
      ContentKind markup = markup(latin);
      return markup != null ? markup : ContentKind.UNKNOWN;
    }
    ContentKind markup = markup(text);
    if (markup != null) {
      return markup;
    }
    if (text.stripLeading().startsWith("#!")) {
      return ContentKind.SCRIPT;
    }
    return text.indexOf('\0') >= 0 ? ContentKind.UNKNOWN : ContentKind.TEXT;
  }

  /** HTML, SVG or script when the text holds tags of them, otherwise null. */
  static ContentKind markup(String text) {
    String lower = text.replace("\0", "").toLowerCase(Locale.ROOT);
    if (Pattern.compile("<\\s*svg[\\s/>]").matcher(lower).find()) {
      return ContentKind.SVG;
    }
    if (Pattern.compile("<\\s*script[\\s/>]").matcher(lower).find()) {
      return ContentKind.SCRIPT;
    }
    if (ACTIVE_TAG.matcher(lower).find() || ANY_TAG.matcher(lower).find()) {
      return ContentKind.HTML;
    }
    return null;
  }

  private static String utf8(byte[] bytes, int start) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  // ---- bytes ----

  private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
    if (at < 0 || at + prefix.length > bytes.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int u16(byte[] bytes, int at) {
    return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] bytes, int at) {
    return (bytes[at] & 0xFFL)
        | (bytes[at + 1] & 0xFFL) << 8
        | (bytes[at + 2] & 0xFFL) << 16
        | (bytes[at + 3] & 0xFFL) << 24;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
