package id.rancang.document.web;

import id.rancang.document.Matrices;
import id.rancang.document.Matrix;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The downloads of a masterplan's Excel matrices, linked from the documents page. */
@Controller
@RequestMapping("/masterplans/{masterplanId}/matrices")
@PreAuthorize("hasRole('MEMBER')")
class MatrixController {

  private final Matrices matrices;
  private final CurrentRegion region;

  MatrixController(Matrices matrices, CurrentRegion region) {
    this.matrices = matrices;
    this.region = region;
  }

  @GetMapping("/{name:[a-z-]+}.xlsx")
  ResponseEntity<byte[]> download(
      @PathVariable long masterplanId,
      @PathVariable String name,
      @RequestParam(required = false) String lang,
      @RequestParam(required = false) Long version) {
    Matrix matrix =
        Matrix.fromSlug(name).orElseThrow(() -> new NotFoundException("document", name));
    return DocumentController.send(
        matrices.matrix(
            region.id(),
            masterplanId,
            version,
            matrix,
            DocumentController.language(lang),
            DocumentController.partnerNames()));
  }
}
