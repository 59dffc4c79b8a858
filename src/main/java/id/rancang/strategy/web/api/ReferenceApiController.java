package id.rancang.strategy.web.api;

import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The fixed reference data every region chooses from. */
@RestController
@Tag(name = "Reference data")
class ReferenceApiController {

  /** A dimension with its elements, named in both languages. */
  record DimensionJson(String code, String nameId, String nameEn, List<ElementJson> elements) {}

  /** An element of a dimension. */
  record ElementJson(String code, String nameId, String nameEn) {}

  @GetMapping("/api/v1/dimensions")
  @Operation(summary = "The 6 smart-city dimensions and their 18 elements (not editable)")
  List<DimensionJson> dimensions() {
    return Arrays.stream(Dimension.values())
        .map(
            d ->
                new DimensionJson(
                    d.name(),
                    d.nameId(),
                    d.nameEn(),
                    d.elements().stream().map(ReferenceApiController::element).toList()))
        .toList();
  }

  private static ElementJson element(Element e) {
    return new ElementJson(e.name(), e.nameId(), e.nameEn());
  }
}
