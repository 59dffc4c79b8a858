package id.rancang.workshop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaterialSnifferTests {

  private static final long LIMIT = 20L * 1024 * 1024;

  @Test
  void aPdfNamedPdfIsAcceptedAsAPdfWhateverTheCaseOfItsExtension() {
    byte[] pdf = bytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    assertThat(MaterialSniffer.check("Paparan Tahap 2.pdf", pdf, LIMIT).type())
        .isEqualTo(MaterialType.PDF);
    assertThat(MaterialSniffer.check("LAPORAN.PDF", pdf, LIMIT).type()).isEqualTo(MaterialType.PDF);
  }

  @Test
  void picturesAreKnownByTheirSignatureAndAJpegMayEndInJpgOrJpeg() {
    byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, bytes("IHDR"));
    byte[] jpeg =
        concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, bytes("JFIF"));

    assertThat(MaterialSniffer.check("peta.png", png, LIMIT).type()).isEqualTo(MaterialType.PNG);
    assertThat(MaterialSniffer.check("foto.jpg", jpeg, LIMIT).type()).isEqualTo(MaterialType.JPEG);
    assertThat(MaterialSniffer.check("foto.jpeg", jpeg, LIMIT).type()).isEqualTo(MaterialType.JPEG);
  }

  @Test
  void aPictureNamedAsAnotherKindOfFileIsADisguisedUpload() {
    byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, bytes("IHDR"));

    MaterialVerdict verdict = MaterialSniffer.check("foto.jpg", png, LIMIT);

    assertThat(verdict.accepted()).isFalse();
    assertThat(verdict.refusal()).isEqualTo(MaterialVerdict.Refusal.DISGUISED);
    assertThat(verdict.claimed()).isEqualTo(MaterialType.JPEG);
    assertThat(verdict.found()).isEqualTo(ContentKind.PNG);
  }

  @Test
  void officeOpenXmlFilesWrittenByPoiAreRecognisedByTheirMainPart() throws IOException {
    byte[] docx;
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Notulen Bimtek");
      doc.write(out);
      docx = out.toByteArray();
    }
    byte[] xlsx;
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.createSheet("Data").createRow(0).createCell(0).setCellValue("Penduduk");
      book.write(out);
      xlsx = out.toByteArray();
    }
    byte[] pptx;
    try (XMLSlideShow show = new XMLSlideShow();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      show.createSlide();
      show.write(out);
      pptx = out.toByteArray();
    }

    assertThat(MaterialSniffer.check("notulen.docx", docx, LIMIT).type())
        .isEqualTo(MaterialType.DOCX);
    assertThat(MaterialSniffer.check("data.xlsx", xlsx, LIMIT).type()).isEqualTo(MaterialType.XLSX);
    assertThat(MaterialSniffer.check("paparan.pptx", pptx, LIMIT).type())
        .isEqualTo(MaterialType.PPTX);
    MaterialVerdict renamed = MaterialSniffer.check("paparan.pptx", docx, LIMIT);
    assertThat(renamed.refusal()).isEqualTo(MaterialVerdict.Refusal.DISGUISED);
    assertThat(renamed.found()).isEqualTo(ContentKind.DOCX);
  }

  @Test
  void aZipArchiveWithoutTheOfficeContentTypesIsNotAnOfficeDocument() throws IOException {
    byte[] plain = zip("word/document.xml", "laporan/isi.txt");
    byte[] office = zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml");

    assertThat(MaterialSniffer.kindOf(plain)).isEqualTo(ContentKind.ZIP);
    assertThat(MaterialSniffer.check("isi.docx", plain, LIMIT).refusal())
        .isEqualTo(MaterialVerdict.Refusal.DISGUISED);
    assertThat(MaterialSniffer.kindOf(office)).isEqualTo(ContentKind.XLSX);
  }

  @Test
  void aTruncatedZipIsStillReadFromItsLocalHeaders() throws IOException {
    byte[] whole = zip("[Content_Types].xml", "ppt/presentation.xml", "ppt/slides/slide1.xml");
    // cut off the central directory at the end
    byte[] truncated = Arrays.copyOf(whole, whole.length - 60);

    assertThat(MaterialSniffer.kindOf(truncated)).isEqualTo(ContentKind.PPTX);
  }

  @Test
  void oldOfficeFilesAreKnownByTheTopLevelStreamsOfTheirCompoundFile() throws IOException {
    byte[] xls;
    try (HSSFWorkbook book = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.createSheet("Data").createRow(0).createCell(0).setCellValue(1623595);
      book.write(out);
      xls = out.toByteArray();
    }

    assertThat(MaterialSniffer.check("data.xls", xls, LIMIT).type()).isEqualTo(MaterialType.XLS);
    assertThat(
            MaterialSniffer.check("notulen.doc", compound("WordDocument", "1Table"), LIMIT).type())
        .isEqualTo(MaterialType.DOC);
    assertThat(
            MaterialSniffer.check("paparan.ppt", compound("PowerPoint Document", "Pictures"), LIMIT)
                .type())
        .isEqualTo(MaterialType.PPT);
    MaterialVerdict renamed = MaterialSniffer.check("notulen.doc", xls, LIMIT);
    assertThat(renamed.refusal()).isEqualTo(MaterialVerdict.Refusal.DISGUISED);
    assertThat(renamed.found()).isEqualTo(ContentKind.XLS);
  }

  @Test
  void aStreamInsideAnEmbeddedObjectDoesNotDecideWhatTheFileIs() throws IOException {
    // a workbook with a Word document embedded in a storage of its own
    byte[] bytes;
    try (POIFSFileSystem fs = new POIFSFileSystem();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      fs.createDocument(new ByteArrayInputStream(new byte[600]), "Workbook");
      DirectoryEntry embedded = fs.getRoot().createDirectory("MBD0001");
      embedded.createDocument("WordDocument", new ByteArrayInputStream(new byte[600]));
      fs.writeFilesystem(out);
      bytes = out.toByteArray();
    }

    assertThat(MaterialSniffer.kindOf(bytes)).isEqualTo(ContentKind.XLS);
  }

  @Test
  void aCompoundFileWithManyStreamsIsReadAcrossSeveralDirectorySectors() throws IOException {
    String[] names = new String[40];
    for (int i = 0; i < names.length; i++) {
      names[i] = "Lampiran" + i;
    }
    names[37] = "WordDocument";

    assertThat(MaterialSniffer.kindOf(compound(names))).isEqualTo(ContentKind.DOC);
  }

  @Test
  void anInstallerOrOtherCompoundFileIsNoOfficeDocument() throws IOException {
    byte[] installer = compound("\u4840\u3B3F\u4577\u446C", "Property");
    byte[] header = Arrays.copyOf(compound("WordDocument"), 100);

    assertThat(MaterialSniffer.check("setup.doc", installer, LIMIT).found())
        .isEqualTo(ContentKind.OLE2);
    assertThat(MaterialSniffer.kindOf(header)).isEqualTo(ContentKind.OLE2);
  }

  @Test
  void utf8TextIsACsvWithOrWithoutAByteOrderMark() {
    byte[] csv = bytes("kecamatan;jumlah penduduk\nSlawi;75.000\nAdiwerna;\"120.000\"\n");
    byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, csv);
    byte[] comparisons = bytes("indikator,nilai\nIPM < 70,2\nkemiskinan > 10%,3\n");

    assertThat(MaterialSniffer.check("penduduk.csv", csv, LIMIT).type())
        .isEqualTo(MaterialType.CSV);
    assertThat(MaterialSniffer.check("penduduk.csv", withBom, LIMIT).type())
        .isEqualTo(MaterialType.CSV);
    assertThat(MaterialSniffer.check("banding.csv", comparisons, LIMIT).type())
        .isEqualTo(MaterialType.CSV);
  }

  @Test
  void textThatIsNotUtf8OrHoldsNulCharactersIsNoCsv() {
    byte[] latin1 = "kota,Bogor\ncaf\u00e9,1\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] utf16 = "kota,Bogor\n".getBytes(StandardCharsets.UTF_16LE);

    assertThat(MaterialSniffer.check("data.csv", latin1, LIMIT).refusal())
        .isEqualTo(MaterialVerdict.Refusal.DISGUISED);
    assertThat(MaterialSniffer.check("data.csv", latin1, LIMIT).found())
        .isEqualTo(ContentKind.UNKNOWN);
    assertThat(MaterialSniffer.kindOf(utf16)).isEqualTo(ContentKind.UNKNOWN);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!DOCTYPE html><html><body>Paparan</body></html>",
        "  \n<html><script>alert(1)</script>",
        "nama,komentar\nBudi,<b>penting</b>\n",
        "nama,tautan\nBudi,<a href=\"https://contoh.id\">klik</a>\n",
        "<?xml version=\"1.0\"?><data/>",
        "nama\n<img src=x onerror=alert(1)>\n",
        "<!-- komentar -->",
        "<iframe src=\"https://contoh.id\"></iframe>"
      })
  void htmlAndMarkupAreRefusedWhateverTheirName(String text) {
    for (String name : new String[] {"data.csv", "paparan.pdf", "foto.png"}) {
      MaterialVerdict verdict = MaterialSniffer.check(name, bytes(text), LIMIT);
      assertThat(verdict.refusal()).as(name).isEqualTo(MaterialVerdict.Refusal.ACTIVE_CONTENT);
      assertThat(verdict.found().active()).isTrue();
    }
  }

  @Test
  void svgAndScriptsAreNamedForWhatTheyAre() {
    byte[] svg = bytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
    byte[] scriptInCsv = bytes("nama,catatan\nAni,<script>fetch('/api')</script>\n");
    byte[] shell = bytes("#!/bin/sh\nrm -rf /\n");
    byte[] svgInLatin1 =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><svg>caf\u00e9</svg>"
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(MaterialSniffer.kindOf(svg)).isEqualTo(ContentKind.SVG);
    assertThat(MaterialSniffer.kindOf(scriptInCsv)).isEqualTo(ContentKind.SCRIPT);
    assertThat(MaterialSniffer.kindOf(shell)).isEqualTo(ContentKind.SCRIPT);
    assertThat(MaterialSniffer.kindOf(svgInLatin1)).isEqualTo(ContentKind.SVG);
  }

  @Test
  void programsAreRefusedEvenWhenNamedAsADocument() {
    byte[] windows = concat(bytes("MZ"), new byte[] {(byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
    byte[] linux = concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, new byte[20]);

    for (byte[] program : new byte[][] {windows, linux}) {
      MaterialVerdict verdict = MaterialSniffer.check("laporan.pdf", program, LIMIT);
      assertThat(verdict.refusal()).isEqualTo(MaterialVerdict.Refusal.ACTIVE_CONTENT);
      assertThat(verdict.found()).isEqualTo(ContentKind.EXECUTABLE);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"paparan.html", "gambar.svg", "setup.exe", "arsip.zip", "catatan", "x."})
  void onlyTheAllowedExtensionsMayBeUploaded(String name) {
    MaterialVerdict verdict = MaterialSniffer.check(name, bytes("%PDF-1.4\n"), LIMIT);

    assertThat(verdict.refusal()).isEqualTo(MaterialVerdict.Refusal.EXTENSION_NOT_ALLOWED);
    assertThat(verdict.claimed()).isNull();
  }

  @Test
  void anEmptyFileAndOneOverTheLimitAreRefused() {
    byte[] pdf = bytes("%PDF-1.4\n" + "x".repeat(100));

    assertThat(MaterialSniffer.check("kosong.pdf", new byte[0], LIMIT).refusal())
        .isEqualTo(MaterialVerdict.Refusal.EMPTY);
    assertThat(MaterialSniffer.check("besar.pdf", pdf, pdf.length - 1).refusal())
        .isEqualTo(MaterialVerdict.Refusal.TOO_LARGE);
    assertThat(MaterialSniffer.check("pas.pdf", pdf, pdf.length).accepted()).isTrue();
  }

  @Test
  void randomBytesBehindAnySignatureNeverBreakTheSnifferAndAreNeverAcceptedAsText() {
    byte[][] prefixes = {
      {},
      bytes("PK\u0003\u0004"),
      bytes("PK\u0005\u0006"),
      {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}
    };
    Random random = new Random(20230731);
    for (int run = 0; run < 400; run++) {
      byte[] tail = new byte[random.nextInt(2000)];
      random.nextBytes(tail);
      tail[0] = 0; // random binary holds NUL bytes; make sure this one does
      byte[] content = concat(prefixes[run % prefixes.length], tail);
      assertThatCode(() -> MaterialSniffer.kindOf(content)).doesNotThrowAnyException();
      assertThat(MaterialSniffer.check("acak.csv", content, LIMIT).accepted()).isFalse();
    }
  }

  // ---- crafting files ----

  private static byte[] compound(String... streamNames) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String name : streamNames) {
        fs.createDocument(new ByteArrayInputStream(new byte[5000]), name);
      }
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private static byte[] zip(String... names) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes("<x/>"));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
