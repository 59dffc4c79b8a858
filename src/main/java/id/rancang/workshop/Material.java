package id.rancang.workshop;

import id.rancang.workshop.rules.MaterialType;
import java.time.OffsetDateTime;

/**
 * An uploaded material of a workshop (slides, spreadsheet, document or picture). {@code
 * contentType} is what its bytes are, found when it was uploaded; {@code sha256} their checksum.
 */
public record Material(
    long id,
    long workshopId,
    String title,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    String uploadedBy,
    OffsetDateTime uploadedAt) {

  /** The type's short name for lists: PDF, PPTX, XLSX, CSV, ... */
  public String typeName() {
    MaterialType type = MaterialType.ofContentType(contentType);
    return type == null ? contentType : type.name();
  }

  /** The size for lists: 350 KB, 2.4 MB. */
  public String sizeText() {
    if (sizeBytes < 1024 * 1024) {
      return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
  }
}
