package id.rancang.shared.chart;

import java.util.Locale;

/** A small SVG writer: escaped text, numbers with a dot, the font every chart uses. */
final class Svg {

  static final String FONT = "DejaVu Sans, Arial, sans-serif";

  private final StringBuilder out = new StringBuilder(4096);

  Svg(double width, double height, String title) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(num(width))
        .append("\" height=\"")
        .append(num(height))
        .append("\" viewBox=\"0 0 ")
        .append(num(width))
        .append(' ')
        .append(num(height))
        .append("\" role=\"img\" font-family=\"")
        .append(FONT)
        .append("\" font-size=\"11\"><title>")
        .append(escape(title))
        .append("</title><rect x=\"0\" y=\"0\" width=\"")
        .append(num(width))
        .append("\" height=\"")
        .append(num(height))
        .append("\" fill=\"#ffffff\"/>");
  }

  Svg rect(double x, double y, double w, double h, String fill, String tooltip) {
    out.append("<rect x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" width=\"")
        .append(num(Math.max(0, w)))
        .append("\" height=\"")
        .append(num(Math.max(0, h)))
        .append("\" fill=\"")
        .append(fill)
        .append('"');
    if (tooltip == null) {
      out.append("/>");
    } else {
      out.append("><title>").append(escape(tooltip)).append("</title></rect>");
    }
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, double width) {
    out.append("<line x1=\"")
        .append(num(x1))
        .append("\" y1=\"")
        .append(num(y1))
        .append("\" x2=\"")
        .append(num(x2))
        .append("\" y2=\"")
        .append(num(y2))
        .append("\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"")
        .append(num(width))
        .append("\"/>");
    return this;
  }

  /** Text anchored "start", "middle" or "end"; bold when asked. */
  Svg text(double x, double y, String text, String anchor, double size, boolean bold, String fill) {
    out.append("<text x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\" font-size=\"")
        .append(num(size))
        .append('"');
    if (bold) {
      out.append(" font-weight=\"bold\"");
    }
    out.append(" fill=\"").append(fill).append("\">").append(escape(text)).append("</text>");
    return this;
  }

  /** A diamond centred on (x, y): the mark of a quick win. */
  Svg diamond(double x, double y, double r, String fill, String tooltip) {
    out.append("<path d=\"M ")
        .append(num(x))
        .append(' ')
        .append(num(y - r))
        .append(" L ")
        .append(num(x + r))
        .append(' ')
        .append(num(y))
        .append(" L ")
        .append(num(x))
        .append(' ')
        .append(num(y + r))
        .append(" L ")
        .append(num(x - r))
        .append(' ')
        .append(num(y))
        .append(" Z\" fill=\"")
        .append(fill)
        .append('"');
    if (tooltip == null) {
      out.append("/>");
    } else {
      out.append("><title>").append(escape(tooltip)).append("</title></path>");
    }
    return this;
  }

  String end() {
    return out.append("</svg>").toString();
  }

  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e12) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /** The text cut to {@code max} characters with an ellipsis, so a long name keeps its place. */
  static String clip(String text, int max) {
    if (text == null) {
      return "";
    }
    return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "\u2026";
  }
}
