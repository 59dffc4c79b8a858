package id.rancang.workshop;

import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.RecordChanged;
import id.rancang.shared.Snapshot;
import id.rancang.workshop.rules.DownloadName;
import id.rancang.workshop.rules.MaterialSniffer;
import id.rancang.workshop.rules.MaterialType;
import id.rancang.workshop.rules.MaterialVerdict;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The materials of a workshop: uploads are stored only when their bytes are what their name says
 * (PDF, PPTX, PPT, XLSX, XLS, CSV, DOCX, DOC, PNG, JPEG) and no larger than the configured limit;
 * HTML, SVG, scripts, programs and disguised files are refused with the reason in words. The type
 * stored is the one found in the bytes, with their SHA-256.
 */
@Service
public class WorkshopMaterials {

  public static final String RECORD_TYPE = "workshopMaterial";
  static final int TITLE_LENGTH = 200;
  private static final String COLUMNS =
      "id, workshop_id, title, file_name, content_type, size_bytes, sha256, uploaded_by,"
          + " uploaded_at";

  private final JdbcClient jdbc;
  private final WorkshopCatalog catalog;
  private final MaterialSettings settings;
  private final ApplicationEventPublisher events;

  WorkshopMaterials(
      JdbcClient jdbc,
      WorkshopCatalog catalog,
      MaterialSettings settings,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.catalog = catalog;
    this.settings = settings;
    this.events = events;
  }

  /** The largest file accepted, in bytes. */
  public long maxBytes() {
    return settings.materialMaxBytes();
  }

  /** The workshop's materials, newest first. */
  public List<Material> list(long regionId, long workshopId) {
    catalog.get(regionId, workshopId);
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from workshop_material where region_id = ? and workshop_id = ?"
                + " order by uploaded_at desc, id desc")
        .params(regionId, workshopId)
        .query(WorkshopMaterials::map)
        .list();
  }

  public Material get(long regionId, long id) {
    return jdbc.sql("select " + COLUMNS + " from workshop_material where region_id = ? and id = ?")
        .params(regionId, id)
        .query(WorkshopMaterials::map)
        .optional()
        .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
  }

  /** A material with its bytes. */
  public MaterialFile file(long regionId, long id) {
    Material material = get(regionId, id);
    byte[] content =
        jdbc.sql("select content from workshop_material where region_id = ? and id = ?")
            .params(regionId, id)
            .query((rs, n) -> rs.getBytes(1))
            .single();
    return new MaterialFile(material, content);
  }

  @Transactional
  public Material upload(long regionId, long workshopId, MaterialUpload upload, String uploadedBy) {
    catalog.get(regionId, workshopId);
    String fileName = DownloadName.clean(upload.fileName());
    byte[] content = upload.content() == null ? new byte[0] : upload.content();
    MaterialVerdict verdict = MaterialSniffer.check(fileName, content, maxBytes());
    if (!verdict.accepted()) {
      throw refusal(fileName, content.length, verdict);
    }
    String title = upload.title() == null ? "" : upload.title().strip();
    if (title.isEmpty()) {
      int dot = fileName.lastIndexOf('.');
      title = dot > 0 ? fileName.substring(0, dot) : fileName;
    }
    if (title.length() > TITLE_LENGTH) {
      throw InvalidInputException.of("title", "workshop.validation.tooLong", TITLE_LENGTH);
    }
    long id =
        jdbc.sql(
                """
                insert into workshop_material (workshop_id, region_id, title, file_name,
                  content_type, size_bytes, sha256, content, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                workshopId,
                regionId,
                title,
                fileName,
                verdict.type().contentType(),
                content.length,
                sha256(content),
                content,
                uploadedBy)
            .query(Long.class)
            .single();
    Material created = get(regionId, id);
    events.publishEvent(RecordChanged.created(regionId, RECORD_TYPE, id, snapshot(created)));
    return created;
  }

  @Transactional
  public void delete(long regionId, long id) {
    Material before = get(regionId, id);
    jdbc.sql("delete from workshop_material where region_id = ? and id = ?")
        .params(regionId, id)
        .update();
    events.publishEvent(RecordChanged.deleted(regionId, RECORD_TYPE, id, snapshot(before)));
  }

  /** The refusal in words: field {@code file}, a message naming the file and the reason. */
  InvalidInputException refusal(String fileName, long size, MaterialVerdict verdict) {
    return switch (verdict.refusal()) {
      case EXTENSION_NOT_ALLOWED ->
          InvalidInputException.of(
              "file",
              "workshop.material.typeNotAllowed",
              fileName,
              MaterialType.allExtensions().stream()
                  .map(e -> e.toUpperCase(Locale.ROOT))
                  .collect(Collectors.joining(", ")));
      case EMPTY -> InvalidInputException.of("file", "workshop.material.emptyFile", fileName);
      case TOO_LARGE ->
          InvalidInputException.of(
              "file",
              "workshop.material.tooLarge",
              fileName,
              megabytes(size),
              megabytes(maxBytes()));
      case DISGUISED ->
          InvalidInputException.of(
              "file",
              "workshop.material.disguised." + verdict.found(),
              fileName,
              verdict.claimed().name());
      case ACTIVE_CONTENT ->
          InvalidInputException.of("file", "workshop.material.active." + verdict.found(), fileName);
    };
  }

  /** Bytes as megabytes with one decimal where it matters: 20 MB, 20.1 MB. */
  static String megabytes(long bytes) {
    double mb = bytes / (1024.0 * 1024.0);
    String text = String.format(Locale.ROOT, "%.1f", mb);
    return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + " MB";
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> snapshot(Material m) {
    return Snapshot.of(
        "workshopId", m.workshopId(),
        "title", m.title(),
        "fileName", m.fileName(),
        "contentType", m.contentType(),
        "sizeBytes", m.sizeBytes(),
        "sha256", m.sha256());
  }

  private static Material map(ResultSet rs, int n) throws SQLException {
    return new Material(
        rs.getLong("id"),
        rs.getLong("workshop_id"),
        rs.getString("title"),
        rs.getString("file_name"),
        rs.getString("content_type"),
        rs.getLong("size_bytes"),
        rs.getString("sha256"),
        rs.getString("uploaded_by"),
        rs.getTimestamp("uploaded_at").toInstant().atOffset(ZoneOffset.UTC));
  }
}
