package id.rancang.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * PDF from XHTML with print CSS, laid out by openhtmltopdf, for every module that prints: the
 * books, attendance lists, handouts. The text stays selectable and is set in DejaVu Sans (regular,
 * bold, oblique) shipped in the jar and embedded as subsets, so that characters such as ≤, ≥ or
 * "Rp" look the same everywhere and bold is a real bold. Write {@code font-family: 'DejaVu Sans'}
 * (see {@link #FONT_FAMILY}) in the document's CSS. Inline {@code <svg>} is drawn as vectors.
 *
 * <p>Only {@code data:} URIs are loaded: a document never fetches images, style sheets or fonts
 * from the network or the file system, whatever text ends up in it. Put pictures in as {@code
 * data:} URIs or inline SVG. Text from users must still be escaped by whoever writes the XHTML.
 */
public final class HtmlPdf {

  /** The font family to name in the CSS of a document. */
  public static final String FONT_FAMILY = "DejaVu Sans";

  static {
    // openhtmltopdf logs every font load and layout step at INFO: noise in the server log
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  private HtmlPdf() {}

  /** Lays out a well-formed XHTML document (with its CSS in a {@code <style>}) as a PDF. */
  public static byte[] render(String xhtml) {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024)) {
      PdfRendererBuilder builder = builder();
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A builder set up the way {@link #render} uses it (fast mode, SVG drawer, the fonts, no
   * resources but {@code data:} URIs), for callers that need more (their own output stream, a base
   * URI, PDF/A or accessibility settings). They add the content and the output, then {@code run()}
   * it.
   */
  public static PdfRendererBuilder builder() {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useSVGDrawer(new BatikSVGDrawer());
    useFonts(builder);
    builder.useExternalResourceAccessControl(
        (uri, type) -> uri != null && uri.toLowerCase(Locale.ROOT).startsWith("data:"),
        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    return builder;
  }

  /** Registers the embedded DejaVu Sans faces as {@link #FONT_FAMILY} (regular, bold, italic). */
  public static PdfRendererBuilder useFonts(PdfRendererBuilder builder) {
    builder.useFont(
        () -> PdfFonts.open("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
    builder.useFont(
        () -> PdfFonts.open("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
    builder.useFont(
        () -> PdfFonts.open("DejaVuSans-Oblique.ttf"), FONT_FAMILY, 400, FontStyle.ITALIC, true);
    return builder;
  }
}
