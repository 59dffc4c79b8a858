package id.rancang.workshop.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.strategy.BreakdownItem;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.Polarity;
import id.rancang.strategy.ProfileStat;
import id.rancang.strategy.rules.YearValue;
import id.rancang.workshop.PresentationItem;
import id.rancang.workshop.PresentationItemCommand;
import id.rancang.workshop.PresentationSlide;
import id.rancang.workshop.WorkshopCatalog;
import id.rancang.workshop.WorkshopPresentation;
import id.rancang.workshop.WorkshopViewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data presentation of a workshop, as JSON: the chosen profile statistics and indicators in
 * order, each with its data (everyone who may see the workshop); organisers add, move and remove
 * items.
 */
@RestController
@RequestMapping("/api/v1/workshops/{workshopId}/presentation")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Workshops")
class PresentationApiController {

  private final WorkshopPresentation presentation;
  private final WorkshopCatalog catalog;
  private final CurrentRegion region;

  PresentationApiController(
      WorkshopPresentation presentation, WorkshopCatalog catalog, CurrentRegion region) {
    this.presentation = presentation;
    this.catalog = catalog;
    this.region = region;
  }

  /**
   * An item with what it shows: for {@code PROFILE_STAT} the value, year, source and breakdown; for
   * {@code INDICATOR} the code, polarity, baseline, yearly targets and end target.
   */
  record ItemJson(
      long id,
      int position,
      PresentationItem.Kind kind,
      Long profileStatId,
      Long indicatorId,
      String code,
      String name,
      String unit,
      String source,
      BigDecimal value,
      Integer year,
      List<BreakdownItem> breakdown,
      Polarity polarity,
      YearValue baseline,
      List<YearValue> targets,
      BigDecimal endTarget) {
    static ItemJson of(PresentationSlide s) {
      PresentationItem i = s.item();
      ProfileStat stat = s.statistic();
      if (stat != null) {
        return new ItemJson(
            i.id(),
            i.position(),
            i.kind(),
            i.profileStatId(),
            null,
            null,
            stat.name(),
            stat.unit(),
            stat.source(),
            stat.value(),
            stat.year(),
            stat.breakdown(),
            null,
            null,
            null,
            null);
      }
      Indicator ind = s.indicator();
      return new ItemJson(
          i.id(),
          i.position(),
          i.kind(),
          null,
          i.indicatorId(),
          ind.code(),
          ind.name(),
          ind.unit(),
          ind.dataSource(),
          null,
          null,
          null,
          ind.polarity(),
          ind.baseline(),
          ind.targets(),
          ind.endTarget());
    }
  }

  /** Up (earlier) or down (later). */
  enum Direction {
    UP,
    DOWN
  }

  record MoveJson(Direction direction) {}

  @GetMapping
  @Operation(summary = "The chosen statistics and indicators in the order shown, with their data")
  List<ItemJson> list(@PathVariable long workshopId) {
    long regionId = region.id();
    catalog.get(regionId, workshopId, WorkshopViewer.current());
    return presentation.slides(regionId, workshopId).stream().map(ItemJson::of).toList();
  }

  @PostMapping
  @PreAuthorize(WorkshopApiController.ORGANISERS)
  @Operation(
      summary =
          "Add a profile statistic (profileStatId) or an indicator (indicatorId) of the workshop's"
              + " masterplan at the end")
  ResponseEntity<ItemJson> add(
      @PathVariable long workshopId, @RequestBody PresentationItemCommand body) {
    long regionId = region.id();
    PresentationItem created = presentation.add(regionId, workshopId, body);
    ItemJson json =
        presentation.slides(regionId, workshopId).stream()
            .filter(s -> s.item().id() == created.id())
            .map(ItemJson::of)
            .findFirst()
            .orElseThrow();
    return ResponseEntity.created(
            URI.create("/api/v1/workshops/" + workshopId + "/presentation/" + created.id()))
        .body(json);
  }

  @PostMapping("/{itemId}/move")
  @PreAuthorize(WorkshopApiController.ORGANISERS)
  @Operation(summary = "Move an item one place up or down; answers the items in their new order")
  List<ItemJson> move(
      @PathVariable long workshopId, @PathVariable long itemId, @RequestBody MoveJson body) {
    long regionId = region.id();
    presentation.move(
        regionId, workshopId, itemId, body == null || body.direction() != Direction.DOWN);
    return presentation.slides(regionId, workshopId).stream().map(ItemJson::of).toList();
  }

  @DeleteMapping("/{itemId}")
  @PreAuthorize(WorkshopApiController.ORGANISERS)
  @Operation(summary = "Take an item out of the presentation")
  ResponseEntity<Void> remove(@PathVariable long workshopId, @PathVariable long itemId) {
    presentation.remove(region.id(), workshopId, itemId);
    return ResponseEntity.noContent().build();
  }
}
