package id.rancang.region.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.region.ImportSummary;
import id.rancang.region.Opd;
import id.rancang.region.OpdCommand;
import id.rancang.region.OpdDirectory;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.ApiValidation;
import id.rancang.shared.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The OPD of a region as JSON; import from CSV/XLSX all-or-nothing. */
@RestController
@RequestMapping("/api/v1/regions/{code}/opds")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "OPD")
class OpdApiController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final OpdDirectory opds;
  private final CurrentRegion region;

  OpdApiController(OpdDirectory opds, CurrentRegion region) {
    this.opds = opds;
    this.region = region;
  }

  /** An OPD with the version to send back when changing it. */
  record OpdJson(
      long id,
      String name,
      String abbreviation,
      String headName,
      String email,
      String phone,
      String address,
      int version) {
    static OpdJson of(Opd o) {
      return new OpdJson(
          o.id(),
          o.name(),
          o.abbreviation(),
          o.headName(),
          o.email(),
          o.phone(),
          o.address(),
          o.version());
    }
  }

  /** The OPD fields plus the version read. */
  record OpdUpdate(
      String name,
      String abbreviation,
      String headName,
      String email,
      String phone,
      String address,
      Integer version) {
    OpdCommand command() {
      return new OpdCommand(name, abbreviation, headName, email, phone, address);
    }
  }

  @GetMapping
  @Operation(summary = "OPD of the region, filtered by text, one page at a time")
  ResponseEntity<List<OpdJson>> list(
      @PathVariable String code,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiLists.of(opds.search(region.id(), q, PageRequest.of(page, size)).map(OpdJson::of));
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  @Operation(summary = "Add an OPD")
  ResponseEntity<OpdJson> create(@PathVariable String code, @Valid @RequestBody OpdCommand body) {
    Opd created = opds.create(region.id(), body);
    return ResponseEntity.created(URI.create("/api/v1/regions/" + code + "/opds/" + created.id()))
        .body(OpdJson.of(created));
  }

  @GetMapping("/{id}")
  ResponseEntity<OpdJson> get(@PathVariable String code, @PathVariable long id) {
    Opd opd = opds.get(region.id(), id);
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(opd.version()))
        .body(OpdJson.of(opd));
  }

  @PutMapping("/{id}")
  @Operation(summary = "Change an OPD (editors, or the OPD's own contributor)")
  OpdJson update(
      @PathVariable String code,
      @PathVariable long id,
      @RequestBody OpdUpdate body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    opds.get(region.id(), id);
    if (!Access.hasAnyRole("REGION_ADMIN", "EDITOR") && !Access.ownsOpd(id)) {
      throw new AccessDeniedException("OPD " + id);
    }
    OpdCommand command = ApiValidation.valid(body.command());
    return OpdJson.of(
        opds.update(region.id(), id, command, Versions.required(body.version(), ifMatch)));
  }

  @DeleteMapping("/{id}")
  @PreAuthorize(EDITORS)
  ResponseEntity<Void> delete(@PathVariable String code, @PathVariable long id) {
    opds.delete(region.id(), id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(EDITORS)
  @Operation(summary = "Import OPD from CSV or XLSX; every row or none")
  ImportSummary importFile(@PathVariable String code, @RequestPart("file") MultipartFile file)
      throws IOException {
    return opds.importFile(region.id(), file.getOriginalFilename(), file.getBytes());
  }
}
