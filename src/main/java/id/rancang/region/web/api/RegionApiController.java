package id.rancang.region.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.region.Region;
import id.rancang.region.RegionCatalog;
import id.rancang.region.RegionCommand;
import id.rancang.region.RegionManagement;
import id.rancang.region.RegionType;
import id.rancang.region.RegionVisibility;
import id.rancang.shared.Page;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Regions (tenants) as JSON. */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions")
class RegionApiController {

  private final RegionCatalog catalog;
  private final RegionManagement management;
  private final RegionVisibility visibility;
  private final CurrentRegion currentRegion;

  RegionApiController(
      RegionCatalog catalog,
      RegionManagement management,
      RegionVisibility visibility,
      CurrentRegion currentRegion) {
    this.catalog = catalog;
    this.management = management;
    this.visibility = visibility;
    this.currentRegion = currentRegion;
  }

  /** The region as the API shows it. */
  record RegionJson(
      String code,
      String name,
      RegionType type,
      String province,
      String capital,
      BigDecimal areaKm2,
      Long population,
      Integer populationYear,
      String populationSource,
      boolean hasLogo,
      int version) {

    static RegionJson of(Region r) {
      return new RegionJson(
          r.code(),
          r.name(),
          r.type(),
          r.province(),
          r.capital(),
          r.areaKm2(),
          r.population(),
          r.populationYear(),
          r.populationSource(),
          r.hasLogo(),
          r.version());
    }
  }

  /** A region's editable profile; code and type are fixed once created. */
  record RegionUpdate(
      @NotBlank(message = "{shared.validation.required}") String name,
      @NotBlank(message = "{shared.validation.required}") String province,
      String capital,
      @DecimalMin(value = "0.01", message = "{shared.validation.positive}") BigDecimal areaKm2,
      @Positive(message = "{shared.validation.positive}") Long population,
      @Min(value = 1900, message = "{shared.validation.year}")
          @Max(value = 2200, message = "{shared.validation.year}")
          Integer populationYear,
      String populationSource,
      Integer version) {}

  @GetMapping
  @Operation(summary = "Regions the caller may see (all for a system administrator)")
  ResponseEntity<List<RegionJson>> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    PageRequest request = PageRequest.of(page, size);
    Page<Region> regions;
    if (visibility.seesAllRegions()) {
      regions = catalog.search(q, request);
    } else {
      List<Region> mine = catalog.findByIds(visibility.visibleRegionIds());
      regions = new Page<>(mine, 0, Math.max(1, mine.size()), mine.size());
    }
    return ApiLists.of(regions.map(RegionJson::of));
  }

  @PostMapping
  @PreAuthorize("hasRole('SYSTEM_ADMIN')")
  @Operation(summary = "Create a region (system administrator)")
  ResponseEntity<RegionJson> create(@Valid @RequestBody RegionCommand command) {
    Region created = management.create(command);
    return ResponseEntity.created(URI.create("/api/v1/regions/" + created.code()))
        .body(RegionJson.of(created));
  }

  @GetMapping("/{code}")
  @Operation(summary = "One region")
  ResponseEntity<RegionJson> get(@PathVariable String code) {
    Region region = currentRegion.get();
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(region.version()))
        .body(RegionJson.of(region));
  }

  @PutMapping("/{code}")
  @PreAuthorize("hasRole('REGION_ADMIN')")
  @Operation(summary = "Edit a region's profile (region administrator)")
  RegionJson update(
      @PathVariable String code,
      @Valid @RequestBody RegionUpdate body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    Region region = currentRegion.get();
    RegionCommand command =
        new RegionCommand(
            region.code(),
            body.name(),
            region.type(),
            body.province(),
            body.capital(),
            body.areaKm2(),
            body.population(),
            body.populationYear(),
            body.populationSource());
    return RegionJson.of(
        management.update(region.id(), command, Versions.required(body.version(), ifMatch)));
  }
}
