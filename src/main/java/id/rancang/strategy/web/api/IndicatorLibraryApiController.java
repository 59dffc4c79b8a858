package id.rancang.strategy.web.api;

import id.rancang.shared.PageRequest;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.Messages;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.IndicatorFamily;
import id.rancang.strategy.IndicatorLibrary;
import id.rancang.strategy.LibraryIndicator;
import id.rancang.strategy.Polarity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shipped library of standard indicators. It is reference data, not region data: anyone signed
 * in reads it, whatever their region.
 */
@RestController
@RequestMapping("/api/v1/indicator-library")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Indicator library")
class IndicatorLibraryApiController {

  private final IndicatorLibrary library;
  private final Messages messages;

  IndicatorLibraryApiController(IndicatorLibrary library, Messages messages) {
    this.library = library;
    this.messages = messages;
  }

  /** A library entry, named and defined in both languages. */
  record LibraryIndicatorJson(
      String code,
      IndicatorFamily family,
      String nameId,
      String nameEn,
      String unit,
      String definitionId,
      String definitionEn,
      Dimension dimension,
      Polarity polarity,
      String source) {
    static LibraryIndicatorJson of(LibraryIndicator i) {
      return new LibraryIndicatorJson(
          i.code(),
          i.family(),
          i.nameId(),
          i.nameEn(),
          i.unit(),
          i.definitionId(),
          i.definitionEn(),
          i.dimension(),
          i.polarity(),
          i.source());
    }
  }

  @GetMapping
  @Operation(
      summary = "Standard indicators (ISO 37120/37122/37123, U4SSC, SDG), one page at a time",
      description =
          "q matches every word against the code, both names and both definitions, ignoring"
              + " letter case; family and dimension filter. The total is in X-Total-Count.")
  ResponseEntity<List<LibraryIndicatorJson>> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) IndicatorFamily family,
      @RequestParam(required = false) Dimension dimension,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiLists.of(
        library
            .search(q, family, dimension, PageRequest.of(page, size))
            .map(LibraryIndicatorJson::of));
  }

  @GetMapping("/{code}")
  @Operation(summary = "One standard indicator by its library code, e.g. SDG-11.6.2")
  @ApiResponse(responseCode = "200", description = "The indicator")
  @ApiResponse(responseCode = "404", description = "No indicator has this code (problem+json)")
  ResponseEntity<?> get(@PathVariable String code) {
    return library
        .find(code)
        .<ResponseEntity<?>>map(i -> ResponseEntity.ok(LibraryIndicatorJson.of(i)))
        .orElseGet(
            () -> {
              ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
              problem.setTitle(messages.get("shared.error.404.title"));
              problem.setDetail(messages.get("strategy.library.notFound", code));
              return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
            });
  }
}
