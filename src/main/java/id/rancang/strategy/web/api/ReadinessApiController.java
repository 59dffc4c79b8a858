package id.rancang.strategy.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.shared.web.ApiValidation;
import id.rancang.shared.web.Versions;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Pillar;
import id.rancang.strategy.ReadinessAnalysis;
import id.rancang.strategy.ReadinessCell;
import id.rancang.strategy.ReadinessGap;
import id.rancang.strategy.SwotItem;
import id.rancang.strategy.SwotItemCommand;
import id.rancang.strategy.SwotKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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

/** The readiness analysis of a masterplan: SWOT items and gap statements per dimension x pillar. */
@RestController
@RequestMapping("/api/v1/masterplans/{masterplanId}/readiness")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Readiness analysis")
class ReadinessApiController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final ReadinessAnalysis readiness;
  private final CurrentRegion region;

  ReadinessApiController(ReadinessAnalysis readiness, CurrentRegion region) {
    this.readiness = readiness;
    this.region = region;
  }

  /** One cell of the matrix overview. */
  record CellJson(
      Dimension dimension,
      Pillar pillar,
      int strengths,
      int weaknesses,
      int opportunities,
      int threats,
      boolean gap,
      boolean complete) {
    static CellJson of(ReadinessCell c) {
      return new CellJson(
          c.dimension(),
          c.pillar(),
          c.counts().get(SwotKind.STRENGTH),
          c.counts().get(SwotKind.WEAKNESS),
          c.counts().get(SwotKind.OPPORTUNITY),
          c.counts().get(SwotKind.THREAT),
          c.hasGap(),
          c.complete());
    }
  }

  /** The whole analysis: the 18 cells, every item and every gap statement. */
  record ReadinessJson(List<CellJson> matrix, List<SwotItem> items, List<ReadinessGap> gaps) {}

  /** A SWOT item's fields plus the version read. */
  record SwotItemUpdate(
      Dimension dimension, Pillar pillar, SwotKind kind, String statement, Integer version) {}

  /** A gap statement; {@code version} is left out (null) when the cell had none yet. */
  record GapUpdate(String currentState, String desiredState, Integer version) {}

  @GetMapping
  @Operation(summary = "The matrix overview with every SWOT item and gap statement")
  ReadinessJson get(@PathVariable long masterplanId) {
    long regionId = region.id();
    return new ReadinessJson(
        readiness.matrix(regionId, masterplanId).values().stream()
            .flatMap(row -> row.values().stream())
            .map(CellJson::of)
            .toList(),
        readiness.items(regionId, masterplanId),
        readiness.gaps(regionId, masterplanId));
  }

  @PostMapping("/items")
  @PreAuthorize(EDITORS)
  ResponseEntity<SwotItem> addItem(
      @PathVariable long masterplanId, @Valid @RequestBody SwotItemCommand body) {
    SwotItem created = readiness.addItem(region.id(), masterplanId, body);
    return ResponseEntity.created(
            URI.create("/api/v1/masterplans/" + masterplanId + "/readiness/items/" + created.id()))
        .body(created);
  }

  @PutMapping("/items/{itemId}")
  @PreAuthorize(EDITORS)
  SwotItem updateItem(
      @PathVariable long masterplanId,
      @PathVariable long itemId,
      @RequestBody SwotItemUpdate body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    readiness.item(region.id(), masterplanId, itemId);
    SwotItemCommand command =
        ApiValidation.valid(
            new SwotItemCommand(body.dimension(), body.pillar(), body.kind(), body.statement()));
    return readiness.updateItem(
        region.id(), masterplanId, itemId, command, Versions.required(body.version(), ifMatch));
  }

  @DeleteMapping("/items/{itemId}")
  @PreAuthorize(EDITORS)
  ResponseEntity<Void> deleteItem(@PathVariable long masterplanId, @PathVariable long itemId) {
    readiness.deleteItem(region.id(), masterplanId, itemId);
    return ResponseEntity.noContent().build();
  }

  @PutMapping("/gaps/{dimension}/{pillar}")
  @PreAuthorize(EDITORS)
  @Operation(summary = "Set the gap statement (current vs desired) of a dimension and pillar")
  ReadinessGap setGap(
      @PathVariable long masterplanId,
      @PathVariable Dimension dimension,
      @PathVariable Pillar pillar,
      @RequestBody GapUpdate body) {
    return readiness.setGap(
        region.id(),
        masterplanId,
        dimension,
        pillar,
        body.currentState(),
        body.desiredState(),
        body.version());
  }
}
