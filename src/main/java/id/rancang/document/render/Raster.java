package id.rancang.document.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/** Turns an SVG chart into a PNG picture for the Word document, with Batik. */
final class Raster {

  private Raster() {}

  record Image(byte[] png, double width, double height) {}

  /**
   * The SVG drawn as PNG. A {@code scale} below 10 multiplies the SVG's own size (2 gives print
   * resolution); a larger value is the width in pixels.
   */
  static Image svg(String svg, double scale) {
    Capture transcoder = new Capture();
    double width = attribute(svg, "width", 400);
    double height = attribute(svg, "height", 400);
    float target = (float) (scale < 10 ? width * scale : scale);
    transcoder.addTranscodingHint(ImageTranscoder.KEY_WIDTH, target);
    transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      transcoder.transcode(new TranscoderInput(new StringReader(svg)), null);
      // the JDK's PNG writer: Batik's own encoder spends most of its time choosing row filters
      ImageIO.write(transcoder.image, "png", out);
      return new Image(out.toByteArray(), width, height);
    } catch (TranscoderException e) {
      throw new IllegalArgumentException("the chart could not be drawn: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps the drawn image instead of encoding it. */
  private static final class Capture extends ImageTranscoder {

    private BufferedImage image;

    @Override
    public BufferedImage createImage(int width, int height) {
      return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    @Override
    public void writeImage(BufferedImage img, TranscoderOutput output) {
      this.image = img;
    }
  }

  private static double attribute(String svg, String name, double otherwise) {
    int tag = svg.indexOf("<svg");
    int at = svg.indexOf(" " + name + "=\"", Math.max(0, tag));
    int end = svg.indexOf('>', Math.max(0, tag));
    if (tag < 0 || at < 0 || at > end) {
      return otherwise;
    }
    int start = at + name.length() + 3;
    String value = svg.substring(start, svg.indexOf('"', start)).replaceAll("[^0-9.]", "");
    try {
      return value.isEmpty() ? otherwise : Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
