package id.rancang.prioritisation.web.api;

import id.rancang.identity.RancangUser;
import id.rancang.prioritisation.PrioritisationResults;
import id.rancang.prioritisation.ProgrammeRanking;
import id.rancang.region.CurrentRegion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The results of an exercise as JSON: criteria weights (AIJ, AIP, per group, consensus), the
 * ranking with TOPSIS, per dimension, quick wins and sensitivity, and what-if rankings. The team
 * reads them at once; other members of the region and the evaluators once published (403 before).
 */
@RestController
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Prioritisation")
class ResultApiController {

  private final PrioritisationResults results;
  private final CurrentRegion region;

  ResultApiController(PrioritisationResults results, CurrentRegion region) {
    this.results = results;
    this.region = region;
  }

  @GetMapping("/api/v1/prioritisation/exercises/{exerciseId}/results")
  @Operation(
      summary =
          "Criteria weights and the ranking of the programmes with TOPSIS, per dimension, quick"
              + " wins and sensitivity; 403 for others than the team until published")
  ProgrammeRanking results(
      @PathVariable long exerciseId, @AuthenticationPrincipal RancangUser user) {
    boolean team = results.teamOrReader(region.id(), exerciseId, user.accountId());
    return results.ranking(region.id(), exerciseId, team);
  }

  @GetMapping("/api/v1/prioritisation/exercises/{exerciseId}/results/what-if")
  @Operation(
      summary =
          "The ranking with one leaf criterion's global weight set to weight (0 to 1), the others"
              + " rescaled in proportion")
  ProgrammeRanking whatIf(
      @PathVariable long exerciseId,
      @RequestParam long criterionId,
      @RequestParam double weight,
      @AuthenticationPrincipal RancangUser user) {
    boolean team = results.teamOrReader(region.id(), exerciseId, user.accountId());
    return results.whatIf(region.id(), exerciseId, team, criterionId, weight);
  }
}
