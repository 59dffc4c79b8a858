package id.rancang.strategy.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.shared.FieldProblem;
import id.rancang.shared.InvalidInputException;
import id.rancang.shared.Ordering;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.Access;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.Messages;
import id.rancang.shared.web.Versions;
import id.rancang.strategy.Indicator;
import id.rancang.strategy.IndicatorCommand;
import id.rancang.strategy.IndicatorLevel;
import id.rancang.strategy.IndicatorLibrary;
import id.rancang.strategy.IndicatorRegister;
import id.rancang.strategy.IndicatorSaved;
import id.rancang.strategy.LibraryIndicator;
import id.rancang.strategy.Polarity;
import id.rancang.strategy.StrategyItemKind;
import id.rancang.strategy.rules.TargetFinding;
import id.rancang.strategy.rules.YearValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
 * The indicators of a masterplan's goals and targets as JSON. Editors create, change and delete; an
 * OPD contributor may change the indicators of their own OPD (but not hand them to another OPD).
 */
@RestController
@RequestMapping("/api/v1/masterplans/{masterplanId}/indicators")
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Strategy: indicators")
class IndicatorApiController {

  private static final String EDITORS = "hasAnyRole('REGION_ADMIN', 'EDITOR')";
  private static final String EDITORS_AND_OPD =
      "hasAnyRole('REGION_ADMIN', 'EDITOR', 'OPD_CONTRIBUTOR')";

  private final IndicatorRegister indicators;
  private final IndicatorLibrary library;
  private final CurrentRegion region;
  private final Messages messages;

  IndicatorApiController(
      IndicatorRegister indicators,
      IndicatorLibrary library,
      CurrentRegion region,
      Messages messages) {
    this.indicators = indicators;
    this.library = library;
    this.region = region;
    this.messages = messages;
  }

  record YearValueJson(Integer year, BigDecimal value) {
    static YearValueJson of(YearValue v) {
      return v == null ? null : new YearValueJson(v.year(), v.value());
    }
  }

  /** A doubt about the targets that did not block saving, in the caller's language. */
  record WarningJson(Integer year, String message) {}

  /**
   * An indicator. Exactly one of {@code goalId} and {@code targetId} is set: the goal or target it
   * measures. {@code warnings} is filled only in answers to a save.
   */
  record IndicatorJson(
      long id,
      String code,
      String name,
      String unit,
      String definition,
      String formula,
      String dataSource,
      Long opdId,
      String dataProvider,
      IndicatorLevel level,
      boolean keyIndicator,
      Polarity polarity,
      Long goalId,
      Long targetId,
      YearValueJson baseline,
      List<YearValueJson> targets,
      BigDecimal endTarget,
      String notes,
      String libraryCode,
      int order,
      int version,
      List<WarningJson> warnings) {}

  /** What a client sends; {@code version} only on updates. */
  record IndicatorBody(
      String code,
      String name,
      String unit,
      String definition,
      String formula,
      String dataSource,
      Long opdId,
      String dataProvider,
      IndicatorLevel level,
      Boolean keyIndicator,
      Polarity polarity,
      Long goalId,
      Long targetId,
      YearValueJson baseline,
      List<YearValueJson> targets,
      BigDecimal endTarget,
      String notes,
      String libraryCode,
      Integer version) {}

  /** The input of a suggested trajectory. */
  record TrajectoryBody(YearValueJson baseline, BigDecimal endTarget) {}

  @GetMapping
  @Operation(
      summary = "The indicators, by code; filter by text (code or name), OPD or goal/target; paged")
  ResponseEntity<List<IndicatorJson>> list(
      @PathVariable long masterplanId,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Long opdId,
      @RequestParam(required = false) Long targetId,
      @RequestParam(required = false) Long goalId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    Long itemId = targetId != null ? targetId : goalId;
    return ApiLists.of(
        indicators
            .search(region.id(), masterplanId, q, opdId, itemId, PageRequest.of(page, size))
            .map(i -> json(i, List.of())));
  }

  @GetMapping("/{id}")
  IndicatorJson get(@PathVariable long masterplanId, @PathVariable long id) {
    return json(indicators.get(region.id(), masterplanId, id), List.of());
  }

  @PostMapping
  @PreAuthorize(EDITORS)
  @Operation(summary = "Add an indicator; the answer lists warnings about its targets")
  ResponseEntity<IndicatorJson> create(
      @PathVariable long masterplanId, @RequestBody IndicatorBody body) {
    IndicatorSaved saved = indicators.create(region.id(), masterplanId, command(body));
    return ResponseEntity.created(
            URI.create(
                "/api/v1/masterplans/" + masterplanId + "/indicators/" + saved.indicator().id()))
        .body(json(saved.indicator(), saved.warnings()));
  }

  @PutMapping("/{id}")
  @PreAuthorize(EDITORS_AND_OPD)
  @Operation(summary = "Change an indicator (all fields, targets replace the old ones)")
  IndicatorJson update(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @RequestBody IndicatorBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    Indicator current = indicators.get(region.id(), masterplanId, id);
    IndicatorCommand command = command(body);
    if (!Access.hasAnyRole("REGION_ADMIN", "EDITOR")) {
      boolean own = current.opdId() != null && Access.ownsOpd(current.opdId());
      if (!own || !Objects.equals(current.opdId(), command.opdId())) {
        throw new AccessDeniedException("indicator of another OPD");
      }
    }
    IndicatorSaved saved =
        indicators.update(
            region.id(), masterplanId, id, command, Versions.required(body.version(), ifMatch));
    return json(saved.indicator(), saved.warnings());
  }

  @DeleteMapping("/{id}")
  @PreAuthorize(EDITORS)
  ResponseEntity<Void> delete(@PathVariable long masterplanId, @PathVariable long id) {
    indicators.delete(region.id(), masterplanId, id);
    return ResponseEntity.noContent().build();
  }

  /** A library entry to use for a goal or target; {@code code} defaults to the library code. */
  record FromLibraryBody(String libraryCode, Long goalId, Long targetId, String code) {}

  @PostMapping("/from-library")
  @PreAuthorize(EDITORS)
  @Operation(
      summary =
          "Create an indicator pre-filled from a standard library entry; it keeps the entry's"
              + " code as libraryCode")
  ResponseEntity<IndicatorJson> fromLibrary(
      @PathVariable long masterplanId, @RequestBody FromLibraryBody body) {
    LibraryIndicator entry =
        library
            .find(body.libraryCode() == null ? "" : body.libraryCode())
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "libraryCode",
                        "strategy.indicator.libraryNotFound",
                        String.valueOf(body.libraryCode())));
    IndicatorSaved saved =
        indicators.createFromLibrary(
            region.id(),
            masterplanId,
            entry,
            body.targetId() != null ? body.targetId() : body.goalId(),
            body.code());
    return ResponseEntity.created(
            URI.create(
                "/api/v1/masterplans/" + masterplanId + "/indicators/" + saved.indicator().id()))
        .body(json(saved.indicator(), saved.warnings()));
  }

  /** Which way to move, and the version read. */
  record MoveBody(Ordering.Direction direction, Integer version) {}

  @PostMapping("/{id}/move")
  @PreAuthorize(EDITORS)
  @Operation(summary = "Move an indicator up or down among those of its goal or target")
  IndicatorJson move(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @RequestBody MoveBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    if (body.direction() == null) {
      throw InvalidInputException.of("direction", "shared.validation.required");
    }
    return json(
        indicators.move(
            region.id(),
            masterplanId,
            id,
            body.direction(),
            Versions.required(body.version(), ifMatch)),
        List.of());
  }

  @PostMapping("/trajectory")
  @Operation(
      summary =
          "Suggested targets for every year of the masterplan, on the line from the baseline to"
              + " the end target")
  List<YearValueJson> trajectory(
      @PathVariable long masterplanId, @RequestBody TrajectoryBody body) {
    return indicators
        .suggestTrajectory(region.id(), masterplanId, baseline(body.baseline()), body.endTarget())
        .stream()
        .map(YearValueJson::of)
        .toList();
  }

  private IndicatorCommand command(IndicatorBody b) {
    List<FieldProblem> problems = new ArrayList<>();
    if (b.goalId() != null && b.targetId() != null) {
      problems.add(FieldProblem.of("targetId", "strategy.indicator.goalOrTarget"));
    }
    YearValue baseline = null;
    try {
      baseline = baseline(b.baseline());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    List<YearValue> targets = new ArrayList<>();
    List<YearValueJson> given = b.targets() == null ? List.of() : b.targets();
    for (int i = 0; i < given.size(); i++) {
      YearValueJson t = given.get(i);
      if (t == null || t.year() == null || t.value() == null) {
        problems.add(FieldProblem.of("targets[" + i + "]", "strategy.indicator.targetIncomplete"));
      } else {
        targets.add(new YearValue(t.year(), t.value()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new IndicatorCommand(
        b.targetId() != null ? b.targetId() : b.goalId(),
        b.code(),
        b.name(),
        b.unit(),
        b.definition(),
        b.formula(),
        b.dataSource(),
        b.opdId(),
        b.dataProvider(),
        b.level(),
        Boolean.TRUE.equals(b.keyIndicator()),
        b.polarity(),
        baseline,
        targets,
        b.endTarget(),
        b.notes(),
        b.libraryCode());
  }

  private static YearValue baseline(YearValueJson json) {
    if (json == null || (json.year() == null && json.value() == null)) {
      return null;
    }
    if (json.year() == null || json.value() == null) {
      throw InvalidInputException.of("baseline", "strategy.indicator.baselineIncomplete");
    }
    return new YearValue(json.year(), json.value());
  }

  private IndicatorJson json(Indicator i, List<TargetFinding> warnings) {
    return new IndicatorJson(
        i.id(),
        i.code(),
        i.name(),
        i.unit(),
        i.definition(),
        i.formula(),
        i.dataSource(),
        i.opdId(),
        i.dataProvider(),
        i.level(),
        i.keyIndicator(),
        i.polarity(),
        i.itemKind() == StrategyItemKind.GOAL ? i.itemId() : null,
        i.itemKind() == StrategyItemKind.TARGET ? i.itemId() : null,
        YearValueJson.of(i.baseline()),
        i.targets().stream().map(YearValueJson::of).toList(),
        i.endTarget(),
        i.notes(),
        i.libraryCode(),
        i.position(),
        i.version(),
        warnings.stream()
            .map(w -> new WarningJson(w.year(), messages.get(w.messageKey(), w.args())))
            .toList());
  }
}
