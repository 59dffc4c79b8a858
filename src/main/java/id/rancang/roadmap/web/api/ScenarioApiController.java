package id.rancang.roadmap.web.api;

import id.rancang.region.CurrentRegion;
import id.rancang.roadmap.CeilingEntry;
import id.rancang.roadmap.LeftOutProgramme;
import id.rancang.roadmap.RoadmapResults;
import id.rancang.roadmap.RoadmapScenarios;
import id.rancang.roadmap.RoadmapSolving;
import id.rancang.roadmap.Scenario;
import id.rancang.roadmap.ScenarioCommand;
import id.rancang.roadmap.ScenarioComparison;
import id.rancang.roadmap.ScenarioInputs;
import id.rancang.roadmap.ScenarioView;
import id.rancang.roadmap.ScheduledProgramme;
import id.rancang.roadmap.SolveState;
import id.rancang.roadmap.SourceSpend;
import id.rancang.roadmap.StartWindow;
import id.rancang.roadmap.rules.Finding;
import id.rancang.roadmap.rules.SolveStatus;
import id.rancang.shared.PageRequest;
import id.rancang.shared.web.ApiLists;
import id.rancang.shared.web.Messages;
import id.rancang.shared.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The roadmap scenarios of a masterplan as JSON. Members read them; region administrators and
 * editors create, change, solve, cancel, edit by hand, adopt, copy and delete them.
 */
@RestController
@PreAuthorize("hasRole('MEMBER')")
@Tag(name = "Roadmap: scenarios")
class ScenarioApiController {

  static final String TEAM = "hasAnyRole('REGION_ADMIN', 'EDITOR')";
  static final String BASE = "/api/v1/masterplans/{masterplanId}/roadmap/scenarios";

  private final RoadmapScenarios scenarios;
  private final RoadmapSolving solving;
  private final RoadmapResults results;
  private final CurrentRegion region;
  private final Messages messages;

  ScenarioApiController(
      RoadmapScenarios scenarios,
      RoadmapSolving solving,
      RoadmapResults results,
      CurrentRegion region,
      Messages messages) {
    this.scenarios = scenarios;
    this.solving = solving;
    this.results = results;
    this.region = region;
    this.messages = messages;
  }

  /** A scenario in a list: settings and the last answer, without the schedule. */
  record ScenarioSummaryJson(
      long id,
      String name,
      String description,
      SolveState solveState,
      SolveStatus status,
      Double objective,
      Double bound,
      Double gap,
      Double greedyObjective,
      boolean adopted,
      Instant createdAt,
      int version) {

    static ScenarioSummaryJson of(Scenario s) {
      return new ScenarioSummaryJson(
          s.id(),
          s.name(),
          s.description(),
          s.solveState(),
          s.status(),
          s.objective(),
          s.bound(),
          s.gap(),
          s.greedyObjective(),
          s.adopted(),
          s.createdAt(),
          s.version());
    }
  }

  /** A finding in words (the caller's language) with its code, values and programmes. */
  record FindingJson(String code, String message, List<Object> args, List<Long> programmeIds) {}

  record StartJson(long programmeId, int startYear) {}

  record ScheduledJson(
      long programmeId,
      String code,
      String name,
      String dimension,
      boolean quickWin,
      int startYear,
      int endYear,
      double value,
      long totalCost,
      int currentStartYear,
      Integer greedyStartYear) {

    static ScheduledJson of(ScheduledProgramme p) {
      return new ScheduledJson(
          p.id(),
          p.code(),
          p.name(),
          p.dimension().name(),
          p.quickWin(),
          p.startYear(),
          p.endYear(),
          p.value(),
          p.totalCost(),
          p.currentStartYear(),
          p.greedyStartYear());
    }
  }

  record LeftOutJson(
      long programmeId,
      String code,
      String name,
      double value,
      long totalCost,
      FindingJson reason) {}

  record ProgressJson(Double objective, Double bound, Long elapsedMillis) {}

  /**
   * A scenario in full: where solving stands ({@code solveState}, {@code progress} while it runs),
   * the answer ({@code status}, {@code objective}, {@code bound}, {@code gap}, {@code
   * greedyObjective}), the {@code schedule}, what is left out and why, spending per source and year
   * against the ceilings, violations of a schedule edited by hand, the conflicts of an infeasible
   * problem, and the inputs.
   */
  record ScenarioJson(
      long id,
      long masterplanId,
      String name,
      String description,
      SolveState solveState,
      ProgressJson progress,
      SolveStatus status,
      Double objective,
      Double bound,
      Double gap,
      Double greedyObjective,
      Long wallMillis,
      Instant solvedAt,
      String failure,
      boolean editedByHand,
      boolean adopted,
      Instant adoptedAt,
      double scheduleValue,
      List<StartJson> schedule,
      List<ScheduledJson> scheduled,
      List<LeftOutJson> leftOut,
      List<SourceSpend> spend,
      List<FindingJson> violations,
      List<FindingJson> conflicts,
      InputsJson inputs,
      int version) {}

  record InputsJson(
      List<CeilingEntry> ceilings,
      List<Long> programmeIds,
      Map<Long, Double> values,
      List<StartWindow> windows,
      List<Long> mandatory,
      List<Long> excluded,
      List<List<Long>> exclusiveGroups,
      Map<String, BigDecimal> minimumDimensionShare,
      boolean quickWinsInFirstYear,
      Integer lockedThrough,
      int timeLimitSeconds,
      BigDecimal gapLimit) {

    static InputsJson of(Scenario s, ScenarioInputs in) {
      Map<Long, Double> values = new java.util.LinkedHashMap<>();
      in.candidates().stream()
          .filter(c -> c.value() != null)
          .forEach(c -> values.put(c.programmeId(), c.value()));
      return new InputsJson(
          in.ceilings(),
          in.candidates().stream().map(ScenarioInputs.CandidateSetting::programmeId).toList(),
          values,
          in.candidates().stream()
              .filter(c -> c.earliestStart() != null || c.latestStart() != null)
              .map(c -> new StartWindow(c.programmeId(), c.earliestStart(), c.latestStart()))
              .toList(),
          in.candidates().stream()
              .filter(ScenarioInputs.CandidateSetting::mandatory)
              .map(ScenarioInputs.CandidateSetting::programmeId)
              .toList(),
          in.candidates().stream()
              .filter(ScenarioInputs.CandidateSetting::excluded)
              .map(ScenarioInputs.CandidateSetting::programmeId)
              .toList(),
          in.exclusiveGroups(),
          in.minimumDimensionShare(),
          s.quickWinsInFirstYear(),
          s.lockedThrough(),
          s.timeLimitSeconds(),
          s.gapLimit());
    }
  }

  /** What a client sends to create or change a scenario ({@code version} or If-Match to change). */
  record ScenarioBody(
      String name,
      String description,
      List<CeilingEntry> ceilings,
      List<Long> programmeIds,
      Map<Long, Double> values,
      List<StartWindow> windows,
      List<Long> mandatory,
      List<Long> excluded,
      List<List<Long>> exclusiveGroups,
      Map<String, BigDecimal> minimumDimensionShare,
      Boolean quickWinsInFirstYear,
      Integer lockedThrough,
      Integer timeLimitSeconds,
      BigDecimal gapLimit,
      Integer version) {

    ScenarioCommand command() {
      return new ScenarioCommand(
          name,
          description,
          ceilings,
          programmeIds,
          values,
          windows,
          mandatory,
          excluded,
          exclusiveGroups,
          minimumDimensionShare,
          Boolean.TRUE.equals(quickWinsInFirstYear),
          lockedThrough,
          timeLimitSeconds,
          gapLimit);
    }
  }

  record CopyBody(String name, BigDecimal ceilingFactor) {}

  record StartBody(Integer startYear, Integer version) {}

  record EditJson(List<FindingJson> violations, int version) {}

  record AdoptBody(Boolean confirmViolations, Integer version) {}

  record AdoptJson(long scenarioId, int programmesMoved) {}

  record CompareJson(List<CompareColumn> scenarios, List<ScenarioComparison.Row> programmes) {}

  record CompareColumn(
      long id,
      String name,
      SolveStatus status,
      Double objective,
      Double gap,
      double value,
      int scheduled,
      int leftOut,
      Map<Integer, Long> spendPerYear,
      Map<Integer, Long> ceilingPerYear) {}

  // ---- endpoints ----

  @GetMapping(BASE)
  @Operation(summary = "The masterplan's roadmap scenarios, the adopted one first, then newest")
  ResponseEntity<List<ScenarioSummaryJson>> list(
      @PathVariable long masterplanId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return ApiLists.of(
        scenarios
            .list(region.id(), masterplanId, PageRequest.of(page, size))
            .map(ScenarioSummaryJson::of));
  }

  @PostMapping(BASE)
  @PreAuthorize(TEAM)
  @Operation(
      summary =
          "Create a scenario: name, ceilings [{year, source, amount}] (every year of the"
              + " masterplan needs one), programmeIds (default: every selected, planned, running"
              + " or done programme), values, windows, mandatory, excluded, exclusiveGroups,"
              + " minimumDimensionShare, quickWinsInFirstYear, lockedThrough, timeLimitSeconds,"
              + " gapLimit")
  ResponseEntity<ScenarioSummaryJson> create(
      @PathVariable long masterplanId, @RequestBody ScenarioBody body) {
    Scenario created = scenarios.create(region.id(), masterplanId, body.command());
    return ResponseEntity.created(
            URI.create(
                "/api/v1/masterplans/" + masterplanId + "/roadmap/scenarios/" + created.id()))
        .header(HttpHeaders.ETAG, Versions.etag(created.version()))
        .body(ScenarioSummaryJson.of(created));
  }

  @GetMapping(BASE + "/{id}")
  @Operation(summary = "A scenario with its answer, schedule, left-out programmes and spending")
  ResponseEntity<ScenarioJson> get(@PathVariable long masterplanId, @PathVariable long id) {
    ScenarioView view = results.view(region.id(), masterplanId, id);
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(view.scenario().version()))
        .body(json(view));
  }

  @PutMapping(BASE + "/{id}")
  @PreAuthorize(TEAM)
  @Operation(summary = "Replace the scenario's inputs; its last answer is dropped")
  ResponseEntity<ScenarioSummaryJson> update(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @RequestBody ScenarioBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    Scenario saved =
        scenarios.update(
            region.id(),
            masterplanId,
            id,
            body.command(),
            Versions.required(body.version(), ifMatch));
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(saved.version()))
        .body(ScenarioSummaryJson.of(saved));
  }

  @DeleteMapping(BASE + "/{id}")
  @PreAuthorize(TEAM)
  @Operation(summary = "Delete the scenario; the adopted one only with confirm=true")
  ResponseEntity<Void> delete(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @RequestParam(defaultValue = "false") boolean confirm) {
    scenarios.delete(region.id(), masterplanId, id, confirm);
    return ResponseEntity.noContent().build();
  }

  @PostMapping(BASE + "/{id}/solve")
  @PreAuthorize(TEAM)
  @Operation(
      summary =
          "Solve in the background (202); 400 lists every problem of the inputs, 409 when the"
              + " scenario is already being solved. Poll GET for progress and the answer.")
  ResponseEntity<ScenarioSummaryJson> solve(
      @PathVariable long masterplanId, @PathVariable long id) {
    Scenario queued = solving.requestSolve(region.id(), masterplanId, id);
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/masterplans/" + masterplanId + "/roadmap/scenarios/" + id))
        .body(ScenarioSummaryJson.of(queued));
  }

  @PostMapping(BASE + "/{id}/cancel")
  @PreAuthorize(TEAM)
  @Operation(summary = "Stop a queued or running solve; the best schedule found so far is kept")
  ResponseEntity<ScenarioSummaryJson> cancel(
      @PathVariable long masterplanId, @PathVariable long id) {
    return ResponseEntity.accepted()
        .body(ScenarioSummaryJson.of(solving.cancel(region.id(), masterplanId, id)));
  }

  @PutMapping(BASE + "/{id}/schedule/{programmeId}")
  @PreAuthorize(TEAM)
  @Operation(
      summary =
          "Set a programme's start year by hand (startYear null leaves it out); the answer lists"
              + " every constraint the schedule then breaks")
  ResponseEntity<EditJson> setStart(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @PathVariable long programmeId,
      @RequestBody StartBody body,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
    List<Finding> violations =
        results.setStart(
            region.id(),
            masterplanId,
            id,
            programmeId,
            body.startYear(),
            Versions.required(body.version(), ifMatch));
    int version = scenarios.get(region.id(), masterplanId, id).version();
    return ResponseEntity.ok()
        .header(HttpHeaders.ETAG, Versions.etag(version))
        .body(new EditJson(findings(violations), version));
  }

  @PostMapping(BASE + "/{id}/adopt")
  @PreAuthorize(TEAM)
  @Operation(
      summary =
          "Adopt the schedule as the masterplan's roadmap: the programmes move to its years"
              + " (a schedule that breaks constraints only with confirmViolations)")
  ResponseEntity<AdoptJson> adopt(
      @PathVariable long masterplanId,
      @PathVariable long id,
      @RequestBody(required = false) AdoptBody body) {
    int moved =
        results.adopt(
            region.id(),
            masterplanId,
            id,
            body != null && Boolean.TRUE.equals(body.confirmViolations()),
            body == null ? null : body.version());
    return ResponseEntity.ok(new AdoptJson(id, moved));
  }

  @PostMapping(BASE + "/{id}/copy")
  @PreAuthorize(TEAM)
  @Operation(
      summary =
          "Copy the scenario under a new name with every ceiling multiplied by ceilingFactor"
              + " (0.8 = budget -20%)")
  ResponseEntity<ScenarioSummaryJson> copy(
      @PathVariable long masterplanId, @PathVariable long id, @RequestBody CopyBody body) {
    Scenario copy =
        scenarios.copy(region.id(), masterplanId, id, body.name(), body.ceilingFactor());
    return ResponseEntity.created(
            URI.create("/api/v1/masterplans/" + masterplanId + "/roadmap/scenarios/" + copy.id()))
        .body(ScenarioSummaryJson.of(copy));
  }

  @GetMapping("/api/v1/masterplans/{masterplanId}/roadmap/comparison")
  @Operation(summary = "Two to four scenarios side by side (ids=1,2)")
  CompareJson compare(@PathVariable long masterplanId, @RequestParam List<Long> ids) {
    ScenarioComparison c = results.compare(region.id(), masterplanId, ids);
    return new CompareJson(
        c.columns().stream()
            .map(
                col ->
                    new CompareColumn(
                        col.scenario().id(),
                        col.scenario().name(),
                        col.scenario().status(),
                        col.scenario().objective(),
                        col.scenario().gap(),
                        col.value(),
                        col.scheduled(),
                        col.leftOut(),
                        col.spendPerYear(),
                        col.ceilingPerYear()))
            .toList(),
        c.rows());
  }

  private ScenarioJson json(ScenarioView v) {
    Scenario s = v.scenario();
    return new ScenarioJson(
        s.id(),
        s.masterplanId(),
        s.name(),
        s.description(),
        s.solveState(),
        new ProgressJson(s.progressObjective(), s.progressBound(), s.progressMillis()),
        s.status(),
        s.objective(),
        s.bound(),
        s.gap(),
        s.greedyObjective(),
        s.wallMillis(),
        s.solvedAt(),
        s.failure(),
        s.editedByHand(),
        s.adopted(),
        s.adoptedAt(),
        v.scheduleValue(),
        v.scheduled().stream().map(p -> new StartJson(p.id(), p.startYear())).toList(),
        v.scheduled().stream().map(ScheduledJson::of).toList(),
        v.leftOut().stream().map(this::leftOut).toList(),
        v.spend(),
        findings(v.violations()),
        findings(v.conflicts()),
        InputsJson.of(s, v.inputs()),
        s.version());
  }

  private LeftOutJson leftOut(LeftOutProgramme p) {
    return new LeftOutJson(
        p.id(),
        p.code(),
        p.name(),
        p.value(),
        p.totalCost(),
        p.reason() == null ? null : finding(p.reason()));
  }

  private List<FindingJson> findings(List<Finding> findings) {
    return findings.stream().map(this::finding).toList();
  }

  private FindingJson finding(Finding f) {
    return new FindingJson(
        f.code(),
        messages.get("roadmap.finding." + f.code(), f.args().toArray()),
        f.args(),
        f.programmeIds());
  }
}
