package id.rancang.strategy.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.Versions;
import id.rancang.strategy.Comment;
import id.rancang.strategy.CommentSubject;
import id.rancang.strategy.StrategyComments;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Comments on the parts of Buku 1. Every member reads them; everyone but participants writes them
 * (reviewers comment without editing); the planning team resolves them; the author or the planning
 * team deletes them.
 */
@RestController
@RequestMapping("/api/v1/masterplans/{masterplanId}/comments")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Comments")
class CommentApiController {

  static final String COMMENTERS =
      "hasAnyRole('REGION_ADMIN', 'EDITOR', 'OPD_CONTRIBUTOR', 'REVIEWER')";
  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final StrategyComments comments;
  private final CurrentRegion region;

  CommentApiController(StrategyComments comments, CurrentRegion region) {
    this.comments = comments;
    this.region = region;
  }

  /** A new comment. */
  record NewComment(CommentSubject subjectType, Long subjectId, String body) {}

  /** Resolving (or reopening) a comment, with the version read. */
  record ResolvedUpdate(Boolean resolved, Integer version) {}

  @GetMapping
  @Operation(
      summary = "The comments on one subject, or the open comments of the masterplan",
      description =
          "With subjectType and subjectId: every comment on that subject, oldest first. Without"
              + " them: the unresolved comments of the whole masterplan, newest first, paged"
              + " (page, size; X-Total-Count).")
  ResponseEntity<List<Comment>> list(
      @PathVariable long masterplanId,
      @RequestParam(required = false) CommentSubject subjectType,
      @RequestParam(required = false) Long subjectId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    if (subjectType == null && subjectId == null) {
      return ApiLists.of(comments.listOpen(region.id(), masterplanId, PageRequest.of(page, size)));
    }
    if (subjectType == null) {
      throw InvalidInputException.of("subjectType", "shared.validation.required");
    }
    if (subjectId == null) {
      throw InvalidInputException.of("subjectId", "shared.validation.required");
    }
    return ResponseEntity.ok(comments.list(region.id(), masterplanId, subjectType, subjectId));
  }

  @GetMapping("/{commentId}")
  Comment get(@PathVariable long masterplanId, @PathVariable long commentId) {
    return comments.get(region.id(), masterplanId, commentId);
  }

  @PostMapping
  @PreAuthorize(COMMENTERS)
  @Operation(summary = "Comment on a part of Buku 1 (not for participants)")
  ResponseEntity<Comment> add(@PathVariable long masterplanId, @RequestBody NewComment body) {
    Comment created =
        comments.add(
            region.id(),
            masterplanId,
            body.subjectType(),
            body.subjectId(),
            Access.actor(),
            body.body());
    return ResponseEntity.created(
            URI.create("/api/v1/masterplans/" + masterplanId + "/comments/" + created.id()))
        .body(created);
  }

  @PutMapping("/{commentId}/resolved")
  @PreAuthorize(EDITORS)
  @Operation(summary = "Mark a comment resolved, or open it again")
  Comment resolve(
      @PathVariable long masterplanId,
      @PathVariable long commentId,
      @RequestBody ResolvedUpdate body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    comments.get(region.id(), masterplanId, commentId);
    if (body.resolved() == null) {
      throw InvalidInputException.of("resolved", "shared.validation.required");
    }
    return comments.resolve(
        region.id(),
        masterplanId,
        commentId,
        body.resolved(),
        Versions.required(body.version(), ifMatch));
  }

  @DeleteMapping("/{commentId}")
  @Operation(summary = "Delete a comment (its author, a region administrator or an editor)")
  ResponseEntity<Void> delete(@PathVariable long masterplanId, @PathVariable long commentId) {
    comments.delete(
        region.id(),
        masterplanId,
        commentId,
        Access.actor(),
        Access.hasAnyRole("REGION_ADMIN", "EDITOR"));
    return ResponseEntity.noContent().build();
  }
}
