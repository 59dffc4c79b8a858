package id.rancang.workshop.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.shared.Page;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.Messages;
import id.rancang.shared.web.Versions;
import id.rancang.workshop.AgendaDay;
import id.rancang.workshop.AgendaSession;
import id.rancang.workshop.SessionCommand;
import id.rancang.workshop.SessionSaved;
import id.rancang.workshop.WorkshopAgenda;
import id.rancang.workshop.WorkshopCatalog;
import id.rancang.workshop.WorkshopViewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The agenda of a workshop as JSON: sessions by day and time. A session overlapping others of the
 * same day is saved, and the answer names them ({@code overlapsWith}) with a {@code warning}.
 */
@RestController
@RequestMapping("/api/v1/workshops/{workshopId}/sessions")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Workshops")
class AgendaApiController {

  private final WorkshopAgenda agenda;
  private final WorkshopCatalog catalog;
  private final CurrentRegion region;
  private final Messages messages;

  AgendaApiController(
      WorkshopAgenda agenda, WorkshopCatalog catalog, CurrentRegion region, Messages messages) {
    this.agenda = agenda;
    this.catalog = catalog;
    this.region = region;
    this.messages = messages;
  }

  /** A session; {@code overlapsWith} the ids of sessions of the same day it overlaps. */
  record SessionJson(
      long id,
      long workshopId,
      LocalDate day,
      LocalTime startsAt,
      LocalTime endsAt,
      String topic,
      String speaker,
      String speakerInstitution,
      List<Long> overlapsWith,
      String warning,
      int version) {}

  record SessionBody(
      LocalDate day,
      LocalTime startsAt,
      LocalTime endsAt,
      String topic,
      String speaker,
      String speakerInstitution,
      Integer version) {
    SessionCommand command() {
      return new SessionCommand(day, startsAt, endsAt, topic, speaker, speakerInstitution);
    }
  }

  @GetMapping
  @Operation(summary = "The agenda: sessions by day and time, with their overlaps")
  ResponseEntity<List<SessionJson>> list(@PathVariable long workshopId) {
    long regionId = region.id();
    catalog.get(regionId, workshopId, WorkshopViewer.current());
    List<SessionJson> items = new ArrayList<>();
    for (AgendaDay day : agenda.days(regionId, workshopId)) {
      for (AgendaSession s : day.sessions()) {
        items.add(json(s, day.overlapping(s.id())));
      }
    }
    return ApiLists.of(new Page<>(items, 0, Math.max(items.size(), 1), items.size()));
  }

  @PostMapping
  @PreAuthorize(WorkshopApiController.ORGANISERS)
  @Operation(summary = "Add a session on one of the workshop's days (overlaps give a warning)")
  ResponseEntity<SessionJson> add(@PathVariable long workshopId, @RequestBody SessionBody body) {
    long regionId = region.id();
    catalog.get(regionId, workshopId);
    SessionSaved saved = agenda.add(regionId, workshopId, body.command());
    return ResponseEntity.created(
            URI.create("/api/v1/workshops/" + workshopId + "/sessions/" + saved.session().id()))
        .header(HttpHeaders.ETAG, Versions.etag(saved.session().version()))
        .body(json(saved.session(), saved.overlapping()));
  }

  @PutMapping("/{sessionId}")
  @PreAuthorize(WorkshopApiController.ORGANISERS)
  ResponseEntity<SessionJson> update(
      @PathVariable long workshopId,
      @PathVariable long sessionId,
      @RequestBody SessionBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    long regionId = region.id();
    agenda.get(regionId, workshopId, sessionId);
    SessionSaved saved =
        agenda.update(
            regionId,
            workshopId,
            sessionId,
            body.command(),
            Versions.required(body.version(), ifMatch));
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(saved.session().version()))
        .body(json(saved.session(), saved.overlapping()));
  }

  @DeleteMapping("/{sessionId}")
  @PreAuthorize(WorkshopApiController.ORGANISERS)
  ResponseEntity<Void> delete(@PathVariable long workshopId, @PathVariable long sessionId) {
    agenda.delete(region.id(), workshopId, sessionId);
    return ResponseEntity.noContent().build();
  }

  private SessionJson json(AgendaSession s, List<AgendaSession> overlapping) {
    String warning =
        overlapping.isEmpty()
            ? null
            : messages.get(
                "workshop.session.overlapWarning",
                overlapping.stream()
                    .map(o -> o.startsAt() + "-" + o.endsAt() + " " + o.topic())
                    .collect(Collectors.joining("; ")));
    return new SessionJson(
        s.id(),
        s.workshopId(),
        s.day(),
        s.startsAt(),
        s.endsAt(),
        s.topic(),
        s.speaker(),
        s.speakerInstitution(),
        overlapping.stream().map(AgendaSession::id).toList(),
        warning,
        s.version());
  }
}
