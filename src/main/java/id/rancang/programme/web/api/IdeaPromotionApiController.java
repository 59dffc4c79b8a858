package id.rancang.programme.web.api;

import id.rancang.programme.Horizon;
import id.rancang.programme.Programme;
import id.rancang.programme.ProgrammeOrigins;
import id.rancang.programme.PromotionCommand;
import id.rancang.region.CurrentRegion;
import id.rancang.workshop.Participant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Promoting workshop ideas to programmes, and the programmes an idea became, as JSON. */
@RestController
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Workshops and ideas")
class IdeaPromotionApiController {

  private final ProgrammeOrigins origins;
  private final CurrentRegion region;

  IdeaPromotionApiController(ProgrammeOrigins origins, CurrentRegion region) {
    this.origins = origins;
    this.region = region;
  }

  /**
   * What to promote: with {@code programmeId} the ideas join that programme; otherwise a draft is
   * created (blank fields take the defaults). {@code ideaIds} adds further ideas of the masterplan.
   */
  record PromotionBody(
      List<Long> ideaIds,
      Long programmeId,
      String code,
      String name,
      Horizon horizon,
      Integer startYear,
      Integer endYear) {}

  /** The programme the ideas became part of. */
  record Promoted(
      long programmeId, long masterplanId, String code, String name, List<Long> ideaIds) {}

  @PostMapping("/api/v1/ideas/{id}/promote")
  @PreAuthorize("hasAnyRole('REGION_ADMIN', 'EDITOR')")
  @Operation(
      summary =
          "Promote an idea (and optionally more) to a new draft programme or an existing one;"
              + " the programme links back to its ideas, workshop and supporters")
  ResponseEntity<Promoted> promote(
      @PathVariable long id, @RequestBody(required = false) PromotionBody body) {
    PromotionBody b =
        body == null ? new PromotionBody(null, null, null, null, null, null, null) : body;
    List<Long> ideaIds = new ArrayList<>(List.of(id));
    if (b.ideaIds() != null) {
      ideaIds.addAll(b.ideaIds());
    }
    PromotionCommand command =
        new PromotionCommand(
            ideaIds, b.programmeId(), b.code(), b.name(), b.horizon(), b.startYear(), b.endYear());
    Programme programme = origins.promote(region.id(), Participant.current(), command);
    return ResponseEntity.created(
            URI.create(
                "/api/v1/masterplans/"
                    + programme.masterplanId()
                    + "/programmes/"
                    + programme.id()))
        .body(
            new Promoted(
                programme.id(),
                programme.masterplanId(),
                programme.code(),
                programme.name(),
                command.ideaIds()));
  }

  @GetMapping("/api/v1/ideas/{id}/programmes")
  @Operation(summary = "The programmes an idea became part of")
  List<ProgrammeOrigins.ProgrammeSummaryLink> programmes(@PathVariable long id) {
    return origins.programmesOf(region.id(), id);
  }
}
