package id.rancang.programme.web.api;

import id.rancang.programme.ProgrammeImportSummary;
import id.rancang.programme.ProgrammeWorkbook;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Messages;
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
 * The programmes and action plans of a masterplan as one XLSX workbook (the template to fill in),
 * and its import, all rows or none.
 */
@RestController
@RequestMapping("/api/v1/masterplans/{masterplanId}/programmes")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Programmes (Buku 2)")
class ProgrammeWorkbookApiController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final ProgrammeWorkbook workbook;
  private final CurrentRegion region;
  private final Messages messages;

  ProgrammeWorkbookApiController(
      ProgrammeWorkbook workbook, CurrentRegion region, Messages messages) {
    this.workbook = workbook;
    this.region = region;
    this.messages = messages;
  }

  /** A doubt about one row that did not stop the import, in the caller's language. */
  record WarningJson(String sheet, int row, String code, String message) {}

  /**
   * What the import did: programmes created, changed or left as they were; actions added, changed
   * or removed; the rows each other sheet had; and the warnings by sheet and row.
   */
  record ImportJson(
      int created,
      int updated,
      int unchanged,
      int actionsAdded,
      int actionsChanged,
      int actionsRemoved,
      int partners,
      int budgetLines,
      int risks,
      int contributions,
      int actions,
      List<WarningJson> warnings) {}

  @GetMapping("/export")
  @Operation(
      summary =
          "The programmes and action plans as an XLSX workbook: sheets of programmes, partners,"
              + " budget, risks, contributions and actions, and an instructions sheet with the"
              + " codes (headers in the caller's language; without programmes it is the empty"
              + " template)")
  ResponseEntity<byte[]> export(@PathVariable long masterplanId) {
    byte[] xlsx =
        workbook.export(
            region.id(),
            masterplanId,
            LocaleContextHolder.getLocale(),
            // as on the stakeholder pages: participants do not see the stakeholders' names
            Access.hasAnyRole("REGION_ADMIN", "EDITOR", "OPD_CONTRIBUTOR", "REVIEWER"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ProgrammeWorkbook.CONTENT_TYPE))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(ProgrammeWorkbook.filename(masterplanId))
                .build()
                .toString())
        .body(xlsx);
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(EDITORS)
  @Operation(
      summary =
          "Import programmes and action plans from the XLSX workbook (Indonesian or English"
              + " headers; a CSV file is read as the programme sheet alone). An existing code"
              + " updates its programme and a sheet in the file replaces that part of each"
              + " programme in it; every row or none (422 lists each problem by sheet, row and"
              + " column)")
  ImportJson importFile(@PathVariable long masterplanId, @RequestPart("file") MultipartFile file)
      throws IOException {
    ProgrammeImportSummary s =
        workbook.importFile(region.id(), masterplanId, file.getOriginalFilename(), file.getBytes());
    return new ImportJson(
        s.created(),
        s.updated(),
        s.unchanged(),
        s.actionsAdded(),
        s.actionsChanged(),
        s.actionsRemoved(),
        s.partners(),
        s.budgetLines(),
        s.risks(),
        s.contributions(),
        s.actions(),
        s.warnings().stream()
            .map(
                w ->
                    new WarningJson(
                        w.sheet(), w.row(), w.code(), messages.get(w.messageKey(), w.args())))
            .toList());
  }
}
