package id.rancang.workshop.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.region.PentahelixRole;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.ApiLists;
import id.rancang.workshop.Invitation;
import id.rancang.workshop.InvitationFilter;
import id.rancang.workshop.InvitationSource;
import id.rancang.workshop.InvitationStatus;
import id.rancang.workshop.InviteCommand;
import id.rancang.workshop.InviteResult;
import id.rancang.workshop.Registration;
import id.rancang.workshop.WorkshopCatalog;
import id.rancang.workshop.WorkshopInvitations;
import id.rancang.workshop.WorkshopViewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who comes to a workshop, as JSON. Organisers invite members and stakeholders of the region
 * (several at once; someone already on the list is reported back, not added twice) and take people
 * off the list; members other than participants read it. Any member registers themselves ({@code
 * POST .../registration}, which also accepts an invitation) and withdraws ({@code DELETE}, which
 * declines an invitation).
 */
@RestController
@RequestMapping("/api/v1/workshops/{workshopId}")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Workshops")
class InvitationApiController {

  static final String READERS =
      "hasAnyRole('REGION_ADMIN', 'EDITOR', 'OPD_CONTRIBUTOR', 'REVIEWER')";

  private final WorkshopInvitations invitations;
  private final WorkshopCatalog catalog;
  private final CurrentRegion region;

  InvitationApiController(
      WorkshopInvitations invitations, WorkshopCatalog catalog, CurrentRegion region) {
    this.invitations = invitations;
    this.catalog = catalog;
    this.region = region;
  }

  /**
   * A person on the list: a member ({@code accountId}) or a stakeholder ({@code stakeholderId}).
   */
  record InvitationJson(
      long id,
      long workshopId,
      String kind,
      Long accountId,
      Long stakeholderId,
      String name,
      String organisation,
      Long opdId,
      String opdName,
      PentahelixRole pentahelixRole,
      InvitationStatus status,
      InvitationSource source,
      OffsetDateTime respondedAt,
      int version) {
    static InvitationJson of(Invitation i) {
      return new InvitationJson(
          i.id(),
          i.workshopId(),
          i.member() ? "MEMBER" : "STAKEHOLDER",
          i.accountId(),
          i.stakeholderId(),
          i.name(),
          i.organisation(),
          i.opdId(),
          i.opdName(),
          i.pentahelixRole(),
          i.status(),
          i.source(),
          i.respondedAt(),
          i.version());
    }
  }

  /** Who was invited now, and who was on the list already (left as they were). */
  record InviteResultJson(List<InvitationJson> invited, List<InvitationJson> alreadyInvited) {
    static InviteResultJson of(InviteResult r) {
      return new InviteResultJson(
          r.invited().stream().map(InvitationJson::of).toList(),
          r.alreadyInvited().stream().map(InvitationJson::of).toList());
    }
  }

  @GetMapping("/invitations")
  @PreAuthorize(READERS)
  @Operation(summary = "The list by name, filtered by status, pentahelix role and OPD (paged)")
  ResponseEntity<List<InvitationJson>> list(
      @PathVariable long workshopId,
      @RequestParam(required = false) InvitationStatus status,
      @RequestParam(required = false) PentahelixRole role,
      @RequestParam(required = false) Long opdId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiLists.of(
        invitations
            .list(
                region.id(),
                workshopId,
                new InvitationFilter(status, role, opdId),
                PageRequest.of(page, size))
            .map(InvitationJson::of));
  }

  @PostMapping("/invitations")
  @PreAuthorize(WorkshopApiController.ORGANISERS)
  @Operation(
      summary =
          "Invite members (accountIds) and stakeholders (stakeholderIds) of the region at once;"
              + " pentahelixRole and opdId, when sent, apply to all of them")
  ResponseEntity<InviteResultJson> invite(
      @PathVariable long workshopId, @RequestBody InviteCommand body) {
    return ResponseEntity.ok(
        InviteResultJson.of(invitations.invite(region.id(), workshopId, body)));
  }

  @DeleteMapping("/invitations/{invitationId}")
  @PreAuthorize(WorkshopApiController.ORGANISERS)
  @Operation(summary = "Take someone off the list (refused once they have checked in)")
  ResponseEntity<Void> remove(@PathVariable long workshopId, @PathVariable long invitationId) {
    invitations.remove(region.id(), workshopId, invitationId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/registration")
  @Operation(
      summary =
          "Register the caller for the workshop (201), or accept the caller's invitation (200)")
  ResponseEntity<InvitationJson> register(@PathVariable long workshopId) {
    long regionId = region.id();
    WorkshopViewer viewer = WorkshopViewer.current();
    catalog.get(regionId, workshopId, viewer);
    Registration registration = invitations.register(regionId, workshopId, viewer.accountId());
    return ResponseEntity.status(registration.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(InvitationJson.of(registration.invitation()));
  }

  @DeleteMapping("/registration")
  @Operation(
      summary = "Withdraw the caller: their own registration is removed, an invitation is declined")
  ResponseEntity<Void> withdraw(@PathVariable long workshopId) {
    long regionId = region.id();
    WorkshopViewer viewer = WorkshopViewer.current();
    catalog.get(regionId, workshopId, viewer);
    invitations.withdraw(regionId, workshopId, viewer.accountId());
    return ResponseEntity.noContent().build();
  }
}
