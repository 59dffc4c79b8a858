package id.rancang.workshop.rules;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of file a workshop material may be: slides, spreadsheets, documents and pictures, each
 * with the file name extensions it is known by and the content type it is served as.
 */
public enum MaterialType {
  PDF("application/pdf", "pdf"),
  PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
  PPT("application/vnd.ms-powerpoint", "ppt"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  XLS("application/vnd.ms-excel", "xls"),
  CSV("text/csv", "csv"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  DOC("application/msword", "doc"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg", "jpeg");

  private final String contentType;
  private final List<String> extensions;

  MaterialType(String contentType, String... extensions) {
    this.contentType = contentType;
    this.extensions = List.of(extensions);
  }

  public String contentType() {
    return contentType;
  }

  public List<String> extensions() {
    return extensions;
  }

  /** The type a file name's extension claims, or null when the extension is not allowed. */
  public static MaterialType ofFileName(String fileName) {
    String extension = extension(fileName);
    for (MaterialType type : values()) {
      if (type.extensions.contains(extension)) {
        return type;
      }
    }
    return null;
  }

  /** The type stored under a content type, or null. */
  public static MaterialType ofContentType(String contentType) {
    for (MaterialType type : values()) {
      if (type.contentType.equals(contentType)) {
        return type;
      }
    }
    return null;
  }

  /** The extension of a file name in lower case, without the dot; empty when there is none. */
  public static String extension(String fileName) {
    if (fileName == null) {
      return "";
    }
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
  }

  /** Every allowed extension, for the upload form and its messages: pdf, pptx, ... */
  public static List<String> allExtensions() {
    return java.util.Arrays.stream(values()).flatMap(t -> t.extensions.stream()).toList();
  }
}
