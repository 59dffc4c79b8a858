package id.rancang.prioritisation.web.api;

import id.rancang.prioritisation.Criterion;
import id.rancang.prioritisation.CriterionCommand;
import id.rancang.prioritisation.CriterionKind;
import id.rancang.prioritisation.CriterionLevel;
import id.rancang.prioritisation.ExerciseViewer;
import id.rancang.prioritisation.Measure;
import id.rancang.prioritisation.PrioritisationCriteria;
import id.rancang.prioritisation.PrioritisationExercises;
import id.rancang.prioritisation.rules.Direction;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.Page;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
 * The criteria of an exercise as JSON: a tree of top-level criteria with their sub-criteria and the
 * scales of rated ones. Whoever may see the exercise reads them; the team changes them while the
 * set-up may change.
 */
@RestController
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Prioritisation: criteria")
class CriterionApiController {

  private final PrioritisationExercises exercises;
  private final PrioritisationCriteria criteria;
  private final CurrentRegion region;

  CriterionApiController(
      PrioritisationExercises exercises, PrioritisationCriteria criteria, CurrentRegion region) {
    this.exercises = exercises;
    this.criteria = criteria;
    this.region = region;
  }

  /**
   * A criterion as a client sends it: {@code levels} are the whole scale, lowest first ({@code
   * level} numbers are optional and ignored); {@code version} (or If-Match) only on changes.
   */
  record CriterionBody(
      Long parentId,
      String code,
      String name,
      String description,
      CriterionKind kind,
      Measure measure,
      Direction direction,
      List<CriterionLevel> levels,
      Integer version) {

    CriterionCommand command() {
      return new CriterionCommand(
          parentId, code, name, description, kind, measure, direction, levels);
    }
  }

  record MoveBody(PrioritisationCriteria.Move direction) {}

  @GetMapping("/api/v1/prioritisation/exercises/{exerciseId}/criteria")
  @Operation(summary = "The exercise's criteria: top-level ones in order, each with its children")
  ResponseEntity<List<Criterion>> tree(@PathVariable long exerciseId) {
    exercises.get(region.id(), exerciseId, ExerciseViewer.current());
    List<Criterion> tree = criteria.tree(region.id(), exerciseId);
    return ApiLists.of(new Page<>(tree, 0, Math.max(tree.size(), 1), tree.size()));
  }

  @PostMapping("/api/v1/prioritisation/exercises/{exerciseId}/criteria")
  @PreAuthorize(ExerciseApiController.TEAM)
  @Operation(
      summary =
          "Add a criterion (parentId: a top-level criterion, for a sub-criterion); code unique in"
              + " the exercise; a rated criterion's scale has 2 to 10 levels")
  ResponseEntity<Criterion> create(@PathVariable long exerciseId, @RequestBody CriterionBody body) {
    exercises.get(region.id(), exerciseId);
    Criterion created = criteria.create(region.id(), exerciseId, body.command());
    return ResponseEntity.created(URI.create("/api/v1/prioritisation/criteria/" + created.id()))
        .header(HttpHeaders.ETAG, Versions.etag(created.version()))
        .body(created);
  }

  @GetMapping("/api/v1/prioritisation/criteria/{id}")
  ResponseEntity<Criterion> get(@PathVariable long id) {
    Criterion criterion = criteria.get(region.id(), id);
    exercises.get(region.id(), criterion.exerciseId(), ExerciseViewer.current());
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(criterion.version()))
        .body(criterion);
  }

  @PutMapping("/api/v1/prioritisation/criteria/{id}")
  @PreAuthorize(ExerciseApiController.TEAM)
  @Operation(summary = "Change a criterion and its scale (the levels given replace the scale)")
  ResponseEntity<Criterion> update(
      @PathVariable long id,
      @RequestBody CriterionBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    criteria.get(region.id(), id);
    Criterion saved =
        criteria.update(
            region.id(), id, body.command(), Versions.required(body.version(), ifMatch));
    return ResponseEntity.ok().header(HttpHeaders.ETAG, Versions.etag(saved.version())).body(saved);
  }

  @PostMapping("/api/v1/prioritisation/criteria/{id}/move")
  @PreAuthorize(ExerciseApiController.TEAM)
  @Operation(summary = "Move a criterion one place UP or DOWN among its siblings")
  Criterion move(@PathVariable long id, @RequestBody MoveBody body) {
    return criteria.move(
        region.id(),
        id,
        body.direction() == null ? PrioritisationCriteria.Move.UP : body.direction());
  }

  @DeleteMapping("/api/v1/prioritisation/criteria/{id}")
  @PreAuthorize(ExerciseApiController.TEAM)
  @Operation(summary = "Delete a criterion with its scale and sub-criteria")
  ResponseEntity<Void> delete(@PathVariable long id) {
    criteria.delete(region.id(), id);
    return ResponseEntity.noContent().build();
  }
}
