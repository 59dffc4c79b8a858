package id.rancang.prioritisation.web.api;

import id.rancang.identity.RancangUser;
import id.rancang.prioritisation.JudgementCommand;
import id.rancang.prioritisation.Judgements;
import id.rancang.prioritisation.MyComparisons;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An evaluator's own pairwise judgements as JSON: read them with the weights and consistency they
 * give, save some (all or nothing; 409 when one changed since its version), say "done". Nobody
 * reads another evaluator's judgements here.
 */
@RestController
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Prioritisation")
class JudgementApiController {

  private final Judgements judgements;
  private final CurrentRegion region;

  JudgementApiController(Judgements judgements, CurrentRegion region) {
    this.judgements = judgements;
    this.region = region;
  }

  /** One judgement: {@code value} is how many times more important the first criterion is. */
  record JudgementBody(Long firstId, Long secondId, Double value, Integer version) {}

  record JudgementsBody(List<JudgementBody> judgements) {}

  @GetMapping("/api/v1/prioritisation/exercises/{exerciseId}/my-judgements")
  @Operation(
      summary =
          "The caller's pairwise judgements per matrix, with weights, consistency ratio and the"
              + " judgements to reconsider; 404 unless the caller evaluates the exercise")
  MyComparisons mine(@PathVariable long exerciseId, @AuthenticationPrincipal RancangUser user) {
    return judgements.mine(region.id(), exerciseId, user.accountId());
  }

  @PutMapping("/api/v1/prioritisation/exercises/{exerciseId}/my-judgements")
  @Operation(
      summary =
          "Save judgements (value null takes one back); all or nothing, 409 when one changed"
              + " since the version given")
  MyComparisons save(
      @PathVariable long exerciseId,
      @RequestBody JudgementsBody body,
      @AuthenticationPrincipal RancangUser user) {
    return judgements.judgeAll(region.id(), exerciseId, user.accountId(), commands(body));
  }

  @PostMapping("/api/v1/prioritisation/exercises/{exerciseId}/my-judgements/submit")
  @Operation(summary = "Say the judgements are done (every matrix must connect its criteria)")
  MyComparisons submit(@PathVariable long exerciseId, @AuthenticationPrincipal RancangUser user) {
    return judgements.submit(region.id(), exerciseId, user.accountId());
  }

  private static List<JudgementCommand> commands(JudgementsBody body) {
    List<FieldProblem> problems = new ArrayList<>();
    List<JudgementCommand> commands = new ArrayList<>();
    if (body == null || body.judgements() == null || body.judgements().isEmpty()) {
      throw InvalidInputException.of("judgements", "prioritisation.judgement.none");
    }
    for (int k = 0; k < body.judgements().size(); k++) {
      JudgementBody j = body.judgements().get(k);
      String field = "judgements[" + k + "]";
      if (j == null || j.firstId() == null || j.secondId() == null) {
        problems.add(FieldProblem.of(field, "prioritisation.judgement.pairMissing"));
        continue;
      }
      commands.add(
          new JudgementCommand(
              j.firstId(), j.secondId(), j.value(), j.version() == null ? 0 : j.version()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return commands;
  }
}
