package id.rancang.workshop.rules;

/**
 * Whether an uploaded file may be stored as a workshop material: its type (from its bytes) when it
 * may, otherwise why not. {@code claimed} is the type the file name's extension claims (null when
 * the extension is not allowed), {@code found} what the bytes are (null when they were not looked
 * at).
 */
public record MaterialVerdict(
    MaterialType type, Refusal refusal, MaterialType claimed, ContentKind found) {

  /** Why a file is refused. */
  public enum Refusal {
    /** The extension is none of the allowed ones (e.g. .exe, .html, .zip, or none). */
    EXTENSION_NOT_ALLOWED,
    EMPTY,
    TOO_LARGE,
    /** The bytes are another kind of file than the extension says. */
    DISGUISED,
    /** HTML, SVG, script or a program, whatever the name says. */
    ACTIVE_CONTENT
  }

  public boolean accepted() {
    return refusal == null;
  }

  static MaterialVerdict accept(MaterialType type) {
    return new MaterialVerdict(
        type, null, type, type == MaterialType.CSV ? ContentKind.TEXT : null);
  }

  static MaterialVerdict refuse(Refusal refusal, MaterialType claimed, ContentKind found) {
    return new MaterialVerdict(null, refusal, claimed, found);
  }
}
