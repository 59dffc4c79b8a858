package id.rancang.workshop.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.shared.web.Versions;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import id.rancang.workshop.Idea;
import id.rancang.workshop.IdeaCommand;
import id.rancang.workshop.LiveQuestion;
import id.rancang.workshop.LiveQuestionCommand;
import id.rancang.workshop.LiveQuestions;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Live questions of a workshop session as JSON: organisers prepare, open and close them;
 * participants choose ideas and add ideas while a question is open. The live stream of changes is
 * at {@code /live/{id}/events} (server-sent events), shared with the projector page.
 */
@RestController
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Workshops and ideas")
class LiveQuestionApiController {

  private static final String ORGANISERS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final LiveQuestions live;
  private final id.rancang.workshop.internal.LiveFeed feed;
  private final CurrentRegion region;

  LiveQuestionApiController(
      LiveQuestions live, id.rancang.workshop.internal.LiveFeed feed, CurrentRegion region) {
    this.live = live;
    this.feed = feed;
    this.region = region;
  }

  record QuestionBody(
      String prompt, Dimension dimension, Integer maxChoices, Boolean allowIdeas, Integer version) {
    LiveQuestionCommand command() {
      return new LiveQuestionCommand(prompt, dimension, maxChoices, allowIdeas);
    }
  }

  record VoteBody(Long ideaId) {}

  record Votes(long questionId, long ideaId, long votes) {}

  record IdeaBody(
      String title,
      String problem,
      String proposal,
      Dimension dimension,
      Element element,
      Long suggestedOpdId,
      String suggestedPartners) {}

  @GetMapping("/api/v1/workshops/{workshopId}/live-questions")
  @Operation(summary = "The live questions of a workshop with their (live or frozen) results")
  List<LiveQuestion> list(@PathVariable long workshopId) {
    return live.ofWorkshop(region.id(), workshopId, Participants.current());
  }

  @PostMapping("/api/v1/workshops/{workshopId}/live-questions")
  @PreAuthorize(ORGANISERS)
  @Operation(summary = "Prepare a live question (status DRAFT)")
  ResponseEntity<LiveQuestion> create(
      @PathVariable long workshopId, @RequestBody QuestionBody body) {
    LiveQuestion created =
        live.create(region.id(), workshopId, Participants.current(), body.command());
    return ResponseEntity.created(URI.create("/api/v1/live-questions/" + created.id()))
        .body(created);
  }

  @GetMapping(
      path = "/api/v1/live-questions/{id}/events",
      produces = org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE)
  @Operation(
      summary =
          "Server-sent events of a live question: a snapshot, then votes, idea, open and closed"
              + " events as they are committed on any Rancang instance")
  org.springframework.web.servlet.mvc.method.annotation.SseEmitter events(@PathVariable long id) {
    return feed.subscribe(live.get(region.id(), id, Participants.current()));
  }

  @GetMapping("/api/v1/live-questions/{id}")
  @Operation(summary = "A live question with its choices and votes; frozen once closed")
  LiveQuestion get(@PathVariable long id) {
    return live.get(region.id(), id, Participants.current());
  }

  @PutMapping("/api/v1/live-questions/{id}")
  @PreAuthorize(ORGANISERS)
  @Operation(summary = "Change a question that is not open yet; 409 when stale")
  LiveQuestion update(
      @PathVariable long id,
      @RequestBody QuestionBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    return live.update(
        region.id(),
        id,
        Participants.current(),
        body.command(),
        Versions.required(body.version(), ifMatch));
  }

  @DeleteMapping("/api/v1/live-questions/{id}")
  @PreAuthorize(ORGANISERS)
  ResponseEntity<Void> delete(@PathVariable long id) {
    live.delete(region.id(), id, Participants.current());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/live-questions/{id}/open")
  @PreAuthorize(ORGANISERS)
  @Operation(summary = "Open the question for votes (one open question per workshop)")
  LiveQuestion open(@PathVariable long id) {
    return live.open(region.id(), id, Participants.current());
  }

  @PostMapping("/api/v1/live-questions/{id}/close")
  @PreAuthorize(ORGANISERS)
  @Operation(summary = "Close the question and freeze its result")
  LiveQuestion close(@PathVariable long id) {
    return live.close(region.id(), id, Participants.current());
  }

  @PostMapping("/api/v1/live-questions/{id}/votes")
  @Operation(summary = "Choose an idea; twice counts once; refused when closed or over the limit")
  Votes vote(@PathVariable long id, @RequestBody VoteBody body) {
    long ideaId = body.ideaId() == null ? 0 : body.ideaId();
    return new Votes(id, ideaId, live.vote(region.id(), id, ideaId, Participants.current()));
  }

  @DeleteMapping("/api/v1/live-questions/{id}/votes/{ideaId}")
  @Operation(summary = "Take back a choice while the question is open")
  Votes withdraw(@PathVariable long id, @PathVariable long ideaId) {
    return new Votes(id, ideaId, live.withdraw(region.id(), id, ideaId, Participants.current()));
  }

  @PostMapping("/api/v1/live-questions/{id}/ideas")
  @Operation(summary = "Add an idea while the question is open; it becomes a choice at once")
  ResponseEntity<Idea> addIdea(@PathVariable long id, @RequestBody IdeaBody body) {
    Idea idea =
        live.addIdea(
            region.id(),
            id,
            Participants.current(),
            new IdeaCommand(
                body.title(),
                body.problem(),
                body.proposal(),
                body.dimension(),
                body.element(),
                body.suggestedOpdId(),
                body.suggestedPartners()));
    return ResponseEntity.created(URI.create("/api/v1/ideas/" + idea.id())).body(idea);
  }
}
