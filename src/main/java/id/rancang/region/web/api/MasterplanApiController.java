package id.rancang.region.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.region.Masterplan;
import id.rancang.region.MasterplanCommand;
import id.rancang.region.MasterplanManagement;
import id.rancang.region.MasterplanStatus;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.ApiValidation;
import id.rancang.shared.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A region's masterplans as JSON. */
@RestController
@RequestMapping("/api/v1/regions/{code}/masterplans")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Masterplans")
class MasterplanApiController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final MasterplanManagement masterplans;
  private final CurrentRegion region;

  MasterplanApiController(MasterplanManagement masterplans, CurrentRegion region) {
    this.masterplans = masterplans;
    this.region = region;
  }

  /** A masterplan shell. */
  record MasterplanJson(
      long id,
      String title,
      int startYear,
      int endYear,
      MasterplanStatus status,
      String regulationNumber,
      LocalDate regulationDate,
      int version) {
    static MasterplanJson of(Masterplan m) {
      return new MasterplanJson(
          m.id(),
          m.title(),
          m.startYear(),
          m.endYear(),
          m.status(),
          m.regulationNumber(),
          m.regulationDate(),
          m.version());
    }
  }

  /** Title and period plus the version read. */
  record MasterplanUpdate(String title, Integer startYear, Integer endYear, Integer version) {}

  /** A move to another status; adoption needs the regulation. */
  record StatusChange(
      MasterplanStatus status,
      String regulationNumber,
      LocalDate regulationDate,
      Integer version) {}

  @GetMapping
  List<MasterplanJson> list(@PathVariable String code) {
    return masterplans.list(region.id()).stream().map(MasterplanJson::of).toList();
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  @Operation(summary = "Create a masterplan shell (10 years unless endYear is given)")
  ResponseEntity<MasterplanJson> create(
      @PathVariable String code, @Valid @RequestBody MasterplanCommand body) {
    Masterplan created = masterplans.create(region.id(), body);
    return ResponseEntity.created(
            URI.create("/api/v1/regions/" + code + "/masterplans/" + created.id()))
        .body(MasterplanJson.of(created));
  }

  @GetMapping("/{id}")
  ResponseEntity<MasterplanJson> get(@PathVariable String code, @PathVariable long id) {
    Masterplan m = masterplans.get(region.id(), id);
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(m.version()))
        .body(MasterplanJson.of(m));
  }

  @PutMapping("/{id}")
  @PreAuthorize(EDITORS)
  MasterplanJson update(
      @PathVariable String code,
      @PathVariable long id,
      @RequestBody MasterplanUpdate body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    masterplans.get(region.id(), id);
    MasterplanCommand command =
        ApiValidation.valid(new MasterplanCommand(body.title(), body.startYear(), body.endYear()));
    return MasterplanJson.of(
        masterplans.update(region.id(), id, command, Versions.required(body.version(), ifMatch)));
  }

  @PostMapping("/{id}/status")
  @PreAuthorize(EDITORS)
  @Operation(summary = "Move a masterplan to another status (adopt and archive: region admin)")
  MasterplanJson changeStatus(
      @PathVariable String code,
      @PathVariable long id,
      @RequestBody StatusChange body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    masterplans.get(region.id(), id);
    if ((body.status() == MasterplanStatus.ADOPTED || body.status() == MasterplanStatus.ARCHIVED)
        && !Access.hasAnyRole("REGION_ADMIN")) {
      throw new AccessDeniedException("status " + body.status());
    }
    return MasterplanJson.of(
        masterplans.changeStatus(
            region.id(),
            id,
            body.status(),
            body.regulationNumber(),
            body.regulationDate(),
            Versions.required(body.version(), ifMatch)));
  }
}
