package id.rancang.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.rancang.document.MasterplanContent.ProgrammeEntry;
import id.rancang.document.book.BookDocument;
import id.rancang.document.render.DocxRenderer;
import id.rancang.document.render.PdfRenderer;
import id.rancang.programme.ProgrammeStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The books as files: what PDFBox and POI read back from them. */
class RenderedBooksTests {

  static MasterplanContent content;
  static BookDocument buku2;
  static byte[] pdf;
  static byte[] docx;

  @BeforeAll
  static void renderBuku2() {
    content = SampleContent.withProgrammes(40);
    buku2 = Books.write(Book.BUKU_2, content, Books.INDONESIAN);
    pdf = PdfRenderer.render(buku2);
    docx = DocxRenderer.render(buku2);
  }

  static List<String> programmeNames() {
    return content.programmes().stream()
        .filter(p -> p.status() != ProgrammeStatus.CANCELLED)
        .map(ProgrammeEntry::name)
        .toList();
  }

  static List<String> chapterTitles() {
    return buku2.headings().stream().filter(h -> h.level() == 1).map(h -> h.title()).toList();
  }

  /** Text as extracted, with the line breaks a layout adds turned back into spaces. */
  static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void thePdfTextContainsEveryProgrammeNameAndEveryChapterTitle() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = flat(new PDFTextStripper().getText(document));

      assertThat(text).contains(programmeNames()).contains(chapterTitles());
    }
  }

  @Test
  void thePdfIsA4WithAnOutlineOfTheChapters() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDRectangle size = document.getPage(0).getMediaBox();
      assertThat(size.getWidth())
          .isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
      assertThat(size.getHeight())
          .isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));

      List<String> outline = new ArrayList<>();
      for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
        outline.add(item.getTitle());
      }
      assertThat(outline).containsExactlyElementsOf(chapterTitles());
      PDOutlineItem programmes =
          document
              .getDocumentCatalog()
              .getDocumentOutline()
              .children()
              .iterator()
              .next()
              .getNextSibling()
              .getNextSibling();
      assertThat(programmes.getTitle()).isEqualTo("3 Program per Dimensi dan Elemen");
      assertThat(programmes.hasChildren()).isTrue();
    }
  }

  @Test
  void aTableLongerThanAPageRepeatsItsHeaderOnEveryPageOfThePdf() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      int pagesWithActions = 0;
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = flat(stripper.getText(document));
        if (text.contains("Aksi 1 program")) {
          pagesWithActions++;
          // the action plan table's header row: programme, action, when, owner, deliverable
          assertThat(text).as("page %d", page).contains("Keluaran").contains("OPD pelaksana");
        }
      }
      assertThat(pagesWithActions).isGreaterThan(1);
    }
  }

  @Test
  void everyFontInThePdfIsEmbedded() throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Set<String> fonts = new HashSet<>();
      for (PDPage page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonts.add(font.getName());
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
      assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans"));
    }
  }

  @Test
  void theDocxReopensAndContainsEveryProgrammeNameAndChapterTitle() throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      String text = flat(extractor.getText());

      assertThat(text).contains(programmeNames()).contains(chapterTitles());
    }
  }

  @Test
  void buku2CarriesThePublishedPrioritisationWithItsWeightsRankingAndCharts() throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      String text = flat(extractor.getText());
      assertThat(text)
          .contains("Prioritas program")
          .contains("Prioritas program 2026")
          .contains("SOSIAL Dampak sosial 40,0 %")
          .contains("Usulan quick win per dimensi dari hasil prioritisasi: MPP-01.");
      assertThat(chapterTitles()).anyMatch(t -> t.endsWith("Prioritas program"));
      assertThat(document.getAllPictures())
          .as("the two charts are among the pictures")
          .hasSizeGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void theDocxHeadingsUseHeadingStylesWithOutlineLevels() throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<String> level1 = new ArrayList<>();
      for (XWPFParagraph p : document.getParagraphs()) {
        if ("Heading1".equals(p.getStyle())) {
          level1.add(p.getText());
        }
      }
      assertThat(level1).containsExactlyElementsOf(chapterTitles());
      XWPFStyle heading1 = document.getStyles().getStyle("Heading1");
      assertThat(heading1.getName()).isEqualTo("heading 1");
      assertThat(heading1.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
      XWPFStyle heading2 = document.getStyles().getStyle("Heading2");
      assertThat(heading2.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(1);
    }
  }

  @Test
  void theDocxTablesAreRealTablesWhoseHeaderRowRepeatsOnEveryPage() throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      List<XWPFTable> captioned =
          document.getTables().stream().filter(t -> t.getRow(0).isRepeatHeader()).toList();
      assertThat(captioned).isNotEmpty();
      int actions =
          content.programmes().stream()
              .filter(p -> p.status() != ProgrammeStatus.CANCELLED)
              .mapToInt(p -> p.actions().size())
              .sum();
      int actionRows =
          captioned.stream()
              .filter(t -> t.getRow(0).getCell(1).getText().equals("Aksi"))
              .mapToInt(t -> t.getNumberOfRows() - 1)
              .sum();
      assertThat(actionRows).isEqualTo(actions);
    }
  }

  @Test
  void theExecutiveSummaryHasFourToEightPagesForASmallAndForALargeMasterplan() throws IOException {
    for (int programmes : new int[] {6, 300}) {
      byte[] summary =
          PdfRenderer.render(
              Books.write(
                  Book.RINGKASAN_EKSEKUTIF,
                  SampleContent.withProgrammes(programmes),
                  Books.INDONESIAN));
      try (PDDocument document = Loader.loadPDF(summary)) {
        assertThat(document.getNumberOfPages()).as("%d programmes", programmes).isBetween(4, 8);
      }
    }
  }

  @Test
  void anSvgLogoIsDrawnOnTheCoverOfBothFormats() throws IOException {
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"60\">"
            + "<rect width=\"100\" height=\"60\" fill=\"#0072B2\"/></svg>";
    BookDocument book =
        id.rancang.document.book.BookWriter.write(
            Book.RINGKASAN_EKSEKUTIF,
            SampleContent.withProgrammes(2),
            Books.texts(Books.INDONESIAN),
            new id.rancang.shared.Formats(Books.INDONESIAN),
            new BookDocument.Picture(
                svg.getBytes(java.nio.charset.StandardCharsets.UTF_8), "image/svg+xml"),
            null,
            Books.GENERATED);

    try (XWPFDocument document =
        new XWPFDocument(new ByteArrayInputStream(DocxRenderer.render(book)))) {
      assertThat(document.getAllPictures())
          .anySatisfy(
              p -> assertThat(p.getPictureTypeEnum().getContentType()).isEqualTo("image/png"));
    }
    try (PDDocument document = Loader.loadPDF(PdfRenderer.render(book))) {
      // drawn as vectors: a form of drawing operations on the cover, not a bitmap
      var cover = document.getPage(0).getResources();
      List<Object> objects = new ArrayList<>();
      for (var name : cover.getXObjectNames()) {
        objects.add(cover.getXObject(name));
      }
      assertThat(objects)
          .anyMatch(o -> o instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject)
          .noneMatch(o -> o instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject);
    }
  }

  @Test
  void theDocxBodyIsValidWordprocessingMlSoWordOpensItWithoutARepairPrompt() throws IOException {
    for (Book b : Book.values()) {
      byte[] file = DocxRenderer.render(Books.write(b, content, Books.INDONESIAN));
      try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
        List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
        org.apache.xmlbeans.XmlOptions options = new org.apache.xmlbeans.XmlOptions();
        options.setErrorListener(errors);

        boolean valid = document.getDocument().validate(options);

        assertThat(errors).as(b.slug()).isEmpty();
        assertThat(valid).isTrue();
      }
    }
  }

  @Test
  void theDocxIsA4AndAsksWordToRefreshTheContentsOnOpening() throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      var size = document.getDocument().getBody().getSectPr().getPgSz();
      assertThat(((java.math.BigInteger) size.getW()).intValue()).isEqualTo(11906);
      assertThat(((java.math.BigInteger) size.getH()).intValue()).isEqualTo(16838);
      assertThat(document.isEnforcedUpdateFields()).isTrue();
      String xml = document.getDocument().xmlText();
      assertThat(xml).contains("TOC \\o \"1-2\"");
    }
  }

  @Test
  void theDocxEmbedsItsFontFacesSoTheBookLooksTheSameWithoutDejaVuInstalled() throws Exception {
    try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(new ByteArrayInputStream(docx))) {
      var table =
          pkg.getPart(
              org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(
                  "/word/fontTable.xml"));
      String xml =
          new String(
              table.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      var embeds =
          java.util.regex.Pattern.compile(
                  "<w:embed(Regular|Bold|Italic) r:id=\"([^\"]+)\" w:fontKey=\"\\{([0-9A-F-]+)\\}\"")
              .matcher(xml);
      List<String> faces = new ArrayList<>();
      while (embeds.find()) {
        faces.add(embeds.group(1));
        var rel = table.getRelationship(embeds.group(2));
        byte[] font = table.getRelatedPart(rel).getInputStream().readAllBytes();
        // Office's obfuscation, undone the way a reader does: XOR the first 32 bytes with the
        // key's bytes taken from the end of the GUID
        String guid = embeds.group(3).replace("-", "");
        for (int i = 0; i < 32; i++) {
          int k = 15 - (i % 16);
          font[i] ^= (byte) Integer.parseInt(guid.substring(2 * k, 2 * k + 2), 16);
        }
        try (var ttf =
            new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(font))) {
          assertThat(ttf.getName()).startsWith("DejaVuSans");
          var cmap = ttf.getUnicodeCmapLookup();
          for (char c : "Rp 1.500,- Program Ek\u00f6".toCharArray()) {
            assertThat(cmap.getGlyphId(c)).as("glyph for %s", c).isNotZero();
          }
        }
      }
      assertThat(faces).containsExactly("Regular", "Bold", "Italic");
    }
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      assertThat(document.getSettings().getCTSettings().isSetEmbedTrueTypeFonts()).isTrue();
    }
  }

  @Test
  void libreOfficeConvertsTheDocxWithoutErrorAndKeepsItsText() throws Exception {
    Optional<String> soffice = LibreOffice.program();
    Assumptions.assumeTrue(
        soffice.isPresent(),
        "LibreOffice is not installed here (apt-get install libreoffice-writer-nogui; .ci/run does"
            + " it), so the conversion check cannot run");

    LibreOffice.Conversion conversion = LibreOffice.toPdf(soffice.get(), docx);

    assertThat(conversion.exitCode()).as(conversion.log()).isZero();
    assertThat(conversion.pdf()).as(conversion.log()).isNotNull();
    try (PDDocument document = Loader.loadPDF(conversion.pdf())) {
      String text = flat(new PDFTextStripper().getText(document));
      assertThat(text).contains(programmeNames()).contains(chapterTitles());
    }
  }

  @Test
  void aVeryLongNameWithoutSpacesNeitherBreaksThePdfNorTheDocx() throws IOException {
    String endless = "Sangat" + "panjang".repeat(700);
    MasterplanContent one = SampleContent.withProgrammes(1);
    ProgrammeEntry p = one.programmes().get(0);
    ProgrammeEntry longOne =
        new ProgrammeEntry(
            p.id(),
            p.code(),
            endless,
            p.dimension(),
            p.element(),
            endless,
            endless,
            p.impactSociety(),
            p.impactEnvironment(),
            p.horizon(),
            p.startYear(),
            p.endYear(),
            endless,
            p.quickWin(),
            p.sipdProgram(),
            p.sipdKegiatan(),
            p.sipdSubKegiatan(),
            p.status(),
            p.partners(),
            p.targets(),
            p.indicators(),
            p.budget(),
            p.dependsOn(),
            p.risks(),
            p.actions());
    MasterplanContent withLong =
        new MasterplanContent(
            one.schema(),
            one.region(),
            new MasterplanContent.PlanInfo(1, endless, 2025, 2034, "DRAFT", null, null),
            endless,
            null,
            one.strategy(),
            one.indicators(),
            one.profile(),
            one.swot(),
            one.gaps(),
            one.rpjmd(),
            one.branding(),
            one.fundingSources(),
            List.of(longOne),
            null);

    for (Book b : Book.values()) {
      BookDocument book = Books.write(b, withLong, Books.INDONESIAN);
      try (PDDocument document = Loader.loadPDF(PdfRenderer.render(book))) {
        String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        assertThat(text).as(b.slug()).contains(endless.substring(0, 300));
        // the text wraps inside the page instead of running off it
        for (PDPage page : document.getPages()) {
          assertThat(page.getMediaBox().getWidth()).isLessThan(600);
        }
      }
      try (XWPFDocument document =
          new XWPFDocument(new ByteArrayInputStream(DocxRenderer.render(book)))) {
        assertThat(document.getParagraphs()).isNotEmpty();
      }
    }
  }
}
