package id.rancang.document.web.api;

import id.rancang.document.GeneratedFile;
import id.rancang.document.Matrices;
import id.rancang.document.Matrix;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.web.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Excel matrices of a masterplan: indicators, programmes, action plans and budget. */
@RestController
@RequestMapping("/api/v1/masterplans/{masterplanId}/matrices")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Documents")
class MatrixApiController {

  private final Matrices matrices;
  private final CurrentRegion region;

  MatrixApiController(Matrices matrices, CurrentRegion region) {
    this.matrices = matrices;
    this.region = region;
  }

  @GetMapping("/{name:[a-z-]+}.xlsx")
  @Operation(
      summary =
          "A matrix as an XLSX workbook, from the live masterplan or from a frozen version with"
              + " ?version=: name is indikator, program, rencana-aksi or anggaran; in Bahasa"
              + " Indonesia, or in English with ?lang=en")
  ResponseEntity<byte[]> matrix(
      @PathVariable long masterplanId,
      @PathVariable String name,
      @RequestParam(required = false) String lang,
      @RequestParam(required = false) Long version) {
    Matrix matrix =
        Matrix.fromSlug(name).orElseThrow(() -> new NotFoundException("document", name));
    GeneratedFile file =
        matrices.matrix(
            region.id(),
            masterplanId,
            version,
            matrix,
            "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id"),
            // as on the stakeholder pages: participants do not see the partners' names
            Access.hasAnyRole("REGION_ADMIN", "EDITOR", "OPD_CONTRIBUTOR", "REVIEWER"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.filename()).build().toString())
        .body(file.content());
  }
}
