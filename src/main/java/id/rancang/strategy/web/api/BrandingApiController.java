package id.rancang.strategy.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.shared.web.Versions;
import id.rancang.strategy.Branding;
import id.rancang.strategy.BrandingCommand;
import id.rancang.strategy.BrandingStatement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The branding statement of a masterplan (the Smart Branding dimension in words). */
@RestController
@RequestMapping("/api/v1/masterplans/{masterplanId}/branding")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Branding")
class BrandingApiController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final Branding branding;
  private final CurrentRegion region;

  BrandingApiController(Branding branding, CurrentRegion region) {
    this.branding = branding;
    this.region = region;
  }

  /** The statement's fields plus the version read; no version (nor If-Match) to create it. */
  record BrandingUpdate(
      String tagline, String positioning, String identityNotes, Integer version) {}

  @GetMapping
  @Operation(
      summary = "The branding statement",
      description =
          "200 with the statement and its version as ETag; 204 No Content while the masterplan"
              + " has no branding statement yet; 404 when the masterplan is not in the region.")
  ResponseEntity<BrandingStatement> get(@PathVariable long masterplanId) {
    return branding
        .find(region.id(), masterplanId)
        .map(b -> ResponseEntity.ok().eTag(Versions.etag(b.version())).body(b))
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  @PutMapping
  @PreAuthorize(EDITORS)
  @Operation(
      summary = "Create or change the branding statement",
      description =
          "Without version (body or If-Match) it creates the statement (201); if one exists by"
              + " then the answer is 409. With the version read it changes it (200); a stale"
              + " version gets 409.")
  ResponseEntity<BrandingStatement> put(
      @PathVariable long masterplanId,
      @RequestBody BrandingUpdate body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    Integer expected =
        body.version() == null && ifMatch == null
            ? null
            : Integer.valueOf(Versions.required(body.version(), ifMatch));
    BrandingStatement saved =
        branding.save(
            region.id(),
            masterplanId,
            new BrandingCommand(body.tagline(), body.positioning(), body.identityNotes()),
            expected);
    ResponseEntity.BodyBuilder answer =
        expected == null
            ? ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/masterplans/" + masterplanId + "/branding"))
            : ResponseEntity.ok();
    return answer.eTag(Versions.etag(saved.version())).body(saved);
  }
}
