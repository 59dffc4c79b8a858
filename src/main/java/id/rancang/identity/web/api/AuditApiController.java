package id.rancang.identity.web.api;

import id.rancang.identity.AuditEntry;
import id.rancang.identity.AuditTrail;
import id.rancang.identity.web.AuditController;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.ApiLists;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The change history of one record of the region. */
@RestController
@RequestMapping("/api/v1/regions/{code}/audit")
@PreAuthorize("hasAnyRole('REGION_ADMIN', 'EDITOR', 'REVIEWER')")
@Tag(name = "Audit trail")
class AuditApiController {

  private final AuditTrail audit;
  private final CurrentRegion region;

  AuditApiController(AuditTrail audit, CurrentRegion region) {
    this.audit = audit;
    this.region = region;
  }

  @GetMapping
  @Operation(summary = "Who changed what and when, newest first (recordType e.g. opd, stakeholder)")
  ResponseEntity<List<AuditEntry>> history(
      @PathVariable String code,
      @RequestParam String recordType,
      @RequestParam long recordId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    AuditController.requireMayRead(recordType);
    return ApiLists.of(
        audit.history(region.id(), recordType, recordId, PageRequest.of(page, size)));
  }
}
