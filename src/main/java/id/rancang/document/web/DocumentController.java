package id.rancang.document.web;

import id.rancang.document.Book;
import id.rancang.document.DocumentFormat;
import id.rancang.document.Documents;
import id.rancang.document.GeneratedFile;
import id.rancang.document.MasterplanVersions;
import id.rancang.region.CurrentRegion;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The documents page of a masterplan and the downloads of its books. */
@Controller
@RequestMapping("/masterplans/{masterplanId}/documents")
@PreAuthorize("hasRole('MEMBER')")
class DocumentController {

  private final Documents documents;
  private final MasterplanManagement masterplans;
  private final CurrentRegion region;
  private final MasterplanVersions versions;

  DocumentController(
      Documents documents,
      MasterplanManagement masterplans,
      CurrentRegion region,
      MasterplanVersions versions) {
    this.documents = documents;
    this.masterplans = masterplans;
    this.region = region;
    this.versions = versions;
  }

  @GetMapping
  String page(@PathVariable long masterplanId, Model model) {
    model.addAttribute("masterplan", masterplans.get(region.id(), masterplanId));
    model.addAttribute("books", Book.values());
    model.addAttribute("formats", DocumentFormat.values());
    model.addAttribute(
        "versions",
        VersionsSection.of(versions.list(region.id(), masterplanId, PageRequest.of(0, null))));
    return "document/documents";
  }

  @GetMapping("/{book:[a-z0-9-]+}.{format:[a-z]+}")
  ResponseEntity<byte[]> download(
      @PathVariable long masterplanId,
      @PathVariable String book,
      @PathVariable String format,
      @RequestParam(required = false) String lang,
      @RequestParam(required = false) Long version) {
    return send(
        documents.book(
            region.id(),
            masterplanId,
            version,
            Book.fromSlug(book).orElseThrow(() -> new NotFoundException("document", book)),
            DocumentFormat.fromExtension(format)
                .orElseThrow(() -> new NotFoundException("document", format)),
            language(lang),
            partnerNames()));
  }

  /** Bahasa Indonesia unless English is asked for: a book's language is chosen, not inferred. */
  static Locale language(String lang) {
    return "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id");
  }

  /** As on the stakeholder pages: participants do not see the partners' names. */
  static boolean partnerNames() {
    return Access.hasAnyRole("REGION_ADMIN", "EDITOR", "OPD_CONTRIBUTOR", "REVIEWER");
  }

  static ResponseEntity<byte[]> send(GeneratedFile file) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.filename()).build().toString())
        .body(file.content());
  }
}
