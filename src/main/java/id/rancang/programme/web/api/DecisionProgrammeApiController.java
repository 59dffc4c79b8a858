package id.rancang.programme.web.api;

import id.rancang.programme.ProgrammeOrigins;
import id.rancang.programme.ProgrammeOrigins.ProgrammeSummaryLink;
import id.rancang.region.CurrentRegion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The programmes a workshop decision (notulen) is about, as JSON. */
@RestController
@RequestMapping("/api/v1/decisions/{decisionId}/programmes")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Workshops and ideas")
class DecisionProgrammeApiController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final ProgrammeOrigins origins;
  private final CurrentRegion region;

  DecisionProgrammeApiController(ProgrammeOrigins origins, CurrentRegion region) {
    this.origins = origins;
    this.region = region;
  }

  record LinkBody(Long programmeId) {}

  @GetMapping
  @Operation(summary = "The programmes the decision is about")
  List<ProgrammeSummaryLink> list(@PathVariable long decisionId) {
    return origins.programmesOfDecision(region.id(), decisionId);
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  @Operation(summary = "Link a programme of the workshop's masterplan to the decision")
  List<ProgrammeSummaryLink> link(@PathVariable long decisionId, @RequestBody LinkBody body) {
    if (body == null || body.programmeId() == null) {
      throw id.rancang.shared.InvalidInputException.of("programmeId", "shared.validation.required");
    }
    origins.linkDecision(region.id(), decisionId, body.programmeId());
    return origins.programmesOfDecision(region.id(), decisionId);
  }

  @DeleteMapping("/{programmeId}")
  @PreAuthorize(EDITORS)
  @Operation(summary = "Unlink a programme from the decision")
  ResponseEntity<Void> unlink(@PathVariable long decisionId, @PathVariable long programmeId) {
    origins.unlinkDecision(region.id(), decisionId, programmeId);
    return ResponseEntity.noContent().build();
  }
}
