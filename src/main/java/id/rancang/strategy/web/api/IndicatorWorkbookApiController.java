package id.rancang.strategy.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.shared.web.Messages;
import id.rancang.strategy.IndicatorImportSummary;
import id.rancang.strategy.IndicatorWorkbook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The indicators of a masterplan with their yearly targets as an XLSX workbook (the template to
 * fill in), and its import from XLSX or CSV, all rows or none.
 */
@RestController
@RequestMapping("/api/v1/masterplans/{masterplanId}/indicators")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Strategy: indicators")
class IndicatorWorkbookApiController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final IndicatorWorkbook workbook;
  private final CurrentRegion region;
  private final Messages messages;

  IndicatorWorkbookApiController(
      IndicatorWorkbook workbook, CurrentRegion region, Messages messages) {
    this.workbook = workbook;
    this.region = region;
    this.messages = messages;
  }

  /** A doubt about one row that did not stop the import, in the caller's language. */
  record WarningJson(int row, String code, Integer year, String message) {}

  /** How many rows created, changed or left alone an indicator, and the warnings by row. */
  record ImportJson(int created, int updated, int unchanged, List<WarningJson> warnings) {}

  @GetMapping("/export")
  @Operation(
      summary =
          "The indicators as an XLSX workbook, one column per masterplan year, with an"
              + " instructions sheet (headers in the caller's language; without indicators it is"
              + " the empty template)")
  ResponseEntity<byte[]> export(@PathVariable long masterplanId) {
    byte[] xlsx = workbook.export(region.id(), masterplanId, LocaleContextHolder.getLocale());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(IndicatorWorkbook.CONTENT_TYPE))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(IndicatorWorkbook.filename(masterplanId))
                .build()
                .toString())
        .body(xlsx);
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(EDITORS)
  @Operation(
      summary =
          "Import indicators from the XLSX workbook or a CSV file with its columns (Indonesian or"
              + " English headers); an existing code updates its indicator; every row or none"
              + " (422 lists each problem by row and column)")
  ImportJson importFile(@PathVariable long masterplanId, @RequestPart("file") MultipartFile file)
      throws IOException {
    IndicatorImportSummary summary =
        workbook.importFile(region.id(), masterplanId, file.getOriginalFilename(), file.getBytes());
    return new ImportJson(
        summary.created(),
        summary.updated(),
        summary.unchanged(),
        summary.warnings().stream()
            .map(
                w ->
                    new WarningJson(
                        w.row(), w.code(), w.year(), messages.get(w.messageKey(), w.args())))
            .toList());
  }
}
