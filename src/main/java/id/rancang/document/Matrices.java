package id.rancang.document;

import id.rancang.document.matrix.MatrixWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The Excel matrices planning offices exchange, generated from the live masterplan or from a frozen
 * version: indicators (RPJMD layout), programmes, action plans and budget, one XLSX workbook each.
 */
@Service
public class Matrices {

  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The date on a matrix is the date in Jakarta (WIB). */
  private static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Jakarta"));

  private final ContentSource source;
  private final MessageSource messages;

  Matrices(ContentSource source, MessageSource messages) {
    this.source = source;
    this.messages = messages;
  }

  /**
   * One matrix in one language (Bahasa Indonesia unless {@code language} is English). Without
   * {@code partnerNames} the partners of programmes are counted per pentahelix role, not named.
   *
   * @throws id.rancang.shared.NotFoundException when the region has no such masterplan or version
   */
  public GeneratedFile matrix(
      long regionId,
      long masterplanId,
      Long versionId,
      Matrix matrix,
      Locale language,
      boolean partnerNames) {
    MasterplanContent content = source.content(regionId, masterplanId, versionId);
    if (!partnerNames) {
      content = content.withoutPartnerNames();
    }
    Locale locale = english(language) ? Locale.ENGLISH : Locale.forLanguageTag("id");
    byte[] bytes =
        MatrixWriter.write(
            matrix,
            content,
            locale,
            (key, args) -> messages.getMessage(key, args, locale),
            source.versionName(regionId, masterplanId, versionId),
            LocalDate.now(CLOCK));
    return new GeneratedFile(filename(matrix, content, versionId, locale), CONTENT_TYPE, bytes);
  }

  /** E.g. matriks-anggaran-3328-12.xlsx, matriks-program-3328-12-v4-en.xlsx. */
  static String filename(
      Matrix matrix, MasterplanContent content, Long versionId, Locale language) {
    return "matriks-"
        + matrix.slug()
        + "-"
        + content.region().code().replaceAll("[^A-Za-z0-9]", "")
        + "-"
        + content.masterplan().id()
        + (versionId == null ? "" : "-v" + versionId)
        + (english(language) ? "-en" : "")
        + ".xlsx";
  }

  private static boolean english(Locale language) {
    return language != null && "en".equals(language.getLanguage());
  }
}
