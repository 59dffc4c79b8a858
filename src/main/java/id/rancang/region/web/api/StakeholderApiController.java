package id.rancang.region.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.region.PentahelixRole;
import id.rancang.region.Stakeholder;
import id.rancang.region.StakeholderCommand;
import id.rancang.region.StakeholderKind;
import id.rancang.region.StakeholderRegister;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.ApiValidation;
import id.rancang.shared.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Pentahelix stakeholders as JSON. Contact data needs recorded consent; a person's data can be
 * exported ({@code GET .../personal-data}) and erased ({@code DELETE .../personal-data}).
 */
@RestController
@RequestMapping("/api/v1/regions/{code}/stakeholders")
@PreAuthorize("hasAnyRole('REGION_ADMIN', 'EDITOR', 'OPD_CONTRIBUTOR', 'REVIEWER')")
@Tag(name = "Stakeholders")
class StakeholderApiController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final StakeholderRegister stakeholders;
  private final CurrentRegion region;

  StakeholderApiController(StakeholderRegister stakeholders, CurrentRegion region) {
    this.stakeholders = stakeholders;
    this.region = region;
  }

  /** A stakeholder with consent details and the version to send back when changing it. */
  record StakeholderJson(
      long id,
      StakeholderKind kind,
      String name,
      PentahelixRole pentahelixRole,
      String organisation,
      String position,
      String email,
      String phone,
      boolean consentGiven,
      OffsetDateTime consentAt,
      String consentPurpose,
      int version) {
    static StakeholderJson of(Stakeholder s) {
      return new StakeholderJson(
          s.id(),
          s.kind(),
          s.name(),
          s.pentahelixRole(),
          s.organisation(),
          s.position(),
          s.email(),
          s.phone(),
          s.hasConsent(),
          s.consentAt(),
          s.consentPurpose(),
          s.version());
    }
  }

  /** The stakeholder fields plus the version read. */
  record StakeholderUpdate(
      StakeholderKind kind,
      String name,
      PentahelixRole pentahelixRole,
      String organisation,
      String position,
      String email,
      String phone,
      boolean consentGiven,
      String consentPurpose,
      Integer version) {
    StakeholderCommand command() {
      return new StakeholderCommand(
          kind,
          name,
          pentahelixRole,
          organisation,
          position,
          email,
          phone,
          consentGiven,
          consentPurpose);
    }
  }

  @GetMapping
  @Operation(summary = "Stakeholders, filtered by text and pentahelix role")
  ResponseEntity<List<StakeholderJson>> list(
      @PathVariable String code,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) PentahelixRole role,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiLists.of(
        stakeholders
            .search(region.id(), q, role, PageRequest.of(page, size))
            .map(StakeholderJson::of));
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  ResponseEntity<StakeholderJson> create(
      @PathVariable String code, @Valid @RequestBody StakeholderCommand body) {
    Stakeholder created = stakeholders.create(region.id(), body, Access.actor());
    return ResponseEntity.created(
            URI.create("/api/v1/regions/" + code + "/stakeholders/" + created.id()))
        .body(StakeholderJson.of(created));
  }

  @GetMapping("/{id}")
  ResponseEntity<StakeholderJson> get(@PathVariable String code, @PathVariable long id) {
    Stakeholder s = stakeholders.get(region.id(), id);
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(s.version()))
        .body(StakeholderJson.of(s));
  }

  @PutMapping("/{id}")
  @PreAuthorize(EDITORS)
  StakeholderJson update(
      @PathVariable String code,
      @PathVariable long id,
      @RequestBody StakeholderUpdate body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    stakeholders.get(region.id(), id);
    StakeholderCommand command = ApiValidation.valid(body.command());
    return StakeholderJson.of(
        stakeholders.update(
            region.id(), id, command, Versions.required(body.version(), ifMatch), Access.actor()));
  }

  @DeleteMapping("/{id}")
  @PreAuthorize(EDITORS)
  ResponseEntity<Void> delete(@PathVariable String code, @PathVariable long id) {
    stakeholders.delete(region.id(), id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/personal-data")
  @PreAuthorize(EDITORS)
  @Operation(summary = "Everything kept about this stakeholder (data subject access request)")
  Map<String, Object> exportPersonalData(@PathVariable String code, @PathVariable long id) {
    return stakeholders.exportPersonalData(region.id(), id);
  }

  @DeleteMapping("/{id}/personal-data")
  @PreAuthorize("hasRole('REGION_ADMIN')")
  @Operation(summary = "Erase this stakeholder and the copies of their data in the history")
  ResponseEntity<Void> erase(@PathVariable String code, @PathVariable long id) {
    stakeholders.erasePersonalData(region.id(), id);
    return ResponseEntity.noContent().build();
  }
}
