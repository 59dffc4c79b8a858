package id.rancang.workshop.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.Versions;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import id.rancang.workshop.Consultation;
import id.rancang.workshop.ConsultationCommand;
import id.rancang.workshop.Consultations;
import id.rancang.workshop.Idea;
import id.rancang.workshop.IdeaCommand;
import id.rancang.workshop.IdeaFilter;
import id.rancang.workshop.IdeaSort;
import id.rancang.workshop.IdeaStatus;
import id.rancang.workshop.Ideas;
import id.rancang.workshop.web.Participants;
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
 * Public consultations of a masterplan as JSON, and the ideas raised in them. Every member of the
 * region reads and takes part (ideas, votes, comments and reports under {@code /api/v1/ideas});
 * region administrators and editors create, edit, open, close and delete consultations and
 * moderate.
 */
@RestController
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Public consultations")
class ConsultationApiController {

  private static final String ORGANISERS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final Consultations consultations;
  private final Ideas ideas;
  private final CurrentRegion region;

  ConsultationApiController(Consultations consultations, Ideas ideas, CurrentRegion region) {
    this.consultations = consultations;
    this.ideas = ideas;
    this.region = region;
  }

  /** A consultation as sent; {@code version} only on updates (or as If-Match). */
  record ConsultationBody(
      String title, String description, LocalDate opensOn, LocalDate closesOn, Integer version) {
    ConsultationCommand command() {
      return new ConsultationCommand(title, description, opensOn, closesOn);
    }
  }

  /** An idea as sent. */
  record IdeaBody(
      String title,
      String problem,
      String proposal,
      Dimension dimension,
      Element element,
      Long suggestedOpdId,
      String suggestedPartners) {
    IdeaCommand command() {
      return new IdeaCommand(
          title, problem, proposal, dimension, element, suggestedOpdId, suggestedPartners);
    }
  }

  @GetMapping("/api/v1/masterplans/{masterplanId}/consultations")
  @Operation(summary = "The public consultations of a masterplan, paged; total in X-Total-Count")
  ResponseEntity<List<Consultation>> list(
      @PathVariable long masterplanId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiLists.of(
        consultations.ofMasterplan(region.id(), masterplanId, PageRequest.of(page, size)));
  }

  @PostMapping("/api/v1/masterplans/{masterplanId}/consultations")
  @PreAuthorize(ORGANISERS)
  @Operation(
      summary = "Create a public consultation (title, description, opensOn, closesOn) as DRAFT")
  ResponseEntity<Consultation> create(
      @PathVariable long masterplanId, @RequestBody ConsultationBody body) {
    Consultation created = consultations.create(region.id(), masterplanId, body.command());
    return ResponseEntity.created(URI.create("/api/v1/consultations/" + created.id()))
        .eTag(Versions.etag(created.version()))
        .body(created);
  }

  @GetMapping("/api/v1/consultations/{id}")
  @Operation(summary = "One public consultation with its status and number of ideas")
  ResponseEntity<Consultation> get(@PathVariable long id) {
    Consultation consultation = consultations.get(region.id(), id);
    return ResponseEntity.ok().eTag(Versions.etag(consultation.version())).body(consultation);
  }

  @PutMapping("/api/v1/consultations/{id}")
  @PreAuthorize(ORGANISERS)
  @Operation(summary = "Change a consultation's title, description and period; 409 when stale")
  ResponseEntity<Consultation> update(
      @PathVariable long id,
      @RequestBody ConsultationBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    Consultation saved =
        consultations.update(
            region.id(), id, body.command(), Versions.required(body.version(), ifMatch));
    return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(saved);
  }

  @DeleteMapping("/api/v1/consultations/{id}")
  @PreAuthorize(ORGANISERS)
  @Operation(summary = "Delete a consultation; refused (400) while it has ideas")
  ResponseEntity<Void> delete(@PathVariable long id) {
    consultations.delete(region.id(), id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/consultations/{id}/open")
  @PreAuthorize(ORGANISERS)
  @Operation(summary = "Open a consultation: public, and taking ideas, votes, comments and reports")
  Consultation open(@PathVariable long id) {
    return consultations.open(region.id(), id);
  }

  @PostMapping("/api/v1/consultations/{id}/close")
  @PreAuthorize(ORGANISERS)
  @Operation(summary = "Close an open consultation: still public to read, taking nothing more")
  Consultation close(@PathVariable long id) {
    return consultations.close(region.id(), id);
  }

  @GetMapping("/api/v1/consultations/{id}/ideas")
  @Operation(
      summary =
          "The ideas of a consultation: full-text search with q, filters, sort (SUPPORT, NEWEST,"
              + " DISCUSSED), paged; total in X-Total-Count")
  ResponseEntity<List<Idea>> ideas(
      @PathVariable long id,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Dimension dimension,
      @RequestParam(required = false) Element element,
      @RequestParam(required = false) IdeaStatus status,
      @RequestParam(required = false) IdeaSort sort,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiLists.of(
        ideas.ofConsultation(
            region.id(),
            id,
            Participants.current(),
            new IdeaFilter(q, dimension, element, status, sort),
            PageRequest.of(page, size)));
  }

  @PostMapping("/api/v1/consultations/{id}/ideas")
  @Operation(summary = "Raise an idea in an open consultation; 429 with Retry-After when too many")
  ResponseEntity<Idea> submit(@PathVariable long id, @RequestBody IdeaBody body) {
    Idea created =
        ideas.submitToConsultation(region.id(), id, Participants.current(), body.command());
    return ResponseEntity.created(URI.create("/api/v1/ideas/" + created.id())).body(created);
  }

  @GetMapping("/api/v1/consultations/{id}/moderation")
  @PreAuthorize(ORGANISERS)
  @Operation(summary = "Hidden ideas and comments of a consultation with the reasons reported")
  Ideas.ModerationQueue moderationQueue(@PathVariable long id) {
    return ideas.consultationModerationQueue(region.id(), id, Participants.current());
  }
}
