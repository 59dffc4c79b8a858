package id.rancang.workshop.web;

import id.rancang.region.CurrentRegion;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.Messages;
import id.rancang.workshop.Material;
import id.rancang.workshop.MaterialUpload;
import id.rancang.workshop.Workshop;
import id.rancang.workshop.WorkshopCatalog;
import id.rancang.workshop.WorkshopMaterials;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Materials on the workshop page: organisers upload (a refused file is named with the reason next
 * to the upload field) and delete; members who may see the workshop download them as attachments.
 */
@Controller
@RequestMapping("/workshops/{workshopId}/materials")
@PreAuthorize("hasRole('MEMBER')")
class MaterialController {

  private final WorkshopMaterials materials;
  private final WorkshopCatalog catalog;
  private final WorkshopView view;
  private final CurrentRegion region;
  private final Messages messages;

  MaterialController(
      WorkshopMaterials materials,
      WorkshopCatalog catalog,
      WorkshopView view,
      CurrentRegion region,
      Messages messages) {
    this.materials = materials;
    this.catalog = catalog;
    this.view = view;
    this.region = region;
    this.messages = messages;
  }

  @PostMapping
  @PreAuthorize(WorkshopController.ORGANISERS)
  String upload(
      @PathVariable long workshopId,
      @RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(defaultValue = "") String title,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    long regionId = region.id();
    Workshop workshop = catalog.get(regionId, workshopId);
    try {
      if (file == null
          || file.getOriginalFilename() == null
          || file.getOriginalFilename().isBlank()) {
        throw InvalidInputException.of("file", "workshop.material.noFile");
      }
      Material created =
          materials.upload(
              regionId,
              workshopId,
              new MaterialUpload(title, file.getOriginalFilename(), file.getBytes()),
              Access.actor());
      redirect.addFlashAttribute(
          "flash", messages.get("workshop.material.uploaded", created.title()));
      return "redirect:/workshops/" + workshopId + "#materials";
    } catch (InvalidInputException e) {
      model.addAttribute("materialErrors", view.errors(e.problems()));
      model.addAttribute("materialTitle", title);
      return view.page(model, workshop);
    }
  }

  @GetMapping("/{materialId}")
  ResponseEntity<byte[]> download(@PathVariable long workshopId, @PathVariable long materialId) {
    long regionId = region.id();
    view.visible(regionId, workshopId);
    Material material = materials.get(regionId, materialId);
    if (material.workshopId() != workshopId) {
      throw new NotFoundException(WorkshopMaterials.RECORD_TYPE, materialId);
    }
    return MaterialDownload.of(materials.file(regionId, materialId));
  }

  @PostMapping("/{materialId}/delete")
  @PreAuthorize(WorkshopController.ORGANISERS)
  String delete(
      @PathVariable long workshopId, @PathVariable long materialId, RedirectAttributes redirect) {
    long regionId = region.id();
    Material material = materials.get(regionId, materialId);
    if (material.workshopId() != workshopId) {
      throw new NotFoundException(WorkshopMaterials.RECORD_TYPE, materialId);
    }
    materials.delete(regionId, materialId);
    redirect.addFlashAttribute(
        "flash", messages.get("workshop.material.deleted", material.title()));
    return "redirect:/workshops/" + workshopId + "#materials";
  }
}
