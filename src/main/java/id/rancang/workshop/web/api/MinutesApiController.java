package id.rancang.workshop.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.shared.Page;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.Versions;
import id.rancang.workshop.Decision;
import id.rancang.workshop.DecisionCommand;
import id.rancang.workshop.Minutes;
import id.rancang.workshop.WorkshopCatalog;
import id.rancang.workshop.WorkshopMinutes;
import id.rancang.workshop.WorkshopViewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The minutes (notulen) of a workshop and its numbered decisions as JSON. Members who may see the
 * workshop read them; organisers write them.
 */
@RestController
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Workshops")
class MinutesApiController {

  private final WorkshopMinutes minutes;
  private final WorkshopCatalog catalog;
  private final CurrentRegion region;

  MinutesApiController(WorkshopMinutes minutes, WorkshopCatalog catalog, CurrentRegion region) {
    this.minutes = minutes;
    this.catalog = catalog;
    this.region = region;
  }

  /** The minutes; version 0 and an empty body until first saved. */
  record MinutesJson(long workshopId, String body, OffsetDateTime updatedAt, int version) {
    static MinutesJson of(Minutes m) {
      return new MinutesJson(m.workshopId(), m.body(), m.updatedAt(), m.version());
    }
  }

  record MinutesBody(String body, Integer version) {}

  /** A decision, numbered 1, 2, ... ({@code number}), optionally about an idea of the workshop. */
  record DecisionJson(
      long id,
      long workshopId,
      int number,
      String body,
      Long ideaId,
      String ideaTitle,
      int version) {
    static DecisionJson of(Decision d) {
      return new DecisionJson(
          d.id(), d.workshopId(), d.position(), d.body(), d.ideaId(), d.ideaTitle(), d.version());
    }
  }

  record DecisionBody(String body, Long ideaId, Integer version) {
    DecisionCommand command() {
      return new DecisionCommand(body, ideaId);
    }
  }

  @GetMapping("/api/v1/workshops/{workshopId}/minutes")
  ResponseEntity<MinutesJson> get(@PathVariable long workshopId) {
    long regionId = region.id();
    catalog.get(regionId, workshopId, WorkshopViewer.current());
    Minutes found = minutes.minutes(regionId, workshopId);
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(found.version()))
        .body(MinutesJson.of(found));
  }

  @PutMapping("/api/v1/workshops/{workshopId}/minutes")
  @PreAuthorize(WorkshopApiController.ORGANISERS)
  @Operation(summary = "Save the minutes with the version read (0 before the first save)")
  ResponseEntity<MinutesJson> save(
      @PathVariable long workshopId,
      @RequestBody MinutesBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    Minutes saved =
        minutes.save(
            region.id(),
            workshopId,
            body.body(),
            Versions.required(body.version(), ifMatch),
            Access.actor());
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(saved.version()))
        .body(MinutesJson.of(saved));
  }

  @GetMapping("/api/v1/workshops/{workshopId}/decisions")
  ResponseEntity<List<DecisionJson>> decisions(@PathVariable long workshopId) {
    long regionId = region.id();
    catalog.get(regionId, workshopId, WorkshopViewer.current());
    List<DecisionJson> items =
        minutes.decisions(regionId, workshopId).stream().map(DecisionJson::of).toList();
    return ApiLists.of(new Page<>(items, 0, Math.max(items.size(), 1), items.size()));
  }

  @PostMapping("/api/v1/workshops/{workshopId}/decisions")
  @PreAuthorize(WorkshopApiController.ORGANISERS)
  @Operation(summary = "Add a decision as the last one; ideaId names an idea of the workshop")
  ResponseEntity<DecisionJson> add(@PathVariable long workshopId, @RequestBody DecisionBody body) {
    Decision created = minutes.add(region.id(), workshopId, body.command());
    return ResponseEntity.created(URI.create("/api/v1/decisions/" + created.id()))
        .header(HttpHeaders.ETAG, Versions.etag(created.version()))
        .body(DecisionJson.of(created));
  }

  @PutMapping("/api/v1/decisions/{id}")
  @PreAuthorize(WorkshopApiController.ORGANISERS)
  ResponseEntity<DecisionJson> update(
      @PathVariable long id,
      @RequestBody DecisionBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    long regionId = region.id();
    minutes.decision(regionId, id);
    Decision saved =
        minutes.update(regionId, id, body.command(), Versions.required(body.version(), ifMatch));
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(saved.version()))
        .body(DecisionJson.of(saved));
  }

  @DeleteMapping("/api/v1/decisions/{id}")
  @PreAuthorize(WorkshopApiController.ORGANISERS)
  @Operation(summary = "Delete a decision; those after it move up one number")
  ResponseEntity<Void> delete(@PathVariable long id) {
    minutes.delete(region.id(), id);
    return ResponseEntity.noContent().build();
  }
}
