package id.rancang.programme.web.api;

import id.rancang.programme.FundingSourceCommand;
import id.rancang.programme.FundingSourceEntry;
import id.rancang.programme.FundingSources;
import id.rancang.region.CurrentRegion;
import id.rancang.shared.Page;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The funding sources of a region as JSON: the built-in ones and those the region added. Members
 * read; region administrators and editors add, rename and delete the region's own.
 */
@RestController
@RequestMapping("/api/v1/regions/{code}/funding-sources")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Funding sources")
class FundingSourceApiController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final FundingSources sources;
  private final CurrentRegion region;

  FundingSourceApiController(FundingSources sources, CurrentRegion region) {
    this.sources = sources;
    this.region = region;
  }

  /**
   * A funding source: {@code id} and {@code version} only for the region's own; {@code name} in the
   * caller's language, {@code names} in both; where the region's budget lines use it.
   */
  record FundingSourceJson(
      Long id,
      String code,
      boolean builtIn,
      String name,
      Map<String, String> names,
      long budgetLines,
      long programmes,
      Integer version) {
    static FundingSourceJson of(FundingSourceEntry s) {
      Map<String, String> names = new LinkedHashMap<>();
      names.put("id", s.nameId());
      names.put("en", s.nameEn());
      return new FundingSourceJson(
          s.id(),
          s.code(),
          s.builtIn(),
          s.name(LocaleContextHolder.getLocale()),
          names,
          s.budgetLines(),
          s.programmes(),
          s.version());
    }
  }

  /** A new name; {@code version} (or If-Match) is the version read. */
  record RenameBody(String name, Integer version) {}

  @GetMapping
  @Operation(summary = "The built-in funding sources, then the region's own by code")
  ResponseEntity<List<FundingSourceJson>> list(@PathVariable String code) {
    List<FundingSourceJson> items =
        sources.list(region.id()).stream().map(FundingSourceJson::of).toList();
    return ApiLists.of(new Page<>(items, 0, Math.max(items.size(), 1), items.size()));
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  @Operation(
      summary =
          "Add a funding source of the region (code: capital letters, digits and underscores,"
              + " starting with a letter; not a built-in code; unique in the region)")
  ResponseEntity<FundingSourceJson> create(
      @PathVariable String code, @RequestBody FundingSourceCommand body) {
    FundingSourceEntry created = sources.create(region.id(), body);
    return ResponseEntity.created(
            URI.create("/api/v1/regions/" + code + "/funding-sources/" + created.id()))
        .header(HttpHeaders.ETAG, Versions.etag(created.version()))
        .body(FundingSourceJson.of(created));
  }

  @GetMapping("/{id}")
  ResponseEntity<FundingSourceJson> get(@PathVariable String code, @PathVariable long id) {
    FundingSourceEntry source = sources.get(region.id(), id);
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(source.version()))
        .body(FundingSourceJson.of(source));
  }

  @PutMapping("/{id}")
  @PreAuthorize(EDITORS)
  @Operation(summary = "Rename a funding source of the region (its code stays)")
  ResponseEntity<FundingSourceJson> rename(
      @PathVariable String code,
      @PathVariable long id,
      @RequestBody RenameBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    sources.get(region.id(), id);
    FundingSourceEntry saved =
        sources.rename(region.id(), id, body.name(), Versions.required(body.version(), ifMatch));
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(saved.version()))
        .body(FundingSourceJson.of(saved));
  }

  @DeleteMapping("/{id}")
  @PreAuthorize(EDITORS)
  @Operation(summary = "Delete a funding source of the region; refused while budget lines use it")
  ResponseEntity<Void> delete(@PathVariable String code, @PathVariable long id) {
    sources.delete(region.id(), id);
    return ResponseEntity.noContent().build();
  }
}
