package id.rancang.workshop.rules;

/**
 * What the bytes of an uploaded file are, found from their content alone (never from the name or
 * the type the browser claimed). The material type each kind may be stored as, if any.
 */
public enum ContentKind {
  PDF(MaterialType.PDF),
  PNG(MaterialType.PNG),
  JPEG(MaterialType.JPEG),
  DOCX(MaterialType.DOCX),
  XLSX(MaterialType.XLSX),
  PPTX(MaterialType.PPTX),
  /** A ZIP archive that is not an Office Open XML document. */
  ZIP(null),
  DOC(MaterialType.DOC),
  XLS(MaterialType.XLS),
  PPT(MaterialType.PPT),
  /** An OLE2 compound file that is none of Word, Excel or PowerPoint (e.g. an installer). */
  OLE2(null),
  /** UTF-8 text without NUL characters and without markup: what a CSV file is. */
  TEXT(MaterialType.CSV),
  HTML(null),
  SVG(null),
  SCRIPT(null),
  EXECUTABLE(null),
  UNKNOWN(null);

  private final MaterialType type;

  ContentKind(MaterialType type) {
    this.type = type;
  }

  /** The material type these bytes are, or null when no material may be of this kind. */
  public MaterialType type() {
    return type;
  }

  /** Content a browser or a computer could run: HTML, SVG, script or a program. */
  public boolean active() {
    return this == HTML || this == SVG || this == SCRIPT || this == EXECUTABLE;
  }
}
