package id.rancang.programme.web.api;

import id.rancang.programme.ActionCommand;
import id.rancang.programme.ActionPlan;
import id.rancang.programme.PlannedAction;
import id.rancang.programme.web.ActionRights;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.Page;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.Versions;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * The action plan (rencana aksi) of a programme as JSON. Editors change every action plan; an OPD
 * contributor changes the action plans of the programmes their OPD leads.
 */
@RestController
@RequestMapping("/api/v1/programmes/{programmeId}/actions")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Programmes (Buku 2)")
class ActionApiController {

  private static final String CHANGERS = "hasAnyRole('REGION_ADMIN', 'EDITOR', 'OPD_CONTRIBUTOR')";

  private final ActionPlan plan;
  private final CurrentRegion region;

  ActionApiController(ActionPlan plan, CurrentRegion region) {
    this.plan = plan;
    this.region = region;
  }

  /** An action as sent; {@code version} only on updates. */
  record ActionBody(
      id.rancang.programme.ActionCategory category,
      String title,
      Integer year,
      Integer quarter,
      Long ownerOpdId,
      String deliverable,
      java.math.BigDecimal budget,
      id.rancang.programme.ActionStatus status,
      Integer progress,
      Integer version) {
    ActionCommand command() {
      return new ActionCommand(
          category, title, year, quarter, ownerOpdId, deliverable, budget, status, progress);
    }
  }

  @GetMapping
  @Operation(summary = "The programme's actions by category, year and quarter")
  ResponseEntity<List<PlannedAction>> list(@PathVariable long programmeId) {
    List<PlannedAction> actions = plan.actions(region.id(), programmeId);
    return ApiLists.of(new Page<>(actions, 0, Math.max(actions.size(), 1), actions.size()));
  }

  @GetMapping("/{id}")
  PlannedAction get(@PathVariable long programmeId, @PathVariable long id) {
    return plan.action(region.id(), programmeId, id);
  }

  @PostMapping
  @PreAuthorize(CHANGERS)
  ResponseEntity<PlannedAction> add(@PathVariable long programmeId, @RequestBody ActionBody body) {
    mayChange(programmeId);
    PlannedAction created = plan.add(region.id(), programmeId, body.command());
    return ResponseEntity.created(
            URI.create("/api/v1/programmes/" + programmeId + "/actions/" + created.id()))
        .body(created);
  }

  @PutMapping("/{id}")
  @PreAuthorize(CHANGERS)
  PlannedAction update(
      @PathVariable long programmeId,
      @PathVariable long id,
      @RequestBody ActionBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    mayChange(programmeId);
    return plan.update(
        region.id(), programmeId, id, body.command(), Versions.required(body.version(), ifMatch));
  }

  @DeleteMapping("/{id}")
  @PreAuthorize(CHANGERS)
  ResponseEntity<Void> delete(@PathVariable long programmeId, @PathVariable long id) {
    mayChange(programmeId);
    plan.delete(region.id(), programmeId, id);
    return ResponseEntity.noContent().build();
  }

  /** Editors always; an OPD contributor only for a programme their OPD leads. */
  private void mayChange(long programmeId) {
    ActionRights.checkMayChange(plan, region.id(), programmeId);
  }
}
