package id.rancang.shared.web;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * QR codes drawn as SVG, for example the check-in link of a workshop day shown on the projector or
 * printed on the attendance sheet. Error correction level M (15 % of the code may be hidden or
 * dirty) and the quiet zone of 4 modules the standard asks for. The picture is one {@code <path>}
 * of dark modules on a white square, measured in modules ({@code viewBox}), so it scales to any
 * size without blurring: give it a width in CSS.
 */
public final class QrCodes {

  /** The light margin around the code, in modules (ISO/IEC 18004 asks for 4). */
  public static final int QUIET_ZONE = 4;

  private QrCodes() {}

  /**
   * The QR code of a text (usually a URL) as an SVG document. Text beyond ASCII is encoded as UTF-8
   * (announced with an ECI marker); pure ASCII without one, for the oldest scanners.
   *
   * @throws IllegalArgumentException when the text is too long for a QR code at level M
   */
  public static String svg(String text) {
    ByteMatrix modules = modules(text);
    int size = modules.getWidth() + 2 * QUIET_ZONE;
    StringBuilder path = new StringBuilder(modules.getWidth() * modules.getHeight());
    for (int y = 0; y < modules.getHeight(); y++) {
      int x = 0;
      while (x < modules.getWidth()) {
        if (modules.get(x, y) != 1) {
          x++;
          continue;
        }
        int run = 1;
        while (x + run < modules.getWidth() && modules.get(x + run, y) == 1) {
          run++;
        }
        // one rectangle per horizontal run of dark modules
        path.append('M')
            .append(x + QUIET_ZONE)
            .append(' ')
            .append(y + QUIET_ZONE)
            .append('h')
            .append(run)
            .append("v1h-")
            .append(run)
            .append('z');
        x += run;
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" shape-rendering=\"crispEdges\"><rect width=\""
        + size
        + "\" height=\""
        + size
        + "\" fill=\"#fff\"/><path fill=\"#000\" d=\""
        + path
        + "\"/></svg>";
  }

  private static ByteMatrix modules(String text) {
    Objects.requireNonNull(text, "text");
    boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(text);
    Map<EncodeHintType, Object> hints =
        ascii ? Map.of() : Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    try {
      return Encoder.encode(text, ErrorCorrectionLevel.M, hints).getMatrix();
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "Cannot encode " + text.length() + " characters as a QR code: " + e.getMessage(), e);
    }
  }
}
