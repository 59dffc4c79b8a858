package id.rancang.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPdfTests {

  private static final String ATTENDANCE =
      "Daftar hadir Bimtek Tahap 2: Penyusunan Program Inovatif Smart City";
  private static final String PARTICIPANT =
      "Ni Luh Ayu Saraswati, S.Kom. (Dinas Komunikasi dan Informatika)";
  private static final String SIGNS = "Target ≥ 80 % • kehadiran ≤ 2 hari • Rp 1.250.000";

  @Test
  void aSmallXhtmlWithIndonesianTextBecomesAPdfWhoseTextReadsTheSame() throws IOException {
    byte[] pdf =
        HtmlPdf.render(
            xhtml(
                "<h1>"
                    + ATTENDANCE
                    + "</h1><p>"
                    + PARTICIPANT
                    + "</p><p><b>"
                    + SIGNS
                    + "</b></p>"));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");

      assertThat(text).contains(ATTENDANCE, PARTICIPANT, SIGNS);
    }
  }

  @Test
  void theTextIsSetInTheEmbeddedDejaVuFacesWithARealBoldAndItalic() throws IOException {
    byte[] pdf = HtmlPdf.render(xhtml("<p>Biasa</p><p><b>Tebal</b></p><p><i>Miring</i></p>"));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          var font = resources.getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
        }
      }

      assertThat(fonts).contains("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique");
    }
  }

  @Test
  void aPictureGivenAsDataUriIsDrawnButOneFromAFileIsNeverRead(@TempDir Path dir)
      throws IOException {
    BufferedImage square = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(square, "png", png);
    Path file = dir.resolve("secret.png");
    Files.write(file, png.toByteArray());
    String dataUri =
        "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());

    byte[] fromData = HtmlPdf.render(xhtml("<p><img src=\"" + dataUri + "\" alt=\"\"/></p>"));
    byte[] fromFile = HtmlPdf.render(xhtml("<p><img src=\"" + file.toUri() + "\" alt=\"\"/></p>"));

    assertThat(images(fromData)).isEqualTo(1);
    assertThat(images(fromFile)).isZero();
  }

  private static int images(byte[] pdf) throws IOException {
    int count = 0;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject) {
            count++;
          }
        }
      }
    }
    return count;
  }

  private static String xhtml(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"id\"><head><meta charset=\"UTF-8\"/>"
        + "<title>Daftar hadir</title><style>@page { size: A4; margin: 20mm; } body { font-family: '"
        + HtmlPdf.FONT_FAMILY
        + "'; font-size: 11pt; }</style></head><body>"
        + body
        + "</body></html>";
  }
}
