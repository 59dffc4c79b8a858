package id.rancang.document.web.api;

import id.rancang.document.Book;
import id.rancang.document.DocumentFormat;
import id.rancang.document.Documents;
import id.rancang.document.GeneratedFile;
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

/** Buku 1, Buku 2 and the executive summary of a masterplan as DOCX or PDF. */
@RestController
@RequestMapping("/api/v1/masterplans/{masterplanId}/documents")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Documents")
class DocumentApiController {

  private final Documents documents;
  private final CurrentRegion region;

  DocumentApiController(Documents documents, CurrentRegion region) {
    this.documents = documents;
    this.region = region;
  }

  @GetMapping("/{book:[a-z0-9-]+}.{format:[a-z]+}")
  @Operation(
      summary =
          "A book generated from the live masterplan, or from a frozen version with ?version=:"
              + " book is buku-1, buku-2 or ringkasan-eksekutif, format docx or pdf; in Bahasa"
              + " Indonesia, or in English with ?lang=en")
  ResponseEntity<byte[]> book(
      @PathVariable long masterplanId,
      @PathVariable String book,
      @PathVariable String format,
      @RequestParam(required = false) String lang,
      @RequestParam(required = false) Long version) {
    GeneratedFile file =
        documents.book(
            region.id(),
            masterplanId,
            version,
            Book.fromSlug(book).orElseThrow(() -> new NotFoundException("document", book)),
            DocumentFormat.fromExtension(format)
                .orElseThrow(() -> new NotFoundException("document", format)),
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
