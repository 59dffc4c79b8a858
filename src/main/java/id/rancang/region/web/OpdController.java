package id.rancang.region.web;

import id.rancang.region.CurrentRegion;
import id.rancang.region.ImportSummary;
import id.rancang.region.Opd;
import id.rancang.region.OpdCommand;
import id.rancang.region.OpdDirectory;
import id.rancang.shared.ConcurrentEditException;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.PageRequest;
import id.rancang.shared.tabular.ImportRejectedException;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Forms;
import id.rancang.shared.web.Htmx;
import id.rancang.shared.web.Messages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages to list, edit and import the OPD of the current region. */
@Controller
@RequestMapping("/opds")
@PreAuthorize("hasRole('MEMBER')")
class OpdController {

  static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final OpdDirectory opds;
  private final CurrentRegion region;
  private final Messages messages;

  OpdController(OpdDirectory opds, CurrentRegion region, Messages messages) {
    this.opds = opds;
    this.region = region;
    this.messages = messages;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      Model model,
      HttpServletRequest request) {
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("opds", opds.search(region.id(), q, PageRequest.of(page, null)));
    model.addAttribute("canEdit", Access.hasAnyRole("REGION_ADMIN", "EDITOR"));
    return Htmx.view(request, "region/opds", "results");
  }

  @GetMapping("/new")
  @PreAuthorize(EDITORS)
  String newForm(Model model) {
    model.addAttribute("form", new OpdCommand(null, null, null, null, null, null));
    return "region/opd-form";
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  String create(
      @Valid @ModelAttribute("form") OpdCommand form,
      BindingResult result,
      RedirectAttributes redirect) {
    if (result.hasErrors()) {
      return "region/opd-form";
    }
    try {
      Opd created = opds.create(region.id(), form);
      redirect.addFlashAttribute("flash", messages.get("region.opd.created", created.name()));
      return "redirect:/opds";
    } catch (InvalidInputException e) {
      Forms.reject(result, e, messages);
      return "region/opd-form";
    }
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    Opd opd = opds.get(region.id(), id);
    model.addAttribute("opd", opd);
    model.addAttribute("canEdit", canEdit(id));
    model.addAttribute("canDelete", Access.hasAnyRole("REGION_ADMIN", "EDITOR"));
    model.addAttribute("canAudit", Access.hasAnyRole("REGION_ADMIN", "EDITOR", "REVIEWER"));
    return "region/opd";
  }

  @GetMapping("/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    requireEdit(id);
    Opd opd = opds.get(region.id(), id);
    model.addAttribute(
        "form",
        new OpdCommand(
            opd.name(),
            opd.abbreviation(),
            opd.headName(),
            opd.email(),
            opd.phone(),
            opd.address()));
    model.addAttribute("opd", opd);
    model.addAttribute("version", opd.version());
    return "region/opd-form";
  }

  @PostMapping("/{id}")
  String update(
      @PathVariable long id,
      @Valid @ModelAttribute("form") OpdCommand form,
      BindingResult result,
      @RequestParam int version,
      Model model,
      RedirectAttributes redirect) {
    requireEdit(id);
    Opd opd = opds.get(region.id(), id);
    model.addAttribute("opd", opd);
    model.addAttribute("version", version);
    if (result.hasErrors()) {
      return "region/opd-form";
    }
    try {
      Opd saved = opds.update(region.id(), id, form, version);
      redirect.addFlashAttribute("flash", messages.get("region.opd.saved", saved.name()));
      return "redirect:/opds/" + id;
    } catch (InvalidInputException e) {
      Forms.reject(result, e, messages);
      return "region/opd-form";
    } catch (ConcurrentEditException e) {
      Forms.rejectGlobal(result, "shared.error.conflict", messages);
      return "region/opd-form";
    }
  }

  @PostMapping("/{id}/delete")
  @PreAuthorize(EDITORS)
  String delete(@PathVariable long id, RedirectAttributes redirect) {
    Opd opd = opds.get(region.id(), id);
    try {
      opds.delete(region.id(), id);
      redirect.addFlashAttribute("flash", messages.get("region.opd.deleted", opd.name()));
      return "redirect:/opds";
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("flashError", Forms.firstMessage(e, messages));
      return "redirect:/opds/" + id;
    }
  }

  @GetMapping("/import")
  @PreAuthorize(EDITORS)
  String importForm() {
    return "region/opd-import";
  }

  @PostMapping("/import")
  @PreAuthorize(EDITORS)
  String importFile(
      @RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
      throws IOException {
    try {
      ImportSummary summary =
          opds.importFile(region.id(), file.getOriginalFilename(), file.getBytes());
      redirect.addFlashAttribute(
          "flash", messages.get("region.opd.imported", summary.created(), summary.updated()));
      return "redirect:/opds";
    } catch (ImportRejectedException e) {
      model.addAttribute("problems", e.problems());
      model.addAttribute("filename", file.getOriginalFilename());
      return "region/opd-import";
    }
  }

  @GetMapping("/import/template.csv")
  ResponseEntity<byte[]> template() {
    String csv =
        "nama,singkatan,kepala,email,telepon,alamat\n"
            + "Dinas Komunikasi dan Informatika,Diskominfo,,,,\n";
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("opd-template.csv").build().toString())
        .body(csv.getBytes(StandardCharsets.UTF_8));
  }

  private boolean canEdit(long opdId) {
    return Access.hasAnyRole("REGION_ADMIN", "EDITOR") || Access.ownsOpd(opdId);
  }

  private void requireEdit(long opdId) {
    opds.get(region.id(), opdId);
    if (!canEdit(opdId)) {
      throw new AccessDeniedException("OPD " + opdId);
    }
  }
}
