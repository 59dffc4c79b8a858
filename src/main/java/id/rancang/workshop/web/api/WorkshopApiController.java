package id.rancang.workshop.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.region.MasterplanManagement;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.Versions;
import id.rancang.workshop.Workshop;
import id.rancang.workshop.WorkshopCatalog;
import id.rancang.workshop.WorkshopCommand;
import id.rancang.workshop.WorkshopPlanning;
import id.rancang.workshop.WorkshopStage;
import id.rancang.workshop.WorkshopViewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workshops (Bimtek) of a masterplan as JSON. Members read (a participant only the workshops
 * they are invited to or registered for); region administrators and editors organise them.
 */
@RestController
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Workshops")
class WorkshopApiController {

  static final String ORGANISERS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final WorkshopCatalog catalog;
  private final WorkshopPlanning planning;
  private final MasterplanManagement masterplans;
  private final CurrentRegion region;

  WorkshopApiController(
      WorkshopCatalog catalog,
      WorkshopPlanning planning,
      MasterplanManagement masterplans,
      CurrentRegion region) {
    this.catalog = catalog;
    this.planning = planning;
    this.masterplans = masterplans;
    this.region = region;
  }

  /** A workshop; {@code stageLabel} names a CUSTOM stage. */
  record WorkshopJson(
      long id,
      long masterplanId,
      WorkshopStage stage,
      String stageLabel,
      String title,
      String description,
      LocalDate startDate,
      LocalDate endDate,
      String venue,
      boolean ideasOpen,
      int version) {
    static WorkshopJson of(Workshop w) {
      return new WorkshopJson(
          w.id(),
          w.masterplanId(),
          w.stage(),
          w.stageLabel(),
          w.title(),
          w.description(),
          w.startDate(),
          w.endDate(),
          w.venue(),
          w.ideasOpen(),
          w.version());
    }
  }

  /** A workshop as sent; {@code version} (or If-Match) is the version read, for changes. */
  record WorkshopBody(
      String title,
      WorkshopStage stage,
      String stageLabel,
      String description,
      LocalDate startDate,
      LocalDate endDate,
      String venue,
      Boolean ideasOpen,
      Integer version) {
    WorkshopCommand command() {
      return new WorkshopCommand(
          title, stage, stageLabel, description, startDate, endDate, venue, ideasOpen);
    }
  }

  @GetMapping("/api/v1/masterplans/{masterplanId}/workshops")
  @Operation(summary = "The masterplan's workshops the caller may see, newest first (paged)")
  ResponseEntity<List<WorkshopJson>> list(
      @PathVariable long masterplanId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    long regionId = region.id();
    masterplans.get(regionId, masterplanId);
    return ApiLists.of(
        catalog
            .list(regionId, masterplanId, WorkshopViewer.current(), PageRequest.of(page, size))
            .map(WorkshopJson::of));
  }

  @PostMapping("/api/v1/masterplans/{masterplanId}/workshops")
  @PreAuthorize(ORGANISERS)
  @Operation(
      summary =
          "Plan a workshop (stage TAHAP_1..TAHAP_4 or CUSTOM with stageLabel; at most 31 days)")
  ResponseEntity<WorkshopJson> create(
      @PathVariable long masterplanId, @RequestBody WorkshopBody body) {
    Workshop created = planning.create(region.id(), masterplanId, body.command());
    return ResponseEntity.created(URI.create("/api/v1/workshops/" + created.id()))
        .header(HttpHeaders.ETAG, Versions.etag(created.version()))
        .body(WorkshopJson.of(created));
  }

  @GetMapping("/api/v1/workshops/{id}")
  ResponseEntity<WorkshopJson> get(@PathVariable long id) {
    Workshop workshop = catalog.get(region.id(), id, WorkshopViewer.current());
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(workshop.version()))
        .body(WorkshopJson.of(workshop));
  }

  @PutMapping("/api/v1/workshops/{id}")
  @PreAuthorize(ORGANISERS)
  @Operation(summary = "Change a workshop; 409 when someone else changed it since it was read")
  ResponseEntity<WorkshopJson> update(
      @PathVariable long id,
      @RequestBody WorkshopBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    long regionId = region.id();
    catalog.get(regionId, id);
    Workshop saved =
        planning.update(regionId, id, body.command(), Versions.required(body.version(), ifMatch));
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(saved.version()))
        .body(WorkshopJson.of(saved));
  }

  @DeleteMapping("/api/v1/workshops/{id}")
  @PreAuthorize(ORGANISERS)
  @Operation(
      summary = "Delete a workshop with its agenda, list and materials; refused while it has ideas")
  ResponseEntity<Void> delete(@PathVariable long id) {
    planning.delete(region.id(), id);
    return ResponseEntity.noContent().build();
  }
}
