package id.rancang.strategy.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Page;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.ApiValidation;
import id.rancang.shared.web.Versions;
import id.rancang.strategy.Rpjmd;
import id.rancang.strategy.RpjmdCommand;
import id.rancang.strategy.RpjmdImportSummary;
import id.rancang.strategy.RpjmdItem;
import id.rancang.strategy.RpjmdItemCommand;
import id.rancang.strategy.RpjmdItemKind;
import id.rancang.strategy.RpjmdPlan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The RPJMD of a masterplan as JSON: its period, vision and regulation, and its missions, goals and
 * targets; import from CSV/XLSX all-or-nothing.
 */
@RestController
@RequestMapping("/api/v1/masterplans/{masterplanId}/rpjmd")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "RPJMD")
class RpjmdApiController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final RpjmdPlan rpjmd;
  private final CurrentRegion region;

  RpjmdApiController(RpjmdPlan rpjmd, CurrentRegion region) {
    this.rpjmd = rpjmd;
    this.region = region;
  }

  /** The RPJMD ({@code header} is null until someone enters it) and its items in tree order. */
  record RpjmdJson(Rpjmd header, List<RpjmdItem> items) {}

  /**
   * The RPJMD's fields; {@code version} (or If-Match) is the version read, left out when there was
   * no RPJMD yet.
   */
  record RpjmdBody(
      Integer startYear, Integer endYear, String vision, String regulation, Integer version) {
    RpjmdCommand command() {
      return new RpjmdCommand(startYear, endYear, vision, regulation);
    }
  }

  /** An item's fields; {@code version} (or If-Match) is required when changing one. */
  record RpjmdItemBody(
      RpjmdItemKind kind, Long parentId, String code, String statement, Integer version) {
    RpjmdItemCommand command() {
      return new RpjmdItemCommand(kind, parentId, code, statement);
    }
  }

  @GetMapping
  @Operation(summary = "The RPJMD (header null when not entered yet) with its items in tree order")
  RpjmdJson get(@PathVariable long masterplanId) {
    long regionId = region.id();
    return new RpjmdJson(
        rpjmd.find(regionId, masterplanId).orElse(null), rpjmd.items(regionId, masterplanId));
  }

  @PutMapping
  @PreAuthorize(EDITORS)
  @Operation(
      summary =
          "Enter or change the RPJMD (period of at most 10 years); leave out the version only"
              + " when there is no RPJMD yet")
  ResponseEntity<Rpjmd> save(
      @PathVariable long masterplanId,
      @RequestBody RpjmdBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    Optional<Rpjmd> before = rpjmd.find(region.id(), masterplanId);
    Integer version =
        body.version() != null || ifMatch != null
            ? Integer.valueOf(Versions.required(body.version(), ifMatch))
            : null;
    Rpjmd saved =
        rpjmd.save(region.id(), masterplanId, ApiValidation.valid(body.command()), version);
    return ResponseEntity.status(before.isEmpty() ? HttpStatus.CREATED : HttpStatus.OK)
        .header(HttpHeaders.ETAG, Versions.etag(saved.version()))
        .body(saved);
  }

  @GetMapping("/items")
  @Operation(summary = "The missions, goals and targets, each mission followed by its subtree")
  ResponseEntity<List<RpjmdItem>> items(@PathVariable long masterplanId) {
    List<RpjmdItem> items = rpjmd.items(region.id(), masterplanId);
    return ApiLists.of(new Page<>(items, 0, Math.max(items.size(), 1), items.size()));
  }

  @PostMapping("/items")
  @PreAuthorize(EDITORS)
  @Operation(
      summary =
          "Add a mission (no parent), a goal (parent: a mission) or a target (parent: a goal);"
              + " codes are unique in the masterplan")
  ResponseEntity<RpjmdItem> addItem(
      @PathVariable long masterplanId, @RequestBody RpjmdItemBody body) {
    RpjmdItem created =
        rpjmd.addItem(region.id(), masterplanId, ApiValidation.valid(body.command()));
    return ResponseEntity.created(URI.create(itemPath(masterplanId, created.id())))
        .header(HttpHeaders.ETAG, Versions.etag(created.version()))
        .body(created);
  }

  @GetMapping("/items/{itemId}")
  ResponseEntity<RpjmdItem> item(@PathVariable long masterplanId, @PathVariable long itemId) {
    RpjmdItem item = rpjmd.item(region.id(), masterplanId, itemId);
    return ResponseEntity.ok().header(HttpHeaders.ETAG, Versions.etag(item.version())).body(item);
  }

  @PutMapping("/items/{itemId}")
  @PreAuthorize(EDITORS)
  @Operation(summary = "Change an item; send the version read (body or If-Match)")
  ResponseEntity<RpjmdItem> updateItem(
      @PathVariable long masterplanId,
      @PathVariable long itemId,
      @RequestBody RpjmdItemBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    rpjmd.item(region.id(), masterplanId, itemId);
    int version = Versions.required(body.version(), ifMatch);
    RpjmdItem saved =
        rpjmd.updateItem(
            region.id(), masterplanId, itemId, ApiValidation.valid(body.command()), version);
    return ResponseEntity.ok().header(HttpHeaders.ETAG, Versions.etag(saved.version())).body(saved);
  }

  @DeleteMapping("/items/{itemId}")
  @PreAuthorize(EDITORS)
  @Operation(
      summary =
          "Delete an item; refused (400) while it has goals or targets under it or is linked to"
              + " smart-city items")
  ResponseEntity<Void> deleteItem(@PathVariable long masterplanId, @PathVariable long itemId) {
    rpjmd.deleteItem(region.id(), masterplanId, itemId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/items/{itemId}/move")
  @PreAuthorize(EDITORS)
  @Operation(
      summary =
          "Move an item one place up or down among its siblings; send the version read"
              + " (version parameter or If-Match)")
  ResponseEntity<RpjmdItem> move(
      @PathVariable long masterplanId,
      @PathVariable long itemId,
      @RequestParam String direction,
      @RequestParam(required = false) Integer version,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    rpjmd.item(region.id(), masterplanId, itemId);
    if (!direction.equals("up") && !direction.equals("down")) {
      throw InvalidInputException.of("direction", "strategy.rpjmd.direction");
    }
    RpjmdItem moved =
        rpjmd.move(
            region.id(),
            masterplanId,
            itemId,
            direction.equals("up"),
            Versions.required(version, ifMatch));
    return ResponseEntity.ok().header(HttpHeaders.ETAG, Versions.etag(moved.version())).body(moved);
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(EDITORS)
  @Operation(
      summary =
          "Import missions, goals and targets from CSV or XLSX (jenis|kind MISI/TUJUAN/SASARAN or"
              + " MISSION/GOAL/TARGET, kode|code, induk|parent as the parent's code,"
              + " pernyataan|statement); every row or none; existing codes are updated")
  RpjmdImportSummary importFile(
      @PathVariable long masterplanId, @RequestPart("file") MultipartFile file) throws IOException {
    return rpjmd.importFile(region.id(), masterplanId, file.getOriginalFilename(), file.getBytes());
  }

  private static String itemPath(long masterplanId, long itemId) {
    return "/api/v1/masterplans/" + masterplanId + "/rpjmd/items/" + itemId;
  }
}
