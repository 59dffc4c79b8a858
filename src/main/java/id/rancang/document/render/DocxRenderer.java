package id.rancang.document.render;

import id.rancang.document.book.Block;
import id.rancang.document.book.BookDocument;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A book as a Word document the team can keep editing: A4 with a running header and page numbers,
 * real heading styles (Heading 1 to 4, so the navigation pane and the table of contents work), a
 * contents field Word refreshes on opening, editable tables whose header row repeats on every page,
 * and the charts as pictures rasterised from the same SVG as the PDF and the pages.
 */
public final class DocxRenderer {

  static final String FONT = "DejaVu Sans";

  /** Text width in twips: A4 (11906) minus the left and right margins (22 mm and 20 mm). */
  private static final int TEXT_WIDTH = 11906 - 1247 - 1134;

  private DocxRenderer() {}

  public static byte[] render(BookDocument book) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024)) {
      styles(doc, book.language().getLanguage());
      page(doc, book);
      cover(doc, book.cover());
      if (!book.compact()) {
        XWPFParagraph foreword = doc.createParagraph();
        foreword.setStyle("FrontHeading");
        foreword.setPageBreak(true);
        foreword.createRun().setText(Xml.clean(book.forewordTitle()));
        XWPFParagraph text = doc.createParagraph();
        XWPFRun run = text.createRun();
        run.setItalic(true);
        run.setText(Xml.clean(book.forewordText()));
      }
      contents(doc, book);
      boolean first = true;
      for (Block block : book.blocks()) {
        block(doc, block, book.compact(), first);
        if (block instanceof Block.Heading) {
          first = false;
        }
      }
      doc.getProperties().getCoreProperties().setTitle(book.runningHeader());
      doc.getProperties().getCoreProperties().setCreator(book.cover().regionName());
      doc.getProperties().getExtendedProperties().setApplication("Rancang");
      doc.enforceUpdateFields();
      DocxFonts.embed(doc, FONT, characters(book));
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every character the book shows, for the embedded font subsets. */
  static java.util.Set<Integer> characters(BookDocument book) {
    java.util.Set<Integer> used = new java.util.TreeSet<>();
    java.util.function.Consumer<String> add =
        text -> {
          if (text != null) {
            text.codePoints().forEach(used::add);
          }
        };
    BookDocument.Cover cover = book.cover();
    List.of(
            cover.bookTitle(),
            cover.title(),
            cover.regionName(),
            cover.period(),
            cover.footer(),
            cover.edition(),
            book.runningHeader(),
            book.forewordTitle(),
            book.forewordText(),
            book.contentsTitle())
        .forEach(add);
    add.accept(cover.regulation());
    for (Block block : book.blocks()) {
      if (block instanceof Block.Heading h) {
        add.accept(h.title());
      } else if (block instanceof Block.Paragraph p) {
        add.accept(p.text());
      } else if (block instanceof Block.Bullets b) {
        b.items().forEach(add);
        add.accept("\u2022");
      } else if (block instanceof Block.Facts f) {
        f.facts().forEach(x -> add.accept(x.label() + x.value()));
      } else if (block instanceof Block.Table t) {
        add.accept(t.caption());
        t.headers().forEach(add);
        t.rows().forEach(r -> r.forEach(add));
      } else if (block instanceof Block.Figure f) {
        add.accept(f.caption());
      }
    }
    return used;
  }

  // ---- styles and page ----

  private static void styles(XWPFDocument doc, String language) {
    XWPFStyles styles = doc.createStyles();
    CTStyles ct = CTStyles.Factory.newInstance();
    CTDocDefaults defaults = ct.addNewDocDefaults();
    CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
    CTFonts fonts = rpr.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    rpr.addNewSz().setVal(BigInteger.valueOf(20));
    rpr.addNewSzCs().setVal(BigInteger.valueOf(20));
    rpr.addNewLang().setVal("en".equals(language) ? "en-GB" : "id-ID");
    var ppr = defaults.addNewPPrDefault().addNewPPr();
    var spacing = ppr.addNewSpacing();
    spacing.setAfter(BigInteger.valueOf(100));
    spacing.setLine(BigInteger.valueOf(264));
    spacing.setLineRule(STLineSpacingRule.AUTO);
    styles.setStyles(ct);
    paragraphStyle(styles, "Normal", "Normal", null, -1, 0, false, false, 0, 100, true);
    paragraphStyle(styles, "Heading1", "heading 1", "Normal", 0, 32, true, false, 0, 240, false);
    paragraphStyle(styles, "Heading2", "heading 2", "Normal", 1, 26, true, false, 240, 120, false);
    paragraphStyle(styles, "Heading3", "heading 3", "Normal", 2, 23, true, false, 200, 80, false);
    paragraphStyle(styles, "Heading4", "heading 4", "Normal", 3, 21, true, false, 200, 80, false);
    paragraphStyle(
        styles, "FrontHeading", "Front heading", "Normal", -1, 32, true, false, 0, 240, false);
    paragraphStyle(styles, "Title", "Title", "Normal", -1, 40, true, false, 480, 240, false);
    paragraphStyle(styles, "Subtitle", "Subtitle", "Normal", -1, 28, false, false, 120, 120, false);
    paragraphStyle(styles, "Caption", "caption", "Normal", -1, 18, true, false, 120, 60, false);
    paragraphStyle(styles, "Note", "Note", "Normal", -1, 20, false, true, 0, 100, false);
    paragraphStyle(styles, "Lead", "Lead", "Normal", -1, 24, false, true, 0, 120, false);
    paragraphStyle(styles, "TOC1", "toc 1", "Normal", -1, 20, true, false, 120, 40, false);
    paragraphStyle(styles, "TOC2", "toc 2", "Normal", -1, 20, false, false, 0, 40, false);
    paragraphStyle(styles, "Header", "header", "Normal", -1, 16, false, false, 0, 0, false);
    paragraphStyle(styles, "Footer", "footer", "Normal", -1, 18, false, false, 0, 0, false);
    paragraphStyle(styles, "TableText", "Table text", "Normal", -1, 18, false, false, 0, 0, false);
    paragraphStyle(
        styles, "TableSmall", "Table small", "Normal", -1, 15, false, false, 0, 0, false);
  }

  private static void paragraphStyle(
      XWPFStyles styles,
      String id,
      String name,
      String basedOn,
      int outlineLevel,
      int halfPoints,
      boolean bold,
      boolean italic,
      int spaceBefore,
      int spaceAfter,
      boolean isDefault) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    if (isDefault) {
      s.setDefault(true);
    }
    if (basedOn != null) {
      s.addNewBasedOn().setVal(basedOn);
      s.addNewNext().setVal("Normal");
    }
    s.addNewQFormat();
    if (outlineLevel >= 0) {
      s.addNewUiPriority().setVal(BigInteger.valueOf(9));
    }
    CTPPrGeneral ppr = s.addNewPPr();
    if (outlineLevel >= 0) {
      ppr.addNewKeepNext();
      ppr.addNewKeepLines();
      ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    }
    if (id.equals("Caption")) {
      ppr.addNewKeepNext();
    }
    var spacing = ppr.addNewSpacing();
    spacing.setBefore(BigInteger.valueOf(spaceBefore));
    spacing.setAfter(BigInteger.valueOf(spaceAfter));
    if (id.startsWith("Table")) {
      spacing.setLine(BigInteger.valueOf(240));
      spacing.setLineRule(STLineSpacingRule.AUTO);
    }
    if (id.equals("TOC2")) {
      ppr.addNewInd().setLeft(BigInteger.valueOf(440));
    }
    if (halfPoints > 0 || bold || italic) {
      CTRPr rpr = s.addNewRPr();
      if (bold) {
        rpr.addNewB();
      }
      if (italic) {
        rpr.addNewI();
      }
      if (halfPoints > 0) {
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
      }
      if (id.equals("Note")) {
        rpr.addNewColor().setVal("7A4B00");
      }
    }
    styles.addStyle(new XWPFStyle(s, styles));
  }

  private static void page(XWPFDocument doc, BookDocument book) {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar margin = sect.addNewPgMar();
    margin.setTop(BigInteger.valueOf(1361));
    margin.setBottom(BigInteger.valueOf(1247));
    margin.setLeft(BigInteger.valueOf(1247));
    margin.setRight(BigInteger.valueOf(1134));
    margin.setHeader(BigInteger.valueOf(680));
    margin.setFooter(BigInteger.valueOf(567));
    margin.setGutter(BigInteger.ZERO);
    sect.addNewTitlePg();
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph h = header.createParagraph();
    h.setStyle("Header");
    h.setAlignment(ParagraphAlignment.CENTER);
    h.createRun().setText(Xml.clean(book.runningHeader()));
    doc.createHeader(HeaderFooterType.FIRST).createParagraph();
    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph f = footer.createParagraph();
    f.setStyle("Footer");
    f.setAlignment(ParagraphAlignment.CENTER);
    field(f, "PAGE", "1");
    doc.createFooter(HeaderFooterType.FIRST).createParagraph();
  }

  /** A complex field (begin, instruction, separate, cached result, end) in one paragraph. */
  private static void field(XWPFParagraph p, String instruction, String cached) {
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    var instr = p.createRun().getCTR().addNewInstrText();
    instr.setStringValue(" " + instruction + " ");
    instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    p.createRun().setText(cached);
    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  // ---- cover and contents ----

  private static void cover(XWPFDocument doc, BookDocument.Cover cover)
      throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
    if (cover.logo() != null) {
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(ParagraphAlignment.CENTER);
      byte[] png;
      PictureType type;
      double widthPx;
      double heightPx;
      if (cover.logo().svg()) {
        Raster.Image image =
            Raster.svg(
                new String(cover.logo().content(), java.nio.charset.StandardCharsets.UTF_8), 400);
        png = image.png();
        type = PictureType.PNG;
        widthPx = image.width();
        heightPx = image.height();
      } else {
        png = cover.logo().content();
        type = "image/png".equals(cover.logo().contentType()) ? PictureType.PNG : PictureType.JPEG;
        java.awt.image.BufferedImage read =
            javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        widthPx = read == null ? 200 : read.getWidth();
        heightPx = read == null ? 200 : read.getHeight();
      }
      double scale = Math.min(170 / widthPx, 128 / heightPx);
      p.createRun()
          .addPicture(
              new ByteArrayInputStream(png),
              type,
              "logo",
              Units.toEMU(widthPx * scale),
              Units.toEMU(heightPx * scale));
    }
    centred(doc, "Title", cover.bookTitle());
    centred(doc, "Subtitle", cover.title());
    XWPFParagraph region = centred(doc, "Subtitle", cover.regionName());
    region.setSpacingBefore(1200);
    region.getRuns().get(0).setBold(true);
    centred(doc, "Normal", cover.period());
    if (cover.regulation() != null) {
      centred(doc, "Normal", cover.regulation()).setSpacingBefore(480);
    }
    centred(doc, "Normal", cover.edition()).setSpacingBefore(240);
    centred(doc, "Normal", cover.footer()).setSpacingBefore(1200);
  }

  private static XWPFParagraph centred(XWPFDocument doc, String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    p.setAlignment(ParagraphAlignment.CENTER);
    p.createRun().setText(Xml.clean(text));
    return p;
  }

  /**
   * The table of contents as a TOC field over headings 1 and 2. Its cached result already lists the
   * headings (so a reader that does not update fields still shows them); Word fills in the page
   * numbers when it updates the field on opening.
   */
  private static void contents(XWPFDocument doc, BookDocument book) {
    XWPFParagraph title = doc.createParagraph();
    title.setStyle("FrontHeading");
    title.setPageBreak(true);
    title.createRun().setText(Xml.clean(book.contentsTitle()));
    List<Block.Heading> entries = book.headings().stream().filter(h -> h.level() <= 2).toList();
    XWPFParagraph start = doc.createParagraph();
    start.setStyle("TOC1");
    start.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    var instr = start.createRun().getCTR().addNewInstrText();
    instr.setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
    instr.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
    start.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    XWPFParagraph last = start;
    for (int i = 0; i < entries.size(); i++) {
      Block.Heading h = entries.get(i);
      XWPFParagraph p = i == 0 ? start : doc.createParagraph();
      p.setStyle(h.level() == 1 ? "TOC1" : "TOC2");
      p.createRun().setText(Xml.clean(h.title()));
      last = p;
    }
    last.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
  }

  // ---- body ----

  private static void block(XWPFDocument doc, Block block, boolean compact, boolean first)
      throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
    if (block instanceof Block.Heading h) {
      XWPFParagraph p = doc.createParagraph();
      p.setStyle("Heading" + Math.min(4, h.level()));
      if (h.level() == 1 && (!compact || first)) {
        p.setPageBreak(true);
      }
      p.createRun().setText(Xml.clean(h.title()));
    } else if (block instanceof Block.Paragraph para) {
      XWPFParagraph p = doc.createParagraph();
      p.setStyle(
          switch (para.style()) {
            case NORMAL -> "Normal";
            case LEAD -> "Lead";
            case NOTE -> "Note";
          });
      text(p, para.text(), false);
    } else if (block instanceof Block.Bullets b) {
      for (String item : b.items()) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationLeft(360);
        p.setIndentationHanging(240);
        text(p, "\u2022\t" + item, false);
      }
    } else if (block instanceof Block.Facts f) {
      XWPFTable table = table(doc, 2, List.of(28, 72), false);
      for (Block.Fact fact : f.facts()) {
        XWPFTableRow row = table.createRow();
        cell(row.getCell(0), fact.label(), true, false, "TableText");
        cell(row.getCell(1), fact.value(), false, false, "TableText");
      }
      table.removeRow(0);
      doc.createParagraph().setSpacingAfter(0);
    } else if (block instanceof Block.Table t) {
      if (t.caption() != null) {
        XWPFParagraph caption = doc.createParagraph();
        caption.setStyle("Caption");
        caption.createRun().setText(Xml.clean(t.caption()));
      }
      XWPFTable table = table(doc, t.headers().size(), t.widths(), true);
      String style = t.small() ? "TableSmall" : "TableText";
      XWPFTableRow header = table.getRow(0);
      header.setRepeatHeader(true);
      header.setCantSplitRow(true);
      for (int i = 0; i < t.headers().size(); i++) {
        XWPFTableCell cell = header.getCell(i);
        cell(cell, t.headers().get(i), true, t.numeric().get(i), style);
        shade(cell);
      }
      for (List<String> values : t.rows()) {
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < values.size(); i++) {
          cell(row.getCell(i), values.get(i), false, t.numeric().get(i), style);
        }
      }
      doc.createParagraph().setSpacingAfter(0);
    } else if (block instanceof Block.Figure f) {
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(ParagraphAlignment.CENTER);
      p.setKeepNext(true);
      Raster.Image image = Raster.svg(f.svg(), 1.6);
      p.createRun()
          .addPicture(
              new ByteArrayInputStream(image.png()),
              PictureType.PNG,
              "figure.png",
              Units.toEMU(f.widthMm() * 72 / 25.4),
              Units.toEMU(f.heightMm() * 72 / 25.4));
      XWPFParagraph caption = doc.createParagraph();
      caption.setStyle("Caption");
      caption.setAlignment(ParagraphAlignment.CENTER);
      caption.createRun().setText(Xml.clean(f.caption()));
    } else if (block instanceof Block.PageBreak) {
      doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }
  }

  /** A table over the text width with fixed columns in the given proportions. */
  private static XWPFTable table(
      XWPFDocument doc, int columns, List<Integer> widths, boolean grid) {
    XWPFTable table = doc.createTable(1, columns);
    table.setTableAlignment(TableRowAlign.LEFT);
    CTTblPr pr = table.getCTTbl().getTblPr();
    CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
    width.setType(STTblWidth.DXA);
    width.setW(BigInteger.valueOf(TEXT_WIDTH));
    CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    int total = widths.stream().mapToInt(Integer::intValue).sum();
    CTTblGrid tblGrid = table.getCTTbl().getTblGrid();
    if (tblGrid == null) {
      tblGrid = table.getCTTbl().addNewTblGrid();
    }
    while (tblGrid.sizeOfGridColArray() > 0) {
      tblGrid.removeGridCol(0);
    }
    for (int w : widths) {
      tblGrid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_WIDTH * w / total));
    }
    table.setCellMargins(40, 80, 40, 80);
    if (grid) {
      var border = org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType.SINGLE;
      table.setTopBorder(border, 4, 0, "888888");
      table.setBottomBorder(border, 4, 0, "888888");
      table.setLeftBorder(border, 4, 0, "888888");
      table.setRightBorder(border, 4, 0, "888888");
      table.setInsideHBorder(border, 4, 0, "888888");
      table.setInsideVBorder(border, 4, 0, "888888");
    } else {
      var none = org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType.NONE;
      table.setTopBorder(none, 0, 0, "FFFFFF");
      table.setBottomBorder(none, 0, 0, "FFFFFF");
      table.setLeftBorder(none, 0, 0, "FFFFFF");
      table.setRightBorder(none, 0, 0, "FFFFFF");
      table.setInsideVBorder(none, 0, 0, "FFFFFF");
      table.setInsideHBorder(
          org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType.SINGLE, 2, 0, "CCCCCC");
    }
    XWPFTableRow row = table.getRow(0);
    for (int i = 0; i < columns; i++) {
      CTTcPr tc = row.getCell(i).getCTTc().addNewTcPr();
      CTTblWidth w = tc.addNewTcW();
      w.setType(STTblWidth.DXA);
      w.setW(BigInteger.valueOf((long) TEXT_WIDTH * widths.get(i) / total));
    }
    return table;
  }

  private static void cell(
      XWPFTableCell cell, String text, boolean bold, boolean right, String style) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setStyle(style);
    if (right) {
      p.setAlignment(ParagraphAlignment.RIGHT);
    }
    text(p, text, bold);
  }

  private static void shade(XWPFTableCell cell) {
    CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    CTShd shd = tc.isSetShd() ? tc.getShd() : tc.addNewShd();
    shd.setVal(STShd.CLEAR);
    shd.setColor("auto");
    shd.setFill("E8EEF5");
  }

  /** Text in runs, a line break for every new line. */
  private static void text(XWPFParagraph p, String text, boolean bold) {
    String[] lines = Xml.clean(text).replace("\r\n", "\n").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      XWPFRun run = p.createRun();
      if (bold) {
        run.setBold(true);
      }
      if (i > 0) {
        run.addBreak();
      }
      if (lines[i].indexOf('\t') >= 0) {
        String[] parts = lines[i].split("\t", -1);
        for (int j = 0; j < parts.length; j++) {
          if (j > 0) {
            run.addTab();
          }
          run.setText(parts[j], j);
        }
      } else {
        run.setText(lines[i]);
      }
    }
  }
}
