package id.rancang.identity.web;

import id.rancang.identity.AuditTrail;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The history of one record of the current region: who changed what, when, before and after. */
@Controller
@PreAuthorize("hasAnyRole('REGION_ADMIN', 'EDITOR', 'REVIEWER')")
public class AuditController {

  /** Histories of people (their e-mails and roles) are for region administrators only. */
  public static void requireMayRead(String recordType) {
    if (ADMIN_ONLY.contains(recordType) && !Access.hasAnyRole("REGION_ADMIN")) {
      throw new AccessDeniedException("history of " + recordType);
    }
  }

  private static final java.util.Set<String> ADMIN_ONLY = java.util.Set.of("member");

  private final AuditTrail audit;
  private final CurrentRegion region;

  AuditController(AuditTrail audit, CurrentRegion region) {
    this.audit = audit;
    this.region = region;
  }

  @GetMapping("/audit/{type}/{id}")
  String history(
      @PathVariable String type,
      @PathVariable long id,
      @RequestParam(required = false) Integer page,
      Model model,
      HttpServletRequest request) {
    requireMayRead(type);
    model.addAttribute("type", type);
    model.addAttribute("recordId", id);
    model.addAttribute("entries", audit.history(region.id(), type, id, PageRequest.of(page, 20)));
    return request.getHeader("HX-Request") != null ? "identity/audit :: entries" : "identity/audit";
  }
}
