package id.rancang.workshop.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.Versions;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import id.rancang.workshop.Idea;
import id.rancang.workshop.IdeaCommand;
import id.rancang.workshop.IdeaComment;
import id.rancang.workshop.IdeaFilter;
import id.rancang.workshop.IdeaSort;
import id.rancang.workshop.IdeaStatus;
import id.rancang.workshop.Ideas;
import id.rancang.workshop.Moderation;
import id.rancang.workshop.web.Participants;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ideas (usulan) of workshops as JSON: raising, editing, support votes, comments, reports and
 * moderation. Every member of the region who may see the workshop takes part; participants see only
 * the workshops they are invited to; region administrators and editors moderate.
 */
@RestController
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Workshops and ideas")
class IdeaApiController {

  private static final String MODERATORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final Ideas ideas;
  private final CurrentRegion region;

  IdeaApiController(Ideas ideas, CurrentRegion region) {
    this.ideas = ideas;
    this.region = region;
  }

  /** An idea as sent; {@code version} only on updates. */
  record IdeaBody(
      String title,
      String problem,
      String proposal,
      Dimension dimension,
      Element element,
      Long suggestedOpdId,
      String suggestedPartners,
      Integer version) {
    IdeaCommand command() {
      return new IdeaCommand(
          title, problem, proposal, dimension, element, suggestedOpdId, suggestedPartners);
    }
  }

  record CommentBody(Long parentId, String body) {}

  record ReportBody(String reason) {}

  record ModerationBody(Moderation decision) {}

  /** The support of an idea after a vote or its withdrawal. */
  record Support(long ideaId, long votes, boolean supported) {}

  record ModerationState(Moderation moderation) {}

  @GetMapping("/api/v1/workshops/{workshopId}/ideas")
  @Operation(
      summary =
          "The ideas of a workshop: full-text search with q, filters, sort (SUPPORT, NEWEST,"
              + " DISCUSSED), paged; total in X-Total-Count")
  ResponseEntity<List<Idea>> list(
      @PathVariable long workshopId,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Dimension dimension,
      @RequestParam(required = false) Element element,
      @RequestParam(required = false) IdeaStatus status,
      @RequestParam(required = false) IdeaSort sort,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiLists.of(
        ideas.ofWorkshop(
            region.id(),
            workshopId,
            Participants.current(),
            new IdeaFilter(q, dimension, element, status, sort),
            PageRequest.of(page, size)));
  }

  @PostMapping("/api/v1/workshops/{workshopId}/ideas")
  @Operation(summary = "Raise an idea in a workshop whose idea collection is open")
  ResponseEntity<Idea> submit(@PathVariable long workshopId, @RequestBody IdeaBody body) {
    Idea created = ideas.submit(region.id(), workshopId, Participants.current(), body.command());
    return ResponseEntity.created(URI.create("/api/v1/ideas/" + created.id())).body(created);
  }

  @GetMapping("/api/v1/ideas/{id}")
  @Operation(summary = "One idea with its support (votes) and number of comments")
  ResponseEntity<Idea> get(@PathVariable long id) {
    Idea idea = ideas.get(region.id(), id, Participants.current());
    return ResponseEntity.ok().eTag(Versions.etag(idea.version())).body(idea);
  }

  @PutMapping("/api/v1/ideas/{id}")
  @Operation(summary = "Change an idea (its author while open, or a moderator); 409 when stale")
  Idea update(
      @PathVariable long id,
      @RequestBody IdeaBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return ideas.update(
        region.id(),
        id,
        Participants.current(),
        body.command(),
        Versions.required(body.version(), ifMatch));
  }

  @DeleteMapping("/api/v1/ideas/{id}")
  @Operation(summary = "Withdraw an idea (its author while unsupported, or a moderator)")
  ResponseEntity<Void> delete(@PathVariable long id) {
    ideas.delete(region.id(), id, Participants.current());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/ideas/{id}/votes")
  @Operation(summary = "Support an idea; voting twice counts once; refused when closed")
  Support vote(@PathVariable long id) {
    return new Support(id, ideas.vote(region.id(), id, Participants.current()), true);
  }

  @DeleteMapping("/api/v1/ideas/{id}/votes")
  @Operation(summary = "Withdraw one's support of an idea")
  Support withdraw(@PathVariable long id) {
    return new Support(id, ideas.withdrawVote(region.id(), id, Participants.current()), false);
  }

  @GetMapping("/api/v1/ideas/{id}/supporters")
  @Operation(summary = "The names of the people supporting an idea")
  List<String> supporters(@PathVariable long id) {
    ideas.get(region.id(), id, Participants.current());
    return ideas.supporters(region.id(), id);
  }

  @GetMapping("/api/v1/ideas/{id}/comments")
  @Operation(summary = "The comments of an idea, each top-level comment followed by its replies")
  List<IdeaComment> comments(@PathVariable long id) {
    return ideas.comments(region.id(), id, Participants.current());
  }

  @PostMapping("/api/v1/ideas/{id}/comments")
  @Operation(summary = "Comment on an idea, or reply to a top-level comment (parentId)")
  ResponseEntity<IdeaComment> comment(@PathVariable long id, @RequestBody CommentBody body) {
    IdeaComment created =
        ideas.comment(region.id(), id, Participants.current(), body.parentId(), body.body());
    return ResponseEntity.created(URI.create("/api/v1/idea-comments/" + created.id()))
        .body(created);
  }

  @GetMapping("/api/v1/idea-comments/{id}")
  IdeaComment commentById(@PathVariable long id) {
    return ideas.commentById(region.id(), id, Participants.current());
  }

  @DeleteMapping("/api/v1/idea-comments/{id}")
  @Operation(summary = "Delete a comment and its replies (its author or a moderator)")
  ResponseEntity<Void> deleteComment(@PathVariable long id) {
    ideas.deleteComment(region.id(), id, Participants.current());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/ideas/{id}/reports")
  @Operation(summary = "Report an idea; enough reports hide it until a moderator decides")
  ModerationState reportIdea(
      @PathVariable long id, @RequestBody(required = false) ReportBody body) {
    return new ModerationState(
        ideas.reportIdea(
            region.id(), id, Participants.current(), body == null ? null : body.reason()));
  }

  @PostMapping("/api/v1/idea-comments/{id}/reports")
  @Operation(summary = "Report a comment; enough reports hide it until a moderator decides")
  ModerationState reportComment(
      @PathVariable long id, @RequestBody(required = false) ReportBody body) {
    return new ModerationState(
        ideas.reportComment(
            region.id(), id, Participants.current(), body == null ? null : body.reason()));
  }

  @PutMapping("/api/v1/ideas/{id}/moderation")
  @PreAuthorize(MODERATORS)
  @Operation(summary = "A moderator keeps (KEPT) or removes (REMOVED) an idea")
  Idea moderateIdea(@PathVariable long id, @RequestBody ModerationBody body) {
    return ideas.moderateIdea(region.id(), id, Participants.current(), body.decision());
  }

  @PutMapping("/api/v1/idea-comments/{id}/moderation")
  @PreAuthorize(MODERATORS)
  @Operation(summary = "A moderator keeps (KEPT) or removes (REMOVED) a comment")
  IdeaComment moderateComment(@PathVariable long id, @RequestBody ModerationBody body) {
    return ideas.moderateComment(region.id(), id, Participants.current(), body.decision());
  }

  @GetMapping("/api/v1/workshops/{workshopId}/moderation")
  @PreAuthorize(MODERATORS)
  @Operation(summary = "Hidden ideas and comments of a workshop with the reasons reported")
  Ideas.ModerationQueue moderationQueue(@PathVariable long workshopId) {
    return ideas.moderationQueue(region.id(), workshopId, Participants.current());
  }
}
