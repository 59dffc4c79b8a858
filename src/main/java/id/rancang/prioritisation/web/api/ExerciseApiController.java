package id.rancang.prioritisation.web.api;

import id.rancang.prioritisation.Aggregation;
import id.rancang.prioritisation.Exercise;
import id.rancang.prioritisation.ExerciseCommand;
import id.rancang.prioritisation.ExerciseStatus;
import id.rancang.prioritisation.ExerciseViewer;
import id.rancang.prioritisation.PrioritisationExercises;
import id.rancang.prioritisation.rules.IncompleteMethod;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.Versions;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The prioritisation exercises of a masterplan as JSON. Members read (a participant only the
 * exercises they evaluate in; others are "not found" to them); region administrators and editors
 * create, change, open, close, publish, reopen and delete them.
 */
@RestController
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Prioritisation: exercises")
class ExerciseApiController {

  static final String TEAM = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final PrioritisationExercises exercises;
  private final CurrentRegion region;

  ExerciseApiController(PrioritisationExercises exercises, CurrentRegion region) {
    this.exercises = exercises;
    this.region = region;
  }

  /**
   * An exercise: {@code riTable} is the identifier of the random-index table and {@code
   * riTableSource} where it was published; {@code transitions} are the statuses it may change to.
   */
  record ExerciseJson(
      long id,
      long masterplanId,
      String name,
      String description,
      Aggregation aggregation,
      String riTable,
      String riTableSource,
      IncompleteMethod incompleteMethod,
      ExerciseStatus status,
      List<ExerciseStatus> transitions,
      Long workshopId,
      OffsetDateTime createdAt,
      OffsetDateTime publishedAt,
      int version) {

    static ExerciseJson of(Exercise x) {
      return new ExerciseJson(
          x.id(),
          x.masterplanId(),
          x.name(),
          x.description(),
          x.aggregation(),
          x.riTable().id(),
          x.riTable().source(),
          x.incompleteMethod(),
          x.status(),
          x.status().transitions(),
          x.workshopId(),
          x.createdAt(),
          x.publishedAt(),
          x.version());
    }
  }

  /**
   * What a client sends. {@code defaultCriteria} and {@code defaultGroups} only on creation; {@code
   * version} (or If-Match) only on changes.
   */
  record ExerciseBody(
      String name,
      String description,
      Aggregation aggregation,
      String riTable,
      IncompleteMethod incompleteMethod,
      Long workshopId,
      Boolean defaultCriteria,
      Boolean defaultGroups,
      Integer version) {

    ExerciseCommand command() {
      return new ExerciseCommand(
          name,
          description,
          aggregation,
          riTable,
          incompleteMethod,
          workshopId,
          Boolean.TRUE.equals(defaultCriteria),
          Boolean.TRUE.equals(defaultGroups));
    }
  }

  /** A status change; with {@code version} it is refused when someone changed the exercise. */
  record StatusBody(ExerciseStatus status, Integer version) {}

  @GetMapping("/api/v1/masterplans/{masterplanId}/prioritisation/exercises")
  @Operation(summary = "The masterplan's prioritisation exercises the caller may see, newest first")
  ResponseEntity<List<ExerciseJson>> list(
      @PathVariable long masterplanId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiLists.of(
        exercises
            .list(region.id(), masterplanId, ExerciseViewer.current(), PageRequest.of(page, size))
            .map(ExerciseJson::of));
  }

  @PostMapping("/api/v1/masterplans/{masterplanId}/prioritisation/exercises")
  @PreAuthorize(TEAM)
  @Operation(
      summary =
          "Create a draft exercise; defaultCriteria starts it with the ministry's nine criteria,"
              + " defaultGroups with one evaluator group per pentahelix role (named in the"
              + " caller's language)")
  ResponseEntity<ExerciseJson> create(
      @PathVariable long masterplanId, @RequestBody ExerciseBody body) {
    Exercise created = exercises.create(region.id(), masterplanId, body.command());
    return ResponseEntity.created(URI.create("/api/v1/prioritisation/exercises/" + created.id()))
        .header(HttpHeaders.ETAG, Versions.etag(created.version()))
        .body(ExerciseJson.of(created));
  }

  @GetMapping("/api/v1/prioritisation/exercises/{id}")
  ResponseEntity<ExerciseJson> get(@PathVariable long id) {
    Exercise exercise = exercises.get(region.id(), id, ExerciseViewer.current());
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(exercise.version()))
        .body(ExerciseJson.of(exercise));
  }

  @PutMapping("/api/v1/prioritisation/exercises/{id}")
  @PreAuthorize(TEAM)
  @Operation(summary = "Change the settings (the method stays while the results are published)")
  ResponseEntity<ExerciseJson> update(
      @PathVariable long id,
      @RequestBody ExerciseBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    exercises.get(region.id(), id);
    Exercise saved =
        exercises.update(
            region.id(), id, body.command(), Versions.required(body.version(), ifMatch));
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(saved.version()))
        .body(ExerciseJson.of(saved));
  }

  @PostMapping("/api/v1/prioritisation/exercises/{id}/status")
  @PreAuthorize(TEAM)
  @Operation(
      summary =
          "Open (needs two top-level criteria, a scale on every rated criterion, an evaluator),"
              + " close, publish or reopen the exercise")
  ResponseEntity<ExerciseJson> changeStatus(@PathVariable long id, @RequestBody StatusBody body) {
    exercises.get(region.id(), id);
    Exercise changed = exercises.changeStatus(region.id(), id, body.status(), body.version());
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(changed.version()))
        .body(ExerciseJson.of(changed));
  }

  @DeleteMapping("/api/v1/prioritisation/exercises/{id}")
  @PreAuthorize(TEAM)
  @Operation(
      summary =
          "Delete the exercise with everything in it; when evaluators gave judgements or"
              + " ratings, only with confirm=true (otherwise 400 says how many would be lost)")
  ResponseEntity<Void> delete(
      @PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm) {
    exercises.get(region.id(), id);
    exercises.delete(region.id(), id, confirm);
    return ResponseEntity.noContent().build();
  }
}
