package id.rancang.strategy.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.shared.NotFoundException;
import id.rancang.shared.Page;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.ApiValidation;
import id.rancang.shared.web.Versions;
import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import id.rancang.strategy.SmartVision;
import id.rancang.strategy.StrategyItem;
import id.rancang.strategy.StrategyItemCommand;
import id.rancang.strategy.StrategyItemKind;
import id.rancang.strategy.StrategyTree;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Objects;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The smart-city strategy of a masterplan as JSON: the vision, and the missions, goals and targets
 * under it. Everyone in the region reads; editors change.
 */
@RestController
@RequestMapping("/api/v1/masterplans/{masterplanId}")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Strategy: vision, missions, goals, targets")
class StrategyApiController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";

  private final StrategyTree tree;
  private final CurrentRegion region;

  StrategyApiController(StrategyTree tree, CurrentRegion region) {
    this.tree = tree;
    this.region = region;
  }

  /** The vision as read and written; {@code version} is left out when there was none yet. */
  record VisionJson(String statement, String explanation, Integer version) {
    static VisionJson of(SmartVision v) {
      return new VisionJson(v.statement(), v.explanation(), v.version());
    }
  }

  /**
   * A mission, goal or target. {@code missionId} is set for goals, {@code goalId} for targets;
   * {@code order} is the 1-based place among its siblings.
   */
  record ItemJson(
      long id,
      StrategyItemKind kind,
      String code,
      String statement,
      int order,
      Long missionId,
      Long goalId,
      List<Dimension> dimensions,
      List<Element> elements,
      List<Long> rpjmdItemIds,
      int version) {
    static ItemJson of(StrategyItem i, int order) {
      return new ItemJson(
          i.id(),
          i.kind(),
          i.code(),
          i.statement(),
          order,
          i.kind() == StrategyItemKind.GOAL ? i.parentId() : null,
          i.kind() == StrategyItemKind.TARGET ? i.parentId() : null,
          i.dimensions(),
          i.elements(),
          i.rpjmdItemIds(),
          i.version());
    }
  }

  /** What a client sends for a mission, goal or target; {@code version} only on updates. */
  record ItemBody(
      String code,
      String statement,
      Integer order,
      Long missionId,
      Long goalId,
      List<Dimension> dimensions,
      List<Element> elements,
      List<Long> rpjmdItemIds,
      Integer version) {
    StrategyItemCommand command(StrategyItemKind kind) {
      Long parent =
          switch (kind) {
            case MISSION -> null;
            case GOAL -> missionId;
            case TARGET -> goalId;
          };
      return new StrategyItemCommand(
          kind, parent, code, statement, dimensions, elements, rpjmdItemIds, order);
    }
  }

  // ---- vision ----

  @GetMapping("/vision")
  @Operation(summary = "The smart-city vision (404 while none is written)")
  VisionJson vision(@PathVariable long masterplanId) {
    return tree.vision(region.id(), masterplanId)
        .map(VisionJson::of)
        .orElseThrow(() -> new NotFoundException(StrategyTree.VISION_RECORD, masterplanId));
  }

  @PutMapping("/vision")
  @PreAuthorize(EDITORS)
  @Operation(summary = "Write the vision; send the version read, or none when there was no vision")
  VisionJson saveVision(
      @PathVariable long masterplanId,
      @RequestBody VisionJson body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    Integer version = body.version();
    if (version == null && ifMatch != null) {
      version = Versions.required(null, ifMatch);
    }
    return VisionJson.of(
        tree.saveVision(region.id(), masterplanId, body.statement(), body.explanation(), version));
  }

  // ---- missions, goals, targets: /missions, /goals (missionId), /targets (goalId) ----

  @GetMapping("/{collection:missions|goals|targets}")
  @Operation(
      summary =
          "The missions, goals (optionally of one missionId) or targets (optionally of one goalId),"
              + " in their order")
  ResponseEntity<List<ItemJson>> list(
      @PathVariable long masterplanId,
      @PathVariable String collection,
      @RequestParam(required = false) Long missionId,
      @RequestParam(required = false) Long goalId) {
    StrategyItemKind kind = kindOf(collection);
    Long parentId =
        switch (kind) {
          case MISSION -> null;
          case GOAL -> missionId;
          case TARGET -> goalId;
        };
    List<StrategyItem> items = tree.items(region.id(), masterplanId, kind);
    List<ItemJson> json =
        items.stream()
            .filter(i -> parentId == null || Objects.equals(i.parentId(), parentId))
            .map(i -> ItemJson.of(i, orderOf(items, i)))
            .toList();
    return ApiLists.of(new Page<>(json, 0, Math.max(json.size(), 1), json.size()));
  }

  @PostMapping("/{collection:missions|goals|targets}")
  @PreAuthorize(EDITORS)
  @Operation(summary = "Add a mission, a goal (missionId) or a target (goalId)")
  ResponseEntity<ItemJson> add(
      @PathVariable long masterplanId,
      @PathVariable String collection,
      @RequestBody ItemBody body) {
    StrategyItemKind kind = kindOf(collection);
    StrategyItem created =
        tree.addItem(region.id(), masterplanId, ApiValidation.valid(body.command(kind)));
    return ResponseEntity.created(
            URI.create(
                "/api/v1/masterplans/" + masterplanId + "/" + collection + "/" + created.id()))
        .body(get(masterplanId, collection, created.id()));
  }

  @GetMapping("/{collection:missions|goals|targets}/{id}")
  ItemJson get(
      @PathVariable long masterplanId, @PathVariable String collection, @PathVariable long id) {
    StrategyItemKind kind = kindOf(collection);
    StrategyItem item = ofKind(masterplanId, kind, id);
    return ItemJson.of(item, orderOf(tree.items(region.id(), masterplanId, kind), item));
  }

  @PutMapping("/{collection:missions|goals|targets}/{id}")
  @PreAuthorize(EDITORS)
  @Operation(summary = "Change a mission, goal or target; send the version read")
  ItemJson update(
      @PathVariable long masterplanId,
      @PathVariable String collection,
      @PathVariable long id,
      @RequestBody ItemBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    StrategyItemKind kind = kindOf(collection);
    ofKind(masterplanId, kind, id);
    StrategyItemCommand command = ApiValidation.valid(body.command(kind));
    tree.updateItem(
        region.id(), masterplanId, id, command, Versions.required(body.version(), ifMatch));
    return get(masterplanId, collection, id);
  }

  @DeleteMapping("/{collection:missions|goals|targets}/{id}")
  @PreAuthorize(EDITORS)
  @Operation(
      summary = "Delete a mission, goal or target; refused while children or indicators remain")
  ResponseEntity<Void> delete(
      @PathVariable long masterplanId, @PathVariable String collection, @PathVariable long id) {
    ofKind(masterplanId, kindOf(collection), id);
    tree.deleteItem(region.id(), masterplanId, id);
    return ResponseEntity.noContent().build();
  }

  private static StrategyItemKind kindOf(String collection) {
    return switch (collection) {
      case "missions" -> StrategyItemKind.MISSION;
      case "goals" -> StrategyItemKind.GOAL;
      default -> StrategyItemKind.TARGET;
    };
  }

  // ---- shared ----

  /** The item, or 404 when it is not of the kind the path names. */
  private StrategyItem ofKind(long masterplanId, StrategyItemKind kind, long id) {
    StrategyItem item = tree.item(region.id(), masterplanId, id);
    if (item.kind() != kind) {
      throw new NotFoundException(StrategyTree.ITEM_RECORD, id);
    }
    return item;
  }

  private static int orderOf(List<StrategyItem> sameKind, StrategyItem item) {
    int order = 1;
    for (StrategyItem other : sameKind) {
      if (other.id() == item.id()) {
        return order;
      }
      if (Objects.equals(other.parentId(), item.parentId())) {
        order++;
      }
    }
    return order;
  }
}
