package id.rancang.region.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.Region;
import id.rancang.region.RegionCatalog;
import id.rancang.region.RegionCommand;
import id.rancang.region.RegionManagement;
import id.rancang.region.RegionType;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The profile of the current region (everyone in it reads, its administrators edit), and the list
 * of all regions for system administrators, who create new ones.
 */
@Controller
class RegionController {

  static final String REGION_ADMIN = "hasRole('REGION_ADMIN')";
  static final String SYSTEM_ADMIN = "hasRole('SYSTEM_ADMIN')";

  private final RegionCatalog regions;
  private final RegionManagement management;
  private final CurrentRegion region;
  private final Messages messages;

  RegionController(
      RegionCatalog regions, RegionManagement management, CurrentRegion region, Messages messages) {
    this.regions = regions;
    this.management = management;
    this.region = region;
    this.messages = messages;
  }

  @GetMapping("/region")
  @PreAuthorize("hasRole('MEMBER')")
  String profile(Model model) {
    model.addAttribute("region", current());
    model.addAttribute("canEdit", Access.hasAnyRole("REGION_ADMIN"));
    return "region/region";
  }

  @GetMapping("/region/edit")
  @PreAuthorize(REGION_ADMIN)
  String editForm(Model model) {
    Region current = current();
    model.addAttribute(
        "form",
        new RegionCommand(
            current.code(),
            current.name(),
            current.type(),
            current.province(),
            current.capital(),
            current.areaKm2(),
            current.population(),
            current.populationYear(),
            current.populationSource()));
    model.addAttribute("region", current);
    model.addAttribute("version", current.version());
    return "region/region-form";
  }

  @PostMapping("/region")
  @PreAuthorize(REGION_ADMIN)
  String update(
      @Valid @ModelAttribute("form") RegionCommand form,
      BindingResult result,
      @RequestParam int version,
      Model model,
      RedirectAttributes redirect) {
    Region current = current();
    model.addAttribute("region", current);
    model.addAttribute("version", version);
    if (result.hasErrors()) {
      return "region/region-form";
    }
    try {
      Region saved = management.update(current.id(), form, version);
      redirect.addFlashAttribute("flash", messages.get("region.region.saved", saved.name()));
      return "redirect:/region";
    } catch (InvalidInputException e) {
      Forms.reject(result, e, messages);
      return "region/region-form";
    } catch (ConcurrentEditException e) {
      Forms.rejectGlobal(result, "shared.error.conflict", messages);
      return "region/region-form";
    }
  }

  @PostMapping("/region/logo")
  @PreAuthorize(REGION_ADMIN)
  String uploadLogo(@RequestParam("logo") MultipartFile logo, RedirectAttributes redirect)
      throws IOException {
    try {
      management.setLogo(region.id(), logo.getBytes(), logo.getContentType());
      redirect.addFlashAttribute("flash", messages.get("region.region.logoSaved"));
    } catch (InvalidInputException e) {
      FieldProblem problem = e.problems().get(0);
      redirect.addFlashAttribute(
          "flashError",
          "shared.validation.required".equals(problem.messageKey())
              ? messages.get("region.region.logo.missing")
              : messages.get(problem.messageKey(), problem.args()));
    }
    return "redirect:/region";
  }

  @GetMapping("/region/logo")
  @PreAuthorize("hasRole('MEMBER')")
  ResponseEntity<byte[]> logo() {
    RegionCatalog.Logo logo =
        regions.logo(region.id()).orElseThrow(() -> new NotFoundException("logo", region.id()));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(logo.contentType()))
        .cacheControl(CacheControl.maxAge(Duration.ofSeconds(300)).cachePrivate())
        // An SVG opened on its own must not run scripts in Rancang's origin.
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
        .body(logo.content());
  }

  @GetMapping("/regions")
  @PreAuthorize(SYSTEM_ADMIN)
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      Model model,
      HttpServletRequest request) {
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("regions", regions.search(q, PageRequest.of(page, null)));
    model.addAttribute("currentId", region.find().map(Region::id).orElse(null));
    return Htmx.view(request, "region/regions", "results");
  }

  @GetMapping("/regions/new")
  @PreAuthorize(SYSTEM_ADMIN)
  String newForm(Model model) {
    model.addAttribute(
        "form", new RegionCommand(null, null, null, null, null, null, null, null, null));
    model.addAttribute("types", RegionType.values());
    return "region/region-form";
  }

  @PostMapping("/regions")
  @PreAuthorize(SYSTEM_ADMIN)
  String create(
      @Valid @ModelAttribute("form") RegionCommand form,
      BindingResult result,
      Model model,
      RedirectAttributes redirect) {
    model.addAttribute("types", RegionType.values());
    if (result.hasErrors()) {
      return "region/region-form";
    }
    try {
      Region created = management.create(form);
      redirect.addFlashAttribute(
          "flash", messages.get("region.region.created", created.name(), created.code()));
      return "redirect:/regions";
    } catch (InvalidInputException e) {
      Forms.reject(result, e, messages);
      return "region/region-form";
    }
  }

  /** The current region as stored now (the request's copy may predate a logo upload). */
  private Region current() {
    long id = region.id();
    return regions.findById(id).orElseThrow(() -> new NotFoundException("region", id));
  }
}
