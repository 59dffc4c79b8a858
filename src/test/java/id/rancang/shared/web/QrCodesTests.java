package id.rancang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SVG is read back the way a phone would: drawn as a picture and decoded by zxing. */
class QrCodesTests {

  private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
  private static final Pattern PATH = Pattern.compile("<path [^>]*d=\"([^\"]*)\"");
  private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
  private static final int PIXELS_PER_MODULE = 4;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://rancang.tegalkab.go.id/hadir/6f1c2a9e-0b7d-4c1e-9a55-2f0d7c3e8b41?hari=2",
        "Bimtek Tahap 3 – Kabupaten Tegal: “Smart Living” ≥ 80 % peserta hadir",
        "x"
      })
  void theCodeDecodesToTheTextItWasMadeFrom(String text) throws Exception {
    String svg = QrCodes.svg(text);

    Result result = decode(modules(svg));

    assertThat(result.getText()).isEqualTo(text);
    assertThat(result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL))
        .isEqualTo("M");
  }

  @Test
  void theCodeIsOnePathInsideAQuietZoneOfFourModules() {
    String svg = QrCodes.svg("https://rancang.tegalkab.go.id/hadir/42");
    boolean[][] dark = modules(svg);
    int size = dark.length;

    assertThat(svg.split("<path", -1)).hasSize(2);
    // a version n code has 17 + 4n modules a side, plus 4 light ones on each side
    assertThat((size - 2 * 4 - 17) % 4).isZero();
    for (int i = 0; i < size; i++) {
      for (int margin = 0; margin < 4; margin++) {
        assertThat(dark[margin][i]).as("row %d column %d", margin, i).isFalse();
        assertThat(dark[size - 1 - margin][i])
            .as("row %d column %d", size - 1 - margin, i)
            .isFalse();
        assertThat(dark[i][margin]).as("row %d column %d", i, margin).isFalse();
        assertThat(dark[i][size - 1 - margin])
            .as("row %d column %d", i, size - 1 - margin)
            .isFalse();
      }
    }
    // the finder pattern's corner sits right inside the quiet zone
    assertThat(dark[4][4]).isTrue();
  }

  @Test
  void aTextTooLongForAQrCodeIsRefused() {
    assertThatThrownBy(() -> QrCodes.svg("a".repeat(5000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5000");
  }

  /** The modules the SVG draws, [row][column], quiet zone included. */
  private static boolean[][] modules(String svg) {
    Matcher box = VIEW_BOX.matcher(svg);
    assertThat(box.find()).as(svg).isTrue();
    int size = Integer.parseInt(box.group(1));
    assertThat(Integer.parseInt(box.group(2))).isEqualTo(size);
    Matcher path = PATH.matcher(svg);
    assertThat(path.find()).as(svg).isTrue();
    String d = path.group(1);
    boolean[][] dark = new boolean[size][size];
    Matcher run = RUN.matcher(d);
    int end = 0;
    while (run.find()) {
      assertThat(run.start()).as("unread drawing at %d", end).isEqualTo(end);
      int x = Integer.parseInt(run.group(1));
      int y = Integer.parseInt(run.group(2));
      int width = Integer.parseInt(run.group(3));
      assertThat(Integer.parseInt(run.group(4))).isEqualTo(width);
      for (int i = 0; i < width; i++) {
        dark[y][x + i] = true;
      }
      end = run.end();
    }
    assertThat(end).as("the whole path is runs of modules").isEqualTo(d.length());
    return dark;
  }

  private static Result decode(boolean[][] dark) throws Exception {
    int size = dark.length * PIXELS_PER_MODULE;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        boolean isDark = dark[y / PIXELS_PER_MODULE][x / PIXELS_PER_MODULE];
        image.setRGB(x, y, isDark ? 0x000000 : 0xFFFFFF);
      }
    }
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image))),
            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
  }

  /** The grey levels of a picture, as zxing reads them. */
  private static final class ImageLuminance extends LuminanceSource {
    private final byte[] grey;

    ImageLuminance(BufferedImage image) {
      super(image.getWidth(), image.getHeight());
      grey = new byte[image.getWidth() * image.getHeight()];
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          int rgb = image.getRGB(x, y);
          int level = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
          grey[y * image.getWidth() + x] = (byte) level;
        }
      }
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
      byte[] out = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
      System.arraycopy(grey, y * getWidth(), out, 0, getWidth());
      return out;
    }

    @Override
    public byte[] getMatrix() {
      return grey;
    }
  }
}
