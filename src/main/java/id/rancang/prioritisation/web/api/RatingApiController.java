package id.rancang.prioritisation.web.api;

import id.rancang.identity.RancangUser;
import id.rancang.prioritisation.MyRatings;
import id.rancang.prioritisation.RatingCommand;
import id.rancang.prioritisation.Ratings;
import id.rancang.programme.ProgrammeFilter;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.PageRequest;
import id.rancang.strategy.Dimension;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An evaluator's own ratings of programmes as JSON: read a page of the rating sheet, save ratings
 * (all or nothing; 409 when one changed since its version). Nobody reads another evaluator's
 * ratings here.
 */
@RestController
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Prioritisation")
class RatingApiController {

  private final Ratings ratings;
  private final CurrentRegion region;

  RatingApiController(Ratings ratings, CurrentRegion region) {
    this.ratings = ratings;
    this.region = region;
  }

  /** One rating: a level of the criterion's scale; null takes it back. */
  record RatingBody(Long programmeId, Long criterionId, Integer level, Integer version) {}

  record RatingsBody(List<RatingBody> ratings) {}

  @GetMapping("/api/v1/prioritisation/exercises/{exerciseId}/my-ratings")
  @Operation(
      summary =
          "The caller's rating sheet: rated criteria with their scales and a page of programmes"
              + " with the caller's ratings; 404 unless the caller evaluates the exercise")
  MyRatings mine(
      @PathVariable long exerciseId,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Dimension dimension,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      @AuthenticationPrincipal RancangUser user) {
    return ratings.mine(
        region.id(),
        exerciseId,
        user.accountId(),
        new ProgrammeFilter(q, dimension, null, null, null, null, null, null, null),
        PageRequest.of(page, size));
  }

  @PutMapping("/api/v1/prioritisation/exercises/{exerciseId}/my-ratings")
  @Operation(
      summary =
          "Save ratings (level null takes one back); all or nothing, 409 when one changed since"
              + " the version given")
  MyRatings save(
      @PathVariable long exerciseId,
      @RequestBody RatingsBody body,
      @AuthenticationPrincipal RancangUser user) {
    ratings.rateAll(region.id(), exerciseId, user.accountId(), commands(body));
    return ratings.mine(
        region.id(), exerciseId, user.accountId(), ProgrammeFilter.none(), PageRequest.of(0, null));
  }

  private static List<RatingCommand> commands(RatingsBody body) {
    if (body == null || body.ratings() == null || body.ratings().isEmpty()) {
      throw InvalidInputException.of("ratings", "prioritisation.rating.none");
    }
    List<FieldProblem> problems = new ArrayList<>();
    List<RatingCommand> commands = new ArrayList<>();
    for (int k = 0; k < body.ratings().size(); k++) {
      RatingBody r = body.ratings().get(k);
      if (r == null || r.programmeId() == null || r.criterionId() == null) {
        problems.add(FieldProblem.of("ratings[" + k + "]", "prioritisation.rating.pairMissing"));
        continue;
      }
      commands.add(
          new RatingCommand(
              r.programmeId(), r.criterionId(), r.level(), r.version() == null ? 0 : r.version()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return commands;
  }
}
