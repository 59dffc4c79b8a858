package id.rancang.workshop.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.shared.Page;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.ApiLists;
import id.rancang.workshop.Material;
import id.rancang.workshop.MaterialUpload;
import id.rancang.workshop.WorkshopCatalog;
import id.rancang.workshop.WorkshopMaterials;
import id.rancang.workshop.WorkshopViewer;
import id.rancang.workshop.web.MaterialDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Workshop materials as JSON and files. Organisers upload (multipart {@code file}, optional {@code
 * title}) and delete; members who may see the workshop list and download them, always as an
 * attachment of the type found in the bytes.
 */
@RestController
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Workshops")
class MaterialApiController {

  private final WorkshopMaterials materials;
  private final WorkshopCatalog catalog;
  private final CurrentRegion region;

  MaterialApiController(
      WorkshopMaterials materials, WorkshopCatalog catalog, CurrentRegion region) {
    this.materials = materials;
    this.catalog = catalog;
    this.region = region;
  }

  /** A material; {@code contentType} is what its bytes are, {@code href} where to download it. */
  record MaterialJson(
      long id,
      long workshopId,
      String title,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      OffsetDateTime uploadedAt,
      String href) {
    static MaterialJson of(Material m) {
      return new MaterialJson(
          m.id(),
          m.workshopId(),
          m.title(),
          m.fileName(),
          m.contentType(),
          m.sizeBytes(),
          m.sha256(),
          m.uploadedAt(),
          "/api/v1/materials/" + m.id());
    }
  }

  @GetMapping("/api/v1/workshops/{workshopId}/materials")
  @Operation(summary = "The workshop's materials, newest first")
  ResponseEntity<List<MaterialJson>> list(@PathVariable long workshopId) {
    long regionId = region.id();
    catalog.get(regionId, workshopId, WorkshopViewer.current());
    List<MaterialJson> items =
        materials.list(regionId, workshopId).stream().map(MaterialJson::of).toList();
    return ApiLists.of(new Page<>(items, 0, Math.max(items.size(), 1), items.size()));
  }

  @PostMapping("/api/v1/workshops/{workshopId}/materials")
  @PreAuthorize(WorkshopApiController.ORGANISERS)
  @Operation(
      summary =
          "Upload a material: PDF, PPTX, PPT, XLSX, XLS, CSV, DOCX, DOC, PNG or JPEG; a file whose"
              + " bytes are not what its name says, or HTML, SVG, script or a program, is refused")
  ResponseEntity<MaterialJson> upload(
      @PathVariable long workshopId,
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) String title)
      throws IOException {
    Material created =
        materials.upload(
            region.id(),
            workshopId,
            new MaterialUpload(title, file.getOriginalFilename(), file.getBytes()),
            Access.actor());
    return ResponseEntity.created(URI.create("/api/v1/materials/" + created.id()))
        .body(MaterialJson.of(created));
  }

  @GetMapping("/api/v1/materials/{id}")
  @Operation(summary = "Download a material (always an attachment)")
  ResponseEntity<byte[]> download(@PathVariable long id) {
    long regionId = region.id();
    Material material = materials.get(regionId, id);
    catalog.get(regionId, material.workshopId(), WorkshopViewer.current());
    return MaterialDownload.of(materials.file(regionId, id));
  }

  @DeleteMapping("/api/v1/materials/{id}")
  @PreAuthorize(WorkshopApiController.ORGANISERS)
  ResponseEntity<Void> delete(@PathVariable long id) {
    materials.delete(region.id(), id);
    return ResponseEntity.noContent().build();
  }
}
