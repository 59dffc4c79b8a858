package id.rancang.prioritisation.web.api;

import id.rancang.identity.Role;
import id.rancang.prioritisation.Evaluator;
import id.rancang.prioritisation.EvaluatorCommand;
import id.rancang.prioritisation.EvaluatorGroup;
import id.rancang.prioritisation.EvaluatorGroupCommand;
import id.rancang.prioritisation.EvaluatorsAdded;
import id.rancang.prioritisation.ExerciseViewer;
import id.rancang.prioritisation.PrioritisationEvaluators;
import id.rancang.prioritisation.PrioritisationExercises;
import id.rancang.region.CurrentRegion;
import id.rancang.region.PentahelixRole;
import id.rancang.shared.Page;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
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
 * The evaluator groups and evaluators of an exercise as JSON. Groups (with counts only) are read by
 * whoever may see the exercise; the list of evaluators is for the region's members but
 * participants; the team changes both.
 */
@RestController
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Prioritisation: evaluators")
class EvaluatorApiController {

  private static final String MEMBERS_BUT_PARTICIPANTS =
      "hasAnyRole('REGION_ADMIN', 'EDITOR', 'OPD_CONTRIBUTOR', 'REVIEWER')";

  private final PrioritisationExercises exercises;
  private final PrioritisationEvaluators evaluators;
  private final CurrentRegion region;

  EvaluatorApiController(
      PrioritisationExercises exercises,
      PrioritisationEvaluators evaluators,
      CurrentRegion region) {
    this.exercises = exercises;
    this.evaluators = evaluators;
    this.region = region;
  }

  /** A group as a client sends it; {@code version} (or If-Match) only on changes. */
  record GroupBody(String name, PentahelixRole pentahelixRole, BigDecimal weight, Integer version) {

    EvaluatorGroupCommand command() {
      return new EvaluatorGroupCommand(name, pentahelixRole, weight);
    }
  }

  /** Members of the region to add to a group. */
  record AddBody(Long groupId, List<Long> accountIds) {}

  /** Another group and/or weight; {@code version} (or If-Match) is the version read. */
  record EvaluatorBody(Long groupId, BigDecimal weight, Integer version) {}

  /** An evaluator; {@code started} when they have judged or rated anything. */
  record EvaluatorJson(
      long id,
      long exerciseId,
      long groupId,
      long accountId,
      String name,
      String email,
      Role role,
      BigDecimal weight,
      long judgements,
      long ratings,
      boolean started,
      OffsetDateTime submittedAt,
      int version) {

    static EvaluatorJson of(Evaluator e) {
      return new EvaluatorJson(
          e.id(),
          e.exerciseId(),
          e.groupId(),
          e.accountId(),
          e.name(),
          e.email(),
          e.role(),
          e.weight(),
          e.judgements(),
          e.ratings(),
          e.started(),
          e.submittedAt(),
          e.version());
    }
  }

  record AddedJson(List<EvaluatorJson> added, List<EvaluatorJson> already) {

    static AddedJson of(EvaluatorsAdded result) {
      return new AddedJson(
          result.added().stream().map(EvaluatorJson::of).toList(),
          result.already().stream().map(EvaluatorJson::of).toList());
    }
  }

  // ---- groups ----

  @GetMapping("/api/v1/prioritisation/exercises/{exerciseId}/groups")
  @Operation(
      summary = "The exercise's evaluator groups with how many evaluators started, submitted")
  ResponseEntity<List<EvaluatorGroup>> groups(@PathVariable long exerciseId) {
    exercises.get(region.id(), exerciseId, ExerciseViewer.current());
    List<EvaluatorGroup> groups = evaluators.groups(region.id(), exerciseId);
    return ApiLists.of(new Page<>(groups, 0, Math.max(groups.size(), 1), groups.size()));
  }

  @PostMapping("/api/v1/prioritisation/exercises/{exerciseId}/groups")
  @PreAuthorize(ExerciseApiController.TEAM)
  @Operation(summary = "Add an evaluator group (name unique in the exercise, weight above 0)")
  ResponseEntity<EvaluatorGroup> createGroup(
      @PathVariable long exerciseId, @RequestBody GroupBody body) {
    exercises.get(region.id(), exerciseId);
    EvaluatorGroup created = evaluators.createGroup(region.id(), exerciseId, body.command());
    return ResponseEntity.created(URI.create("/api/v1/prioritisation/groups/" + created.id()))
        .header(HttpHeaders.ETAG, Versions.etag(created.version()))
        .body(created);
  }

  @GetMapping("/api/v1/prioritisation/groups/{id}")
  ResponseEntity<EvaluatorGroup> group(@PathVariable long id) {
    EvaluatorGroup group = evaluators.group(region.id(), id);
    exercises.get(region.id(), group.exerciseId(), ExerciseViewer.current());
    return ResponseEntity.ok().header(HttpHeaders.ETAG, Versions.etag(group.version())).body(group);
  }

  @PutMapping("/api/v1/prioritisation/groups/{id}")
  @PreAuthorize(ExerciseApiController.TEAM)
  ResponseEntity<EvaluatorGroup> updateGroup(
      @PathVariable long id,
      @RequestBody GroupBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    evaluators.group(region.id(), id);
    EvaluatorGroup saved =
        evaluators.updateGroup(
            region.id(), id, body.command(), Versions.required(body.version(), ifMatch));
    return ResponseEntity.ok().header(HttpHeaders.ETAG, Versions.etag(saved.version())).body(saved);
  }

  @DeleteMapping("/api/v1/prioritisation/groups/{id}")
  @PreAuthorize(ExerciseApiController.TEAM)
  @Operation(summary = "Delete an evaluator group; refused while it has evaluators")
  ResponseEntity<Void> deleteGroup(@PathVariable long id) {
    evaluators.deleteGroup(region.id(), id);
    return ResponseEntity.noContent().build();
  }

  // ---- evaluators ----

  @GetMapping("/api/v1/prioritisation/exercises/{exerciseId}/evaluators")
  @PreAuthorize(MEMBERS_BUT_PARTICIPANTS)
  @Operation(summary = "The exercise's evaluators, group by group, by name")
  ResponseEntity<List<EvaluatorJson>> evaluators(@PathVariable long exerciseId) {
    exercises.get(region.id(), exerciseId);
    List<EvaluatorJson> items =
        evaluators.evaluators(region.id(), exerciseId).stream().map(EvaluatorJson::of).toList();
    return ApiLists.of(new Page<>(items, 0, Math.max(items.size(), 1), items.size()));
  }

  @PostMapping("/api/v1/prioritisation/exercises/{exerciseId}/evaluators")
  @PreAuthorize(ExerciseApiController.TEAM)
  @Operation(
      summary =
          "Add members of the region to a group as evaluators; those who evaluate already are"
              + " reported under 'already' and stay where they are")
  AddedJson add(@PathVariable long exerciseId, @RequestBody AddBody body) {
    exercises.get(region.id(), exerciseId);
    return AddedJson.of(
        evaluators.add(
            region.id(),
            exerciseId,
            body.groupId() == null ? -1 : body.groupId(),
            body.accountIds() == null ? List.of() : body.accountIds()));
  }

  @GetMapping("/api/v1/prioritisation/evaluators/{id}")
  @PreAuthorize(MEMBERS_BUT_PARTICIPANTS)
  ResponseEntity<EvaluatorJson> evaluator(@PathVariable long id) {
    Evaluator evaluator = evaluators.evaluator(region.id(), id);
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(evaluator.version()))
        .body(EvaluatorJson.of(evaluator));
  }

  @PutMapping("/api/v1/prioritisation/evaluators/{id}")
  @PreAuthorize(ExerciseApiController.TEAM)
  @Operation(summary = "Move an evaluator to another group and/or change their weight")
  ResponseEntity<EvaluatorJson> update(
      @PathVariable long id,
      @RequestBody EvaluatorBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    evaluators.evaluator(region.id(), id);
    Evaluator saved =
        evaluators.update(
            region.id(),
            id,
            new EvaluatorCommand(body.groupId(), body.weight()),
            Versions.required(body.version(), ifMatch));
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(saved.version()))
        .body(EvaluatorJson.of(saved));
  }

  @DeleteMapping("/api/v1/prioritisation/evaluators/{id}")
  @PreAuthorize(ExerciseApiController.TEAM)
  @Operation(
      summary =
          "Remove an evaluator with their judgements and ratings; when they have any, only with"
              + " confirm=true (otherwise 400 says how many would be lost)")
  ResponseEntity<Void> remove(
      @PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm) {
    evaluators.remove(region.id(), id, confirm);
    return ResponseEntity.noContent().build();
  }
}
