package id.rancang.identity.web;

import id.rancang.identity.AuditTrail;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The history of one record of the current region: who changed what, when, before and after. */
@Controller
@PreAuthorize("hasAnyRole('REGION_ADMIN', 'EDITOR', 'REVIEWER')")
class AuditController {

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
    model.addAttribute("type", type);
    model.addAttribute("recordId", id);
    model.addAttribute("entries", audit.history(region.id(), type, id, PageRequest.of(page, 20)));
    return request.getHeader("HX-Request") != null ? "identity/audit :: entries" : "identity/audit";
  }
}
